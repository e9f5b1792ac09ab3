import { describe, expect, it } from '@jest/globals';
import { buildTextIndex } from './event-corpus';
import { EventScorer, scoreEvent } from './event-scorer';
import { scoreStartupDemand, scoreStartupInvestor } from './pair-scorer';
import { randomEvent } from './scoring.fixtures';
import type { CounterpartMatch, ScoreEventInput, StartupMatch } from './scoring.types';

/** Every pair scored by the explainable functions; startups × (investors then demands). */
function bruteForce(input: ScoreEventInput) {
  const ctx = { text: buildTextIndex(input), weights: input.weights, rates: input.rates };
  return input.startups.map((s) => [
    ...input.investors.map((inv) => ({ kind: 'investor' as const, id: inv.id, ...scoreStartupInvestor(s, inv, ctx) })),
    ...input.demands.map((d) => ({ kind: 'demand' as const, id: d.id, ...scoreStartupDemand(s, d, ctx) })),
  ]);
}

/** Top k by score desc, ties by input order: the contract of the batch engine. */
function topK<T extends { score: number }>(items: T[], k: number): T[] {
  return items
    .map((item, order) => ({ item, order }))
    .sort((a, b) => b.item.score - a.item.score || a.order - b.order)
    .slice(0, k)
    .map((e) => e.item);
}

const input: ScoreEventInput = { ...randomEvent(42, 150, 50, 30), topK: 7, counterpartTopK: 9 };
const pairs = bruteForce(input);

function expectedStartupTop(i: number, k: number, minScore = 0): StartupMatch[] {
  const kept = pairs[i].filter((p) => !p.breakdown.excluded && p.score >= minScore);
  return topK(kept, k).map((p) => ({ counterpartKind: p.kind, counterpartId: p.id, score: p.score }));
}

function expectedCounterpartTop(kind: 'investor' | 'demand', id: string, k: number, minScore = 0): CounterpartMatch[] {
  const kept = pairs
    .map((row, i) => ({ startupId: input.startups[i].id, p: row.find((p) => p.kind === kind && p.id === id)! }))
    .filter(({ p }) => !p.breakdown.excluded && p.score >= minScore)
    .map(({ startupId, p }) => ({ startupId, score: p.score }));
  return topK(kept, k);
}

