import type { ScheduleMeeting } from '../api/organizer';

/** Test data of the board's tests: a grid of 30-minute slots from 09:00 Seoul, and meetings placed on it. */
export const T0 = Date.parse('2026-10-28T09:00:00+09:00');
export const SLOT = 30 * 60_000;
export const iso = (ms: number) => new Date(ms).toISOString();

export const meeting = (id: string, s: string, c: string, slot: number, table: number): ScheduleMeeting => ({
  id, startsAt: iso(T0 + slot * SLOT), endsAt: iso(T0 + (slot + 1) * SLOT), slot, table, participants: [s, c], requestId: `r-${id}`,
  startup: { accountId: s, name: s.toUpperCase() }, counterpart: { accountId: c, name: c.toUpperCase(), role: 'investor' }, sequence: 0,
});
