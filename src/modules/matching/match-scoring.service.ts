import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PartyKind } from '../../common/domain/party-kind';
import { AppConfig } from '../../config/app-config';
import { EventEntity } from '../events/event.entities';
import { MatchCorpusRepository } from './match-corpus.repository';
import { MatchStoreRepository } from './match-store.repository';
import { DEFAULT_MATCH_WEIGHTS, EventScorer, type EventParties, type MatchWeights } from './scoring';
import { mergeList, type ListEntry } from './scoring/list-merge';
import { listFromSummary, listsToMerge, planPartyRescore, rescoreOwn, summaryUnchanged } from './scoring/party-rescore';
import { collectStoredPairs, cutIntoRuns, storedRows } from './stored-pairs';

/** A prepared scorer kept between re-scores, with what it was built from and checked against. */
interface CachedScorer {
  scorer: EventScorer;
  settings: string;
  watermark: Date;
  usedAt: number;
  patches: number;
  /** Each party patched since the prepare (`kind:id`) → the state it was patched to (features, or 'removed'). */
  applied: Map<string, string>;
  /** The event's participant count when the scorer last agreed with the database's party counts. */
  participants: number;
}

/** One phase of a whole-event run: wall time and this process's CPU time, in ms. */
export interface RunPhase {
  phase: string;
  ms: number;
  cpuMs: number;
}

/** Times a run's phases one after another (wall and process CPU). */
class PhaseClock {
  readonly phases: RunPhase[] = [];
  private at = performance.now();
  private cpu = process.cpuUsage();

  constructor(private readonly probe?: (phase: string, backendPid: number | null) => void) {}

  end(phase: string, backendPid: number | null = null): void {
    const now = performance.now();
    const cpu = process.cpuUsage();
    this.phases.push({ phase, ms: now - this.at, cpuMs: (cpu.user - this.cpu.user + cpu.system - this.cpu.system) / 1000 });
    this.probe?.(phase, backendPid);
    [this.at, this.cpu] = [now, cpu];
  }

  toString(): string {
    const total = this.phases.reduce((sum, p) => sum + p.ms, 0);
    return `${this.phases.map((p) => `${p.phase} ${Math.round(p.ms)} ms`).join(', ')}; total ${Math.round(total)} ms`;
  }
}

/**
 * Connections a whole-event run's first write streams its rows on (the store can take several, each in a
 * transaction of its own). One: on 2 cores a second stream measured no faster (10.7 / 8.9 s against 9.8 / 10.5 s
 * for one, alternated on a quiet machine: producing the rows takes the worker about as much CPU as PostgreSQL's
 * insert, so both backends and the worker share the same two cores; session 10, medians of three first runs each,
 * alternated: copy 5.0–5.3 s on two streams against 3.4–4.4 s on one), and between two streams' commits a reader
 * would see half of an event's first matches, or keep them until the reconcile's re-run after a crash there.
 * With more cores than that it may pay: the store's service tests run the two-stream path.
 */
const COPY_STREAMS = 1;
/** Below this many rows one connection does (a second would cost more than it saves). */
const MIN_ROWS_TO_SPLIT = 20_000;

/** Startups scored per chunk of a full run before yielding to the event loop (keeps BullMQ's lock renewed). */
const CHUNK = 250;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs the pure scoring model over an event's parties and stores each party's top K plus every match with a
 * decision or request. Idempotent: running it twice leaves the same rows.
 */
@Injectable()
export class MatchScoringService {
  private readonly logger = new Logger(MatchScoringService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly corpus: MatchCorpusRepository,
    private readonly store: MatchStoreRepository,
    private readonly config: AppConfig,
  ) {}

  /** The phases of the last whole-event run (wall and this process's CPU, ms), for benchmarks and logs. */
  lastRun: { eventId: string; phases: RunPhase[] } | null = null;
  /** Told when each phase of a whole-event run ends (benchmarks read the database backend's CPU time). */
  onPhase?: (phase: string, backendPid: number | null) => void;

  /** One prepared scorer per event, patched party by party between full runs (see scorerFor). */
  private readonly scorers = new Map<string, CachedScorer>();

