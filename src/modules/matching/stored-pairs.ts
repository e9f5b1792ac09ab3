import { uuidWords, type StoredPair } from './match-store.repository';
import type { CounterpartKind, EventParties, EventScorer, PairScore, ScoreEventResult } from './scoring';
import { mergeFlags, packPair } from './scoring/pair-flags';

/** A counterpart of a whole-event run, in id order (its rank), with its scorer slot and uuid words. */
interface RankedCounterpart {
  id: string;
  kind: CounterpartKind;
  slot: number;
  uuid: Int32Array;
}

/**
 * The pairs a whole-event run stores: every top-K member of both sides and every protected pair, per startup as one
 * number per pair (see pair-flags.ts), startups in id order. No object or map entry per pair.
 */
export interface StoredPairSet {
  startups: string[];
  byStartup: Map<string, Int32Array>;
  counterparts: RankedCounterpart[];
  total: number;
}

/** Collects the stored pairs of a scored event; `protectedPairs`: decided or requested pairs, kept whatever their rank. */
export function collectStoredPairs(
  scorer: EventScorer,
  parties: EventParties,
  result: ScoreEventResult,
  protectedPairs: readonly { startupId: string; counterpartId: string }[],
): StoredPairSet {
  const counterparts = [
    ...parties.investors.map((p) => ({ id: p.id, kind: 'investor' as CounterpartKind })),
    ...parties.demands.map((p) => ({ id: p.id, kind: 'demand' as CounterpartKind })),
  ]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => ({ ...p, slot: scorer.slotOf(p.kind, p.id)!, uuid: uuidWords(p.id) }));
  const rankOf = new Map(counterparts.map((p, rank) => [p.id, rank]));
  const listed = new Map<string, number[]>();
  const add = (startupId: string, counterpartId: string, flag: 0 | 1 | 2) => {
    let own = listed.get(startupId);
    if (!own) listed.set(startupId, (own = []));
    own.push(packPair(rankOf.get(counterpartId)!, flag));
  };
  for (const [startupId, list] of result.startupTop) for (const m of list) add(startupId, m.counterpartId, 1);
  for (const [investorId, list] of result.investorTop) for (const m of list) add(m.startupId, investorId, 2);
  for (const [demandId, list] of result.demandTop) for (const m of list) add(m.startupId, demandId, 2);
  for (const p of protectedPairs) add(p.startupId, p.counterpartId, 0);
  const byStartup = new Map<string, Int32Array>();
  let total = 0;
  for (const [startupId, own] of listed) {
    const pairs = mergeFlags(Int32Array.from(own).sort());
    byStartup.set(startupId, pairs);
    total += pairs.length;
  }
  return { startups: [...byStartup.keys()].sort(), byStartup, counterparts, total };
}

/**
 * Where to cut the set's startups into `parts` runs of consecutive startups with about as many rows each: the
 * start of each run and the end of the last (fewer runs when there are fewer startups).
 */
export function cutIntoRuns(set: StoredPairSet, parts: number): number[] {
  const cuts = [0];
  for (let k = 0, seen = 0; k < set.startups.length && cuts.length < parts; k++) {
    seen += set.byStartup.get(set.startups[k])!.length;
    if (seen >= (cuts.length * set.total) / parts) cuts.push(k + 1);
  }
  cuts.push(set.startups.length);
  return cuts;
}

/**
 * The rows of startups [from, to) in (startup, counterpart) id order, the pair key's, each explained as it is asked
 * for. One row object is refilled for every pair: the consumer must encode a row before it asks for the next.
 */
export function* storedRows(scorer: EventScorer, set: StoredPairSet, from: number, to: number): Generator<StoredPair> {
  const row: StoredPair & PairScore = {
    score: 0, breakdown: { sector: null, stage: null, ticket: null, geography: null, trl: null, text: null, excluded: null },
    sharedConcepts: [], startupId: '', kind: 'investor', counterpartId: '', counterpartUuid: undefined,
    inStartupTop: false, inCounterpartTop: false,
  };
  for (let k = from; k < to; k++) {
    const startupId = set.startups[k];
    const pairs = set.byStartup.get(startupId)!;
    const i = scorer.slotOf('startup', startupId)!;
    for (let q = 0; q < pairs.length; q++) {
      const counterpart = set.counterparts[pairs[q] >> 2];
      scorer.explainAt(i, counterpart.slot, row);
      row.startupId = startupId;
      row.kind = counterpart.kind;
      row.counterpartId = counterpart.id;
      row.counterpartUuid = counterpart.uuid;
      row.inStartupTop = (pairs[q] & 1) !== 0;
      row.inCounterpartTop = (pairs[q] & 2) !== 0;
      yield row;
    }
  }
}
