import { describe, it, expect } from '@jest/globals';
import { optimizeSchedule } from './optimize-schedule';
import { exactOptimum } from './testing/exact-optimum';
import { smallInstance } from './testing/generate-instance';

/** The exact optimum comes from an ILP solver: CPU-heavy and slow on a shared machine. A budget, not a speed check. */
const EXACT_SOLVER_BUDGET_MS = 600_000;

/**
 * Against HiGHS on small instances. The reference is the optimizer's own objective: the most startups
 * seated, then the most value (the plain value optimum can be higher only by leaving startups out).
 */
describe('optimizeSchedule vs the exact optimum', () => {
  it('seats as many startups and reaches ≥ 99.5 % of the value on tiny tight instances (on average)', async () => {
    const ratios: number[] = [];
    for (let seed = 1; seed <= 60; seed++) {
      const instance = smallInstance({ seed, fixed: seed % 3 === 0 ? 2 : 0 });
      const { stats } = optimizeSchedule(instance);
      const exact = await exactOptimum(instance, { fairness: true });
      expect([seed, stats.startupsWithMeeting]).toEqual([seed, exact.seats]);
      expect(stats.startupsSeatable).toBeGreaterThanOrEqual(exact.seats!);
      ratios.push(exact.value > 0 ? stats.value / exact.value : 1);
    }
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.97);
    expect(ratios.reduce((a, b) => a + b, 0) / ratios.length).toBeGreaterThanOrEqual(0.995);
  }, EXACT_SOLVER_BUDGET_MS);

  it('reaches ≥ 99.5 % of the optimum on instances of 150–300 requests', async () => {
    for (let seed = 1; seed <= 3; seed++) {
      const instance = smallInstance({
        seed, days: 2, slotsPerDay: 8, tables: 12, startups: 50, counterparts: 15, requests: 150 + 50 * seed,
        blockedShare: 0.25, capShare: 0.6, caps: [2, 5], fixed: 4,
      });
      const { stats } = optimizeSchedule(instance);
      const exact = await exactOptimum(instance, { fairness: true });
      expect(exact.status).toBe('Optimal');
      expect(stats.startupsWithMeeting).toBe(exact.seats);
      expect(stats.value / exact.value).toBeGreaterThanOrEqual(0.995);
    }
  }, EXACT_SOLVER_BUDGET_MS);
});