  private async settingsOf(eventId: string): Promise<{ key: string; weights: MatchWeights } | null> {
    const event = await this.db.getRepository(EventEntity).findOneBy({ id: eventId });
    if (!event) return null;
    const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, ...(event.matchWeights ?? {}) };
    return { key: JSON.stringify([weights, this.config.usdRates, this.config.env.MATCH_TOP_K]), weights };
  }

  /** A freshly prepared scorer over the whole event (full runs need an unpatched one). */
  private async prepare(eventId: string, clock?: PhaseClock): Promise<{ scorer: EventScorer; parties: EventParties } | null> {
    const settings = await this.settingsOf(eventId);
    if (!settings) return null;
    const [{ watermark, ...parties }, participants] = await Promise.all([this.corpus.load(eventId), this.corpus.participants(eventId)]);
    clock?.end('load');
    const K = this.config.env.MATCH_TOP_K;
    const scorer = EventScorer.prepare({ ...parties, weights: settings.weights, topK: K, counterpartTopK: K, rates: this.config.usdRates });
    clock?.end('prepare');
    this.remember(eventId, { scorer, settings: settings.key, watermark, usedAt: Date.now(), patches: 0, applied: new Map(), participants });
    return { scorer, parties };
  }

  /**
   * The cached scorer brought up to date with every party changed since it was built (by this worker or any
   * other), or a fresh one when there is none, the settings changed, or the counts disagree with the database
   * (checked only when the event's participant count moved: reading every participant costs more than the rest).
   */
  private async scorerFor(eventId: string): Promise<{ scorer: EventScorer; parties: EventParties } | null> {
    const cached = this.scorers.get(eventId);
    if (!cached) return this.prepare(eventId);
    // The settings, changes and participant count in one round of parallel reads (the settings usually match).
    const [settings, changes, participants] = await Promise.all([
      this.settingsOf(eventId),
      this.corpus.changedSince(eventId, cached.watermark),
      this.corpus.participants(eventId),
    ]);
    if (!settings) return null;
    if (cached.settings !== settings.key) return this.prepare(eventId);
    // The read looks a few seconds back (see CorpusChanges.watermark), so it sees the last edits again: a party
    // already patched to exactly this state is skipped (re-patching a counterpart drops its sector lists, which
    // the next scoring of those sectors would rebuild, and would count towards the rebuild below for nothing).
    const fresh = <T>(list: readonly T[], key: (p: T) => string, state: (p: T) => string) =>
      list.filter((p) => {
        const now = state(p);
        if (cached.applied.get(key(p)) === now) return false;
        cached.applied.set(key(p), now);
        return true;
      });
    const features = (p: object) => JSON.stringify(p, (k, v) => (k === 'terms' ? undefined : v));
    const startups = fresh(changes.startups, (p) => `startup:${p.id}`, features);
    const investors = fresh(changes.investors, (p) => `investor:${p.id}`, features);
    const demands = fresh(changes.demands, (p) => `demand:${p.id}`, features);
    const removed = fresh(changes.removed, (r) => `${r.kind}:${r.id}`, () => 'removed');
    // Patches keep the IDF table of the last full prepare; once many parties changed, rebuild it.
    cached.patches += startups.length + investors.length + demands.length + removed.length;
    const size = cached.scorer.startupCount + startups.length;
    if (cached.patches > Math.max(20, 0.05 * size)) return this.prepare(eventId);
    for (const s of startups) cached.scorer.upsertStartup(s);
    for (const i of investors) cached.scorer.upsertInvestor(i);
    for (const d of demands) cached.scorer.upsertDemand(d);
    for (const r of removed) cached.scorer.remove(r.kind, r.id);
    cached.watermark = changes.watermark;
    cached.usedAt = Date.now();
    const parties = cached.scorer.parties();
    if (participants !== cached.participants) {
      const counts = await this.corpus.counts(eventId);
      if (counts.startups !== parties.startups.length || counts.investors !== parties.investors.length || counts.demands !== parties.demands.length) {
        return this.prepare(eventId);
      }
      cached.participants = participants;
    }
    return { scorer: cached.scorer, parties };
  }

  private remember(eventId: string, entry: CachedScorer): void {
    this.scorers.set(eventId, entry);
    // Events idle for an hour leave memory.
    for (const [id, e] of this.scorers) if (Date.now() - e.usedAt > 3_600_000) this.scorers.delete(id);
  }

  /**
   * Re-scores the whole event. `progress` is called with 0–1: scoring is the first 60 %, storing the rest.
   * Rows are explained lazily while they stream to the database (see MatchStoreRepository.replaceLists), in
   * (startup, counterpart) id order, the order of the pair key.
   */
  async scoreEvent(eventId: string, progress: (p: number) => Promise<void>): Promise<{ pairsScored: number; matchesStored: number }> {
    const clock = new PhaseClock(this.onPhase);
    const prepared = await this.prepare(eventId, clock);
    if (!prepared) return { pairsScored: 0, matchesStored: 0 };
    const { scorer } = prepared;
    for (let from = 0; from < scorer.startupCount; from += CHUNK) {
      scorer.scoreRange(from, Math.min(scorer.startupCount, from + CHUNK));
      await progress((0.6 * Math.min(scorer.startupCount, from + CHUNK)) / Math.max(1, scorer.startupCount));
      await yieldToEventLoop();
    }
    const result = scorer.result();
    clock.end('score');

    // Each pair to store once, as one number per pair (stored-pairs.ts).
    const set = collectStoredPairs(scorer, prepared.parties, result, await this.presentProtected(prepared, eventId));
    clock.end('collect');

    // The rows in (startup, counterpart) order, cut into COPY_STREAMS runs of consecutive startups with about
    // as many rows each, one per database connection. Each is explained lazily while it streams.
    const cuts = cutIntoRuns(set, set.total >= MIN_ROWS_TO_SPLIT ? COPY_STREAMS : 1);
    const streams = cuts.slice(1).map((to, k) => storedRows(scorer, set, cuts[k], to)).filter((_, k) => cuts[k] < cuts[k + 1] || k === 0);
    const matchesStored = await this.store.replaceAll(
      eventId,
      streams,
      (n) => progress(0.6 + (0.35 * n) / Math.max(1, set.total)),
      (phase, backendPid) => clock.end(`store.${phase}`, backendPid),
    );
    // Fresh statistics after a bulk rewrite keep the incremental queries on their indexes: those of the
    // columns queries look rows up, filter and join by (the scores' breakdown and explanations are only
    // read, and their statistics, the array column's above all, cost as much again to gather).
    await this.db.query(
      `ANALYZE matches (id, event_id, startup_id, investor_id, demand_id, counterpart_id, score, excluded, in_startup_top, in_counterpart_top)`,
    );
    clock.end('analyze');
    this.lastRun = { eventId, phases: clock.phases };
    this.logger.log(`event ${eventId}: ${result.pairsScored} pairs, ${matchesStored} matches; ${clock}`);
    return { pairsScored: result.pairsScored, matchesStored };
  }

  /**
   * Re-scores one party and the other side's lists it enters or leaves (the pure planPartyRescore), reading
   * only the stored lists it needs.
   */
  async scoreParty(eventId: string, kind: PartyKind, id: string): Promise<{ pairsScored: number }> {
    const prepared = await this.scorerFor(eventId);
    if (!prepared) return { pairsScored: 0 };
    const { scorer } = prepared;
    const K = this.config.env.MATCH_TOP_K;
    const side = kind === 'startup' ? 'counterpart' : 'startup';
    const own = rescoreOwn(scorer, kind, id);
    const [{ before, summaries }, protectedPairs] = await Promise.all([
      this.store.mergeCandidates(eventId, { kind, id }, own.scores, K),
      this.store.protectedPairs(eventId, kind === 'startup' ? { startupId: id } : { counterpartId: id }),
    ]);
    // The lists the party may enter were picked by the database; every other list of its scores it cannot enter.
    const floors = new Map<string, number | null | undefined>([...own.scores.keys()].map((owner) => [owner, Infinity]));
    for (const [owner, l] of summaries) floors.set(owner, l === null ? undefined : l.size >= K ? l.min : null);
    const owners = listsToMerge(own, before, floors);
    // Most lists merge from their summary alone; the others (recomputed, or with no summary) are read.
    const wasIn = new Set(before);
    const lists = new Map<string, ListEntry[]>();
    const read: string[] = [];
    // Lists where only the party's score changes, staying above the last member: their summaries stay as they are.
    const summariesKept: string[] = [];
    for (const owner of owners) {
      const brief = summaries.get(owner);
      const list = brief && listFromSummary(brief, id, wasIn.has(owner));
      const outcome = list && mergeList(list, id, own.scores.get(owner), K);
      if (!outcome || outcome.kind === 'recompute') {
        read.push(owner);
        continue;
      }
      lists.set(owner, list);
      const present = side === 'startup' ? scorer.slotOf('startup', owner) !== undefined : scorer.slotOf('investor', owner) !== undefined || scorer.slotOf('demand', owner) !== undefined;
      if (present && summaryUnchanged(brief!, id, wasIn.has(owner), own.scores.get(owner), outcome)) {
        summariesKept.push(owner);
      }
    }
    for (const [owner, list] of await this.store.lists(eventId, side, read)) lists.set(owner, list);
    const plan = planPartyRescore(scorer, { kind, id }, own, lists, protectedPairs, K);
    await this.store.replaceLists(eventId, plan.pairs, { ...plan.scope, summariesKept }, plan.unflag);
    return { pairsScored: plan.pairsScored };
  }

  /** Decided or requested pairs, re-scored and kept even when out of every top K (if both parties remain). */
  private async presentProtected(prepared: { parties: EventParties }, eventId: string): Promise<{ startupId: string; counterpartId: string }[]> {
    const present = new Set([
      ...prepared.parties.startups.map((s) => s.id),
      ...prepared.parties.investors.map((i) => i.id),
      ...prepared.parties.demands.map((d) => d.id),
    ]);
    return (await this.store.protectedPairs(eventId)).filter((p) => present.has(p.startupId) && present.has(p.counterpartId));
  }
}
