import type { PartyKind } from '../../../common/domain/party-kind';
import { DEFAULT_USD_RATES } from '../../../common/domain/money';
import { vectorizeEvent, type EventParties } from './event-corpus';
import {
  assertValidWeights,
  demandExclusion,
  demandTenths,
  EXCLUDED,
  GENERALIST_SECTOR_FIT,
  investorExclusion,
  investorTenths,
  NOT_APPLICABLE,
  textFit,
  ticketFitLog,
  trlFit,
} from './match-model';
import { headroom, PartyTables } from './party-tables';
import {
  DEFAULT_MATCH_WEIGHTS,
  type CounterpartKind,
  type CounterpartMatch,
  type CounterpartSubsetResult,
  type DemandFeatures,
  type InvestorFeatures,
  type MatchWeights,
  type PairScore,
  type ScoreEventInput,
  type ScoreEventResult,
  type StartupFeatures,
  type StartupMatch,
  type StartupSubsetResult,
  type TermCounts,
  type UsdRates,
} from './scoring.types';
import { SectorIndex, type SectorList } from './sector-index';
import { conceptPart, sharedConceptsOf, type ConceptPart } from './shared-concepts';
import { cosine, type SparseVector, type TextIndex } from './text-index';
import { demandTerms, investorTerms, startupTerms } from './tokenizer';
import { TopKHeaps } from './top-k-heap';

export const DEFAULT_TOP_K = 20;


/** The least integer t with t / 10 ≥ minScore, computed exactly as the reported scores are. */
function minTenthsFor(minScore: number): number {
  if (!Number.isFinite(minScore)) throw new RangeError(`minScore must be a finite number, got ${minScore}`);
  let t = Math.ceil(minScore * 10);
  while ((t - 1) / 10 >= minScore) t--;
  while (t / 10 < minScore) t++;
  return t;
}

/**
 * The lowest of the `limit` best non-negative values among values[0 .. n) (score × 10, EXCLUDED below 0): keeping
 * the entries at or above it, then sorting and cutting at `limit`, gives exactly the first `limit` entries of the
 * whole list sorted. Scores × 10 are small integers, so a histogram finds it in linear time; 0 (keep every
 * non-excluded entry) when there are no more than `limit` or a value is not such an integer.
 */
export function floorOfBest(values: ArrayLike<number>, n: number, limit: number): number {
  let count = 0;
  let max = 0;
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (v < 0) continue;
    if (!Number.isInteger(v) || v > 100_000) return 0;
    count++;
    if (v > max) max = v;
  }
  if (count <= limit) return 0;
  const histogram = new Int32Array(max + 1);
  for (let k = 0; k < n; k++) if (values[k] >= 0) histogram[values[k]]++;
  let above = 0;
  for (let v = max; v > 0; v--) {
    above += histogram[v];
    if (above >= limit) return v;
  }
  return 0;
}

function assertUniqueIds(parties: readonly { id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const { id } of parties) {
    if (seen.has(id)) throw new Error(`duplicate ${what} id ${id}`);
    seen.add(id);
  }
}

/**
 * Scorer for one event. Prepare once (tokenise, index, precompute tables), then score all startups at once
 * (`scoreAll`), in ranges (`scoreRange`, so a queue worker can yield between chunks), or one party for an
 * incremental re-score (`scoreStartup`, `scoreCounterpart`, `explain`). Scores equal the explainable
 * scoreStartupInvestor / scoreStartupDemand to the bit: same factor functions, same summation order.
 *
 * A prepared scorer can be kept in memory and patched after profile edits: `upsertStartup`,
 * `upsertInvestor`, `upsertDemand` and `remove`, each costing about the size of the changed party (a
 * counterpart's change also marks the sector lists it leaves or enters for a rebuild, done on the next
 * scoreStartup of such a sector). After any sequence of patches, scoreStartup, scoreCounterpart and explain
 * return exactly what `EventScorer.prepare({ ...scorer.parties(), text: scorer.textIndex, <same options> })`
 * would. The text index is not recomputed: IDFs stay those of the prepared corpus (drifting slightly from the
 * edited corpus until the next full prepare), and terms it never saw get its `unseenIdf` (see TextIndex).
 * Batch scoring (scoreRange, scoreAll, chunks, result) is refused once the scorer was patched.
 *
 * Parties live in slots (reused after a removal); their order, which breaks ties between equal scores, is
 * that of `parties()`: the input order, an upserted party keeping its place and a new one going last.
 */
