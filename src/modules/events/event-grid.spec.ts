import { describe, expect, it } from '@jest/globals';
import { EventGrid, formatInZone } from './event-grid';

describe('EventGrid', () => {
  const seoul = new EventGrid({ timezone: 'Asia/Seoul', startDate: '2026-10-28', endDate: '2026-10-29', dayStart: '09:00', dayEnd: '18:00', slotMinutes: 30 });

  it('numbers slots day by day in the event timezone', () => {
    expect(seoul.slotsPerDay).toBe(18);
    expect(seoul.slotCount).toBe(36);
    expect(seoul.format(seoul.slotStart(0))).toBe('2026-10-28T09:00:00+09:00');
    expect(seoul.slotStart(0).toISOString()).toBe('2026-10-28T00:00:00.000Z');
    expect(seoul.format(seoul.slotStart(17))).toBe('2026-10-28T17:30:00+09:00');
    expect(seoul.format(seoul.slotStart(18))).toBe('2026-10-29T09:00:00+09:00');
    expect(seoul.dayOf(18)).toBe(1);
  });

  it('maps instants back to slots and finds overlapping slots (half-open)', () => {
    expect(seoul.slotAt(new Date('2026-10-29T00:30:00Z'))).toBe(19);
    expect(seoul.slotAt(new Date('2026-10-29T00:31:00Z'))).toBe(-1);
    // a 10-minute pitch 09:25–09:35 overlaps slots 0 and 1; 09:30–10:00 only slot 1
    expect(seoul.slotsOverlapping(new Date('2026-10-28T00:25:00Z'), new Date('2026-10-28T00:35:00Z'))).toEqual([0, 1]);
    expect(seoul.slotsOverlapping(new Date('2026-10-28T00:30:00Z'), new Date('2026-10-28T01:00:00Z'))).toEqual([1]);
  });

  it('keeps local day starts across a daylight-saving change', () => {
    // Europe/Berlin leaves DST on 2026-10-25 (03:00 → 02:00)
    const berlin = new EventGrid({ timezone: 'Europe/Berlin', startDate: '2026-10-24', endDate: '2026-10-26', dayStart: '09:00', dayEnd: '12:00', slotMinutes: 60 });
    expect(berlin.format(berlin.slotStart(0))).toBe('2026-10-24T09:00:00+02:00');
    expect(berlin.format(berlin.slotStart(3))).toBe('2026-10-25T09:00:00+01:00');
    expect(berlin.slotStart(3).toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(berlin.slotStart(0).toISOString()).toBe('2026-10-24T07:00:00.000Z');
  });
});

describe('formatInZone', () => {
  it('formats one instant per zone (remembered answers stay per zone) and keeps milliseconds only when present', () => {
    const instant = new Date('2026-10-28T00:00:00Z');
    expect(formatInZone(instant, 'Asia/Seoul')).toBe('2026-10-28T09:00:00+09:00');
    expect(formatInZone(instant, 'Europe/Berlin')).toBe('2026-10-28T01:00:00+01:00');
    expect(formatInZone(new Date(instant), 'Asia/Seoul')).toBe('2026-10-28T09:00:00+09:00');
    expect(formatInZone(new Date('2026-10-28T00:00:00.250Z'), 'Asia/Seoul')).toBe('2026-10-28T09:00:00.250+09:00');
  });
});
