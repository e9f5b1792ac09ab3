import { useQuery } from '@tanstack/react-query';
import { api, rawRequest, unwrap } from '@/lib/api-client';

export interface AgendaMeeting {
  type: 'meeting';
  id: string;
  requestId: string;
  startsAt: string;
  endsAt: string;
  table: number;
  status: string;
  provisional: boolean;
  with: { accountId: string; name: string; role: string };
}

export interface AgendaPitch {
  type: 'pitch';
  id: string;
  sessionId: string;
  session: string;
  room: string;
  position: number;
  startsAt: string;
  endsAt: string;
}

export type AgendaItem = AgendaMeeting | AgendaPitch;

export interface Agenda {
  eventId: string;
  timezone: string;
  published: boolean;
  items: AgendaItem[];
}

export const agendaKeys = {
  all: ['agenda'] as const,
  detail: (eventId: string) => [...agendaKeys.all, eventId] as const,
  feed: (eventId: string) => [...agendaKeys.all, eventId, 'feed'] as const,
};

export function useAgenda(eventId: string) {
  return useQuery({
    queryKey: agendaKeys.detail(eventId),
    queryFn: () => unwrap<Agenda>(api.GET('/v1/events/{eventId}/agenda', { params: { path: { eventId } } })),
    refetchInterval: 60_000,
  });
}

export function useCalendarFeed(eventId: string, enabled: boolean) {
  return useQuery({
    queryKey: agendaKeys.feed(eventId),
    enabled,
    staleTime: Infinity,
    queryFn: () => rawRequest<{ path: string }>('GET', `/v1/events/${eventId}/agenda/feed`),
  });
}
