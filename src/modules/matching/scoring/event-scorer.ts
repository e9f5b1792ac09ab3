import { DEFAULT_USD_RATES } from '../../../common/domain/money';
import { vectorizeEvent, type EventVectors } from './event-corpus';
import { assertValidWeights, combineTenths, GENERALIST_SECTOR_FIT, geographyFit, logUsd, NOT_APPLICABLE, stageFit, textFit, ticketFitLog, trlFit, trlFloor } from './match-model';
import { scoreStartupDemand, scoreStartupInvestor } from './pair-scorer';
import { DEFAULT_MATCH_WEIGHTS, type CounterpartKind, type CounterpartMatch, type CounterpartSubsetResult, type MatchWeights, type PairScore, type ScoreEventInput, type ScoreEventResult, type StartupMatch, type StartupSubsetResult } from './scoring.types';
import { cosine } from './text-index';
import { TopKHeaps } from './top-k-heap';

export const DEFAULT_TOP_K = 20;

/**
 * Counterparts a startup of one sector can match (those listing the sector, plus generalists), in
 * ascending counterpart index (investors first), with an inverted index over their text vectors.
 * A startup only ever visits its own sector's list: every other pair is a sector exclusion.
 */
interface SectorList {
  members: Int32Array;
  /** members[0 .. demandStart) are investors, the rest demands. */
  demandStart: number;
  /** Postings of term t: offsets[t] .. offsets[t + 1] into postings / postingWeights. */
  offsets: Int32Array;
  /** Position in `members` of the counterpart holding the term. */
  postings: Int32Array;
  postingWeights: Float32Array;
}

function indexer(): { index: Map<string, number>; of(key: string): number } {
  const index = new Map<string, number>();
  return {
    index,
    of(key: string): number {
      let i = index.get(key);
      if (i === undefined) index.set(key, (i = index.size));
      return i;
    },
  };
}

/** The least integer t with t / 10 ≥ minScore, computed exactly as the reported scores are. */
function minTenthsFor(minScore: number): number {
  if (!Number.isFinite(minScore)) throw new RangeError(`minScore must be a finite number, got ${minScore}`);
  let t = Math.ceil(minScore * 10);
  while ((t - 1) / 10 >= minScore) t--;
  while (t / 10 < minScore) t++;
  return t;
}

function idIndex(ids: readonly { id: string }[], what: string): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach(({ id }, i) => {
    if (map.has(id)) throw new Error(`duplicate ${what} id ${id}`);
    map.set(id, i);
  });
  return map;
}

/**
 * Batch scorer for one event. Prepare once (tokenise, index, precompute tables), then score all startups
 * at once (`scoreAll`), in ranges (`scoreRange`, so a queue worker can yield between chunks), or one party
 * for an incremental re-score (`scoreStartup`, `scoreCounterpart`). Scores equal the explainable
 * scoreStartupInvestor / scoreStartupDemand to the bit: same factor functions, same summation order.
 */
export class EventScorer {
  private readonly weights: MatchWeights;
  private readonly vectors: EventVectors;
  private readonly nI: number;
  private readonly nC: number;
  private readonly startupIds: Map<string, number>;
  private readonly investorIds: Map<string, number>;
  private readonly demandIds: Map<string, number>;

  // Startups.
  private readonly startupSector: Int32Array;
  private readonly startupStage: Int32Array;
  private readonly startupCountry: Int32Array;
  private readonly logAsk: Float64Array;
  private readonly trl: Float64Array;

  // Counterparts (index c: investors 0..nI-1, then demands).
  private readonly generalist: Uint8Array;
  private readonly counterpartSectors: Set<number>[];
  private readonly stageCount: number;
  private readonly countryCount: number;
  /** stageFits[c * stageCount + stage] for investors. */
  private readonly stageFits: Float64Array;
  /** geographyFits[c * countryCount + country] for investors. */
  private readonly geographyFits: Float64Array;
  private readonly logMin: Float64Array;
  private readonly logMax: Float64Array;
  /** trlFloors[c - nI] for demands. */
  private readonly trlFloors: Float64Array;

  private readonly lists: SectorList[];
  private readonly acc: Float64Array;
  private readonly pairTenths: Float64Array;

  // Accumulated full-run state.
  private readonly startupHeaps: TopKHeaps;
  private readonly counterpartHeaps: TopKHeaps;
  private readonly scored: Uint8Array;
  /** Smallest score in tenths that minScore admits. */
  private readonly minTenths: number;
  private pairsScored = 0;
  private pairsCompatible = 0;

