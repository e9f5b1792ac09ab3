import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PartyKind } from '../../common/domain/party-kind';
import { AppConfig } from '../../config/app-config';
import { EventEntity } from '../events/event.entities';
import { MatchCorpusRepository } from './match-corpus.repository';
import { mergeList } from './list-merge';
import { MatchStoreRepository, type StoredPair } from './match-store.repository';
import { DEFAULT_MATCH_WEIGHTS, EventScorer, type CounterpartKind, type EventParties, type MatchWeights } from './scoring';

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

  /** One prepared scorer per event, patched party by party between full runs (see scorerFor). */
  private readonly scorers = new Map<string, { scorer: EventScorer; settings: string; watermark: Date; usedAt: number; patches: number }>();

  private async settingsOf(eventId: string): Promise<{ key: string; weights: MatchWeights } | null> {
    const event = await this.db.getRepository(EventEntity).findOneBy({ id: eventId });
    if (!event) return null;
    const weights: MatchWeights = { ...DEFAULT_MATCH_WEIGHTS, ...(event.matchWeights ?? {}) };
    return { key: JSON.stringify([weights, this.config.usdRates, this.config.env.MATCH_TOP_K]), weights };
  }

  /** A freshly prepared scorer over the whole event (full runs need an unpatched one). */
  private async prepare(eventId: string): Promise<{ scorer: EventScorer; parties: EventParties } | null> {
    const settings = await this.settingsOf(eventId);
    if (!settings) return null;
    const { watermark, ...parties } = await this.corpus.load(eventId);
    const K = this.config.env.MATCH_TOP_K;
    const scorer = EventScorer.prepare({ ...parties, weights: settings.weights, topK: K, counterpartTopK: K, rates: this.config.usdRates });
    this.remember(eventId, { scorer, settings: settings.key, watermark, usedAt: Date.now(), patches: 0 });
    return { scorer, parties };
  }

  /**
   * The cached scorer brought up to date with every party changed since it was built (by this worker or any
   * other), or a fresh one when there is none, the settings changed, or the counts disagree with the database.
   */
  private async scorerFor(eventId: string): Promise<{ scorer: EventScorer; parties: EventParties } | null> {
    const settings = await this.settingsOf(eventId);
    if (!settings) return null;
    const cached = this.scorers.get(eventId);
    if (!cached || cached.settings !== settings.key) return this.prepare(eventId);
    const [changes, counts] = await Promise.all([this.corpus.changedSince(eventId, cached.watermark), this.corpus.counts(eventId)]);
    // Patches keep the IDF table of the last full prepare; once many parties changed, rebuild it.
    cached.patches += changes.startups.length + changes.investors.length + changes.demands.length + changes.removed.length;
    const size = cached.scorer.startupCount + changes.startups.length;
    if (cached.patches > Math.max(20, 0.05 * size)) return this.prepare(eventId);
    for (const s of changes.startups) cached.scorer.upsertStartup(s);
    for (const i of changes.investors) cached.scorer.upsertInvestor(i);
    for (const d of changes.demands) cached.scorer.upsertDemand(d);
    for (const r of changes.removed) cached.scorer.remove(r.kind, r.id);
    cached.watermark = changes.watermark;
    cached.usedAt = Date.now();
    const parties = cached.scorer.parties();
    if (counts.startups !== parties.startups.length || counts.investors !== parties.investors.length || counts.demands !== parties.demands.length) {
      return this.prepare(eventId);
    }
    return { scorer: cached.scorer, parties };
  }

  private remember(eventId: string, entry: { scorer: EventScorer; settings: string; watermark: Date; usedAt: number; patches: number }): void {
    this.scorers.set(eventId, entry);
    // Events idle for an hour leave memory.
    for (const [id, e] of this.scorers) if (Date.now() - e.usedAt > 3_600_000) this.scorers.delete(id);
  }

  /** Re-scores the whole event. `progress` is called with 0–1 between chunks. */
  async scoreEvent(eventId: string, progress: (p: number) => Promise<void>): Promise<{ pairsScored: number; matchesStored: number }> {
    const prepared = await this.prepare(eventId);
    if (!prepared) return { pairsScored: 0, matchesStored: 0 };
    const { scorer } = prepared;
    for (let from = 0; from < scorer.startupCount; from += CHUNK) {
      scorer.scoreRange(from, Math.min(scorer.startupCount, from + CHUNK));
      await progress((0.6 * Math.min(scorer.startupCount, from + CHUNK)) / Math.max(1, scorer.startupCount));
      await yieldToEventLoop();
    }
    const result = scorer.result();
    const pairs = new Map<string, StoredPair>();
    const add = (startupId: string, kind: CounterpartKind, counterpartId: string, flag: 'inStartupTop' | 'inCounterpartTop' | null) => {
      const key = `${startupId}:${counterpartId}`;
      let pair = pairs.get(key);
      if (!pair) {
        const { score, breakdown } = scorer.explain(startupId, kind, counterpartId);
        pair = { startupId, kind, counterpartId, score, breakdown, inStartupTop: false, inCounterpartTop: false };
        pairs.set(key, pair);
      }
      if (flag) pair[flag] = true;
    };
    let n = 0;
    for (const [startupId, list] of result.startupTop) {
      for (const m of list) add(startupId, m.counterpartKind, m.counterpartId, 'inStartupTop');
      if (++n % 2000 === 0) await yieldToEventLoop();
    }
    for (const [investorId, list] of result.investorTop) for (const m of list) add(m.startupId, 'investor', investorId, 'inCounterpartTop');
    for (const [demandId, list] of result.demandTop) for (const m of list) add(m.startupId, 'demand', demandId, 'inCounterpartTop');
    await this.addProtected(prepared, eventId, add);
    await progress(0.8);
    const matchesStored = await this.store.replaceLists(eventId, [...pairs.values()], 'all');
    // Fresh statistics after a bulk rewrite keep the incremental queries on their indexes.
    await this.db.query(`ANALYZE matches`);
    return { pairsScored: result.pairsScored, matchesStored };
  }

  /**
   * Re-scores one party: its own list exactly, and every list of the other side it enters or leaves. Those are
   * merged from the stored list when that is exact (see mergeList), else recomputed against the whole event.
   */
  async scoreParty(eventId: string, kind: PartyKind, id: string): Promise<{ pairsScored: number }> {
    const prepared = await this.scorerFor(eventId);
    if (!prepared) return { pairsScored: 0 };
    const { scorer, parties } = prepared;
    const K = this.config.env.MATCH_TOP_K;
    const pairs = new Map<string, StoredPair>();
    const add = (startupId: string, ck: CounterpartKind, counterpartId: string, flag: 'inStartupTop' | 'inCounterpartTop' | null, score?: number) => {
      const key = `${startupId}:${counterpartId}`;
      let pair = pairs.get(key);
      if (!pair) {
        const explained = scorer.explain(startupId, ck, counterpartId);
        pair = { startupId, kind: ck, counterpartId, score: score ?? explained.score, breakdown: explained.breakdown, inStartupTop: false, inCounterpartTop: false };
        pairs.set(key, pair);
      }
      if (flag) pair[flag] = true;
    };
    const scope = { startups: [] as string[], counterparts: [] as string[] };
    const unflag: { startupId: string; counterpartId: string; side: 'startup' | 'counterpart' }[] = [];
    const kindOf = new Map<string, CounterpartKind>([
      ...parties.investors.map((i) => [i.id, 'investor'] as const),
      ...parties.demands.map((d) => [d.id, 'demand'] as const),
    ]);
    const startupIds = new Set(parties.startups.map((s) => s.id));
    let pairsScored = 0;

    if (kind === 'startup') {
      const known = startupIds.has(id);
      scope.startups.push(id);
      const own = known ? scorer.scoreStartup(id) : { pairsScored: 0, matches: [] };
      pairsScored += own.pairsScored;
      for (const m of own.matches.slice(0, K)) add(id, m.counterpartKind, m.counterpartId, 'inStartupTop', m.score);
      const newScore = new Map(own.matches.map((m) => [m.counterpartId, m.score]));
      const before = await this.store.counterpartsListing(eventId, id);
      const owners = await this.listsToMerge(eventId, 'counterpart', newScore, before, K);
      const lists = await this.store.lists(eventId, 'counterpart', owners);
      for (const cid of owners) {
        const ck = kindOf.get(cid);
        if (!ck) {
          scope.counterparts.push(cid); // the counterpart left: its lists go
          continue;
        }
        const outcome = mergeList(lists.get(cid) ?? [], id, newScore.get(cid), K);
        if (outcome.kind === 'recompute') {
          const full = scorer.scoreCounterpart(ck, cid);
          pairsScored += full.pairsScored;
          scope.counterparts.push(cid);
          for (const m of full.matches.slice(0, K)) add(m.startupId, ck, cid, 'inCounterpartTop', m.score);
        } else if (outcome.kind === 'merged') {
          if (outcome.enters) add(id, ck, cid, 'inCounterpartTop', newScore.get(cid));
          for (const sid of outcome.dropped) unflag.push({ startupId: sid, counterpartId: cid, side: 'counterpart' });
        }
      }
    } else {
      const ck: CounterpartKind = kind;
      const known = kindOf.has(id);
      scope.counterparts.push(id);
      const own = known ? scorer.scoreCounterpart(ck, id) : { pairsScored: 0, matches: [] };
      pairsScored += own.pairsScored;
      for (const m of own.matches.slice(0, K)) add(m.startupId, ck, id, 'inCounterpartTop', m.score);
      const newScore = new Map(own.matches.map((m) => [m.startupId, m.score]));
      const before = await this.store.startupsListing(eventId, id);
      const owners = await this.listsToMerge(eventId, 'startup', newScore, before, K);
      const lists = await this.store.lists(eventId, 'startup', owners);
      for (const sid of owners) {
        if (!startupIds.has(sid)) {
          scope.startups.push(sid);
          continue;
        }
        const outcome = mergeList(lists.get(sid) ?? [], id, newScore.get(sid), K);
        if (outcome.kind === 'recompute') {
          const full = scorer.scoreStartup(sid);
          pairsScored += full.pairsScored;
          scope.startups.push(sid);
          for (const m of full.matches.slice(0, K)) add(sid, m.counterpartKind, m.counterpartId, 'inStartupTop', m.score);
        } else if (outcome.kind === 'merged') {
          if (outcome.enters) add(sid, ck, id, 'inStartupTop', newScore.get(sid));
          for (const cid of outcome.dropped) unflag.push({ startupId: sid, counterpartId: cid, side: 'startup' });
        }
      }
    }
    await this.addProtected(prepared, eventId, add, kind === 'startup' ? { startupId: id } : { counterpartId: id });
    await this.store.replaceLists(eventId, [...pairs.values()], scope, unflag);
    return { pairsScored };
  }

  /** Lists the changed party is in, or could now enter (its new score beats the list's floor, or it is short). */
  private async listsToMerge(eventId: string, side: 'startup' | 'counterpart', newScore: Map<string, number>, before: string[], K: number): Promise<string[]> {
    const floors = await this.store.listFloors(eventId, side, [...newScore.keys()], K);
    const owners = new Set(before);
    for (const [owner, score] of newScore) {
      const kth = floors.get(owner);
      if (kth === null || kth === undefined || score > kth) owners.add(owner);
    }
    return [...owners];
  }

  /** Decided or requested pairs are re-scored and kept even when out of every top K (if both parties remain). */
  private async addProtected(
    prepared: { parties: EventParties },
    eventId: string,
    add: (s: string, k: CounterpartKind, c: string, flag: null) => void,
    filter?: { startupId?: string; counterpartId?: string },
  ): Promise<void> {
    const present = new Set([
      ...prepared.parties.startups.map((s) => s.id),
      ...prepared.parties.investors.map((i) => i.id),
      ...prepared.parties.demands.map((d) => d.id),
    ]);
    for (const p of await this.store.protectedPairs(eventId, filter)) {
      if (present.has(p.startupId) && present.has(p.counterpartId)) add(p.startupId, p.kind, p.counterpartId, null);
    }
  }
}
