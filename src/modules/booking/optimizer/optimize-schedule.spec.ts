import { describe, it, expect } from '@jest/globals';
import { optimizeSchedule } from './optimize-schedule';
import type { SchedulePlan, ScheduleInstance } from './schedule.types';
import { conferenceInstance, smallInstance } from './testing/generate-instance';
import { counterpart, instanceOf, request, startup } from './testing/instance-builders';
import { InvalidScheduleInstanceError } from './validate-instance';
import { verifyPlan } from './verify-plan';

function plan(instance: ScheduleInstance): SchedulePlan {
  const result = optimizeSchedule(instance);
  expect(verifyPlan(instance, result)).toEqual([]);
  return result;
}

const slotOf = (p: SchedulePlan, id: string) => p.meetings.find((m) => m.request === id)?.slot;
const reasonOf = (p: SchedulePlan, id: string) => p.unscheduled.find((u) => u.request === id)?.reason;

describe('optimizeSchedule', () => {
  it('plans the documented example', () => {
    const result = plan({
      days: 2,
      slotsPerDay: 18,
      tables: 150,
      participants: [startup('s-1', [0, 1, 2]), counterpart('i-7', [], 10)],
      requests: [request('r-1', 's-1', 'i-7', 87)],
    });
    expect(result.meetings).toEqual([{ request: 'r-1', slot: expect.any(Number), table: 1 }]);
    expect(result.meetings[0].slot).toBeGreaterThanOrEqual(3);
    expect(result.stats).toMatchObject({ requests: 1, booked: 1, value: 87, upperBound: 1, valueUpperBound: 87, unscheduled: 0 });
  });

  it('handles an instance without requests', () => {
    const result = plan(instanceOf({ slotsPerDay: 3, tables: 1 }, [startup('s-1')], []));
    expect(result).toMatchObject({ meetings: [], unscheduled: [], stats: { booked: 0, upperBound: 0, valueUpperBound: 0 } });
  });

  it('moves a meeting to make room for another', () => {
    // Both fit only if s-1 meets c-1 in slot 1, leaving slot 0 (c-2's only free slot) for c-2.
    const result = plan(
      instanceOf({ slotsPerDay: 2, tables: 2 }, [startup('s-1'), counterpart('c-1'), counterpart('c-2', [1])], [
        request('a', 's-1', 'c-1', 100),
        request('b', 's-1', 'c-2', 50),
      ]),
    );
    expect([slotOf(result, 'a'), slotOf(result, 'b')]).toEqual([1, 0]);
    expect(result.stats).toMatchObject({ booked: 2, value: 150, upperBound: 2, valueUpperBound: 150 });
  });

  it('gives the last table to the more valuable meeting', () => {
    const result = plan(
      instanceOf({ slotsPerDay: 1, tables: 1 }, [startup('s-1'), startup('s-2'), counterpart('c-1'), counterpart('c-2')], [
        request('low', 's-1', 'c-1', 3),
        request('high', 's-2', 'c-2', 9),
      ]),
    );
    expect(result.meetings).toEqual([{ request: 'high', slot: 0, table: 1 }]);
    expect(reasonOf(result, 'low')).toBe('all tables taken in every common free slot');
    expect(result.stats).toMatchObject({ upperBound: 1, valueUpperBound: 9 });
  });

  it('keeps the fairness floor: every startup that can meet gets a meeting', () => {
    // c-1 has two free slots; by value alone s-1 and s-2 would take them and s-3 would get nothing.
    const result = plan(
      instanceOf(
        { slotsPerDay: 3, tables: 3 },
        [startup('s-1'), startup('s-2'), startup('s-3'), counterpart('c-1', [2]), counterpart('c-2')],
        [
          request('s1c1', 's-1', 'c-1', 100),
          request('s2c1', 's-2', 'c-1', 90),
          request('s3c1', 's-3', 'c-1', 10),
          request('s1c2', 's-1', 'c-2', 5),
        ],
      ),
    );
    expect(result.stats.startupsWithMeeting).toBe(3);
    expect(result.meetings.map((m) => m.request).sort()).toEqual(['s1c2', 's2c1', 's3c1']);
    expect(result.stats.value).toBe(105);
    expect(reasonOf(result, 's1c1')).toMatch(/^conflicts with other meetings in every common free slot/);
  });

  it('seats startups on random instances as often as a matching allows', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const inst = smallInstance({ seed, blockedShare: 0.2 });
      const { stats } = plan(inst);
      expect(stats.startupsWithMeeting).toBeLessThanOrEqual(stats.startupsThatCanMeet);
      expect(stats.booked).toBeLessThanOrEqual(stats.upperBound);
      expect(stats.value).toBeLessThanOrEqual(stats.valueUpperBound);
    }
  });

  it('keeps fixed meetings and numbers the other tables around them', () => {
    const result = plan(
      instanceOf({ slotsPerDay: 1, tables: 2 }, [startup('s-1'), startup('s-2'), counterpart('c-1'), counterpart('c-2')], [
        request('pub', 's-1', 'c-1', 1),
        request('new', 's-2', 'c-2', 50),
      ], { fixed: [{ request: 'pub', slot: 0, table: 1 }] }),
    );
    expect(result.meetings).toEqual([
      { request: 'pub', slot: 0, table: 1 },
      { request: 'new', slot: 0, table: 2 },
    ]);
    expect(result.stats).toMatchObject({ fixed: 1, upperBound: 2, valueUpperBound: 51 });
  });

  it('never drops a fixed meeting for a more valuable one', () => {
    const result = plan(
      instanceOf({ slotsPerDay: 1, tables: 1 }, [startup('s-1'), startup('s-2'), counterpart('c-1')], [
        request('pub', 's-1', 'c-1', 1),
        request('rich', 's-2', 'c-1', 100),
      ], { fixed: [{ request: 'pub', slot: 0, table: 1 }] }),
    );
    expect(result.meetings.map((m) => m.request)).toEqual(['pub']);
    expect(result.stats).toMatchObject({ upperBound: 1, valueUpperBound: 1 });
  });

  it('uses only the tables open in each slot', () => {
    const people = [startup('s-1'), startup('s-2'), startup('s-3'), counterpart('c-1'), counterpart('c-2'), counterpart('c-3')];
    const result = plan(
      instanceOf({ slotsPerDay: 3, tables: 2 }, people, [
        request('a', 's-1', 'c-1', 1),
        request('b', 's-2', 'c-2', 1),
        request('c', 's-3', 'c-3', 1),
      ], { tablesBySlot: [0, 1, 2] }),
    );
    expect(result.meetings.every((m) => m.slot > 0 && (m.slot === 2 || m.table === 1))).toBe(true);
    expect(result.stats.booked).toBe(3);
  });

  it('explains each unscheduled request', () => {
    const result = plan(
      instanceOf(
        { days: 1, slotsPerDay: 2, tables: 5 },
        [
          startup('s-1', [0]),
          startup('s-2'),
          startup('s-3'),
          startup('s-4', [0, 1]),
          counterpart('c-1', [1]),
          counterpart('c-2', [], 1),
          counterpart('c-3'),
          counterpart('c-4', [], 0),
        ],
        [
          request('noCommon', 's-1', 'c-1', 10),
          request('capC', 's-2', 'c-2', 9),
          request('capC2', 's-3', 'c-2', 8),
          request('blocked', 's-4', 'c-3', 5),
          request('zero', 's-2', 'c-4', 5),
        ],
      ),
    );
    expect(reasonOf(result, 'noCommon')).toBe('no common free slot');
    expect(reasonOf(result, 'blocked')).toBe('the startup is blocked in every slot');
    expect(reasonOf(result, 'zero')).toBe("counterpart's daily cap is 0");
    // c-2 takes one meeting a day: one of s-2 and s-3 can be seated, so value decides.
    expect(reasonOf(result, 'capC2')).toBe("counterpart's daily cap reached on all common days");
    expect(result.stats).toMatchObject({ startupsThatCanMeet: 2, startupsWithMeeting: 1, upperBound: 1 });
  });

  it('says when the startup is already booked by dearer meetings', () => {
    const result = plan(
      instanceOf({ slotsPerDay: 1, tables: 5 }, [startup('s-1'), counterpart('c-1'), counterpart('c-2')], [
        request('dear', 's-1', 'c-1', 10),
        request('cheap', 's-1', 'c-2', 5),
      ]),
    );
    expect(reasonOf(result, 'cheap')).toBe('conflicts with higher-value meetings in every common free slot (the startup already booked)');
  });

  it("says when the startup's own cap is the limit", () => {
    const result = plan(
      instanceOf({ slotsPerDay: 3, tables: 5 }, [startup('s-1', [], 1), counterpart('c-1'), counterpart('c-2')], [
        request('dear', 's-1', 'c-1', 10),
        request('cheap', 's-1', 'c-2', 5),
      ]),
    );
    expect(reasonOf(result, 'cheap')).toBe("startup's daily cap reached on all common days");
  });

  it('is deterministic when the work budget, not the clock, ends the search', () => {
    const inst = conferenceInstance({ seed: 7, startups: 150, idleStartups: 10, investors: 30, corporates: 10, requests: 1500, tables: 25 });
    const strip = (p: SchedulePlan) => ({ ...p, stats: { ...p.stats, ms: 0 } });
    const noClock = { timeBudgetMs: Infinity };
    expect(strip(optimizeSchedule(inst, noClock))).toEqual(strip(optimizeSchedule(structuredClone(inst), noClock)));
  });

  it('returns a valid plan that keeps the fairness floor however small the time budget', () => {
    const inst = conferenceInstance({ seed: 8, startups: 300, idleStartups: 10, investors: 50, corporates: 10, requests: 3000, tables: 40 });
    const rushed = optimizeSchedule(inst, { timeBudgetMs: 0 });
    expect(verifyPlan(inst, rushed)).toEqual([]);
    expect(rushed.meetings.length + rushed.unscheduled.length).toBe(inst.requests.length);
    expect(rushed.stats.startupsWithMeeting).toBe(rushed.stats.startupsSeatable);
    const unhurried = optimizeSchedule(inst, { timeBudgetMs: Infinity });
    expect(rushed.stats.value).toBeLessThanOrEqual(unhurried.stats.valueUpperBound);
    expect(rushed.stats.booked).toBeGreaterThan(0.9 * unhurried.stats.booked);
  });

  it('rejects an invalid instance with every error', () => {
    let error: unknown;
    try {
      optimizeSchedule({ days: 0, slotsPerDay: 1, tables: 1, participants: [], requests: [request('r', 'x', 'y', 1)] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidScheduleInstanceError);
    expect((error as InvalidScheduleInstanceError).errors).toEqual([
      'days: must be between 1 and 60, got 0',
      'requests[0].startup: unknown participant "x"',
      'requests[0].counterpart: unknown participant "y"',
    ]);
  });
});
