import { describe, expect, it } from '@jest/globals';
import { EventScorer } from './event-scorer';
import { mergeList, ranksAbove } from './list-merge';
import { listChanges, listFromSummary, listsToMerge, planPartyRescore, rescoreOwn, summaryUnchanged } from './party-rescore';
import { randomEvent, randomStartup } from './scoring.fixtures';
import { SeededRandom } from '../../../common/random/seeded-random';

const K = 5;
const parties = randomEvent(7, 60, 20, 10);

describe('planPartyRescore (the pure per-party re-score)', () => {
  it("writes a new startup's own top K and enters it into the short lists of the counterparts it matches", () => {
    const scorer = EventScorer.prepare({ ...parties, topK: K });
    const newcomer = { ...randomStartup(new SeededRandom(99), 1000), sector: parties.startups[0].sector };
    scorer.upsertStartup(newcomer);
    const own = rescoreOwn(scorer, 'startup', newcomer.id);
    expect(own.ranked).toEqual(scorer.scoreStartup(newcomer.id).matches.map((m) => ({ id: m.counterpartId, kind: m.counterpartKind, score: m.score })));
    // Nothing stored yet: every list it scores in is short (floor null), so it is merged into each.
    const owners = listsToMerge(own, [], new Map());
    expect(new Set(owners)).toEqual(new Set(own.scores.keys()));
    const plan = planPartyRescore(scorer, { kind: 'startup', id: newcomer.id }, own, new Map(owners.map((o) => [o, []])), [], K);
    const inOwnTop = plan.pairs.filter((p) => p.inStartupTop).map((p) => p.counterpartId);
    expect(inOwnTop).toEqual(own.ranked.slice(0, K).map((m) => m.id));
    expect(plan.pairs.filter((p) => p.inCounterpartTop).length).toBe(owners.length);
    for (const p of plan.pairs) expect(p.score).toBe(own.scores.get(p.counterpartId));
    expect(plan.scope).toEqual({ startups: [newcomer.id], counterparts: [] });
    expect(plan.unflag).toEqual([]);
  });

  it("recomputes a full list the party falls out of, and drops a departed counterpart's lists", () => {
    const scorer = EventScorer.prepare({ ...parties, topK: K });
    const s = parties.startups.find((x) => scorer.scoreStartup(x.id).matches.some((m) => m.counterpartKind === 'investor'))!;
    const investorId = scorer.scoreStartup(s.id).matches.find((m) => m.counterpartKind === 'investor')!.counterpartId;
    // A stored full list that held s above everyone else, now that s scores below its floor: recompute.
    const stored = [{ id: s.id, score: 100 }, ...Array.from({ length: K - 1 }, (_, k) => ({ id: `other${k}`, score: 99 }))];
    const own = { ...rescoreOwn(scorer, 'startup', s.id) };
    const lists = new Map([[investorId, stored], ['gone-investor', [{ id: s.id, score: 50 }]]]);
    const plan = planPartyRescore(scorer, { kind: 'startup', id: s.id }, own, lists, [], K);
    expect(plan.scope.counterparts).toEqual(['gone-investor']);
    const recomputed = scorer.scoreCounterpart('investor', investorId).matches.slice(0, K);
    // Written as changes: the recomputed members (none was stored but s), and the stored ones that left.
    expect(plan.pairs.filter((p) => p.counterpartId === investorId && p.inCounterpartTop).map((p) => p.startupId)).toEqual(recomputed.map((m) => m.startupId));
    const left = stored.map((e) => e.id).filter((x) => !recomputed.some((m) => m.startupId === x));
    expect(plan.unflag.filter((u) => u.counterpartId === investorId)).toEqual(left.map((x) => ({ startupId: x, counterpartId: investorId, side: 'counterpart' })));
    expect(plan.pairsScored).toBe(own.pairsScored + parties.startups.length);
  });

  it('writes a recomputed list as its changes: entrants, new scores and the party; leavers lose their flag', () => {
    const stored = [{ id: 'a', score: 90 }, { id: 'p', score: 80 }, { id: 'b', score: 70 }, { id: 'c', score: 60 }];
    const next = [{ id: 'a', score: 90 }, { id: 'b', score: 70 }, { id: 'c', score: 61 }, { id: 'p', score: 55 }, { id: 'd', score: 50 }];
    expect(listChanges(stored, next, 'p')).toEqual([
      { id: 'c', enters: true, score: 61 },
      { id: 'p', enters: true, score: 55 },
      { id: 'd', enters: true, score: 50 },
    ]);
    expect(listChanges(stored, next.slice(0, 3), 'p')).toEqual([{ id: 'c', enters: true, score: 61 }, { id: 'p', enters: false }]);
  });

  it('decides a merge from a list summary exactly as from the list, except recomputes (which read the list)', () => {
    const random = new SeededRandom(3);
    let merged = 0;
    for (let round = 0; round < 3000; round++) {
      const size = random.int(0, K);
      const ids = Array.from({ length: 8 }, (_, k) => `id${k}`);
      const list = ids.slice(0, size).map((id) => ({ id, score: random.int(50, 56) }));
      const party = ids[random.int(0, 7)];
      const newScore = random.int(0, 4) === 0 ? undefined : random.int(48, 58);
      const last = list.reduce<(typeof list)[number] | null>((lo, e) => (lo && !ranksAbove(lo, e) ? lo : e), null);
      const brief = { size, min: last?.score ?? null, lastId: last?.id ?? null };
      const fake = listFromSummary(brief, party, list.some((e) => e.id === party));
      const real = mergeList(list, party, newScore, K);
      if (!fake) continue;
      const decided = mergeList(fake, party, newScore, K);
      if (real.kind === 'recompute') expect(decided.kind).toBe('recompute');
      else {
        expect(decided).toEqual(real);
        merged++;
      }
    }
    expect(merged).toBeGreaterThan(1000);
  });

  it('merges into a full list whose K-th score the party ties (it may rank above the last by id) and skips lists it cannot reach', () => {
    const own = { pairsScored: 3, scores: new Map([['tie', 50], ['below', 49.9], ['short', 1], ['unknown', 1]]), ranked: [] };
    const floors = new Map<string, number | null | undefined>([['tie', 50], ['below', 50], ['short', null], ['cannot', Infinity]]);
    expect(listsToMerge(own, ['was-in'], floors).sort()).toEqual(['short', 'tie', 'unknown', 'was-in']);
  });

  it('says a summary is unchanged only when the merged list has the same size, lowest score and last member', () => {
    const random = new SeededRandom(5);
    const summaryOf = (list: { id: string; score: number }[]) => {
      const last = list.reduce<(typeof list)[number] | null>((lo, e) => (lo && !ranksAbove(lo, e) ? lo : e), null);
      return { size: list.length, min: last?.score ?? null, lastId: last?.id ?? null };
    };
    let unchanged = 0;
    let changed = 0;
    for (let round = 0; round < 5000; round++) {
      const size = random.int(0, K);
      const ids = Array.from({ length: 8 }, (_, k) => `id${k}`);
      const list = ids.slice(0, size).map((id) => ({ id, score: random.int(50, 56) }));
      const party = ids[random.int(0, 7)];
      const newScore = random.int(0, 4) === 0 ? undefined : random.int(48, 58);
      const wasIn = list.some((e) => e.id === party);
      const outcome = mergeList(list, party, newScore, K);
      if (outcome.kind !== 'merged') continue;
      // The merged list: the party's entry replaced (or added), those dropped removed.
      const next = [...list.filter((e) => e.id !== party && !outcome.dropped.includes(e.id)), ...(outcome.enters ? [{ id: party, score: newScore! }] : [])];
      const same = JSON.stringify(summaryOf(next)) === JSON.stringify(summaryOf(list));
      if (summaryUnchanged(summaryOf(list), party, wasIn, newScore, outcome)) {
        expect(summaryOf(next)).toEqual(summaryOf(list));
        unchanged++;
      } else if (!same) changed++;
    }
    expect(unchanged).toBeGreaterThan(300);
    expect(changed).toBeGreaterThan(300);
  });

  it('keeps protected pairs (decided or requested) with no list flag, and only while both parties remain', () => {
    const scorer = EventScorer.prepare({ ...parties, topK: K });
    const s = parties.startups[0];
    const d = parties.demands[0];
    const own = rescoreOwn(scorer, 'startup', s.id);
    const plan = planPartyRescore(scorer, { kind: 'startup', id: s.id }, own, new Map(), [
      { startupId: s.id, kind: 'demand', counterpartId: d.id },
      { startupId: s.id, kind: 'investor', counterpartId: 'left-the-event' },
    ], 0);
    expect(plan.pairs).toHaveLength(1);
    expect(plan.pairs[0]).toMatchObject({ startupId: s.id, counterpartId: d.id, inStartupTop: false, inCounterpartTop: false });
    expect(plan.pairs[0].breakdown).toEqual(scorer.explain(s.id, 'demand', d.id).breakdown);
  });
});
