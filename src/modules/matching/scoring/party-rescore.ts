import type { PartyKind } from '../../../common/domain/party-kind';
import type { EventScorer } from './event-scorer';
import { mergeList, ranksAbove, type ListEntry, type MergeOutcome } from './list-merge';
import type { CounterpartKind, PairScore } from './scoring.types';

/** A scored pair to store, with whether it belongs to the startup's and/or the counterpart's top K. */
export interface ScoredPair extends PairScore {
  startupId: string;
  kind: CounterpartKind;
  counterpartId: string;
  inStartupTop: boolean;
  inCounterpartTop: boolean;
}

/** A party's own new list: the other side's ids with their new scores (all non-excluded pairs, best first). */
export interface OwnRescore {
  pairsScored: number;
  /** Other side's id → new score. */
  scores: Map<string, number>;
  /** The same, best first, with each counterpart's kind (for a startup; the counterpart's own kind otherwise). */
  ranked: { id: string; kind: CounterpartKind; score: number }[];
}

/** What to write after re-scoring one party (see MatchStoreRepository.replaceLists). */
export interface PartyRescorePlan {
  pairsScored: number;
  pairs: ScoredPair[];
  /** Whose lists `pairs` now fully describe. */
  scope: { startups: string[]; counterparts: string[] };
  /** Pairs that drop out of one side's list. */
  unflag: { startupId: string; counterpartId: string; side: 'startup' | 'counterpart' }[];
}

/** Re-scores one party against the whole event (an unknown party — it left — has an empty list). */
export function rescoreOwn(scorer: EventScorer, kind: PartyKind, id: string): OwnRescore {
  if (scorer.slotOf(kind, id) === undefined) return { pairsScored: 0, scores: new Map(), ranked: [] };
  if (kind === 'startup') {
    const own = scorer.scoreStartup(id);
    const ranked = own.matches.map((m) => ({ id: m.counterpartId, kind: m.counterpartKind, score: m.score }));
    return { pairsScored: own.pairsScored, scores: new Map(ranked.map((m) => [m.id, m.score])), ranked };
  }
  const own = scorer.scoreCounterpart(kind, id);
  const ranked = own.matches.map((m) => ({ id: m.startupId, kind, score: m.score }));
  return { pairsScored: own.pairsScored, scores: new Map(ranked.map((m) => [m.id, m.score])), ranked };
}

/**
 * The other side's lists to merge the party into: those it was in (`before`), and those it may now enter —
 * its new score reaches the list's K-th stored score (`floors`; a tie may rank it above by id, mergeList
 * decides), or the list is shorter than K (floor null) or unknown (no floor).
 */
export function listsToMerge(own: OwnRescore, before: readonly string[], floors: ReadonlyMap<string, number | null | undefined>): string[] {
  const owners = new Set(before);
  for (const [owner, score] of own.scores) {
    const kth = floors.get(owner);
    if (kth === null || kth === undefined || score >= kth) owners.add(owner);
  }
  return [...owners];
}

/**
 * What a recomputed list changes against the stored one: members to write (new, with a new score, or the
 * re-scored party itself) and members that leave. Members kept with their stored score are not touched:
 * only one party changed, so a recomputed list is its stored list with a few entries swapped.
 */
export function listChanges(
  stored: readonly ListEntry[],
  next: readonly ListEntry[],
  party: string,
): ({ id: string; enters: true; score: number } | { id: string; enters: false })[] {
  const before = new Map(stored.map((e) => [e.id, e.score]));
  const after = new Set(next.map((e) => e.id));
  return [
    ...next.filter((e) => e.id === party || before.get(e.id) !== e.score).map((e) => ({ id: e.id, enters: true as const, score: e.score })),
    ...stored.filter((e) => !after.has(e.id)).map((e) => ({ id: e.id, enters: false as const })),
  ];
}

/**
 * A stand-in for a stored list that mergeList decides on exactly as on the list itself, from its summary
 * (size, lowest score, last member) and whether `party` is in it: the last member, the party (ranked above
 * it) and fillers ranked above both. Only its `merged`/`unchanged` outcomes may be used (a recompute needs
 * the real members); null when the summary cannot describe the list (empty, or without the party it holds).
 */
export function listFromSummary(
  summary: { size: number; min: number | null; lastId: string | null },
  party: string,
  wasIn: boolean,
): ListEntry[] | null {
  if (summary.size === 0 || summary.min === null || summary.lastId === null) return wasIn ? null : [];
  const list: ListEntry[] = [{ id: summary.lastId, score: summary.min }];
  if (wasIn && summary.lastId !== party) {
    if (summary.size < 2) return null;
    list.push({ id: party, score: Infinity });
  }
  while (list.length < summary.size) list.push({ id: `\u0000filler${list.length}`, score: Infinity });
  return list;
}

/**
 * Whether a list's summary (size, lowest score, last member) stays as stored after a merge: the party was in
 * the list, is not its last member, and only its score moved, staying ranked above the last member.
 */
