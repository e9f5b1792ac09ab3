import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

export type MeetingDetail = components['schemas']['MeetingDetailView'];
export type Outcome = components['schemas']['OutcomeView'];
export type OutcomeInput = components['schemas']['OutcomeDto'];
export type FollowUpKind = OutcomeInput['followUps'][number];

export const attendanceKeys = {
  all: ['meeting'] as const,
  detail: (id: string) => [...attendanceKeys.all, id] as const,
  outcome: (id: string) => [...attendanceKeys.all, id, 'outcome'] as const,
};

/** A meeting with its status, check-ins, no-show and my check-in code; polled while I wait for the other party. */
export function useMeetingDetail(id: string, options: { enabled?: boolean; poll?: boolean } = {}) {
  return useQuery({
    queryKey: attendanceKeys.detail(id),
    enabled: options.enabled ?? true,
    staleTime: 15_000,
    queryFn: () => unwrap(api.GET('/v1/meetings/{id}', { params: { path: { id } } })),
    // Only while something can still change on the other party's side.
    refetchInterval: (q) => (options.poll && q.state.data?.status === 'booked' ? 20_000 : false),
  });
}

function useMeetingWrite<V>(id: string, write: (v: V) => Promise<MeetingDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (meeting) => {
      queryClient.setQueryData(attendanceKeys.detail(id), meeting);
      // The agenda drops a meeting closed as a no-show.
      void queryClient.invalidateQueries({ queryKey: ['agenda'] });
    },
  });
}

/** Checks me in; with the other party's code (typed or scanned) both are recorded. */
export function useCheckIn(id: string) {
  return useMeetingWrite(id, (code: string | undefined) =>
    unwrap(api.POST('/v1/meetings/{id}/check-in', { params: { path: { id } }, body: code === undefined ? {} : { code } })),
  );
}

export function useMarkNoShow(id: string) {
  return useMeetingWrite(id, () => unwrap(api.POST('/v1/meetings/{id}/no-show', { params: { path: { id } } })));
}

/** My own outcome; only asked for once the meeting says I recorded one (the API answers 404 before). */
export function useOutcome(id: string, recorded: boolean) {
  return useQuery({
    queryKey: attendanceKeys.outcome(id),
    enabled: recorded,
    queryFn: () => unwrap(api.GET('/v1/meetings/{id}/outcome', { params: { path: { id } } })),
  });
}

export function useSaveOutcome(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OutcomeInput) => unwrap(api.PUT('/v1/meetings/{id}/outcome', { params: { path: { id } }, body })),
    onSuccess: (outcome) => {
      queryClient.setQueryData(attendanceKeys.outcome(id), outcome);
      // Its status may turn to held (both outcomes say so), and it now lists me as having recorded one.
      void queryClient.invalidateQueries({ queryKey: attendanceKeys.detail(id) });
    },
  });
}
