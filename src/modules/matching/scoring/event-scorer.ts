import { DEFAULT_USD_RATES } from '../../../common/domain/money';
import { vectorizeEvent, type EventParties } from './event-corpus';
import { assertValidWeights, combineTenths, GENERALIST_SECTOR_FIT, geographyFit, logUsd, NOT_APPLICABLE, stageFit, textFit, ticketFitLog, trlFit, trlFloor } from './match-model';
import { scoreStartupDemand, scoreStartupInvestor } from './pair-scorer';
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
import { cosine, EMPTY_VECTOR, type SparseVector, type TextIndex } from './text-index';
import { demandTerms, investorTerms, startupTerms } from './tokenizer';
import { TopKHeaps } from './top-k-heap';

export const DEFAULT_TOP_K = 20;

export type ScoringPartyKind = 'startup' | CounterpartKind;

/**
 * Counterparts a startup of one sector can match (those listing the sector, plus generalists): investors
 * first, then demands, each in ascending slot, with an inverted index over their text vectors.
 * A startup only ever visits its own sector's list: every other pair is a sector exclusion.
 */
interface SectorList {
  /** Counterpart slots. */
  members: Int32Array;
  /** members[0 .. demandStart) are investors, the rest demands. */
  demandStart: number;
  /** Term ids below this have postings here; later terms (added to the index since) belong to no member. */
  vocabulary: number;
  /** Postings of term t: offsets[t] .. offsets[t + 1] into postings / postingWeights. */
  offsets: Int32Array;
  /** Position in `members` of the counterpart holding the term. */
  postings: Int32Array;
  postingWeights: Float32Array;
}

/** Dense ids for the categorical values (sectors, stages, countries) seen so far; never forgets one. */
class Indexer {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of `name`, a new one (the next integer) when it is first seen. */
  of(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  get size(): number {
    return this.names.length;
  }
}

/** The least integer t with t / 10 ≥ minScore, computed exactly as the reported scores are. */
function minTenthsFor(minScore: number): number {
  if (!Number.isFinite(minScore)) throw new RangeError(`minScore must be a finite number, got ${minScore}`);
  let t = Math.ceil(minScore * 10);
  while ((t - 1) / 10 >= minScore) t--;
  while (t / 10 < minScore) t++;
  return t;
}

function assertUniqueIds(parties: readonly { id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const { id } of parties) {
    if (seen.has(id)) throw new Error(`duplicate ${what} id ${id}`);
    seen.add(id);
  }
}

type Typed = Float64Array | Int32Array | Uint8Array;

/** `a` itself if it holds `capacity` elements, else a copy with room for at least that many. */
function withCapacity<T extends Typed>(a: T, capacity: number): T {
  if (a.length >= capacity) return a;
  const grown = new (a.constructor as new (length: number) => T)(Math.max(capacity, a.length + (a.length >> 1)));
  grown.set(a as never);
  return grown;
}

/** Spare slots allocated at prepare, so the first parties added by upserts do not copy every table. */
function headroom(n: number): number {
  return n + Math.max(16, n >> 4);
}

/** Demand order keys start here, so that every investor sorts before every demand. */
const DEMAND_ORDER = 2 ** 40;

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
  private readonly startupIds = new Map<string, number>();
  private readonly investorIds = new Map<string, number>();
  private readonly demandIds = new Map<string, number>();
  private readonly sectors = new Indexer();
  private readonly stages = new Indexer();
  /** Upper-cased country codes. */
  private readonly countries = new Indexer();

  // Startups, by slot: [0, startupSlots) have been used, freeStartups are free again.
  private startupSlots = 0;
  private readonly freeStartups: number[] = [];
  private nextStartupOrder = 0;
  private readonly startups: (StartupFeatures | undefined)[] = [];
  private readonly startupVectors: SparseVector[] = [];
  private startupLive = new Uint8Array(0);
  private startupOrder = new Float64Array(0);
  private startupSector = new Int32Array(0);
  private startupStage = new Int32Array(0);
  private startupCountry = new Int32Array(0);
  private logAsk = new Float64Array(0);
  private trl = new Float64Array(0);

