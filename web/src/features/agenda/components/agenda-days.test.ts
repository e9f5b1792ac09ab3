import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../api/agenda';
import { groupByDay, zonesDiffer } from './agenda-days';

const meeting = (id: string, startsAt: string): AgendaItem => ({
  type: 'meeting', id, requestId: id, startsAt, endsAt: startsAt, table: 1, status: 'booked', provisional: true, with: { accountId: 'a', name: 'A', role: 'investor' },
});

describe('groupByDay', () => {
  it('groups by the event’s local day and sorts by time', () => {
    const days = groupByDay(
      [meeting('c', '2026-10-29T09:00:00+09:00'), meeting('b', '2026-10-28T17:30:00+09:00'), meeting('a', '2026-10-28T09:00:00+09:00')],
      'Asia/Seoul',
    );
    expect(days.map((d) => [d.date, d.items.map((i) => i.id)])).toEqual([
      ['2026-10-28', ['a', 'b']],
      ['2026-10-29', ['c']],
    ]);
  });

  it('puts an early-morning Seoul meeting on its Seoul day even though it is the previous day in UTC', () => {
    expect(groupByDay([meeting('x', '2026-10-28T08:00:00+09:00')], 'Asia/Seoul')[0].date).toBe('2026-10-28');
    expect(groupByDay([meeting('x', '2026-10-28T08:00:00+09:00')], 'UTC')[0].date).toBe('2026-10-27');
  });
});

describe('zonesDiffer', () => {
  it('is false for the same zone or zones with the same clock, true otherwise', () => {
    expect(zonesDiffer('Asia/Seoul', 'Asia/Seoul')).toBe(false);
    expect(zonesDiffer('Asia/Seoul', 'Asia/Tokyo')).toBe(false);
    expect(zonesDiffer('Asia/Seoul', 'Europe/Berlin')).toBe(true);
  });
});
