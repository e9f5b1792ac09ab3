import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { Page } from '@/lib/types';

export type RequestStatus = 'pending' | 'accepted' | 'booked' | 'unschedulable' | 'declined' | 'withdrawn' | 'cancelled';

export interface MeetingRequestItem {
  id: string;
  eventId: string;
  matchId: string;
  senderId: string;
  recipientId: string;
  direction: 'sent' | 'received' | null;
  message: string | null;
  status: RequestStatus;
  reason: string | null;
  meeting: { id: string; startsAt: string; endsAt: string; table: number; provisional: boolean } | null;
  startup?: { accountId: string; name: string } | null;
  counterpart?: { accountId: string; name: string; role: string } | null;
  createdAt: string;
}

export const meetingRequestKeys = {
  all: ['meeting-requests'] as const,
  list: (eventId: string, direction: string, status: string) => [...meetingRequestKeys.all, eventId, direction, status] as const,
};

export function useMeetingRequests(eventId: string, direction: 'sent' | 'received', status: RequestStatus | 'all') {
  return useQuery({
    queryKey: meetingRequestKeys.list(eventId, direction, status),
    queryFn: () =>
      unwrap<Page<MeetingRequestItem>>(
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