describe('scoreEvent', () => {
  const result = scoreEvent(input);

  it('counts every pair, and the compatible ones', () => {
    expect(result.pairsScored).toBe(150 * 80);
    expect(result.pairsCompatible).toBe(pairs.flat().filter((p) => !p.breakdown.excluded).length);
    expect(result.pairsCompatible).toBeLessThan(result.pairsScored);
    expect(result.pairsCompatible).toBeGreaterThan(0);
  });

  it('gives the same scores as the explainable functions, to the bit', () => {
    const scorer = EventScorer.prepare(input);
    input.startups.forEach((s, i) => {
      const expected = pairs[i]
        .filter((p) => !p.breakdown.excluded)
        .map((p) => ({ counterpartKind: p.kind, counterpartId: p.id, score: p.score }));
      const { matches, pairsScored } = scorer.scoreStartup(s.id);
      expect(pairsScored).toBe(80);
      expect(matches).toHaveLength(expected.length);
      expect(matches).toEqual(topK(expected, expected.length));
    });
  });

  it('keeps the exact top K of each startup, investor and demand (brute-force sort)', () => {
    input.startups.forEach((s, i) => expect(result.startupTop.get(s.id)).toEqual(expectedStartupTop(i, 7)));
    for (const inv of input.investors) expect(result.investorTop.get(inv.id)).toEqual(expectedCounterpartTop('investor', inv.id, 9));
    for (const d of input.demands) expect(result.demandTop.get(d.id)).toEqual(expectedCounterpartTop('demand', d.id, 9));
  });

  it('scores one investor or demand against all startups like the full run', () => {
    const scorer = EventScorer.prepare(input);
    for (const inv of input.investors.slice(0, 10)) {
      const { matches, pairsScored } = scorer.scoreCounterpart('investor', inv.id);
      expect(pairsScored).toBe(150);
      expect(matches.slice(0, 9)).toEqual(expectedCounterpartTop('investor', inv.id, 9));
      expect(matches).toEqual(expectedCounterpartTop('investor', inv.id, Infinity));
    }
    for (const d of input.demands.slice(0, 10)) {
      expect(scorer.scoreCounterpart('demand', d.id).matches).toEqual(expectedCounterpartTop('demand', d.id, Infinity));
    }
  });

  it('with a limit, gives the first entries of the full ranking, ties included (a recomputed top-K list)', () => {
    const scorer = EventScorer.prepare(input);
    // Small limits cut through runs of equal scores (ties are ranked by party order).
    for (const limit of [0, 1, 2, 3, 5, 7, 40]) {
      for (const s of input.startups) {
        const { matches, pairsScored } = scorer.scoreStartup(s.id, limit);
        expect(matches).toEqual(scorer.scoreStartup(s.id).matches.slice(0, limit));
        expect(pairsScored).toBe(80);
      }
      for (const [kind, list] of [['investor', input.investors], ['demand', input.demands]] as const) {
        for (const c of list) {
          const full = scorer.scoreCounterpart(kind, c.id);
          expect(scorer.scoreCounterpart(kind, c.id, limit)).toEqual({ ...full, matches: full.matches.slice(0, limit) });
        }
      }
    }
  });

  it('gives the same result in chunks, in any range order', () => {
    const scorer = EventScorer.prepare(input);
    scorer.scoreRange(100, 150);
    scorer.scoreRange(0, 37);
    scorer.scoreRange(37, 100);
    expect(scorer.result()).toEqual(result);
    const chunked = EventScorer.prepare(input);
    const progress = [...chunked.chunks(40)];
    expect(progress.at(-1)).toEqual({ scored: 150, total: 150 });
    expect(chunked.result()).toEqual(result);
  });

  it('refuses to score a startup twice or an invalid range', () => {
    const scorer = EventScorer.prepare(input);
    scorer.scoreRange(0, 10);
    expect(() => scorer.scoreRange(5, 20)).toThrow(/already scored/);
    expect(() => scorer.scoreRange(20, 10)).toThrow(RangeError);
    expect(() => scorer.scoreRange(0, 151)).toThrow(RangeError);
  });

  it('applies minScore and topK 0', () => {
    const filtered = scoreEvent({ ...input, minScore: 60 });
    input.startups.forEach((s, i) => expect(filtered.startupTop.get(s.id)).toEqual(expectedStartupTop(i, 7, 60)));
    const none = scoreEvent({ ...input, topK: 0, counterpartTopK: undefined });
    expect([...none.startupTop.values()].every((l) => l.length === 0)).toBe(true);
    expect([...none.investorTop.values()].every((l) => l.length === 0)).toBe(true);
    expect(none.pairsCompatible).toBe(result.pairsCompatible);
  });

  it('honours custom weights and rates the same way as the pairwise scorer', () => {
    const custom: ScoreEventInput = {
      ...input,
      weights: { sector: 1, stage: 2, ticket: 3, geography: 0, trl: 5, text: 8 },
      rates: { USD: 1, KRW: 0.001, EUR: 2 },
    };
    const expected = bruteForce(custom);
    const scorer = EventScorer.prepare(custom);
    input.startups.slice(0, 40).forEach((s, i) => {
      const byId = new Map(expected[i].map((p) => [`${p.kind}:${p.id}`, p]));
      for (const m of scorer.scoreStartup(s.id).matches) expect(m.score).toBe(byId.get(`${m.counterpartKind}:${m.counterpartId}`)!.score);
    });
  });

  it('explains a pair with the same score and breakdown', () => {
    const scorer = EventScorer.prepare(input);
    const s = input.startups[3];
    const best = scorer.scoreStartup(s.id).matches[0];
    const explained = scorer.explain(s.id, best.counterpartKind, best.counterpartId);
    const pair = pairs[3].find((p) => p.kind === best.counterpartKind && p.id === best.counterpartId)!;
    expect(explained).toEqual({ score: best.score, breakdown: pair.breakdown, sharedConcepts: pair.sharedConcepts });
  });

  it('explains every pair, excluded ones included, as the explainable functions do', () => {
    const scorer = EventScorer.prepare(input);
    let concepts = 0;
    input.startups.forEach((s, i) => {
      for (const p of pairs[i]) {
        const explained = scorer.explain(s.id, p.kind, p.id);
        expect(explained).toEqual({ score: p.score, breakdown: p.breakdown, sharedConcepts: p.sharedConcepts });
        concepts += explained.sharedConcepts.length;
      }
    });
    expect(concepts).toBeGreaterThan(0);
    expect(pairs.flat().some((p) => p.breakdown.excluded)).toBe(true);
  });

  it('explains pairs asked in any order the same (startups alternating, not grouped)', () => {
    const scorer = EventScorer.prepare(input);
    for (let k = 0; k < 400; k++) {
      const i = (k * 7) % input.startups.length;
      const p = pairs[i][(k * 13) % pairs[i].length];
      expect(scorer.explain(input.startups[i].id, p.kind, p.id)).toEqual({ score: p.score, breakdown: p.breakdown, sharedConcepts: p.sharedConcepts });
    }
  });

  it('handles empty events and rejects bad input', () => {
    const empty = scoreEvent({ startups: [], investors: [], demands: [] });
    expect(empty).toEqual({ pairsScored: 0, pairsCompatible: 0, startupTop: new Map(), investorTop: new Map(), demandTop: new Map() });
    const lonely = scoreEvent({ startups: input.startups.slice(0, 2), investors: [], demands: [] });
    expect(lonely.startupTop.get(input.startups[0].id)).toEqual([]);
    expect(() => scoreEvent({ ...input, startups: [input.startups[0], input.startups[0]] })).toThrow(/duplicate startup/);
    expect(() => scoreEvent({ ...input, topK: -1 })).toThrow(RangeError);
    expect(() => scoreEvent({ ...input, weights: { sector: -1, stage: 0, ticket: 0, geography: 0, trl: 0, text: 1 } })).toThrow(/sector/);
    expect(() => EventScorer.prepare(input).scoreStartup('nope')).toThrow(/unknown startup/);
  });
});