  private constructor(private readonly input: ScoreEventInput) {
    const { startups, investors, demands } = input;
    this.weights = input.weights ?? DEFAULT_MATCH_WEIGHTS;
    assertValidWeights(this.weights);
    const rates = input.rates ?? DEFAULT_USD_RATES;
    const topK = input.topK ?? DEFAULT_TOP_K;
    const counterpartTopK = input.counterpartTopK ?? topK;
    for (const [name, k] of [['topK', topK], ['counterpartTopK', counterpartTopK]] as const) {
      if (!Number.isInteger(k) || k < 0) throw new RangeError(`${name} must be an integer ≥ 0, got ${k}`);
    }
    this.minTenths = minTenthsFor(input.minScore ?? 0);

    this.startupIds = idIndex(startups, 'startup');
    this.investorIds = idIndex(investors, 'investor');
    this.demandIds = idIndex(demands, 'demand');
    this.vectors = vectorizeEvent(input);
    this.nI = investors.length;
    this.nC = investors.length + demands.length;
    const nS = startups.length;

    // Startups: categorical values become small indices into per-counterpart tables.
    const sectors = indexer();
    const stages = indexer();
    const countries = indexer();
    this.startupSector = Int32Array.from(startups, (s) => sectors.of(s.sector));
    this.startupStage = Int32Array.from(startups, (s) => stages.of(s.stage));
    this.startupCountry = Int32Array.from(startups, (s) => countries.of(s.country.toUpperCase()));
    this.logAsk = Float64Array.from(startups, (s) => logUsd(s.fundingAsk, rates));
    this.trl = Float64Array.from(startups, (s) => s.trl);
    const stageNames = [...stages.index.keys()];
    const countryNames = [...countries.index.keys()];
    this.stageCount = stageNames.length;
    this.countryCount = countryNames.length;

    // Counterparts.
    const counterpartSectorLists = [...investors.map((i) => i.sectors), ...demands.map((d) => d.sectors)];
    this.generalist = Uint8Array.from(counterpartSectorLists, (l) => (l.length === 0 ? 1 : 0));
    // Only sectors some startup has matter; others never produce a pair.
    this.counterpartSectors = counterpartSectorLists.map(
      (l) => new Set(l.filter((s) => sectors.index.has(s)).map((s) => sectors.index.get(s)!)),
    );
    this.stageFits = new Float64Array(this.nI * this.stageCount);
    this.geographyFits = new Float64Array(this.nI * this.countryCount);
    investors.forEach((inv, c) => {
      stageNames.forEach((st, k) => (this.stageFits[c * this.stageCount + k] = stageFit(st, inv.stages)));
      countryNames.forEach((co, k) => (this.geographyFits[c * this.countryCount + k] = geographyFit(co, inv.countries)));
    });
    this.logMin = Float64Array.from(investors, (i) => logUsd(i.ticketMin, rates));
    this.logMax = Float64Array.from(investors, (i) => logUsd(i.ticketMax, rates));
    this.trlFloors = Float64Array.from(demands, (d) => trlFloor(d.minTrl));

    this.lists = Array.from({ length: sectors.index.size }, (_, g) => this.buildList(g));
    const longest = this.lists.reduce((m, l) => Math.max(m, l.members.length), 0);
    this.acc = new Float64Array(longest);
    this.pairTenths = new Float64Array(longest);

    this.startupHeaps = new TopKHeaps(nS, topK);
    this.counterpartHeaps = new TopKHeaps(this.nC, counterpartTopK);
    this.scored = new Uint8Array(nS);
  }

  static prepare(input: ScoreEventInput): EventScorer {
    return new EventScorer(input);
  }

  get startupCount(): number {
    return this.input.startups.length;
  }

  private buildList(sector: number): SectorList {
    const members: number[] = [];
    for (let c = 0; c < this.nC; c++) {
      if (this.generalist[c] || this.counterpartSectors[c].has(sector)) members.push(c);
    }
    let demandStart = members.findIndex((c) => c >= this.nI);
    if (demandStart < 0) demandStart = members.length;

    const vocabulary = this.vectors.text.size;
    const offsets = new Int32Array(vocabulary + 1);
    const vectorOf = (c: number) => (c < this.nI ? this.vectors.investors[c] : this.vectors.demands[c - this.nI]);
    for (const c of members) for (const t of vectorOf(c).ids) offsets[t + 1]++;
    for (let t = 0; t < vocabulary; t++) offsets[t + 1] += offsets[t];
    const fill = offsets.slice(0, vocabulary);
    const postings = new Int32Array(offsets[vocabulary]);
    const postingWeights = new Float32Array(offsets[vocabulary]);
    members.forEach((c, k) => {
      const v = vectorOf(c);
      for (let p = 0; p < v.ids.length; p++) {
        const at = fill[v.ids[p]]++;
        postings[at] = k;
        postingWeights[at] = v.weights[p];
      }
    });
    return { members: Int32Array.from(members), demandStart, offsets, postings, postingWeights };
  }

