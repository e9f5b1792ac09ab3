import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, rawRequest, unwrap } from '@/lib/api-client';
import type { Page } from '@/lib/types';

export interface AccountRow {
  id: string;
  email: string;
  role: 'startup' | 'investor' | 'corporate' | 'organizer';
  status: 'active' | 'pending' | 'rejected';
  displayName: string;
  createdAt?: string;
  profile: { firm?: string; company?: string; name?: string; country?: string; sectors?: string[]; thesis?: string; description?: string } | null;
}

export interface Participant {
  accountId: string;
  role: string;
  displayName: string;
  status: string;
  joinedAt: string;
}

export interface RunStatus {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  error?: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
  [key: string]: unknown;
}

export interface ScheduleRunStats extends RunStatus {
  accepted?: number;
  booked?: number;
  unschedulable?: number;
  upperBound?: number;
  value?: number;
  valueUpperBound?: number;
  startupsThatCanMeet?: number;
  startupsWithMeeting?: number;
  startupsWithRequests?: number;
}

export interface ScheduleMeeting {
  id: string;
  startsAt: string;
  endsAt: string;
  slot: number;
  table: number;
  participants: [string, string];
  requestId: string;
  startup: { accountId: string; name: string };
  counterpart: { accountId: string; name: string; role: string };
}

export interface SchedulePitch {
  id: string;
  sessionId: string;
  session: string;
  room: string;
  startsAt: string;
  endsAt: string;
  accountId: string;
  name: string;
}

export interface Schedule {
  eventId: string;
  timezone: string;
  published: boolean;
  meetings: ScheduleMeeting[];
  pitches: SchedulePitch[];
}

export interface Capacity {
  requests: number;
  slots: number;
  tables: number;
  tableSlots: number;
  tableUtilisation: number | null;
  tablesNeeded: number;
  overbookedParticipants: number;
  warnings: string[];
}

export const organizerKeys = {
  all: ['organizer'] as const,
  accounts: (status: string, role: string) => [...organizerKeys.all, 'accounts', status, role] as const,
  participants: (eventId: string) => [...organizerKeys.all, 'participants', eventId] as const,
  run: (kind: string, id: string) => [...organizerKeys.all, 'run', kind, id] as const,
  schedule: (eventId: string) => [...organizerKeys.all, 'schedule', eventId] as const,
  capacity: (eventId: string) => [...organizerKeys.all, 'capacity', eventId] as const,
  counts: (eventId: string) => [...organizerKeys.all, 'counts', eventId] as const,
  unschedulable: (eventId: string) => [...organizerKeys.all, 'unschedulable', eventId] as const,
  declineReasons: (eventId: string) => [...organizerKeys.all, 'decline-reasons', eventId] as const,
  irRequests: (eventId: string) => [...organizerKeys.all, 'ir-requests', eventId] as const,
};

export function useAccounts(status: 'pending' | 'active' | 'rejected', role: '' | 'investor' | 'corporate' | 'startup') {
  return useQuery({
    queryKey: organizerKeys.accounts(status, role),
    queryFn: () =>
      unwrap<Page<AccountRow>>(api.GET('/v1/accounts', { params: { query: { status, limit: 100, ...(role ? { role } : {}) } } })),
  });
}

export function useSetAccountStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    // Bulk: one PATCH per account, in parallel; the first failure is reported after all have run.
    mutationFn: async ({ ids, status }: { ids: string[]; status: 'active' | 'rejected' }) => {
      const results = await Promise.allSettled(ids.map((id) => unwrap(api.PATCH('/v1/accounts/{id}', { params: { path: { id } }, body: { status } }))));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      return ids.length;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: organizerKeys.all }),
  });
}

/** Every participant of an event (pages of 100), for the searchable, virtualised list. */
export function useAllParticipants(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.participants(eventId),
    queryFn: async () => {
      const first = await unwrap<Page<Participant>>(api.GET('/v1/events/{eventId}/participants', { params: { path: { eventId }, query: { page: 1, limit: 100 } } }));
      const pages = Math.ceil(first.total / 100);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, pages - 1) }, (_, i) =>
          unwrap<Page<Participant>>(api.GET('/v1/events/{eventId}/participants', { params: { path: { eventId }, query: { page: i + 2, limit: 100 } } })),
        ),
      );
      return [first, ...rest].flatMap((p) => p.items);
    },
  });
}

const RUN_PATHS = { match: '/v1/match-runs/', schedule: '/v1/schedule-runs/', ir: '/v1/ir-allocations/' } as const;
export type RunKind = keyof typeof RUN_PATHS;

