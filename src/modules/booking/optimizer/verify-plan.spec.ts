import { describe, it, expect } from '@jest/globals';
import { optimizeSchedule } from './optimize-schedule';
import type { SchedulePlan } from './schedule.types';
import { counterpart, instanceOf, request, startup } from './testing/instance-builders';
import { smallInstance } from './testing/generate-instance';
import { verifyPlan } from './verify-plan';

const instance = instanceOf(
  { days: 2, slotsPerDay: 2, tables: 2 },
  [startup('s-1', [3]), startup('s-2'), counterpart('c-1', [], 1), counterpart('c-2')],
  [request('a', 's-1', 'c-1', 10), request('b', 's-2', 'c-1', 5), request('c', 's-2', 'c-2', 7), request('d', 's-1', 'c-2', 1)],
  { fixed: [{ request: 'c', slot: 0, table: 2 }] },
);

/** A valid hand-written plan, then broken one rule at a time. */
function validPlan(): SchedulePlan {
  return {
    meetings: [
      { request: 'c', slot: 0, table: 2 },
      { request: 'a', slot: 1, table: 1 },
      { request: 'b', slot: 2, table: 1 },
      { request: 'd', slot: 2, table: 2 },
    ],
    unscheduled: [],
    stats: {
      requests: 4, booked: 4, value: 23, upperBound: 4, valueUpperBound: 23, ms: 0, fixed: 1, unscheduled: 0,
      startupsWithRequests: 2, startupsThatCanMeet: 2, startupsSeatable: 2, startupsWithMeeting: 2,
      countBounds: { feasibleRequests: 4, startupCapacity: 4, counterpartCapacity: 4, slotCapacity: 4, maxFlow: 4 },
    },
  };
}

function broken(change: (plan: SchedulePlan) => void): string[] {
  const plan = validPlan();
  change(plan);
  return verifyPlan(instance, plan);
}

describe('verifyPlan', () => {
  it('accepts a valid plan', () => {
    expect(verifyPlan(instance, validPlan())).toEqual([]);
  });

  it('rejects what is not a plan', () => {
    expect(verifyPlan(instance, null)).toEqual(['plan: expected an object']);
    expect(verifyPlan(instance, { meetings: {}, unscheduled: 3 })).toEqual([
      'meetings: expected an array',
      'unscheduled: expected an array',
    ]);
  });

  it('requires every request exactly once', () => {
    expect(broken((p) => p.meetings.pop())).toContain('request "d" is neither in meetings nor in unscheduled');
    expect(broken((p) => p.unscheduled.push({ request: 'a', reason: 'x' }))).toContain(
      'unscheduled[0].request: request "a" is also listed at meetings[1]',
    );
    expect(broken((p) => p.unscheduled.push({ request: 'zz', reason: 'x' }))).toContain('unscheduled[0].request: unknown request "zz"');
    expect(broken((p) => p.unscheduled.push({ request: 'd', reason: '' }))).toContain('unscheduled[0].reason: expected a non-empty string');
  });

  it('checks slots and tables are in range', () => {
    expect(broken((p) => (p.meetings[1].slot = 4))).toContain('meetings[1].slot: expected an integer slot 0..3, got 4');
    expect(broken((p) => (p.meetings[1].table = 3))).toContain('meetings[1].table: expected an integer table 1..2 in slot 1, got 3');
    expect(broken((p) => (p.meetings[1].table = 0.5))).toContain('meetings[1].table: expected an integer table 1..2 in slot 1, got 0.5');
  });

  it('finds blocked slots, double bookings, shared tables and daily caps', () => {
    expect(broken((p) => (p.meetings[3].slot = 3))).toContain('meetings[3]: "s-1" is blocked in slot 3');
    expect(broken((p) => Object.assign(p.meetings[3], { slot: 1, table: 2 }))).toContain(
      'meetings[3]: "s-1" already meets in slot 1 (request "a")',
    );
    expect(broken((p) => (p.meetings[2].table = 2))).toContain('meetings[3]: table 2 in slot 2 is also used by request "b"');
    expect(broken((p) => Object.assign(p.meetings[2], { slot: 0, table: 1 }))).toEqual(
      expect.arrayContaining(['"c-1" has more than maxPerDay 1 meetings on day 0', 'meetings[2]: "s-2" already meets in slot 0 (request "c")']),
    );
  });

  it('enforces per-slot tables', () => {
    const fewer = { ...instance, tablesBySlot: [2, 2, 1, 2] };
    expect(verifyPlan(fewer, validPlan())).toContain('meetings[3].table: expected an integer table 1..1 in slot 2, got 2');
  });

  it('keeps fixed meetings where they are', () => {
    expect(broken((p) => (p.meetings[0].table = 1))).toContain('fixed request "c" must stay in slot 0 at table 2');
    expect(broken((p) => (p.unscheduled = [{ request: 'c', reason: 'x' }]) && p.meetings.shift())).toContain(
      'fixed request "c" must stay in slot 0 at table 2',
    );
  });

  it('checks the stats against the meetings', () => {
    expect(broken((p) => (p.stats.booked = 3))).toEqual(['stats.booked: expected 4, the number of meetings']);
    expect(broken((p) => (p.stats.value = 24))).toEqual(['stats.value: expected 23, the sum of booked values']);
    expect(broken((p) => (p.stats.upperBound = 3))).toEqual(['stats.upperBound: below the meetings booked']);
    expect(broken((p) => (p.stats.valueUpperBound = 22))).toEqual(['stats.valueUpperBound: below the value booked']);
  });

  it('passes every optimizer plan on random instances', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const inst = smallInstance({ seed, fixed: seed % 2 ? 2 : 0 });
      expect(verifyPlan(inst, optimizeSchedule(inst))).toEqual([]);
    }
  });
});