  /**
   * Scores startup i against its sector list into pairTenths[0 .. members.length) (score × 10; -1 marks an
   * exclusion). Text dot products come from the inverted index, visiting the startup's terms in ascending
   * id, so each pair's sum has the same order as the pairwise merge in `cosine`.
   */
  private scoreStartupAt(i: number): SectorList {
    const list = this.lists[this.startupSector[i]];
    const { members, offsets, postings, postingWeights, demandStart } = list;
    const m = members.length;
    const acc = this.acc;
    acc.fill(0, 0, m);
    const v = this.vectors.startups[i];
    for (let p = 0; p < v.ids.length; p++) {
      const t = v.ids[p];
      const w = v.weights[p];
      for (let q = offsets[t], end = offsets[t + 1]; q < end; q++) acc[postings[q]] += w * postingWeights[q];
    }

    const out = this.pairTenths;
    const weights = this.weights;
    const generalist = this.generalist;
    const stageFits = this.stageFits;
    const geographyFits = this.geographyFits;
    const logMin = this.logMin;
    const logMax = this.logMax;
    const stageCount = this.stageCount;
    const countryCount = this.countryCount;
    const stage = this.startupStage[i];
    const country = this.startupCountry[i];
    const logAsk = this.logAsk[i];
    for (let k = 0; k < demandStart; k++) {
      const c = members[k];
      out[k] = combineTenths(
        weights,
        generalist[c] ? GENERALIST_SECTOR_FIT : 1,
        stageFits[c * stageCount + stage],
        ticketFitLog(logAsk, logMin[c], logMax[c]),
        geographyFits[c * countryCount + country],
        NOT_APPLICABLE,
        textFit(Math.min(1, acc[k])),
      );
    }
    const trl = this.trl[i];
    const nI = this.nI;
    const trlFloors = this.trlFloors;
    for (let k = demandStart; k < m; k++) {
      const c = members[k];
      const floor = trlFloors[c - nI];
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

  /**
   * Scores startups [from, to) against every counterpart and merges them into the top-K lists.
   * Each startup may be scored once per scorer; call with consecutive ranges and yield in between.
   */
  scoreRange(from: number, to: number): void {
    const nS = this.startupCount;
    if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= nS)) {
      throw new RangeError(`invalid startup range [${from}, ${to}) of ${nS}`);
    }
    for (let i = from; i < to; i++) if (this.scored[i]) throw new Error(`startup #${i} was already scored`);
    const minTenths = this.minTenths;
    const startupHeaps = this.startupHeaps;
    const counterpartHeaps = this.counterpartHeaps;
    const out = this.pairTenths;
    let compatible = 0;
    for (let i = from; i < to; i++) {
      const { members } = this.scoreStartupAt(i);
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
    this.pairsScored += (to - from) * this.nC;
  }

  scoreAll(): ScoreEventResult {
    this.scoreRange(0, this.startupCount);
    return this.result();
  }

  /** Yields after each chunk of startups, e.g. `for (const p of scorer.chunks(500)) await setImmediate()`. */
  *chunks(size = 500): Generator<{ scored: number; total: number }> {
    const total = this.startupCount;
    for (let from = 0; from < total; from += size) {
      const to = Math.min(total, from + size);
      this.scoreRange(from, to);
      yield { scored: to, total };
    }
  }

  /** The top-K lists of everything scored so far (all of it after scoreAll or the last chunk). */
  result(): ScoreEventResult {
    const { startups, investors, demands } = this.input;
    const startupTop = new Map<string, StartupMatch[]>();
    startups.forEach((s, i) => startupTop.set(s.id, this.startupHeaps.sorted(i).map((e) => this.startupMatch(e.id, e.score / 10))));
    const counterpartList = (c: number): CounterpartMatch[] =>
      this.counterpartHeaps.sorted(c).map((e) => ({ startupId: startups[e.id].id, score: e.score / 10 }));
    const investorTop = new Map<string, CounterpartMatch[]>();
    investors.forEach((inv, c) => investorTop.set(inv.id, counterpartList(c)));
    const demandTop = new Map<string, CounterpartMatch[]>();
    demands.forEach((d, k) => demandTop.set(d.id, counterpartList(this.nI + k)));
    return { pairsScored: this.pairsScored, pairsCompatible: this.pairsCompatible, startupTop, investorTop, demandTop };
  }

  private startupMatch(c: number, score: number): StartupMatch {
    return c < this.nI
      ? { counterpartKind: 'investor', counterpartId: this.input.investors[c].id, score }
      : { counterpartKind: 'demand', counterpartId: this.input.demands[c - this.nI].id, score };
  }

  /** Every non-excluded pair of one startup, best first (ties: investors, then input order). */
  scoreStartup(startupId: string): StartupSubsetResult {
    const i = this.startupIds.get(startupId);
    if (i === undefined) throw new Error(`unknown startup ${startupId}`);
    const { members } = this.scoreStartupAt(i);
    const kept: { c: number; tenths: number }[] = [];
    for (let k = 0; k < members.length; k++) if (this.pairTenths[k] >= 0) kept.push({ c: members[k], tenths: this.pairTenths[k] });
    kept.sort((a, b) => b.tenths - a.tenths || a.c - b.c);
    return { pairsScored: this.nC, matches: kept.map((e) => this.startupMatch(e.c, e.tenths / 10)) };
  }

  /** Every non-excluded pair of one investor or demand, best first (ties: input order). */
  scoreCounterpart(kind: CounterpartKind, counterpartId: string): CounterpartSubsetResult {
    const local = (kind === 'investor' ? this.investorIds : this.demandIds).get(counterpartId);
    if (local === undefined) throw new Error(`unknown ${kind} ${counterpartId}`);
    const c = kind === 'investor' ? local : this.nI + local;
    const vector = kind === 'investor' ? this.vectors.investors[local] : this.vectors.demands[local];
    const startups = this.input.startups;
    const kept: { i: number; score: number }[] = [];
    for (let i = 0; i < startups.length; i++) {
      if (!this.generalist[c] && !this.counterpartSectors[c].has(this.startupSector[i])) continue;
      const sector = this.generalist[c] ? GENERALIST_SECTOR_FIT : 1;
      const text = textFit(cosine(this.vectors.startups[i], vector));
      let tenths: number;
      if (kind === 'investor') {
        tenths = combineTenths(
          this.weights,
          sector,
          this.stageFits[c * this.stageCount + this.startupStage[i]],
          ticketFitLog(this.logAsk[i], this.logMin[c], this.logMax[c]),
          this.geographyFits[c * this.countryCount + this.startupCountry[i]],
          NOT_APPLICABLE,
          text,
        );
      } else {
        const floor = this.trlFloors[local];
        if (!(this.trl[i] >= floor)) continue;
        tenths = combineTenths(this.weights, sector, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, trlFit(this.trl[i], floor), text);
      }
      kept.push({ i, score: tenths / 10 });
    }
    kept.sort((a, b) => b.score - a.score || a.i - b.i);
    return { pairsScored: startups.length, matches: kept.map((e) => ({ startupId: startups[e.i].id, score: e.score })) };
  }

  /** Score and breakdown of one pair, reusing this event's vectors. */
  explain(startupId: string, kind: CounterpartKind, counterpartId: string): PairScore {
    const i = this.startupIds.get(startupId);
    const local = (kind === 'investor' ? this.investorIds : this.demandIds).get(counterpartId);
    if (i === undefined) throw new Error(`unknown startup ${startupId}`);
    if (local === undefined) throw new Error(`unknown ${kind} ${counterpartId}`);
    const ctx = { text: this.vectors.text, weights: this.weights, rates: this.input.rates ?? DEFAULT_USD_RATES };
    const startup = this.input.startups[i];
    return kind === 'investor'
      ? scoreStartupInvestor(startup, this.input.investors[local], ctx, {
          startup: this.vectors.startups[i],
          counterpart: this.vectors.investors[local],
        })
      : scoreStartupDemand(startup, this.input.demands[local], ctx, {
          startup: this.vectors.startups[i],
          counterpart: this.vectors.demands[local],
        });
  }
}

export function prepareEvent(input: ScoreEventInput): EventScorer {
  return EventScorer.prepare(input);
}

/** Scores every startup × investor and startup × demand pair of an event and keeps each party's top K. */
export function scoreEvent(input: ScoreEventInput): ScoreEventResult {
  return EventScorer.prepare(input).scoreAll();
}