export class EventScorer {
  private readonly weights: MatchWeights;
  private readonly rates: UsdRates;
  private readonly text: TextIndex;
  private readonly t: PartyTables;
  private readonly index: SectorIndex;

  // Accumulated full-run state.
  private readonly startupHeaps: TopKHeaps;
  private readonly counterpartHeaps: TopKHeaps;
  private readonly scored: Uint8Array;
  /** Smallest score in tenths that minScore admits. */
  private readonly minTenths: number;
  private pairsScored = 0;
  private pairsCompatible = 0;
  private wasPatched = false;

  private constructor(input: ScoreEventInput) {
    const { startups, investors, demands } = input;
    this.weights = input.weights ?? DEFAULT_MATCH_WEIGHTS;
    assertValidWeights(this.weights);
    this.rates = input.rates ?? DEFAULT_USD_RATES;
    const topK = input.topK ?? DEFAULT_TOP_K;
    const counterpartTopK = input.counterpartTopK ?? topK;
    for (const [name, k] of [['topK', topK], ['counterpartTopK', counterpartTopK]] as const) {
      if (!Number.isInteger(k) || k < 0) throw new RangeError(`${name} must be an integer ≥ 0, got ${k}`);
    }
    this.minTenths = minTenthsFor(input.minScore ?? 0);
    assertUniqueIds(startups, 'startup');
    assertUniqueIds(investors, 'investor');
    assertUniqueIds(demands, 'demand');

    const vectors = vectorizeEvent(input, input.text);
    this.text = vectors.text;
    const t = (this.t = new PartyTables(this.rates));
    this.index = new SectorIndex(t, this.text);
    const nS = startups.length;
    const nC = investors.length + demands.length;
    t.reserveStartups(headroom(nS));
    t.reserveCounterparts(headroom(nC));

    // Startups first: their sectors get ids 0.., and their stages and countries make the fit tables' rows.
    startups.forEach((s, i) => t.placeStartup(t.addStartupSlot(s.id), s, vectors.startups[i]));
    const startupSectorCount = t.sectors.size;
    investors.forEach((inv, k) => t.placeInvestor(t.addCounterpartSlot(inv.id, 'investor'), inv, vectors.investors[k]));
    demands.forEach((d, k) => t.placeDemand(t.addCounterpartSlot(d.id, 'demand'), d, vectors.demands[k]));

    for (let g = 0; g < startupSectorCount; g++) this.index.listFor(g);

    this.startupHeaps = new TopKHeaps(nS, topK);
    this.counterpartHeaps = new TopKHeaps(nC, counterpartTopK);
    this.scored = new Uint8Array(nS);
  }

  static prepare(input: ScoreEventInput): EventScorer {
    return new EventScorer(input);
  }

  /** Number of startups (after patches: those currently in the scorer). */
  get startupCount(): number {
    return this.t.startupIds.size;
  }

  /** The text index vectors are made with (extended in place with terms first seen in patches). */
  get textIndex(): TextIndex {
    return this.text;
  }

  /** Whether upsert/remove was called; batch scoring is then unavailable. */
  get patched(): boolean {
    return this.wasPatched;
  }

