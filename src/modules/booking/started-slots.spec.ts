import { describe, expect, it } from '@jest/globals';
import { EventGrid } from '../events/event-grid';
import { NO_COMMON_SLOT } from './optimizer/unscheduled-reasons';
import { firstOpenSlot, firstUnendedSlot, hasStarted, startedAwareReason, startedSlots } from './started-slots';

// Two days, 09:00–10:00 Seoul, 30-minute slots: 0, 1 on day one, 2, 3 on day two.
const grid = new EventGrid({ timezone: 'Asia/Seoul', startDate: '2026-10-28', endDate: '2026-10-29', dayStart: '09:00', dayEnd: '10:00', slotMinutes: 30 });
const at = (iso: string) => new Date(iso);

describe('started slots (never book into the past)', () => {
  it('closes nothing before the event, and nothing again once its last slot has ended', () => {
    expect(firstOpenSlot(grid, at('2026-10-27T23:59:59Z'))).toBe(0);
    expect(firstOpenSlot(grid, at('2026-10-29T01:00:00Z'))).toBe(0);
    expect(startedSlots(grid, at('2026-10-30T00:00:00Z')).size).toBe(0);
  });

  it('closes every slot whose start has passed while the event runs, the starting instant included', () => {
    expect(firstOpenSlot(grid, at('2026-10-28T00:00:00Z'))).toBe(1); // 09:00 sharp: slot 0 has started
    expect(firstOpenSlot(grid, at('2026-10-28T00:29:59Z'))).toBe(1);
    expect(firstOpenSlot(grid, at('2026-10-28T00:30:00Z'))).toBe(2);
    expect(firstOpenSlot(grid, at('2026-10-28T05:00:00Z'))).toBe(2); // overnight: day two still ahead
    expect(firstOpenSlot(grid, at('2026-10-29T00:45:00Z'))).toBe(4);
    expect(hasStarted(grid, 1, at('2026-10-28T00:45:00Z'))).toBe(true);
    expect(hasStarted(grid, 2, at('2026-10-28T00:45:00Z'))).toBe(false);
    expect([...startedSlots(grid, at('2026-10-29T00:10:00Z'))]).toEqual([0, 1, 2]);
  });

  it('a backfill may still take the running slot: only slots that have ended are behind it', () => {
    expect(firstUnendedSlot(grid, at('2026-10-27T23:59:59Z'))).toBe(0);
    expect(firstUnendedSlot(grid, at('2026-10-28T00:11:00Z'))).toBe(0); // slot 0 runs until 09:30
    expect(firstUnendedSlot(grid, at('2026-10-28T00:30:00Z'))).toBe(1); // its end is exclusive
    expect(firstUnendedSlot(grid, at('2026-10-29T00:45:00Z'))).toBe(3);
    expect(firstUnendedSlot(grid, at('2026-10-29T01:00:00Z'))).toBe(0); // after the event
  });
});

describe('startedAwareReason', () => {
  const started = 'no common free slot left: the startup and the counterpart are free at the same time only in slots that have already started';

  it("turns a no-common-slot reason into the started-slots one only when the two were free together only in started slots", () => {
    for (const reason of Object.values(NO_COMMON_SLOT)) {
      expect(startedAwareReason(reason, () => true)).toBe(started);
      expect(startedAwareReason(reason, () => false)).toBe(reason);
    }
  });

  it('leaves every other reason as it is, without asking', () => {
    let asked = 0;
    const reason = 'all tables taken in every common free slot';
    expect(startedAwareReason(reason, () => (asked++, true))).toBe(reason);
    expect(asked).toBe(0);
  });
});
