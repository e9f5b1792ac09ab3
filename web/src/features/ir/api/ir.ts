import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '@/lib/api-client';

export type IrSession = Schema<'IrSessionView'>;
export type IrLineup = Schema<'IrSessionLineupView'>;
export type IrRequest = Schema<'IrRequestView'>;

export const irKeys = {
  all: ['ir'] as const,
  sessions: (eventId: string) => [...irKeys.all, eventId, 'sessions'] as const,
  lineup: (eventId: string, sessionId: string) => [...irKeys.all, eventId, 'lineup', sessionId] as const,
  requests: (eventId: string) => [...irKeys.all, eventId, 'requests'] as const,
};

export function useIrSessions(eventId: string) {
  return useQuery({
    queryKey: irKeys.sessions(eventId),
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventId}/ir-sessions', { params: { path: { eventId } } }))).items,
  });
}

export function useIrLineup(eventId: string, sessionId: string | null) {
  return useQuery({
    queryKey: irKeys.lineup(eventId, sessionId ?? ''),
    enabled: !!sessionId,
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/ir-sessions/{sessionId}', { params: { path: { eventId, sessionId: sessionId! } } })),
  });
}

export function useMyIrRequest(eventId: string) {
  return useQuery({
    queryKey: irKeys.requests(eventId),
    queryFn: async () => {
      const { items } = await unwrap(api.GET('/v1/events/{eventId}/ir-requests', { params: { path: { eventId } } }));
      return items.find((r) => r.status !== 'withdrawn') ?? null;
    },
  });
}

export function useRequestPitch(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sessionIds: string[]) => unwrap(api.POST('/v1/events/{eventId}/ir-requests', { params: { path: { eventId } }, body: { sessionIds } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: irKeys.requests(eventId) }),
  });
}

export function useWithdrawPitch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/v1/ir-requests/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: irKeys.all }),
  });
}

/** Moves one entry of a ranking up (-1) or down (+1). */
export function moveRank<T>(list: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}