  // Counterparts (investors and demands), by slot.
  private counterpartSlots = 0;
  private readonly freeCounterparts: number[] = [];
  private nextInvestorOrder = 0;
  private nextDemandOrder = DEMAND_ORDER;
  private readonly investors: (InvestorFeatures | undefined)[] = [];
  private readonly demands: (DemandFeatures | undefined)[] = [];
  private readonly counterpartVectors: SparseVector[] = [];
  private readonly counterpartSectors: Set<number>[] = [];
  private counterpartLive = new Uint8Array(0);
  private isDemand = new Uint8Array(0);
  private generalist = new Uint8Array(0);
  private counterpartOrder = new Float64Array(0);
  /** stageFits[stage][c]: investor c's stage fit for a startup at that stage. */
  private readonly stageFits: Float64Array[] = [];
  /** geographyFits[country][c] for investors. */
  private readonly geographyFits: Float64Array[] = [];
  private logMin = new Float64Array(0);
  private logMax = new Float64Array(0);
  /** trlFloors[c] for demands. */
  private trlFloors = new Float64Array(0);

  /** By sector id; undefined until built, or after a counterpart of the sector changed. */
  private readonly lists: (SectorList | undefined)[] = [];
  private acc = new Float64Array(0);
  private pairTenths = new Float64Array(0);

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
    const nS = startups.length;
    const nC = investors.length + demands.length;
    this.reserveStartups(headroom(nS));
    this.reserveCounterparts(headroom(nC));

    // Startups first: their sectors get ids 0.., and their stages and countries make the fit tables' rows.
    startups.forEach((s, i) => this.placeStartup(this.addStartupSlot(s.id), s, vectors.startups[i]));
    const startupSectorCount = this.sectors.size;
    investors.forEach((inv, k) => this.placeInvestor(this.addCounterpartSlot(inv.id, 'investor'), inv, vectors.investors[k]));
    demands.forEach((d, k) => this.placeDemand(this.addCounterpartSlot(d.id, 'demand'), d, vectors.demands[k]));

    for (let g = 0; g < startupSectorCount; g++) this.listFor(g);

