import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type QueryOf, type Schema } from '@/lib/api-client';

export type MatchItem = Schema<'MatchView'>;
export type Explanation = MatchItem['explanation'];
export type Decision = Schema<'DecisionDto'>['decision'];
export type DeclineReason = NonNullable<Schema<'DecisionDto'>['reason']>;

type MatchQuery = QueryOf<'get', '/v1/events/{eventId}/matches'>;

export interface MatchFilters {
  kind?: MatchQuery['kind'];
  decision?: MatchQuery['decision'];
  mutual?: boolean;
  demandId?: string;
  page?: number;
  limit?: number;
}

export const matchKeys = {
  all: ['matches'] as const,
  lists: (eventId: string) => [...matchKeys.all, eventId, 'list'] as const,
  list: (eventId: string, filters: MatchFilters) => [...matchKeys.lists(eventId), filters] as const,
  requests: ['meeting-requests'] as const,
};

export function useMatches(eventId: string, filters: MatchFilters) {
  return useQuery({
    queryKey: matchKeys.list(eventId, filters),
    placeholderData: keepPreviousData,
    queryFn: () =>
      unwrap(
        api.GET('/v1/events/{eventId}/matches', {
          params: {
            path: { eventId },
            query: {
              sort: 'score',
              page: filters.page ?? 1,
              limit: filters.limit ?? 20,
              ...(filters.kind ? { kind: filters.kind } : {}),
              ...(filters.decision ? { decision: filters.decision } : {}),
              ...(filters.mutual ? { mutual: 'true' as const } : {}),
              ...(filters.demandId ? { demandId: filters.demandId } : {}),
            },
          },
        }),
      ),
  });
}

export function useDecide(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, decision, note, reason }: { matchId: string; decision: Decision; note?: string; reason?: DeclineReason }) =>
      unwrap(
        api.PUT('/v1/matches/{id}/decision', {
          params: { path: { id: matchId } },
          body: { decision, ...(note ? { note } : {}), ...(decision === 'declined' && reason ? { reason } : {}) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchKeys.lists(eventId) }),
  });
}

/**
 * Whether a refused meeting request says one is already open for the match (409, reason `request_open`): only then
 * is the match shown as requested. Other refusals (a 409 of another reason, a 403, a 404) are errors to read.
 */
export const isRequestOpen = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 409 && (error.reason === 'request_open' || error.code === 'request_open');

export function useRequestMeeting(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, message }: { matchId: string; message?: string }) =>
      unwrap(
        api.POST('/v1/events/{eventId}/meeting-requests', { params: { path: { eventId } }, body: { matchId, ...(message ? { message } : {}) } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchKeys.requests }),
    // The open request may be one this page has not seen yet (sent from another tab or by the other party).
    onError: (error) => (isRequestOpen(error) ? queryClient.invalidateQueries({ queryKey: matchKeys.requests }) : undefined),
  });
}

/** The other party of a match as the viewer sees it. */
export function counterpartName(m: MatchItem, viewerRole: string): string {
  if (viewerRole === 'startup') return m.investor?.firm ?? m.demand?.owner.company ?? '';
  return m.startup.name;
}