  /** The parties as scored now, in the order that breaks score ties (see the class comment). */
  parties(): EventParties {
    const t = this.t;
    return {
      startups: Array.from(t.startupIds.values(), (i) => t.startups[i]!),
      investors: Array.from(t.investorIds.values(), (c) => t.investors[c]!),
      demands: Array.from(t.demandIds.values(), (c) => t.demands[c]!),
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // Patches.

  private vectorOf(terms: TermCounts): SparseVector {
    this.text.addTerms(terms);
    return this.text.vectorize(terms);
  }

  /** Adds a startup, or replaces the one with the same id (which keeps its place in the order). */
  upsertStartup(startup: StartupFeatures): void {
    this.wasPatched = true;
    const vector = this.vectorOf(startupTerms(startup));
    const i = this.t.startupIds.get(startup.id) ?? this.t.addStartupSlot(startup.id);
    this.t.placeStartup(i, startup, vector);
  }

  /** Adds an investor, or replaces the one with the same id (which keeps its place in the order). */
  upsertInvestor(investor: InvestorFeatures): void {
    this.wasPatched = true;
    const vector = this.vectorOf(investorTerms(investor));
    let c = this.t.investorIds.get(investor.id);
    if (c === undefined) c = this.t.addCounterpartSlot(investor.id, 'investor');
    else this.index.invalidateListsOf(c);
    this.t.placeInvestor(c, investor, vector);
    this.index.invalidateListsOf(c);
  }

  /** Adds a demand, or replaces the one with the same id (which keeps its place in the order). */
  upsertDemand(demand: DemandFeatures): void {
    this.wasPatched = true;
    const vector = this.vectorOf(demandTerms(demand));
    let c = this.t.demandIds.get(demand.id);
    if (c === undefined) c = this.t.addCounterpartSlot(demand.id, 'demand');
    else this.index.invalidateListsOf(c);
    this.t.placeDemand(c, demand, vector);
    this.index.invalidateListsOf(c);
  }

  /** Removes a party; returns false (and changes nothing) when there is none of that kind and id. */
  remove(kind: PartyKind, id: string): boolean {
    if (kind === 'startup') {
      const removed = this.t.removeStartup(id);
      if (removed) this.wasPatched = true;
      return removed;
    }
    const c = this.t.counterpartSlot(kind, id);
    if (c === undefined) return false;
    this.wasPatched = true;
    this.index.invalidateListsOf(c);
    this.t.removeCounterpart(kind, c, id);
    return true;
  }

  // ---------------------------------------------------------------------------------------------------
  // Scoring.

  /**
   * Scores startup i against its sector list into pairTenths[0 .. members.length) (score × 10, or
   * EXCLUDED). Text dot products come from the inverted index, visiting the startup's terms in ascending
   * id, so each pair's sum has the same order as the pairwise merge in `cosine`.
   */
  private scoreStartupAt(i: number): SectorList {
    const t = this.t;
    const list = this.index.listFor(t.startupSector[i]);
    const { members, offsets, postings, postingWeights, demandStart, vocabulary } = list;
    const m = members.length;
    const acc = this.index.acc;
    acc.fill(0, 0, m);
    const v = t.startupVectors[i];
    for (let p = 0; p < v.ids.length; p++) {
      const id = v.ids[p];
      if (id >= vocabulary) break; // ids ascend; no member has a term added after the list was built
      const w = v.weights[p];
      for (let q = offsets[id], end = offsets[id + 1]; q < end; q++) acc[postings[q]] += w * postingWeights[q];
    }

    const out = this.index.pairTenths;
    const weights = this.weights;
    const generalist = t.generalist;
    const stageFits = t.stageFits[t.startupStage[i]];
    const geographyFits = t.geographyFits[t.startupCountry[i]];
    const logMin = t.logMin;
    const logMax = t.logMax;
    const logAsk = t.logAsk[i];
    for (let k = 0; k < demandStart; k++) {
      const c = members[k];
      out[k] = investorTenths(
        weights,
        generalist[c] ? GENERALIST_SECTOR_FIT : 1,
        stageFits[c],
        ticketFitLog(logAsk, logMin[c], logMax[c]),
        geographyFits[c],
        textFit(Math.min(1, acc[k])),
      );
    }
    const trl = t.trl[i];
    const trlFloors = t.trlFloors;
    for (let k = demandStart; k < m; k++) {
      const c = members[k];
      out[k] = demandTenths(weights, generalist[c] ? GENERALIST_SECTOR_FIT : 1, trl, trlFloors[c], textFit(Math.min(1, acc[k])));
    }
    return list;
  }

  private assertUnpatched(what: string): void {
    if (this.wasPatched) {
      throw new Error(
        `EventScorer.${what} is unavailable once the scorer was patched (upsert/remove); ` +
          'prepare a new scorer, e.g. from scorer.parties(), for a full run',
      );
    }
  }

  /**
   * Scores startups [from, to) against every counterpart and merges them into the top-K lists.
   * Each startup may be scored once per scorer; call with consecutive ranges and yield in between.
   * Unavailable on a patched scorer.
   */
  scoreRange(from: number, to: number): void {
    this.assertUnpatched('scoreRange');
    const nS = this.startupCount;
    if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= nS)) {
      throw new RangeError(`invalid startup range [${from}, ${to}) of ${nS}`);
    }
    for (let i = from; i < to; i++) if (this.scored[i]) throw new Error(`startup #${i} was already scored`);
    const minTenths = this.minTenths;
    const startupHeaps = this.startupHeaps;
    const counterpartHeaps = this.counterpartHeaps;
    let compatible = 0;
    for (let i = from; i < to; i++) {
      const { members } = this.scoreStartupAt(i);
      const out = this.index.pairTenths;
      for (let k = 0; k < members.length; k++) {
        const tenths = out[k];
        if (tenths < 0) continue;
        compatible++;
        if (tenths < minTenths) continue;
        const c = members[k];
        startupHeaps.offer(i, c, tenths);
        counterpartHeaps.offer(c, i, tenths);
      }
      this.scored[i] = 1;
    }
    this.pairsCompatible += compatible;
    this.pairsScored += (to - from) * this.t.counterpartSlots;
  }