    this.startupHeaps = new TopKHeaps(nS, topK);
    this.counterpartHeaps = new TopKHeaps(nC, counterpartTopK);
    this.scored = new Uint8Array(nS);
  }

  static prepare(input: ScoreEventInput): EventScorer {
    return new EventScorer(input);
  }

  /** Number of startups (after patches: those currently in the scorer). */
  get startupCount(): number {
    return this.startupIds.size;
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
    return {
      startups: Array.from(this.startupIds.values(), (i) => this.startups[i]!),
      investors: Array.from(this.investorIds.values(), (c) => this.investors[c]!),
      demands: Array.from(this.demandIds.values(), (c) => this.demands[c]!),
    };
  }

  // ---------------------------------------------------------------------------------------------------
  // Slots and tables.

  private reserveStartups(capacity: number): void {
    if (this.startupLive.length >= capacity) return;
    this.startupLive = withCapacity(this.startupLive, capacity);
    this.startupOrder = withCapacity(this.startupOrder, capacity);
    this.startupSector = withCapacity(this.startupSector, capacity);
    this.startupStage = withCapacity(this.startupStage, capacity);
    this.startupCountry = withCapacity(this.startupCountry, capacity);
    this.logAsk = withCapacity(this.logAsk, capacity);
    this.trl = withCapacity(this.trl, capacity);
  }

  private reserveCounterparts(capacity: number): void {
    if (this.counterpartLive.length >= capacity) return;
    this.counterpartLive = withCapacity(this.counterpartLive, capacity);
    const grown = this.counterpartLive.length;
    this.isDemand = withCapacity(this.isDemand, grown);
    this.generalist = withCapacity(this.generalist, grown);
    this.counterpartOrder = withCapacity(this.counterpartOrder, grown);
    this.logMin = withCapacity(this.logMin, grown);
    this.logMax = withCapacity(this.logMax, grown);
    this.trlFloors = withCapacity(this.trlFloors, grown);
    for (const table of [this.stageFits, this.geographyFits]) {
      for (let k = 0; k < table.length; k++) table[k] = withCapacity(table[k], grown);
    }
  }

  /** A slot for a new startup, registered under its id and ordered last. */
  private addStartupSlot(id: string): number {
    const i = this.freeStartups.pop() ?? this.startupSlots++;
    this.reserveStartups(this.startupSlots);
    this.startupOrder[i] = this.nextStartupOrder++;
    this.startupIds.set(id, i);
    return i;
  }

  private addCounterpartSlot(id: string, kind: CounterpartKind): number {
    const c = this.freeCounterparts.pop() ?? this.counterpartSlots++;
    this.reserveCounterparts(this.counterpartSlots);
    if (kind === 'investor') {
      this.counterpartOrder[c] = this.nextInvestorOrder++;
      this.investorIds.set(id, c);
    } else {
      this.counterpartOrder[c] = this.nextDemandOrder++;
      this.demandIds.set(id, c);
    }
    this.isDemand[c] = kind === 'demand' ? 1 : 0;
    return c;
  }

  /** Stage id of a startup's stage; a new stage gets its row of every investor's stage fit. */
  private stageId(stage: string): number {
    const known = this.stages.size;
    const k = this.stages.of(stage);
    if (k === known) {
      const row = new Float64Array(this.counterpartLive.length);
      this.investorIds.forEach((c) => (row[c] = stageFit(stage, this.investors[c]!.stages)));
      this.stageFits.push(row);
    }
    return k;
  }

  private countryId(country: string): number {
    const known = this.countries.size;
    const k = this.countries.of(country);
    if (k === known) {
      const row = new Float64Array(this.counterpartLive.length);
      this.investorIds.forEach((c) => (row[c] = geographyFit(country, this.investors[c]!.countries)));
      this.geographyFits.push(row);
    }
    return k;
  }

  private vectorOf(terms: TermCounts): SparseVector {
    this.text.addTerms(terms);
    return this.text.vectorize(terms);
  }

  private placeStartup(i: number, s: StartupFeatures, vector: SparseVector): void {
    this.startups[i] = s;
    this.startupVectors[i] = vector;
    this.startupLive[i] = 1;
    this.startupSector[i] = this.sectors.of(s.sector);
    this.startupStage[i] = this.stageId(s.stage);
    this.startupCountry[i] = this.countryId(s.country.toUpperCase());
    this.logAsk[i] = logUsd(s.fundingAsk, this.rates);
    this.trl[i] = s.trl;
  }

  private placeCounterpart(c: number, sectors: readonly string[], vector: SparseVector): void {
    this.counterpartVectors[c] = vector;
    this.counterpartLive[c] = 1;
    this.generalist[c] = sectors.length === 0 ? 1 : 0;
    this.counterpartSectors[c] = new Set(sectors.map((s) => this.sectors.of(s)));
  }

  private placeInvestor(c: number, inv: InvestorFeatures, vector: SparseVector): void {
    this.investors[c] = inv;
    this.demands[c] = undefined;
    this.placeCounterpart(c, inv.sectors, vector);
    this.stages.names.forEach((st, k) => (this.stageFits[k][c] = stageFit(st, inv.stages)));
    this.countries.names.forEach((co, k) => (this.geographyFits[k][c] = geographyFit(co, inv.countries)));
    this.logMin[c] = logUsd(inv.ticketMin, this.rates);
    this.logMax[c] = logUsd(inv.ticketMax, this.rates);
  }

  private placeDemand(c: number, d: DemandFeatures, vector: SparseVector): void {
    this.demands[c] = d;
    this.investors[c] = undefined;
    this.placeCounterpart(c, d.sectors, vector);
    this.trlFloors[c] = trlFloor(d.minTrl);
  }

  /** Drops the sector lists counterpart c is a member of; they are rebuilt when next needed. */
  private invalidateListsOf(c: number): void {
    if (this.generalist[c]) this.lists.fill(undefined);
    else for (const g of this.counterpartSectors[c]) this.lists[g] = undefined;
  }

  private listFor(sector: number): SectorList {
    let list = this.lists[sector];
    if (list === undefined) {
      list = this.buildList(sector);
      this.lists[sector] = list;
      if (this.acc.length < list.members.length) {
        this.acc = new Float64Array(list.members.length);
        this.pairTenths = new Float64Array(list.members.length);
      }
    }
    return list;
  }

  private buildList(sector: number): SectorList {
    const members: number[] = [];
    let demandStart = 0;
    for (let kind = 0; kind <= 1; kind++) {
      for (let c = 0; c < this.counterpartSlots; c++) {
        if (this.counterpartLive[c] && this.isDemand[c] === kind && (this.generalist[c] || this.counterpartSectors[c].has(sector))) members.push(c);
      }
      if (kind === 0) demandStart = members.length;
    }

    const vocabulary = this.text.size;
    const offsets = new Int32Array(vocabulary + 1);
    const vectors = this.counterpartVectors;
    for (const c of members) for (const t of vectors[c].ids) offsets[t + 1]++;
    for (let t = 0; t < vocabulary; t++) offsets[t + 1] += offsets[t];
    const fill = offsets.slice(0, vocabulary);
    const postings = new Int32Array(offsets[vocabulary]);
    const postingWeights = new Float32Array(offsets[vocabulary]);
    members.forEach((c, k) => {
      const v = vectors[c];
      for (let p = 0; p < v.ids.length; p++) {
        const at = fill[v.ids[p]]++;
        postings[at] = k;
        postingWeights[at] = v.weights[p];
      }
    });
    return { members: Int32Array.from(members), demandStart, vocabulary, offsets, postings, postingWeights };
  }

  // ---------------------------------------------------------------------------------------------------
  // Patches.

  /** Adds a startup, or replaces the one with the same id (which keeps its place in the order). */
  upsertStartup(startup: StartupFeatures): void {
    this.wasPatched = true;
    const vector = this.vectorOf(startupTerms(startup));
    const i = this.startupIds.get(startup.id) ?? this.addStartupSlot(startup.id);
    this.placeStartup(i, startup, vector);
  }

  /** Adds an investor, or replaces the one with the same id (which keeps its place in the order). */
  upsertInvestor(investor: InvestorFeatures): void {
    this.wasPatched = true;
    const vector = this.vectorOf(investorTerms(investor));
    let c = this.investorIds.get(investor.id);
    if (c === undefined) c = this.addCounterpartSlot(investor.id, 'investor');
    else this.invalidateListsOf(c);
    this.placeInvestor(c, investor, vector);
    this.invalidateListsOf(c);
  }

  /** Adds a demand, or replaces the one with the same id (which keeps its place in the order). */
  upsertDemand(demand: DemandFeatures): void {
    this.wasPatched = true;
    const vector = this.vectorOf(demandTerms(demand));
    let c = this.demandIds.get(demand.id);
    if (c === undefined) c = this.addCounterpartSlot(demand.id, 'demand');
    else this.invalidateListsOf(c);
    this.placeDemand(c, demand, vector);
    this.invalidateListsOf(c);
  }

  /** Removes a party; returns false (and changes nothing) when there is none of that kind and id. */
  remove(kind: ScoringPartyKind, id: string): boolean {
    if (kind === 'startup') {
      const i = this.startupIds.get(id);
      if (i === undefined) return false;
      this.wasPatched = true;
      this.startupIds.delete(id);
      this.startups[i] = undefined;
      this.startupVectors[i] = EMPTY_VECTOR;
      this.startupLive[i] = 0;
      this.freeStartups.push(i);
      return true;
    }
    const ids = kind === 'investor' ? this.investorIds : this.demandIds;
    const c = ids.get(id);
    if (c === undefined) return false;
    this.wasPatched = true;
    this.invalidateListsOf(c);
    ids.delete(id);
    this.investors[c] = undefined;
    this.demands[c] = undefined;
    this.counterpartVectors[c] = EMPTY_VECTOR;
    this.counterpartSectors[c] = new Set();
    this.counterpartLive[c] = 0;
    this.generalist[c] = 0;
    this.freeCounterparts.push(c);
    return true;
  }

  // ---------------------------------------------------------------------------------------------------
  // Scoring.

  /**
   * Scores startup i against its sector list into pairTenths[0 .. members.length) (score × 10; -1 marks an
   * exclusion). Text dot products come from the inverted index, visiting the startup's terms in ascending
   * id, so each pair's sum has the same order as the pairwise merge in `cosine`.
   */
  private scoreStartupAt(i: number): SectorList {
    const list = this.listFor(this.startupSector[i]);
    const { members, offsets, postings, postingWeights, demandStart, vocabulary } = list;
    const m = members.length;
    const acc = this.acc;
    acc.fill(0, 0, m);
    const v = this.startupVectors[i];
    for (let p = 0; p < v.ids.length; p++) {
      const t = v.ids[p];
      if (t >= vocabulary) break; // ids ascend; no member has a term added after the list was built
      const w = v.weights[p];
      for (let q = offsets[t], end = offsets[t + 1]; q < end; q++) acc[postings[q]] += w * postingWeights[q];
    }

    const out = this.pairTenths;
    const weights = this.weights;
    const generalist = this.generalist;
    const stageFits = this.stageFits[this.startupStage[i]];
    const geographyFits = this.geographyFits[this.startupCountry[i]];
    const logMin = this.logMin;
    const logMax = this.logMax;
    const logAsk = this.logAsk[i];
    for (let k = 0; k < demandStart; k++) {
      const c = members[k];
      out[k] = combineTenths(
        weights,
        generalist[c] ? GENERALIST_SECTOR_FIT : 1,
        stageFits[c],
        ticketFitLog(logAsk, logMin[c], logMax[c]),
        geographyFits[c],
        NOT_APPLICABLE,
        textFit(Math.min(1, acc[k])),
      );
    }
    const trl = this.trl[i];
    const trlFloors = this.trlFloors;
    for (let k = demandStart; k < m; k++) {
      const c = members[k];
      const floor = trlFloors[c];
      out[k] = !(trl >= floor)
        ? -1
        : combineTenths(
            weights,
            generalist[c] ? GENERALIST_SECTOR_FIT : 1,
            NOT_APPLICABLE,
            NOT_APPLICABLE,
            NOT_APPLICABLE,
            trlFit(trl, floor),
            textFit(Math.min(1, acc[k])),
          );
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
      const out = this.pairTenths;
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
    this.pairsScored += (to - from) * this.counterpartSlots;
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
    // Unpatched, slots are input positions: startups 0 .., investors 0 .., demands after them.
    const startupTop = new Map<string, StartupMatch[]>();
    this.startupIds.forEach((i, id) => startupTop.set(id, this.startupHeaps.sorted(i).map((e) => this.startupMatch(e.id, e.score / 10))));
    const counterpartList = (c: number): CounterpartMatch[] =>
      this.counterpartHeaps.sorted(c).map((e) => ({ startupId: this.startups[e.id]!.id, score: e.score / 10 }));
    const investorTop = new Map<string, CounterpartMatch[]>();
    this.investorIds.forEach((c, id) => investorTop.set(id, counterpartList(c)));
    const demandTop = new Map<string, CounterpartMatch[]>();
    this.demandIds.forEach((c, id) => demandTop.set(id, counterpartList(c)));
    return { pairsScored: this.pairsScored, pairsCompatible: this.pairsCompatible, startupTop, investorTop, demandTop };
  }

  private startupMatch(c: number, score: number): StartupMatch {
    return this.isDemand[c]
      ? { counterpartKind: 'demand', counterpartId: this.demands[c]!.id, score }
      : { counterpartKind: 'investor', counterpartId: this.investors[c]!.id, score };
  }

  /** Every non-excluded pair of one startup, best first (ties: investors, then party order). */
  scoreStartup(startupId: string): StartupSubsetResult {
    const i = this.startupIds.get(startupId);
    if (i === undefined) throw new Error(`unknown startup ${startupId}`);
    const { members } = this.scoreStartupAt(i);
    const out = this.pairTenths;
    const kept: { c: number; tenths: number }[] = [];
    for (let k = 0; k < members.length; k++) if (out[k] >= 0) kept.push({ c: members[k], tenths: out[k] });
    const order = this.counterpartOrder;
    kept.sort((a, b) => b.tenths - a.tenths || order[a.c] - order[b.c]);
    return { pairsScored: this.investorIds.size + this.demandIds.size, matches: kept.map((e) => this.startupMatch(e.c, e.tenths / 10)) };
  }

  /** Every non-excluded pair of one investor or demand, best first (ties: party order). */
  scoreCounterpart(kind: CounterpartKind, counterpartId: string): CounterpartSubsetResult {
    const c = (kind === 'investor' ? this.investorIds : this.demandIds).get(counterpartId);
    if (c === undefined) throw new Error(`unknown ${kind} ${counterpartId}`);
    const vector = this.counterpartVectors[c];
    const generalist = this.generalist[c] === 1;
    const sectors = this.counterpartSectors[c];
    const sector = generalist ? GENERALIST_SECTOR_FIT : 1;
    // This investor's fit per startup stage and country.
    const stageFitOf = Float64Array.from(this.stageFits, (row) => row[c]);
    const geographyFitOf = Float64Array.from(this.geographyFits, (row) => row[c]);
    const kept: { i: number; score: number }[] = [];
    for (let i = 0; i < this.startupSlots; i++) {
      if (!this.startupLive[i]) continue;
      if (!generalist && !sectors.has(this.startupSector[i])) continue;
      const text = textFit(cosine(this.startupVectors[i], vector));
      let tenths: number;
      if (kind === 'investor') {
        tenths = combineTenths(
          this.weights,
          sector,
          stageFitOf[this.startupStage[i]],
          ticketFitLog(this.logAsk[i], this.logMin[c], this.logMax[c]),
          geographyFitOf[this.startupCountry[i]],
          NOT_APPLICABLE,
          text,
        );
      } else {
        const floor = this.trlFloors[c];
        if (!(this.trl[i] >= floor)) continue;
        tenths = combineTenths(this.weights, sector, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, trlFit(this.trl[i], floor), text);
      }
      kept.push({ i, score: tenths / 10 });
    }
    const order = this.startupOrder;
    kept.sort((a, b) => b.score - a.score || order[a.i] - order[b.i]);
    return { pairsScored: this.startupIds.size, matches: kept.map((e) => ({ startupId: this.startups[e.i]!.id, score: e.score })) };
  }

  /** Score and breakdown of one pair, reusing this event's vectors. */
  explain(startupId: string, kind: CounterpartKind, counterpartId: string): PairScore {
    const i = this.startupIds.get(startupId);
    const c = (kind === 'investor' ? this.investorIds : this.demandIds).get(counterpartId);
    if (i === undefined) throw new Error(`unknown startup ${startupId}`);
    if (c === undefined) throw new Error(`unknown ${kind} ${counterpartId}`);
    const ctx = { text: this.text, weights: this.weights, rates: this.rates };
    const startup = this.startups[i]!;
    const vectors = { startup: this.startupVectors[i], counterpart: this.counterpartVectors[c] };
    return kind === 'investor'
      ? scoreStartupInvestor(startup, this.investors[c]!, ctx, vectors)
      : scoreStartupDemand(startup, this.demands[c]!, ctx, vectors);
  }
}

export function prepareEvent(input: ScoreEventInput): EventScorer {
  return EventScorer.prepare(input);
}

/** Scores every startup × investor and startup × demand pair of an event and keeps each party's top K. */
export function scoreEvent(input: ScoreEventInput): ScoreEventResult {
  return EventScorer.prepare(input).scoreAll();
}