/** A background run, polled while it is queued or running (progress 0..1). */
export function useRun<T extends RunStatus>(kind: RunKind, id: string | null) {
  return useQuery({
    queryKey: organizerKeys.run(kind, id ?? ''),
    enabled: !!id,
    queryFn: () => rawRequest<T>('GET', `${RUN_PATHS[kind]}${id}`),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 700),
  });
}

export function useStartRun(kind: RunKind, eventId: string) {
  const queryClient = useQueryClient();
  const path = { match: 'match-runs', schedule: 'schedule-runs', ir: 'ir-allocations' }[kind];
  return useMutation({
    mutationFn: () => rawRequest<{ id: string; status: string }>('POST', `/v1/events/${eventId}/${path}`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizerKeys.all }),
  });
}

/** The newest run of each kind, so a page opens on the last result. */
export function useLatestRuns(eventId: string) {
  return useQuery({
    queryKey: [...organizerKeys.all, 'latest-runs', eventId],
    queryFn: () => rawRequest<Record<RunKind, string | null>>('GET', `/v1/events/${eventId}/runs/latest`),
  });
}

export function useSchedule(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.schedule(eventId),
    queryFn: () => unwrap<Schedule>(api.GET('/v1/events/{eventId}/schedule', { params: { path: { eventId } } })),
  });
}

export function useCapacity(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.capacity(eventId),
    queryFn: () => unwrap<Capacity>(api.GET('/v1/events/{eventId}/capacity', { params: { path: { eventId } } })),
  });
}

export function useUnschedulable(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.unschedulable(eventId),
    queryFn: () =>
      rawRequest<Page<{ id: string; reason: string | null; startup?: { name: string } | null; counterpart?: { name: string } | null }>>(
        'GET',
        `/v1/events/${eventId}/meeting-requests?status=unschedulable&limit=100`,
      ),
  });
}

export function usePublish(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rawRequest<{ publishedAt: string; meetings: number }>('POST', `/v1/events/${eventId}/schedule/publish`, {}),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: organizerKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['events'] });
    },
  });
}

export function useMoveMeeting(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, startsAt, table }: { id: string; startsAt: string; table: number }) => rawRequest('PATCH', `/v1/meetings/${id}`, { startsAt, table }),
    onSuccess: (_, { id, startsAt, table }) => {
      // The board shows the new place at once (no flicker back while the schedule reloads).
      queryClient.setQueryData<Schedule>(organizerKeys.schedule(eventId), (old) =>
        old && {
          ...old,
          meetings: old.meetings.map((m) =>
            m.id === id ? { ...m, startsAt, endsAt: new Date(Date.parse(startsAt) + Date.parse(m.endsAt) - Date.parse(m.startsAt)).toISOString(), table } : m,
          ),
        },
      );
      void queryClient.invalidateQueries({ queryKey: organizerKeys.schedule(eventId) });
    },
  });
}

const total = async (path: string) => (await rawRequest<Page<unknown>>('GET', path)).total;

/** Counts for the dashboard and its funnel, from the list endpoints' totals. */
export function useEventCounts(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.counts(eventId),
    queryFn: async () => {
      const e = `/v1/events/${eventId}`;
      const [participants, matches, mutual, decided, requested, accepted, booked, pending] = await Promise.all([
        total(`${e}/participants?limit=1`),
        total(`${e}/matches?limit=1`),
        total(`${e}/matches?limit=1&mutual=true`),
        total(`${e}/matches?limit=1&decision=interested`),
        total(`${e}/meeting-requests?limit=1`),
        total(`${e}/meeting-requests?limit=1&status=accepted`),
        total(`${e}/meeting-requests?limit=1&status=booked`),
        total(`/v1/accounts?limit=1&status=pending`),
      ]);
      return { participants, matches, mutual, decided, requested, accepted: accepted + booked, booked, pending };
    },
    refetchInterval: 15_000,
  });
}

export function useDeclineReasons(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.declineReasons(eventId),
    queryFn: () =>
      unwrap<{ items: { side: string; kind: string; reason: string | null; count: number }[] }>(
        api.GET('/v1/events/{eventId}/reports/decline-reasons', { params: { path: { eventId } } }),
      ),
  });
}

export function useAllIrRequests(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.irRequests(eventId),
    queryFn: async () => {
      const data = await rawRequest<Page<{ id: string; startupId: string; status: string; waitlistPosition?: number; sessionIds: string[] }>>(
        'GET',
        `/v1/events/${eventId}/ir-requests?limit=100`,
      );
      return data;
    },
  });
}

export { ApiError };
