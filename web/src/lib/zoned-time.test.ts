import { describe, expect, it } from 'vitest';
import { datesBetween, daySlots, zonedToInstant } from './zoned-time';

describe('zoned time', () => {
  it('turns a Seoul wall-clock time into its instant', () => {
    expect(new Date(zonedToInstant('2026-10-28', '09:00', 'Asia/Seoul')).toISOString()).toBe('2026-10-28T00:00:00.000Z');
  });

  it('respects daylight saving on either side of a change', () => {
    // Berlin leaves summer time on 2026-10-25
    expect(new Date(zonedToInstant('2026-10-24', '09:00', 'Europe/Berlin')).toISOString()).toBe('2026-10-24T07:00:00.000Z');
    expect(new Date(zonedToInstant('2026-10-26', '09:00', 'Europe/Berlin')).toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });

  it('lists local dates inclusively', () => {
    expect(datesBetween('2026-10-30', '2026-11-02')).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
  });

  it('cuts a day into whole slots', () => {
    const slots = daySlots({ startDate: '2026-10-28', endDate: '2026-10-28', timezone: 'Asia/Seoul', meetingGrid: { dayStart: '09:00', dayEnd: '10:45', slotMinutes: 30 } }, '2026-10-28');
    expect(slots.map((s) => new Date(s).toISOString().slice(11, 16))).toEqual(['00:00', '00:30', '01:00']);
  });
});
