import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, rawRequest, unwrap } from '@/lib/api-client';
import type { Page } from '@/lib/types';

export type Collaboration = 'poc' | 'joint-development' | 'investment' | 'procurement';

export interface Demand {
  id: string;
  ownerId: string;
  title: string;
  description: string;
  sectors: string[];
  keywords: string[];
  minTrl: number | null;
  collaboration: Collaboration[];
  deadline: string | null;
  createdAt: string;
  owner: { accountId: string; company: string } | null;
}

export interface DemandInput {
  title: string;
  description: string;
  sectors: string[];
  keywords: string[];
  minTrl: number | null;
  collaboration: Collaboration[];
  deadline: string | null;
}

export const demandKeys = {
  all: ['demands'] as const,
  mine: (ownerId: string) => [...demandKeys.all, 'mine', ownerId] as const,
  detail: (id: string) => [...demandKeys.all, 'detail', id] as const,
};

export function useMyDemands(ownerId: string) {
  return useQuery({
    queryKey: demandKeys.mine(ownerId),
    queryFn: () => rawRequest<Page<Demand>>('GET', `/v1/demands?ownerId=${encodeURIComponent(ownerId)}&limit=100`),
  });
}

export function useDemand(id: string) {
  return useQuery({
    queryKey: demandKeys.detail(id),
    queryFn: () => unwrap<Demand>(api.GET('/v1/demands/{id}', { params: { path: { id } } })),
  });
}

export function useSaveDemand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: DemandInput }) =>
      id ? rawRequest<Demand>('PATCH', `/v1/demands/${id}`, body) : rawRequest<Demand>('POST', '/v1/demands', body),
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