  scoreAll(): ScoreEventResult {
    this.scoreRange(0, this.startupCount);
    return this.result();
  }

  /** Yields after each chunk of startups, e.g. `for (const p of scorer.chunks(500)) await setImmediate()`. */
  *chunks(size = 500): Generator<{ scored: number; total: number }> {
    this.assertUnpatched('chunks');
    const total = this.startupCount;
    for (let from = 0; from < total; from += size) {
      const to = Math.min(total, from + size);
      this.scoreRange(from, to);
      yield { scored: to, total };
    }
  }

  /** The top-K lists of everything scored so far (all of it after scoreAll or the last chunk). */
  result(): ScoreEventResult {
    this.assertUnpatched('result');
    const t = this.t;
    // Unpatched, slots are input positions: startups 0 .., investors 0 .., demands after them.
    const startupTop = new Map<string, StartupMatch[]>();
    t.startupIds.forEach((i, id) => startupTop.set(id, this.startupHeaps.sorted(i).map((e) => this.startupMatch(e.id, e.score / 10))));
    const counterpartList = (c: number): CounterpartMatch[] =>
      this.counterpartHeaps.sorted(c).map((e) => ({ startupId: t.startups[e.id]!.id, score: e.score / 10 }));
    const investorTop = new Map<string, CounterpartMatch[]>();
    t.investorIds.forEach((c, id) => investorTop.set(id, counterpartList(c)));
    const demandTop = new Map<string, CounterpartMatch[]>();
    t.demandIds.forEach((c, id) => demandTop.set(id, counterpartList(c)));
    return { pairsScored: this.pairsScored, pairsCompatible: this.pairsCompatible, startupTop, investorTop, demandTop };
  }

  private startupMatch(c: number, score: number): StartupMatch {
    const t = this.t;
    return t.isDemand[c]
      ? { counterpartKind: 'demand', counterpartId: t.demands[c]!.id, score }
      : { counterpartKind: 'investor', counterpartId: t.investors[c]!.id, score };
  }

