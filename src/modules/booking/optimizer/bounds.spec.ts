import { describe, it, expect } from '@jest/globals';
import { MaxFlow } from './max-flow';
import { optimizeSchedule } from './optimize-schedule';
import { exactOptimum } from './testing/exact-optimum';
import { seededRandom, smallInstance } from './testing/generate-instance';
import { bMatchingValueBound, type BMatchingProblem } from './value-bound';

/** The exact optimum comes from an ILP solver: CPU-heavy and slow on a shared machine. A budget, not a speed check. */
const EXACT_SOLVER_BUDGET_MS = 600_000;

describe('MaxFlow', () => {
  it('finds the maximum flow of a small network', () => {
    // 0 → {1, 2} → 3, with a cross edge 1 → 2.
    const flow = new MaxFlow(4);
    flow.addEdge(0, 1, 3);
    flow.addEdge(0, 2, 2);
    flow.addEdge(1, 2, 5);
    flow.addEdge(1, 3, 2);
    flow.addEdge(2, 3, 3);
    expect(flow.run(0, 3)).toBe(5);
  });
});

/** A random bipartite b-matching problem and its best integral value by enumeration. */
function randomBMatching(seed: number): { problem: BMatchingProblem; best: number } {
  const rand = seededRandom(seed);
  const persons = 6;
  const edges: [number, number, number][] = [];
  for (let a = 0; a < 3; a++) for (let b = 3; b < 6; b++) if (rand() < 0.7) edges.push([a, b, 1 + Math.floor(rand() * 50)]);
  const capacity = Int32Array.from({ length: persons }, () => 1 + Math.floor(rand() * 2));
  const limit = 1 + Math.floor(rand() * 5);
  const adj: number[][] = Array.from({ length: persons }, () => []);
  edges.forEach(([a, b], e) => (adj[a].push(e), adj[b].push(e)));
  const adjStart = new Int32Array(persons + 1);
  for (let p = 0; p < persons; p++) adjStart[p + 1] = adjStart[p] + adj[p].length;
  let best = 0;
  for (let mask = 0; mask < 1 << edges.length; mask++) {
    const load = new Int32Array(persons);
    let value = 0;
    let count = 0;
    edges.forEach(([a, b, w], e) => {
      if (!(mask & (1 << e))) return;
      load[a]++;
      load[b]++;
      value += w;
      count++;
    });
    if (count <= limit && load.every((l, p) => l <= capacity[p])) best = Math.max(best, value);
  }
  const problem: BMatchingProblem = {
    persons,
    a: Int32Array.from(edges, (e) => e[0]),
    b: Int32Array.from(edges, (e) => e[1]),
    w: Float64Array.from(edges, (e) => e[2]),
    adjStart,
    adjEdge: Int32Array.from(adj.flat()),
    capacity,
    limit,
    order: Int32Array.from([3, 4, 5, 0, 1, 2]),
  };
  return { problem, best };
}

describe('bMatchingValueBound', () => {
  it('is never below the best b-matching and usually meets it', () => {
    let tight = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const { problem, best } = randomBMatching(seed);
      const bound = bMatchingValueBound(problem);
      expect(bound).toBeGreaterThanOrEqual(best - 1e-9);
      if (bound <= best + 1e-6) tight++;
    }
    // Bipartite b-matching LPs are integral, so a tight dual meets the optimum exactly.
    expect(tight).toBeGreaterThan(180);
  });
});

describe('schedule bounds', () => {
  it('are at least the exact optimum count and value, fixed meetings included', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const instance = smallInstance({ seed, fixed: seed % 2 ? 0 : 2 });
      const { stats } = optimizeSchedule(instance);
      const value = await exactOptimum(instance);
      const count = await exactOptimum(instance, { objective: 'count' });
      expect([seed, stats.upperBound >= Math.round(count.meetings)]).toEqual([seed, true]);
      expect([seed, stats.valueUpperBound >= value.value - 1e-6]).toEqual([seed, true]);
      for (const b of Object.values(stats.countBounds)) expect(b).toBeGreaterThanOrEqual(Math.round(count.meetings));
    }
  }, EXACT_SOLVER_BUDGET_MS);
});
