import { localDate } from '@/lib/format';
import type { AgendaItem } from '../api/agenda';

export interface AgendaDay {
  date: string; // YYYY-MM-DD in the event's zone
  items: AgendaItem[];
}

/** Groups agenda items by their local day in the event's time zone, in time order. */
export function groupByDay(items: AgendaItem[], timeZone: string): AgendaDay[] {
  const days = new Map<string, AgendaItem[]>();
  for (const item of [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))) {
    const day = localDate(item.startsAt, timeZone);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()].map(([date, dayItems]) => ({ date, items: dayItems }));
}

/** Whether the viewer's zone shows different wall-clock times than the event's at this instant. */
export function zonesDiffer(eventZone: string, viewerZone: string, at = new Date()): boolean {
  if (eventZone === viewerZone) return false;
  const fmt = (tz: string) => new Intl.DateTimeFormat('en-GB', { timeZone: tz, hour: '2-digit', minute: '2-digit', day: '2-digit' }).format(at);
  return fmt(eventZone) !== fmt(viewerZone);
}