export function summaryUnchanged(
  summary: { size: number; min: number | null; lastId: string | null },
  party: string,
  wasIn: boolean,
  newScore: number | undefined,
  outcome: MergeOutcome,
): boolean {
  if (!wasIn || outcome.kind !== 'merged' || !outcome.enters || outcome.dropped.length > 0) return false;
  if (newScore === undefined || summary.lastId === null || summary.min === null || summary.lastId === party) return false;
  return ranksAbove({ id: party, score: newScore }, { id: summary.lastId, score: summary.min });
}

/**
 * Re-scores one party: its own list exactly, and every list of the other side it enters or leaves. Those are
 * merged from the stored list when that is exact (see mergeList), else recomputed against the whole event
 * and written as its changes to the stored list (listChanges).
 * `lists` holds the stored lists of listsToMerge's owners; `protectedPairs` the party's decided or requested
 * pairs, re-scored and kept even when out of every top K (if both parties remain).
 */
export function planPartyRescore(
  scorer: EventScorer,
  party: { kind: PartyKind; id: string },
  own: OwnRescore,
  lists: ReadonlyMap<string, readonly ListEntry[]>,
  protectedPairs: readonly { startupId: string; kind: CounterpartKind; counterpartId: string }[],
  K: number,
): PartyRescorePlan {
  const kindOf = {
    get: (id: string): CounterpartKind | undefined =>
      scorer.slotOf('investor', id) !== undefined ? 'investor' : scorer.slotOf('demand', id) !== undefined ? 'demand' : undefined,
    has: (id: string) => kindOf.get(id) !== undefined,
  };
  const startupIds = { has: (id: string) => scorer.slotOf('startup', id) !== undefined };
  const pairs = new Map<string, ScoredPair>();
  const add = (startupId: string, ck: CounterpartKind, counterpartId: string, flag: 'inStartupTop' | 'inCounterpartTop' | null, score?: number) => {
    const key = `${startupId}:${counterpartId}`;
    let pair = pairs.get(key);
    if (!pair) {
      const explained = scorer.explain(startupId, ck, counterpartId);
      pair = { ...explained, startupId, kind: ck, counterpartId, score: score ?? explained.score, inStartupTop: false, inCounterpartTop: false };
      pairs.set(key, pair);
    }
    if (flag) pair[flag] = true;
  };
  const scope = { startups: [] as string[], counterparts: [] as string[] };
  const unflag: PartyRescorePlan['unflag'] = [];
  let pairsScored = own.pairsScored;
  const { id } = party;

  if (party.kind === 'startup') {
    scope.startups.push(id);
    for (const m of own.ranked.slice(0, K)) add(id, m.kind, m.id, 'inStartupTop', m.score);
    for (const [cid, list] of lists) {
      const ck = kindOf.get(cid);
      if (!ck) {
        scope.counterparts.push(cid); // the counterpart left: its lists go
        continue;
      }
      const outcome = mergeList(list, id, own.scores.get(cid), K);
      if (outcome.kind === 'recompute') {
        const full = scorer.scoreCounterpart(ck, cid, K);
        pairsScored += full.pairsScored;
        const next = full.matches.slice(0, K).map((m) => ({ id: m.startupId, score: m.score }));
        for (const change of listChanges(list, next, id)) {
          if (change.enters) add(change.id, ck, cid, 'inCounterpartTop', change.score);
          else unflag.push({ startupId: change.id, counterpartId: cid, side: 'counterpart' });
        }
      } else if (outcome.kind === 'merged') {
        if (outcome.enters) add(id, ck, cid, 'inCounterpartTop', own.scores.get(cid));
        for (const sid of outcome.dropped) unflag.push({ startupId: sid, counterpartId: cid, side: 'counterpart' });
      }
    }
  } else {
    const ck: CounterpartKind = party.kind;
    scope.counterparts.push(id);
    for (const m of own.ranked.slice(0, K)) add(m.id, ck, id, 'inCounterpartTop', m.score);
    for (const [sid, list] of lists) {
      if (!startupIds.has(sid)) {
        scope.startups.push(sid);
        continue;
      }
      const outcome = mergeList(list, id, own.scores.get(sid), K);
      if (outcome.kind === 'recompute') {
        const full = scorer.scoreStartup(sid, K);
        pairsScored += full.pairsScored;
        const next = full.matches.slice(0, K).map((m) => ({ id: m.counterpartId, score: m.score, kind: m.counterpartKind }));
        const kinds = new Map(next.map((m) => [m.id, m.kind]));
        for (const change of listChanges(list, next, id)) {
          if (change.enters) add(sid, kinds.get(change.id)!, change.id, 'inStartupTop', change.score);
          else unflag.push({ startupId: sid, counterpartId: change.id, side: 'startup' });
        }
      } else if (outcome.kind === 'merged') {
        if (outcome.enters) add(sid, ck, id, 'inStartupTop', own.scores.get(sid));
        for (const cid of outcome.dropped) unflag.push({ startupId: sid, counterpartId: cid, side: 'startup' });
      }
    }
  }
  for (const p of protectedPairs) {
    if (startupIds.has(p.startupId) && kindOf.has(p.counterpartId)) add(p.startupId, p.kind, p.counterpartId, null);
  }
  return { pairsScored, pairs: [...pairs.values()], scope, unflag };
}