  /**
   * Every non-excluded pair of one startup, best first (ties: investors, then party order); with `limit`, only
   * the first `limit` of them (what a re-score recomputing a top-K list needs: no sort of the whole sector).
   */
  scoreStartup(startupId: string, limit = Infinity): StartupSubsetResult {
    const t = this.t;
    const i = t.startupIds.get(startupId);
    if (i === undefined) throw new Error(`unknown startup ${startupId}`);
    const { members } = this.scoreStartupAt(i);
    const out = this.index.pairTenths;
    const floor = floorOfBest(out, members.length, limit);
    const kept: { c: number; tenths: number }[] = [];
    for (let k = 0; k < members.length; k++) if (out[k] >= floor) kept.push({ c: members[k], tenths: out[k] });
    const order = t.counterpartOrder;
    kept.sort((a, b) => b.tenths - a.tenths || order[a.c] - order[b.c]);
    if (kept.length > limit) kept.length = limit;
    return { pairsScored: t.investorIds.size + t.demandIds.size, matches: kept.map((e) => this.startupMatch(e.c, e.tenths / 10)) };
  }

  /** Every non-excluded pair of one investor or demand, best first (ties: party order); with `limit`, the first `limit`. */
  scoreCounterpart(kind: CounterpartKind, counterpartId: string, limit = Infinity): CounterpartSubsetResult {
    const t = this.t;
    const c = t.counterpartSlot(kind, counterpartId);
    if (c === undefined) throw new Error(`unknown ${kind} ${counterpartId}`);
    const vector = t.counterpartVectors[c];
    const generalist = t.generalist[c] === 1;
    const sectors = t.counterpartSectors[c];
    const sector = generalist ? GENERALIST_SECTOR_FIT : 1;
    // This investor's fit per startup stage and country.
    const stageFitOf = Float64Array.from(t.stageFits, (row) => row[c]);
    const geographyFitOf = Float64Array.from(t.geographyFits, (row) => row[c]);
    const kept: { i: number; score: number }[] = [];
    for (let i = 0; i < t.startupSlots; i++) {
      if (!t.startupLive[i]) continue;
      if (!generalist && !sectors.has(t.startupSector[i])) continue;
      const text = textFit(cosine(t.startupVectors[i], vector));
      const tenths =
        kind === 'investor'
          ? investorTenths(
              this.weights,
              sector,
              stageFitOf[t.startupStage[i]],
              ticketFitLog(t.logAsk[i], t.logMin[c], t.logMax[c]),
              geographyFitOf[t.startupCountry[i]],
              text,
            )
          : demandTenths(this.weights, sector, t.trl[i], t.trlFloors[c], text);
      if (tenths < 0) continue;
      kept.push({ i, score: tenths / 10 });
    }
    const order = t.startupOrder;
    if (kept.length > limit) {
      const floor = floorOfBest(Float64Array.from(kept, (e) => Math.round(e.score * 10)), kept.length, limit) / 10;
      kept.splice(0, kept.length, ...kept.filter((e) => e.score >= floor));
    }
    kept.sort((a, b) => b.score - a.score || order[a.i] - order[b.i]);
    if (kept.length > limit) kept.length = limit;
    return { pairsScored: t.startupIds.size, matches: kept.map((e) => ({ startupId: t.startups[e.i]!.id, score: e.score })) };
  }

  /** Score and breakdown of one pair, reusing this event's vectors. */
  explain(startupId: string, kind: CounterpartKind, counterpartId: string): PairScore {
    const i = this.t.startupIds.get(startupId);
    const c = this.t.counterpartSlot(kind, counterpartId);
    if (i === undefined) throw new Error(`unknown startup ${startupId}`);
    if (c === undefined) throw new Error(`unknown ${kind} ${counterpartId}`);
    return this.explainAt(i, c);
  }

  /** `scattered`'s weights by term id (zero elsewhere), for cosineOf. */
  private dense = new Float64Array(0);
  private scattered: SparseVector | null = null;

