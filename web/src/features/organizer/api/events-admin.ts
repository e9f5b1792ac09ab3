import { useMutation, useQueryClient } from '@tanstack/react-query';
import { rawRequest } from '@/lib/api-client';

export interface EventInput {
  name: string;
  venue: string;
  timezone: string;
  startDate: string;
  endDate: string;
  meetingGrid: { dayStart: string; dayEnd: string; slotMinutes: number; tables: number };
}

export interface IrSessionInput {
  title: string;
  room: string;
  startsAt: string;
  slotMinutes: number;
  slotCount: number;
  sectors: string[];
}

export function useSaveEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: EventInput }) => (id ? rawRequest('PATCH', `/v1/events/${id}`, body) : rawRequest('POST', '/v1/events', body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['events'] }),
  });
}

export function useAddIrSession(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IrSessionInput) => rawRequest('POST', `/v1/events/${eventId}/ir-sessions`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['ir'] }),
  });
}
