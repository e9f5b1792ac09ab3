import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '@/lib/api-client';

export type Agenda = Schema<'AgendaView'>;
export type AgendaItem = Agenda['items'][number];
export type AgendaMeeting = Schema<'AgendaMeetingView'>;
export type AgendaPitch = Schema<'AgendaPitchView'>;

export const agendaKeys = {
  all: ['agenda'] as const,
  detail: (eventId: string) => [...agendaKeys.all, eventId] as const,
  feed: (eventId: string) => [...agendaKeys.all, eventId, 'feed'] as const,
};

export function useAgenda(eventId: string) {
  return useQuery({
    queryKey: agendaKeys.detail(eventId),
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/agenda', { params: { path: { eventId } } })),
    refetchInterval: 60_000,
  });
}

export function useCalendarFeed(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: agendaKeys.feed(eventId),
    enabled,
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/v1/events/{eventId}/agenda/feed', { params: { path: { eventId } } })),
  });
}
