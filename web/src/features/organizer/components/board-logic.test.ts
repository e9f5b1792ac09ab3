import { describe, expect, it } from 'vitest';
import type { ScheduleMeeting, SchedulePitch } from '../api/organizer';
import { boardIndex, moveConflicts } from './board-logic';

const T0 = Date.parse('2026-10-28T09:00:00+09:00');
const SLOT = 30 * 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const meeting = (id: string, s: string, c: string, slot: number, table: number): ScheduleMeeting => ({
  id, startsAt: iso(T0 + slot * SLOT), endsAt: iso(T0 + (slot + 1) * SLOT), slot, table, participants: [s, c], requestId: `r-${id}`,
  startup: { accountId: s, name: s.toUpperCase() }, counterpart: { accountId: c, name: c.toUpperCase(), role: 'investor' }, sequence: 0,
});

describe('moveConflicts', () => {
  const a = meeting('a', 's1', 'v1', 0, 1);
  const b = meeting('b', 's2', 'v2', 1, 2);
  const c = meeting('c', 's3', 'v1', 2, 3);
  const all = [a, b, c];

  it('finds none for a free table in a slot both people have free', () => {
    expect(moveConflicts(a, T0 + SLOT, 1, SLOT, all, [])).toEqual([]);
  });

  it('reports a taken table', () => {
    expect(moveConflicts(a, T0 + SLOT, 2, SLOT, all, []).map((x) => x.kind)).toEqual(['table']);
  });

  it('reports a person already meeting someone else then', () => {
    const found = moveConflicts(a, T0 + 2 * SLOT, 9, SLOT, all, []);
    expect(found).toMatchObject([{ kind: 'person', name: 'V1' }]);
  });

  it('reports a pitch overlapping the new time', () => {
    const pitch: SchedulePitch = { id: 'p', sessionId: 'x', session: 'IR', room: 'R', position: 1, startsAt: iso(T0 + SLOT + 10 * 60_000), endsAt: iso(T0 + SLOT + 20 * 60_000), accountId: 's1', name: 'S1' };
    expect(moveConflicts(a, T0 + SLOT, 1, SLOT, all, [pitch]).map((x) => x.kind)).toEqual(['pitch']);
  });

  it('ignores the meeting itself', () => {
    expect(moveConflicts(a, T0, 1, SLOT, all, [])).toEqual([]);
  });
});

describe('boardIndex', () => {
  it('keys meetings by table and start', () => {
    const m = meeting('a', 's', 'v', 3, 7);
    expect(boardIndex([m]).get(`7@${T0 + 3 * SLOT}`)).toBe(m);
  });
});
