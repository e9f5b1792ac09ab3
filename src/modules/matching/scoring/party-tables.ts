import { geographyFit, logUsd, stageFit, trlFloor } from './match-model';
import type { CounterpartKind, DemandFeatures, InvestorFeatures, StartupFeatures, UsdRates } from './scoring.types';
import { EMPTY_VECTOR, type SparseVector } from './text-index';

/** Dense ids for the categorical values (sectors, stages, countries) seen so far; never forgets one. */
export class Indexer {
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

type Typed = Float64Array | Int32Array | Uint8Array;

/** `a` itself if it holds `capacity` elements, else a copy with room for at least that many. */
function withCapacity<T extends Typed>(a: T, capacity: number): T {
  if (a.length >= capacity) return a;
  const grown = new (a.constructor as new (length: number) => T)(Math.max(capacity, a.length + (a.length >> 1)));
  grown.set(a as never);
  return grown;
}

/** Spare slots allocated at prepare, so the first parties added by upserts do not copy every table. */
export function headroom(n: number): number {
  return n + Math.max(16, n >> 4);
}

/** Demand order keys start here, so that every investor sorts before every demand. */
const DEMAND_ORDER = 2 ** 40;

/**
 * The parties of one event as flat tables the engine's loops read: each party in a slot (reused after a
 * removal), with its factor inputs precomputed — log USD amounts, TRL floors, and each investor's stage and
 * geography fit per distinct startup stage and country. Fields are public for the hot loops; only the
 * methods here write them.
 */
export class PartyTables {
  readonly startupIds = new Map<string, number>();
  readonly investorIds = new Map<string, number>();
  readonly demandIds = new Map<string, number>();
  readonly sectors = new Indexer();
  readonly stages = new Indexer();
  /** Upper-cased country codes. */
  readonly countries = new Indexer();

  // Startups, by slot: [0, startupSlots) have been used, freeStartups are free again.
  startupSlots = 0;
  private readonly freeStartups: number[] = [];
  private nextStartupOrder = 0;
  readonly startups: (StartupFeatures | undefined)[] = [];
  readonly startupVectors: SparseVector[] = [];
  startupLive = new Uint8Array(0);
  startupOrder = new Float64Array(0);
  startupSector = new Int32Array(0);
  startupStage = new Int32Array(0);
  startupCountry = new Int32Array(0);
  logAsk = new Float64Array(0);
  trl = new Float64Array(0);

  // Counterparts (investors and demands), by slot.
  counterpartSlots = 0;
  private readonly freeCounterparts: number[] = [];
  private nextInvestorOrder = 0;
  private nextDemandOrder = DEMAND_ORDER;
  readonly investors: (InvestorFeatures | undefined)[] = [];
  readonly demands: (DemandFeatures | undefined)[] = [];
  readonly counterpartVectors: SparseVector[] = [];
  readonly counterpartSectors: Set<number>[] = [];
  counterpartLive = new Uint8Array(0);
  isDemand = new Uint8Array(0);
  generalist = new Uint8Array(0);
  counterpartOrder = new Float64Array(0);
  /** stageFits[stage][c]: investor c's stage fit for a startup at that stage. */
  readonly stageFits: Float64Array[] = [];
  /** geographyFits[country][c] for investors. */
  readonly geographyFits: Float64Array[] = [];
  logMin = new Float64Array(0);
  logMax = new Float64Array(0);
  /** trlFloors[c] for demands. */
  trlFloors = new Float64Array(0);

  constructor(private readonly rates: UsdRates) {}

  reserveStartups(capacity: number): void {
    if (this.startupLive.length >= capacity) return;
    this.startupLive = withCapacity(this.startupLive, capacity);
    this.startupOrder = withCapacity(this.startupOrder, capacity);
    this.startupSector = withCapacity(this.startupSector, capacity);
    this.startupStage = withCapacity(this.startupStage, capacity);
    this.startupCountry = withCapacity(this.startupCountry, capacity);
    this.logAsk = withCapacity(this.logAsk, capacity);
    this.trl = withCapacity(this.trl, capacity);
  }

  reserveCounterparts(capacity: number): void {
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
  addStartupSlot(id: string): number {
    const i = this.freeStartups.pop() ?? this.startupSlots++;
    this.reserveStartups(this.startupSlots);
    this.startupOrder[i] = this.nextStartupOrder++;
    this.startupIds.set(id, i);
    return i;
  }

  addCounterpartSlot(id: string, kind: CounterpartKind): number {
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

  placeStartup(i: number, s: StartupFeatures, vector: SparseVector): void {
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

  placeInvestor(c: number, inv: InvestorFeatures, vector: SparseVector): void {
    this.investors[c] = inv;
    this.demands[c] = undefined;
    this.placeCounterpart(c, inv.sectors, vector);
    this.stages.names.forEach((st, k) => (this.stageFits[k][c] = stageFit(st, inv.stages)));
    this.countries.names.forEach((co, k) => (this.geographyFits[k][c] = geographyFit(co, inv.countries)));
    this.logMin[c] = logUsd(inv.ticketMin, this.rates);
    this.logMax[c] = logUsd(inv.ticketMax, this.rates);
  }

  placeDemand(c: number, d: DemandFeatures, vector: SparseVector): void {
    this.demands[c] = d;
    this.investors[c] = undefined;
    this.placeCounterpart(c, d.sectors, vector);
    this.trlFloors[c] = trlFloor(d.minTrl);
  }

  /** Frees a startup's slot; false when there is none with that id. */
  removeStartup(id: string): boolean {
    const i = this.startupIds.get(id);
    if (i === undefined) return false;
    this.startupIds.delete(id);
    this.startups[i] = undefined;
    this.startupVectors[i] = EMPTY_VECTOR;
    this.startupLive[i] = 0;
    this.freeStartups.push(i);
    return true;
  }

  /** Frees a counterpart's slot (call after reading what it was a member of). */
  removeCounterpart(kind: CounterpartKind, c: number, id: string): void {
    (kind === 'investor' ? this.investorIds : this.demandIds).delete(id);
    this.investors[c] = undefined;
    this.demands[c] = undefined;
    this.counterpartVectors[c] = EMPTY_VECTOR;
    this.counterpartSectors[c] = new Set();
    this.counterpartLive[c] = 0;
    this.generalist[c] = 0;
    this.freeCounterparts.push(c);
  }

  counterpartSlot(kind: CounterpartKind, id: string): number | undefined {
    return (kind === 'investor' ? this.investorIds : this.demandIds).get(id);
  }
}
