import type { BoardMeeting } from '../api/board';

/** Test data of the board's tests: a grid of 30-minute slots from 09:00 Seoul, and meetings placed on it. */
export const T0 = Date.parse('2026-10-28T09:00:00+09:00');
export const SLOT = 30 * 60_000;
export const iso = (ms: number) => new Date(ms).toISOString();

export const meeting = (id: string, s: string, c: string, slot: number, table: number): BoardMeeting => ({
  id, startsAt: T0 + slot * SLOT, endsAt: T0 + (slot + 1) * SLOT, table,
  startup: { accountId: s, name: s.toUpperCase(), role: 'startup' }, counterpart: { accountId: c, name: c.toUpperCase(), role: 'investor' },
});