  /**
   * cosine(a, b) for bulk explanations, which come grouped by startup: `a` is spread once into a dense table
   * by term id, so each pair costs one lookup per term of `b` instead of a merge of both. The same products
   * summed in the same (ascending term) order, plus zeros, so the result is bit-identical to cosine's.
   */
  private cosineOf(a: SparseVector, b: SparseVector): number {
    if (this.scattered !== a || this.dense.length < this.text.size) {
      if (this.dense.length < this.text.size) this.dense = new Float64Array(Math.max(this.text.size, 2 * this.dense.length));
      else if (this.scattered) for (const id of this.scattered.ids) this.dense[id] = 0;
      for (let p = 0; p < a.ids.length; p++) this.dense[a.ids[p]] = a.weights[p];
      this.scattered = a;
    }
    const dense = this.dense;
    const ids = b.ids;
    const weights = b.weights;
    let dot = 0;
    for (let q = 0; q < ids.length; q++) dot += dense[ids[q]] * weights[q];
    return Math.min(1, dot);
  }

  /** Concept parts by startup and counterpart slot (a slot's part is made again when its vector changed). */
  private readonly startupParts: (ConceptPart | undefined)[] = [];
  private readonly counterpartParts: (ConceptPart | undefined)[] = [];

  private conceptPartAt(parts: (ConceptPart | undefined)[], slot: number, v: SparseVector): ConceptPart {
    const part = parts[slot];
    return part !== undefined && part.vector === v ? part : (parts[slot] = conceptPart(v, this.text));
  }

  /** The slot of a startup, or of an investor or demand (see explainAt); undefined when unknown. */
  slotOf(kind: PartyKind, id: string): number | undefined {
    return kind === 'startup' ? this.t.startupIds.get(id) : this.t.counterpartSlot(kind, id);
  }

  /**
   * explain() by slots, from the prepared tables (no profile is re-read): what bulk writes call for every
   * stored pair. The same factor functions and values as scoreStartupInvestor / scoreStartupDemand, so the
   * result equals theirs (the specs compare them). With `into`, fills that object (and its breakdown) in
   * place instead of allocating: for a caller that consumes each result before asking for the next.
   */
  explainAt(i: number, c: number, into?: PairScore): PairScore {
    const t = this.t;
    const out: PairScore = into ?? {
      score: 0,
      breakdown: { sector: null, stage: null, ticket: null, geography: null, trl: null, text: null, excluded: null },
      sharedConcepts: [],
    };
    const b = out.breakdown;
    const sector = t.generalist[c] ? GENERALIST_SECTOR_FIT : t.counterpartSectors[c].has(t.startupSector[i]) ? 1 : 0;
    const sv = t.startupVectors[i];
    const cv = t.counterpartVectors[c];
    const text = textFit(this.cosineOf(sv, cv));
    out.sharedConcepts = sharedConceptsOf(this.conceptPartAt(this.startupParts, i, sv), this.conceptPartAt(this.counterpartParts, c, cv));
    b.sector = round3(sector);
    b.text = round3(text);
    if (t.isDemand[c]) {
      const trl = t.trl[i];
      const floor = t.trlFloors[c];
      const tenths = demandTenths(this.weights, sector, trl, floor, text);
      out.score = tenths === EXCLUDED ? 0 : tenths / 10;
      b.stage = b.ticket = b.geography = null;
      b.trl = round3(trlFit(trl, floor));
      b.excluded = demandExclusion(sector, trl, floor);
      return out;
    }
    const stage = t.stageFits[t.startupStage[i]][c];
    const ticket = ticketFitLog(t.logAsk[i], t.logMin[c], t.logMax[c]);
    const geography = t.geographyFits[t.startupCountry[i]][c];
    const tenths = investorTenths(this.weights, sector, stage, ticket, geography, text);
    out.score = tenths === EXCLUDED ? 0 : tenths / 10;
    b.stage = round3(stage);
    b.ticket = ticket === NOT_APPLICABLE ? null : round3(ticket);
    b.geography = round3(geography);
    b.trl = null;
    b.excluded = investorExclusion(sector);
    return out;
  }
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Scores every startup × investor and startup × demand pair of an event and keeps each party's top K. */
export function scoreEvent(input: ScoreEventInput): ScoreEventResult {
  return EventScorer.prepare(input).scoreAll();
}
