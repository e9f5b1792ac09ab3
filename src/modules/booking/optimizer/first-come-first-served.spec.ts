import { describe, it, expect } from '@jest/globals';
import { firstComeFirstServed } from './first-come-first-served';
import { optimizeSchedule } from './optimize-schedule';
import { conferenceInstance } from './testing/generate-instance';
import { counterpart, instanceOf, request, startup } from './testing/instance-builders';
import { verifyPlan } from './verify-plan';

describe('firstComeFirstServed', () => {
  const instance = instanceOf({ slotsPerDay: 2, tables: 1 }, [startup('s-1'), startup('s-2'), counterpart('c-1'), counterpart('c-2', [1])], [
    request('a', 's-1', 'c-1', 100),
    request('b', 's-2', 'c-2', 50),
  ]);

  it('books in acceptance order into the earliest free slot and first table, never moving anything', () => {
    const plan = firstComeFirstServed(instance);
    expect(verifyPlan(instance, plan)).toEqual([]);
    // a takes slot 0, the only slot c-2 has: b is left out.
    expect(plan.meetings).toEqual([{ request: 'a', slot: 0, table: 1 }]);
    expect(plan.unscheduled).toEqual([{ request: 'b', reason: 'all tables taken in every common free slot' }]);
  });

  it('follows the given order', () => {
    const plan = firstComeFirstServed(instance, ['b']);
    expect(plan.meetings).toEqual([
      { request: 'b', slot: 0, table: 1 },
      { request: 'a', slot: 1, table: 1 },
    ]);
    expect(() => firstComeFirstServed(instance, ['zz'])).toThrow('unknown request "zz"');
  });

  it('is valid but worse than the optimizer on a conference', () => {
    const conf = conferenceInstance({ seed: 3, startups: 200, idleStartups: 0, investors: 40, corporates: 10, requests: 2000, tables: 30 });
    const fcfs = firstComeFirstServed(conf);
    const best = optimizeSchedule(conf);
    expect(verifyPlan(conf, fcfs)).toEqual([]);
    expect(best.stats.value).toBeGreaterThan(fcfs.stats.value);
    expect(best.stats.startupsWithMeeting).toBeGreaterThanOrEqual(fcfs.stats.startupsWithMeeting);
  });
});
