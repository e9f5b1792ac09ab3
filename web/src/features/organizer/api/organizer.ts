import { queryOptions, useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, unwrap, type Schema } from '@/lib/api-client';
import { decodeBoard, type Board } from './board';

export type AccountRow = Schema<'AccountWithProfileView'>;
export type Participant = Schema<'ParticipantListItemView'>;

/** What every background run reports (match runs, schedule runs, IR allocations). */
export type RunStatus = Pick<Schema<'MatchRunView'>, 'id' | 'status' | 'progress' | 'error' | 'startedAt' | 'finishedAt'>;
export type ScheduleRunStats = Schema<'ScheduleRunView'>;
interface RunViews {
  match: Schema<'MatchRunView'>;
  schedule: ScheduleRunStats;
  ir: Schema<'IrAllocationRunView'>;
}

export type Capacity = Schema<'CapacityView'>;

export const organizerKeys = {
  all: ['organizer'] as const,
  accounts: (status: string, role: string) => [...organizerKeys.all, 'accounts', status, role] as const,
  participants: (eventId: string) => [...organizerKeys.all, 'participants', eventId] as const,
  run: (kind: string, id: string) => [...organizerKeys.all, 'run', kind, id] as const,
  schedule: (eventId: string) => [...organizerKeys.all, 'schedule', eventId] as const,
  /** Under the schedule's key: whatever refreshes the schedule refreshes the board. */
  board: (eventId: string) => [...organizerKeys.schedule(eventId), 'board'] as const,
  capacity: (eventId: string) => [...organizerKeys.all, 'capacity', eventId] as const,
  unschedulable: (eventId: string) => [...organizerKeys.all, 'unschedulable', eventId] as const,
  declineReasons: (eventId: string) => [...organizerKeys.all, 'decline-reasons', eventId] as const,
  irRequests: (eventId: string) => [...organizerKeys.all, 'ir-requests', eventId] as const,
};

export function useAccounts(status: 'pending' | 'active' | 'rejected', role: '' | 'investor' | 'corporate' | 'startup') {
  return useQuery({
    queryKey: organizerKeys.accounts(status, role),
    queryFn: () =>
      unwrap(api.GET('/v1/accounts', { params: { query: { status, limit: 100, ...(role ? { role } : {}) } } })),
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
      const first = await unwrap(api.GET('/v1/events/{eventId}/participants', { params: { path: { eventId }, query: { page: 1, limit: 100 } } }));
      const pages = Math.ceil(first.total / 100);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, pages - 1) }, (_, i) =>
          unwrap(api.GET('/v1/events/{eventId}/participants', { params: { path: { eventId }, query: { page: i + 2, limit: 100 } } })),
        ),
      );
      return [first, ...rest].flatMap((p) => p.items);
    },
  });
}

export type RunKind = keyof RunViews;

function fetchRun<K extends RunKind>(kind: K, id: string): Promise<RunViews[K]> {
  const params = { params: { path: { id } } };
  const pending =
    kind === 'match' ? unwrap(api.GET('/v1/match-runs/{id}', params)) : kind === 'schedule' ? unwrap(api.GET('/v1/schedule-runs/{id}', params)) : unwrap(api.GET('/v1/ir-allocations/{id}', params));
  return pending as Promise<RunViews[K]>;
}

/** A background run, polled while it is queued or running (progress 0..1). */
export function useRun<K extends RunKind>(kind: K, id: string | null) {
  return useQuery({
    queryKey: organizerKeys.run(kind, id ?? ''),
    enabled: !!id,
    queryFn: () => fetchRun(kind, id!),
    refetchInterval: (q) => (q.state.data && (q.state.data.status === 'done' || q.state.data.status === 'failed') ? false : 700),
  });
}

/**
 * The run of `kind` a page shows and starts: the one it started, else the event's latest, polled while it is queued
 * or running. Once a run started or seen running on the page is done, `reload` (what the run rewrites) is read again,
 * once per run: starting a run refetches those before it has written anything, and a small run can be done before
 * its first poll, so seeing its status change is not enough.
 */
