import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '@/lib/api-client';

export type EventInput = Schema<'CreateEventDto'>;
export type IrSessionInput = Schema<'CreateIrSessionDto'>;

export function useSaveEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: EventInput }) =>
      id ? unwrap(api.PATCH('/v1/events/{eventId}', { params: { path: { eventId: id } }, body })) : unwrap(api.POST('/v1/events', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}

export function useAddIrSession(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IrSessionInput) => unwrap(api.POST('/v1/events/{eventId}/ir-sessions', { params: { path: { eventId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ir'] }),
  });
}
