import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '@/lib/api-client';

export type MeetingRequestItem = Schema<'MeetingRequestView'>;
export type RequestStatus = MeetingRequestItem['status'];

export const meetingRequestKeys = {
  all: ['meeting-requests'] as const,
  list: (eventId: string, direction: string, status: string) => [...meetingRequestKeys.all, eventId, direction, status] as const,
};

export function useMeetingRequests(eventId: string, direction: 'sent' | 'received', status: RequestStatus | 'all') {
  return useQuery({
    queryKey: meetingRequestKeys.list(eventId, direction, status),
    queryFn: () =>
      unwrap(
        api.GET('/v1/events/{eventId}/meeting-requests', {
          params: { path: { eventId }, query: { direction, limit: 100, ...(status !== 'all' ? { status } : {}) } },
        }),
      ),
    // An accepted request is booked by the worker within moments: look again while any is in flight.
    refetchInterval: (q) => (q.state.data?.items.some((r) => r.status === 'accepted') ? 2000 : false),
  });
}

type Action = 'accept' | 'decline' | 'withdraw';

export function useRequestAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: Action }) => {
      const path = { params: { path: { id } } };
      if (action === 'accept') return unwrap(api.POST('/v1/meeting-requests/{id}/accept', path));
      if (action === 'decline') return unwrap(api.POST('/v1/meeting-requests/{id}/decline', { ...path, body: {} }));
      return unwrap(api.POST('/v1/meeting-requests/{id}/withdraw', path));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingRequestKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['agenda'] });
    },
  });
}

export function useCancelMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (meetingId: string) => unwrap(api.DELETE('/v1/meetings/{id}', { params: { path: { id: meetingId } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingRequestKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['agenda'] });
    },
  });
}

/** The other party's name as the viewer sees it. */
export function otherParty(r: MeetingRequestItem, viewerId: string): string {
  if (r.startup?.accountId === viewerId) return r.counterpart?.name ?? '';
  return r.startup?.name ?? '';
}