export function usePageRun<K extends RunKind>(kind: K, eventId: string, reload: QueryKey[] = []) {
  const queryClient = useQueryClient();
  const latest = useLatestRuns(eventId);
  const [started, setStarted] = useState<string | null>(null);
  const runId = started ?? latest.data?.[kind] ?? null;
  const starter = useStartRun(kind, eventId);
  const run = useRun(kind, runId);
  const watched = useRef(new Set<string>());
  const status = run.data?.status;
  const keyList = JSON.stringify(reload); // the same keys each render, as one stable value
  useEffect(() => {
    if (!runId || !status) return;
    if (status === 'queued' || status === 'running') watched.current.add(runId);
    else if (watched.current.delete(runId) && status === 'done') {
      for (const queryKey of JSON.parse(keyList) as QueryKey[]) void queryClient.invalidateQueries({ queryKey });
    }
  }, [runId, status, queryClient, keyList]);
  const { mutate } = starter;
  const start = useCallback(
    () =>
      mutate(undefined, {
        onSuccess: ({ id }) => {
          watched.current.add(id);
          setStarted(id);
        },
      }),
    [mutate],
  );
  return { run, start, starting: starter.isPending, startError: starter.error, busy: status === 'queued' || status === 'running' };
}

export function useStartRun(kind: RunKind, eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => {
      const params = { params: { path: { eventId } } };
      if (kind === 'match') return unwrap(api.POST('/v1/events/{eventId}/match-runs', params));
      if (kind === 'schedule') return unwrap(api.POST('/v1/events/{eventId}/schedule-runs', params));
      return unwrap(api.POST('/v1/events/{eventId}/ir-allocations', params));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizerKeys.all }),
  });
}

/** The newest run of each kind, so a page opens on the last result. */
export function useLatestRuns(eventId: string) {
  return useQuery({
    queryKey: [...organizerKeys.all, 'latest-runs', eventId],
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/runs/latest', { params: { path: { eventId } } })),
  });
}

/**
 * The schedule board's read (the whole schedule in compact columns, a few hundred kB at conference scale), decoded
 * once into meetings: the board's and the schedule page's, started by the router when the board opens.
 */
export const boardQuery = (eventId: string) =>
  queryOptions({
    queryKey: organizerKeys.board(eventId),
    queryFn: async () => decodeBoard(await unwrap(api.GET('/v1/events/{eventId}/schedule/board', { params: { path: { eventId } } }))),
  });

export function useBoard(eventId: string) {
  return useQuery(boardQuery(eventId));
}

export function useCapacity(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.capacity(eventId),
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/capacity', { params: { path: { eventId } } })),
  });
}

export function useUnschedulable(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.unschedulable(eventId),
    queryFn: () =>
      unwrap(api.GET('/v1/events/{eventId}/meeting-requests', { params: { path: { eventId }, query: { status: 'unschedulable', limit: 100 } } })),
  });
}

export function usePublish(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/v1/events/{eventId}/schedule/publish', { params: { path: { eventId } } })),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: organizerKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['events'] });
    },
  });
}

export function useMoveMeeting(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, startsAt, table }: { id: string; startsAt: string; table: number }) =>
      unwrap(api.PATCH('/v1/meetings/{id}', { params: { path: { id } }, body: { startsAt, table } })),
    onSuccess: (_, { id, startsAt, table }) => {
      // The board shows the new place at once (no flicker back while the schedule reloads).
      const at = Date.parse(startsAt);
      queryClient.setQueryData<Board>(organizerKeys.board(eventId), (old) =>
        old && { ...old, meetings: old.meetings.map((m) => (m.id === id ? { ...m, startsAt: at, endsAt: at + m.endsAt - m.startsAt, table } : m)) },
      );
      void queryClient.invalidateQueries({ queryKey: organizerKeys.schedule(eventId) });
    },
  });
}

export function useDeclineReasons(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.declineReasons(eventId),
    queryFn: () =>
      unwrap(
        api.GET('/v1/events/{eventId}/reports/decline-reasons', { params: { path: { eventId } } }),
      ),
  });
}

export function useAllIrRequests(eventId: string) {
  return useQuery({
    queryKey: organizerKeys.irRequests(eventId),
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/ir-requests', { params: { path: { eventId }, query: { limit: 100 } } })),
  });
}

export { ApiError };
