import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Factor, Money, Page } from '@/lib/types';

export type Decision = 'interested' | 'maybe' | 'declined';
export type DeclineReason = 'stage' | 'sector' | 'ticket' | 'traction' | 'team' | 'other';

export interface Explanation {
  sharedConcepts: { id: string; en: string; ko: string }[];
  reasons: { factor: string; en: string; ko: string }[];
}

export interface MatchItem {
  id: string;
  eventId: string;
  kind: 'investor' | 'demand';
  score: number;
  breakdown: Record<Factor, number | null>;
  explanation?: Explanation | null;
  startup: {
    accountId: string; name: string; sector: string; stage: string; country: string; trl?: number;
    fundingAsk?: Money; keywords?: string[]; description?: string; deckUrl?: string | null;
  };
  investor: { accountId: string; firm: string; sectors?: string[]; stages?: string[]; ticketMin?: Money; ticketMax?: Money; thesis?: string } | null;
  demand: { id: string; title: string; description?: string; minTrl?: number | null; owner: { accountId: string; company: string } } | null;
  myDecision: Decision | null;
  myNote?: string | null;
  myReason?: DeclineReason | null;
  mutual: boolean;
}

export interface MatchFilters {
  kind?: 'investor' | 'demand';
  decision?: Decision | 'none';
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
      unwrap<Page<MatchItem>>(
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
      unwrap<MatchItem>(
        api.PUT('/v1/matches/{id}/decision', {
          params: { path: { id: matchId } },
          body: { decision, ...(note ? { note } : {}), ...(decision === 'declined' && reason ? { reason } : {}) },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchKeys.lists(eventId) }),
  });
}

export function useRequestMeeting(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ matchId, message }: { matchId: string; message?: string }) =>
      unwrap<{ id: string; status: string }>(
        api.POST('/v1/events/{eventId}/meeting-requests', { params: { path: { eventId } }, body: { matchId, ...(message ? { message } : {}) } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: matchKeys.requests }),
  });
}

/** The other party of a match as the viewer sees it. */
export function counterpartName(m: MatchItem, viewerRole: string): string {
  if (viewerRole === 'startup') return m.investor?.firm ?? m.demand?.owner.company ?? '';
  return m.startup.name;
}
