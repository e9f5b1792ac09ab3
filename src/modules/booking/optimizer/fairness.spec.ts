import { describe, it, expect } from '@jest/globals';
import { optimizeSchedule } from './optimize-schedule';
import { prepareSchedule } from './prepare-schedule';
import { counterpart, instanceOf, request, startup } from './testing/instance-builders';
import { verifyPlan } from './verify-plan';

describe('fairness floor', () => {
  // One slot: each counterpart meets one startup, and all three startups want c-2 most.
  const instance = instanceOf(
    { slotsPerDay: 1, tables: 3 },
    [startup('s-a'), startup('s-b'), startup('s-c'), counterpart('c-1'), counterpart('c-2'), counterpart('c-3')],
    [
      request('a2', 's-a', 'c-2', 90),
      request('a1', 's-a', 'c-1', 10),
      request('b2', 's-b', 'c-2', 80),
      request('b3', 's-b', 'c-3', 10),
      request('c2', 's-c', 'c-2', 70),
      request('c3', 's-c', 'c-3', 60),
    ],
  );

  it('matches every startup it can, through augmenting paths', () => {
    const { matched, startupsSeatable, model } = prepareSchedule(instance);
    expect(startupsSeatable).toBe(3);
    const counterparts = [0, 1, 2].map((s) => model.reqCounterpart[matched[s]]);
    expect(new Set(counterparts).size).toBe(3);
  });

  it('seats all three startups, then maximises value', () => {
    const plan = optimizeSchedule(instance);
    expect(verifyPlan(instance, plan)).toEqual([]);
    expect(plan.stats.startupsWithMeeting).toBe(3);
    // Seating everyone takes three different counterparts: a1 + b2 + c3 = 150 beats a1 + b3 + c2 = 90,
    // while by value alone a2 + c3 = 150 would leave s-b out.
    expect(plan.meetings.map((m) => m.request).sort()).toEqual(['a1', 'b2', 'c3']);
    expect(plan.stats.value).toBe(150);
  });
});
