import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '@/lib/api-client';

export type Demand = Schema<'DemandView'>;
export type Collaboration = Demand['collaboration'][number];
/** The form's state: every field the API accepts, optional ones as null when empty. */
export type DemandInput = Required<Schema<'CreateDemandDto'>>;

export const demandKeys = {
  all: ['demands'] as const,
  mine: (ownerId: string) => [...demandKeys.all, 'mine', ownerId] as const,
  detail: (id: string) => [...demandKeys.all, 'detail', id] as const,
};

export function useMyDemands(ownerId: string) {
  return useQuery({
    queryKey: demandKeys.mine(ownerId),
    queryFn: () => unwrap(api.GET('/v1/demands', { params: { query: { ownerId, limit: 100 } } })),
  });
}

export function useDemand(id: string) {
  return useQuery({
    queryKey: demandKeys.detail(id),
    queryFn: () => unwrap(api.GET('/v1/demands/{id}', { params: { path: { id } } })),
  });
}

export function useSaveDemand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: DemandInput }) =>
      id ? unwrap(api.PATCH('/v1/demands/{id}', { params: { path: { id } }, body })) : unwrap(api.POST('/v1/demands', { body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: demandKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}

export function useCloseDemand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/v1/demands/{id}', { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: demandKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
  });
}
