import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '@/lib/api-client';
import { setCurrentEventId, useStoredEventId } from '@/lib/current-event';

export type EventSummary = Schema<'EventView'>;
export type MeetingGrid = EventSummary['meetingGrid'];

/** Shared by every feature that works inside an event (they may not import each other). */
export const eventKeys = {
  all: ['events'] as const,
  list: () => [...eventKeys.all, 'list'] as const,
  detail: (id: string) => [...eventKeys.all, 'detail', id] as const,
  membership: (id: string) => [...eventKeys.all, 'membership', id] as const,
};

/** The events list (the event switcher and every page inside an event), also started early by the router. */
export const eventListQuery = () =>
  queryOptions({
    queryKey: eventKeys.list(),
    queryFn: () => unwrap(api.GET('/v1/events', { params: { query: { limit: 100 } } })),
  });

export function useEventList(enabled = true) {
  return useQuery({ ...eventListQuery(), enabled });
}

/** The selected event: the remembered one when it still exists, else the soonest. */
export function useCurrentEvent(enabled = true): { event: EventSummary | null; isLoading: boolean; events: EventSummary[] } {
  const stored = useStoredEventId();
  const list = useEventList(enabled);
  const events = list.data?.items ?? [];
  const event = events.find((e) => e.id === stored) ?? [...events].sort((a, b) => a.startDate.localeCompare(b.startDate))[0] ?? null;
  return { event, isLoading: list.isLoading, events };
}

export const selectEvent = setCurrentEventId;

/** Members must join an event to be matched and to book. */
export function useMembership(eventId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: eventKeys.membership(eventId ?? ''),
    enabled: !!eventId && enabled,
    queryFn: async () => (await unwrap(api.GET('/v1/events/{eventId}/me/membership', { params: { path: { eventId: eventId! } } }))).joined,
  });
}

export function useJoinEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (eventId: string) => unwrap(api.POST('/v1/events/{eventId}/participants', { params: { path: { eventId } }, body: {} })),
    onSuccess: (_d, eventId) => queryClient.invalidateQueries({ queryKey: eventKeys.membership(eventId) }),
  });
}
