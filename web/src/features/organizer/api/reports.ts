import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap, type ResponseOf } from '@/lib/api-client';

export type FunnelReport = components['schemas']['FunnelReportView'];
export type FunnelCounts = components['schemas']['FunnelCountsView'];
export type OutcomesReport = components['schemas']['OutcomesReportView'];
export type NoShowItem = components['schemas']['NoShowItemView'];
export type NoShowPage = ResponseOf<'get', '/v1/events/{eventId}/no-shows'>;
export type ConceptReport = ResponseOf<'get', '/v1/events/{eventId}/reports/concepts'>;

export const reportKeys = {
  all: ['organizer', 'reports'] as const,
  funnel: (eventId: string) => [...reportKeys.all, 'funnel', eventId] as const,
  outcomes: (eventId: string) => [...reportKeys.all, 'outcomes', eventId] as const,
  noShows: (eventId: string) => [...reportKeys.all, 'no-shows', eventId] as const,
  headcount: (eventId: string) => [...reportKeys.all, 'headcount', eventId] as const,
  concepts: (eventId: string) => [...reportKeys.all, 'concepts', eventId] as const,
};

/** How often the live views ask again: the floor changes by the minute during the event. */
export const LIVE_INTERVAL_MS = 20_000;

export function useFunnelReport(eventId: string) {
  return useQuery({
    queryKey: reportKeys.funnel(eventId),
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/reports/funnel', { params: { path: { eventId } } })),
    refetchInterval: LIVE_INTERVAL_MS,
  });
}

export function useOutcomesReport(eventId: string) {
  return useQuery({
    queryKey: reportKeys.outcomes(eventId),
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/reports/outcomes', { params: { path: { eventId } } })),
    refetchInterval: LIVE_INTERVAL_MS,
  });
}

/** Started meetings with a party missing, newest first (the first 100), polled for the live view. */
export function useNoShows(eventId: string) {
  return useQuery({
    queryKey: reportKeys.noShows(eventId),
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/no-shows', { params: { path: { eventId }, query: { limit: 100 } } })),
    refetchInterval: LIVE_INTERVAL_MS,
  });
}

/** Participants of the event and accounts awaiting approval (list totals: these are not funnel stages). */
export function useHeadcount(eventId: string) {
  return useQuery({
    queryKey: reportKeys.headcount(eventId),
    queryFn: async () => {
      const [participants, pending] = await Promise.all([
        unwrap(api.GET('/v1/events/{eventId}/participants', { params: { path: { eventId }, query: { limit: 1 } } })),
        unwrap(api.GET('/v1/accounts', { params: { query: { status: 'pending', limit: 1 } } })),
      ]);
      return { participants: participants.total, pending: pending.total };
    },
    refetchInterval: LIVE_INTERVAL_MS,
  });
}

/** The technology concepts across the event's profiles: they change with the profiles, not by the minute, so no polling. */
export function useConceptReport(eventId: string) {
  return useQuery({
    queryKey: reportKeys.concepts(eventId),
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/reports/concepts', { params: { path: { eventId } } })),
  });
}

/** Report downloads (the API's own CSV and JSON), named for the event. */
export const REPORT_EXPORTS = [
  { key: 'funnelCsv', path: 'reports/funnel?format=csv', file: 'funnel.csv' },
  { key: 'funnelJson', path: 'reports/funnel', file: 'funnel.json' },
  { key: 'outcomesCsv', path: 'reports/outcomes?format=csv', file: 'outcomes.csv' },
  { key: 'outcomesJson', path: 'reports/outcomes', file: 'outcomes.json' },
  { key: 'noShowsJson', path: 'no-shows?limit=100', file: 'no-shows.json' },
  { key: 'scheduleCsv', path: 'schedule?format=csv', file: 'schedule.csv' },
  { key: 'scheduleJson', path: 'schedule', file: 'schedule.json' },
  { key: 'conceptsJson', path: 'reports/concepts', file: 'concepts.json' },
] as const;
