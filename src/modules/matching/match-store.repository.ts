import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, EntityManager, type QueryRunner } from 'typeorm';
import { lockEventScoring } from './matches.repository';
import type { ListEntry } from './scoring/list-merge';
import type { ScoredPair } from './scoring/party-rescore';

/**
 * A scored pair to store, with whether it belongs to the startup's and/or the counterpart's top K (no shared concepts:
 * none); `counterpartUuid`: the counterpart's id as uuidWords, when the caller has them (spares a lookup per row).
 */
export type StoredPair = Omit<ScoredPair, 'sharedConcepts'> & { sharedConcepts?: readonly string[]; counterpartUuid?: Int32Array };

/**
 * A uuid's 16 bytes as four big-endian 32-bit words: written to a COPY buffer by four stores instead of sixteen
 * byte copies (~5× faster per uuid measured in isolation; a whole-event run writes three per row).
 */
export function uuidWords(value: string): Int32Array {
  const bytes = Buffer.from(value.replace(/-/g, ''), 'hex');
  if (bytes.length !== 16) throw new Error(`not a uuid: ${value}`);
  return Int32Array.of(bytes.readInt32BE(0), bytes.readInt32BE(4), bytes.readInt32BE(8), bytes.readInt32BE(12));
}

/** A stored list in brief: its size, lowest score and last member (null when empty). */
export interface ListSummary {
  size: number;
  min: number | null;
  lastId: string | null;
}

/** Matches that must survive any re-score: decided, or with a meeting request. One definition, used everywhere. */
export const PROTECTED_MATCH = `(EXISTS (SELECT 1 FROM match_decisions dd WHERE dd.match_id = m.id)
  OR EXISTS (SELECT 1 FROM meeting_requests mr WHERE mr.match_id = m.id))`;

/** Rows per COPY chunk handed to the connection (about 200 kB). */
const CHUNK_ROWS = 1000;

const STAGE_COLUMNS = `id, startup_id, counterpart_id, is_demand, score, f_sector, f_stage, f_ticket, f_geography, f_trl, f_text,
  excluded, in_startup_top, in_counterpart_top, shared_concepts`;

/** The stored values of a match, compared to skip rows a re-score leaves as they were. */
const VALUES = `score, f_sector, f_stage, f_ticket, f_geography, f_trl, f_text, excluded, shared_concepts`;

/** What a write reports back as it goes: rows handed to the database so far. */
export type WriteProgress = (rowsWritten: number) => Promise<void>;

/**
 * Writes re-score results atomically: readers see the old lists or the new ones, never half. Rows go to a
 * temporary stage table by one `COPY` stream (generated lazily, so scoring's explanations and the database's
 * parsing overlap), then into `matches` by a few set-based statements. Each party is checked and locked once
 * (lockParties), not once per row.
 */
@Injectable()
export class MatchStoreRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Pairs that must be re-scored and kept whatever their rank. */
  async protectedPairs(eventId: string, filter?: { startupId?: string; counterpartId?: string }) {
    const params: unknown[] = [eventId];
    let where = '';
    if (filter?.startupId) {
      params.push(filter.startupId);
      where += ` AND m.startup_id = $${params.length}`;
    }
    if (filter?.counterpartId) {
      params.push(filter.counterpartId);
      where += ` AND m.counterpart_id = $${params.length}`;
    }
    const rows: { startup_id: string; investor_id: string | null; demand_id: string | null }[] = await this.db.query(
      `SELECT m.startup_id, m.investor_id, m.demand_id FROM matches m WHERE m.event_id = $1 ${where} AND ${PROTECTED_MATCH}`,
      params,
    );
    return rows.map((r) => ({
      startupId: r.startup_id,
      kind: (r.investor_id ? 'investor' : 'demand') as 'investor' | 'demand',
      counterpartId: (r.investor_id ?? r.demand_id)!,
    }));
  }

  /**
   * For a re-score of `party` with its new scores against the other side (`scores`, owner → score): the lists
   * it was in (`before`), and the summaries (size, lowest score and the member ranked last, scores rounded as
   * lists() gives them; null: none stored) of those lists and of every list it may now enter: shorter than
   * `k`, or with a lowest score it reaches. Lists it cannot enter are left out, decided by the database, in
   * one round trip.
   */
  async mergeCandidates(
    eventId: string,
    party: { kind: 'startup' | 'investor' | 'demand'; id: string },
    scores: ReadonlyMap<string, number>,
    k: number,
  ): Promise<{ before: string[]; summaries: Map<string, ListSummary | null> }> {
    const [owner, listed] = party.kind === 'startup' ? ['counterpart_id', 'startup_id'] : ['startup_id', 'counterpart_id'];
    const side = party.kind === 'startup' ? 'counterpart' : 'startup';
    const rows: { id: string; was_in: boolean; size: number | null; min: number | null; last_id: string | null }[] = await this.db.query(
      `WITH o AS (SELECT * FROM unnest($2::uuid[], $3::float8[]) AS o(id, score)),
            b AS (SELECT ${owner} AS id FROM matches WHERE event_id = $1 AND ${listed} = $4 AND in_${side}_top)
       SELECT x.id, x.was_in, l.size, round(l.min_score::numeric, 1)::float8 AS min, l.last_id
         FROM (SELECT coalesce(o.id, b.id) AS id, b.id IS NOT NULL AS was_in, o.score FROM o FULL JOIN b ON b.id = o.id) x
         LEFT JOIN match_lists l ON l.event_id = $1 AND l.owner_id = x.id
        WHERE x.was_in OR l.owner_id IS NULL OR l.size < $5 OR round(l.min_score::numeric, 1)::float8 <= x.score`,
      [eventId, [...scores.keys()], [...scores.values()], party.id, k],
    );
    return {
      before: rows.filter((r) => r.was_in).map((r) => r.id),
      summaries: new Map(rows.map((r) => [r.id, r.size === null ? null : { size: r.size, min: r.min, lastId: r.last_id }])),
    };
  }

  /** The stored top-K lists of the given owners (counterparts' lists hold startups, startups' lists counterparts). */
  async lists(eventId: string, side: 'startup' | 'counterpart', owners: string[]): Promise<Map<string, ListEntry[]>> {
    const lists = new Map<string, ListEntry[]>(owners.map((o) => [o, []]));
    if (owners.length === 0) return lists;
    const [owner, member] = side === 'startup' ? ['startup_id', 'counterpart_id'] : ['counterpart_id', 'startup_id'];
    const rows: { owner: string; id: string; score: number }[] = await this.db.query(
      `SELECT ${owner} AS owner, ${member} AS id, round(score::numeric, 1)::float8 AS score FROM matches
        WHERE event_id = $1 AND in_${side}_top AND ${owner} = ANY($2::uuid[])`,
      [eventId, owners],
    );
    for (const r of rows) lists.get(r.owner)?.push({ id: r.id, score: r.score });
    return lists;
  }

  /**
   * Replaces the event's lists. `scope` says whose lists were recomputed: `all`, or the startups and
   * counterparts whose lists `pairs` now fully describe. Pairs outside the new lists lose their top flag;
   * rows with no flag left and no decision or request are deleted. A surviving pair keeps its id; a row whose
   * values and flags are unchanged is not written at all (`scored_at` is when its values last changed).
   * `pairs` is read once, lazily, while the rows stream to the database (pass a generator to overlap the two);
   * `onProgress` is told how many rows went so far.
   */
  async replaceLists(
    eventId: string,
    pairs: Iterable<StoredPair>,
    scope: 'all' | { startups: string[]; counterparts: string[]; summariesKept?: string[] },
    unflag: { startupId: string; counterpartId: string; side: 'startup' | 'counterpart' }[] = [],
    onProgress?: WriteProgress,
  ): Promise<number> {
    if (scope === 'all') return this.replaceAll(eventId, [pairs], onProgress);
    return this.db.transaction(async (tx) => {
      await lockEventScoring(tx, eventId, 'exclusive');
      const client = (await tx.queryRunner!.connect()) as PoolClient;
      const parties = noParties();
      await createStage(tx);
      const staged = await copyRows(client, pairs, parties, null, onProgress);

      // Scoped lists lose the flags the stage does not give again (rows it flags keep theirs: not rewritten).
      for (const [side, owner, owners] of [['startup', 'startup_id', scope.startups], ['counterpart', 'counterpart_id', scope.counterparts]] as const) {
        if (!owners.length) continue;
        await tx.query(
          `UPDATE matches m SET in_${side}_top = false
            WHERE m.event_id = $1 AND m.${owner} = ANY($2::uuid[]) AND m.in_${side}_top
              AND NOT EXISTS (SELECT 1 FROM match_stage s
                               WHERE s.startup_id = m.startup_id AND s.counterpart_id = m.counterpart_id AND s.in_${side}_top)`,
          [eventId, owners],
        );
      }
      for (const side of ['startup', 'counterpart'] as const) {
        const drop = unflag.filter((u) => u.side === side);
        if (!drop.length) continue;
        await tx.query(
          `UPDATE matches m SET in_${side}_top = false FROM unnest($2::uuid[], $3::uuid[]) AS u(s, c)
            WHERE m.event_id = $1 AND m.startup_id = u.s AND m.counterpart_id = u.c`,
          [eventId, drop.map((d) => d.startupId), drop.map((d) => d.counterpartId)],
        );
      }
      // Candidates come from index-friendly subqueries (an OR across columns would scan the whole event).
      await tx.query(
        `DELETE FROM matches m WHERE m.id IN (
             SELECT id FROM matches WHERE event_id = $1 AND startup_id = ANY($2::uuid[])
             UNION SELECT id FROM matches WHERE event_id = $1 AND counterpart_id = ANY($3::uuid[])
             UNION SELECT x.id FROM matches x JOIN unnest($4::uuid[], $5::uuid[]) AS u(s, c)
                     ON x.event_id = $1 AND x.startup_id = u.s AND x.counterpart_id = u.c)
            AND NOT m.in_startup_top AND NOT m.in_counterpart_top
            AND NOT EXISTS (SELECT 1 FROM match_stage s WHERE s.startup_id = m.startup_id AND s.counterpart_id = m.counterpart_id)
            AND NOT ${PROTECTED_MATCH}`,
        [eventId, scope.startups, scope.counterparts, unflag.map((u) => u.startupId), unflag.map((u) => u.counterpartId)],
      );
      // The stage holds a few thousand rows at most here: an upsert is simplest, a pair's other-side flag is
      // kept, and a row left as it was is not rewritten (recomputed lists mostly come out unchanged).
      const written: {
        startup_id: string;
        counterpart_id: string;
        is_demand: boolean;
        inserted: boolean;
        in_startup_top: boolean;
        in_counterpart_top: boolean;
      }[] = await tx.query(
        `INSERT INTO matches (id, event_id, startup_id, investor_id, demand_id, ${VALUES}, in_startup_top, in_counterpart_top, scored_at)
         SELECT ${insertColumns} FROM match_stage s
         ON CONFLICT (event_id, startup_id, counterpart_id) DO UPDATE SET
           score = EXCLUDED.score, f_sector = EXCLUDED.f_sector, f_stage = EXCLUDED.f_stage, f_ticket = EXCLUDED.f_ticket,
           f_geography = EXCLUDED.f_geography, f_trl = EXCLUDED.f_trl, f_text = EXCLUDED.f_text, excluded = EXCLUDED.excluded,
           shared_concepts = EXCLUDED.shared_concepts,
           in_startup_top = matches.in_startup_top OR EXCLUDED.in_startup_top,
           in_counterpart_top = matches.in_counterpart_top OR EXCLUDED.in_counterpart_top,
           scored_at = now()
         WHERE (matches.${VALUES.split(', ').join(', matches.')}, matches.in_startup_top, matches.in_counterpart_top)
               IS DISTINCT FROM (EXCLUDED.${VALUES.split(', ').join(', EXCLUDED.')},
                                 matches.in_startup_top OR EXCLUDED.in_startup_top, matches.in_counterpart_top OR EXCLUDED.in_counterpart_top)
         RETURNING startup_id, counterpart_id, demand_id IS NOT NULL AS is_demand, xmax = 0 AS inserted, in_startup_top, in_counterpart_top`,
        [eventId],
      );
      // Only a new row needs its parties checked and locked (an existing one already went through this, and a
      // party deleted since takes its rows with it); checked after the insert, rows of a party gone go again.
      const added = { accounts: new Set<string>(), demands: new Set<string>() };
      for (const w of written) {
        if (!w.inserted) continue;
        added.accounts.add(w.startup_id);
        (w.is_demand ? added.demands : added.accounts).add(w.counterpart_id);
      }
      const gone = await lockParties(tx, eventId, added);
      if (gone.length) {
        await tx.query(`DELETE FROM matches WHERE event_id = $1 AND (startup_id = ANY($2::uuid[]) OR counterpart_id = ANY($2::uuid[]))`, [
          eventId,
          gone,
        ]);
      }
      // Every list a changed row or flag belongs to gets its summary again, from the rows, except those the
      // caller knows are unchanged (`summariesKept`: only one member's score moved, staying above the last).
      // The upsert never clears a flag, so a written row without a side's flag was not in that side's list before either.
      const kept = new Set(scope.summariesKept);
      await refreshSummaries(
        tx,
        eventId,
        [...scope.startups, ...unflag.map((u) => u.startupId), ...written.filter((w) => w.in_startup_top && !kept.has(w.startup_id)).map((w) => w.startup_id)],
        [
          ...scope.counterparts,
          ...unflag.map((u) => u.counterpartId),
          ...written.filter((w) => w.in_counterpart_top && !kept.has(w.counterpart_id)).map((w) => w.counterpart_id),
        ],
      );
      return staged; // counting a whole big event is not worth it for one party
    });
  }

  /**
   * Replaces all of the event's lists (a whole-event run): the rows of `streams` together are the event's new
   * state. On the event's first run the rows stream straight into matches, each stream on a connection of its
   * own (PostgreSQL inserts into the indexes on one core per connection; see firstRun); otherwise through the
   * stage, one stream after the other, merged set-based (mergeAll). `onPhase` is told when each phase ends.
   */
  async replaceAll(
    eventId: string,
    streams: Iterable<StoredPair>[],
    onProgress?: WriteProgress,
    onPhase?: PhaseProbe,
  ): Promise<number> {
    const phase = onPhase ?? (() => {});
    // Helper connections are taken before the event's lock: a run waiting for the lock holds all it needs.
    const helpers = streams.slice(1).map(() => this.db.createQueryRunner());
    let backendPid = 0;
    try {
      for (const helper of helpers) await helper.connect();
      const written = await this.db.transaction(async (tx) => {
        await lockEventScoring(tx, eventId, 'exclusive');
        const client = (await tx.queryRunner!.connect()) as PoolClient;
        backendPid = (client as unknown as { processID: number }).processID;
        const parties = noParties();
        const [{ existing }] = await tx.query(`SELECT EXISTS (SELECT 1 FROM matches WHERE event_id = $1) AS existing`, [eventId]);
        phase('begin', backendPid);
        if (!existing) return this.firstRun(tx, client, helpers, eventId, streams, parties, onProgress, (name) => phase(name, backendPid));
        await createStage(tx);
        let staged = 0;
        for (const pairs of streams) staged += await copyRows(client, pairs, parties, null, onProgress && ((n) => onProgress(staged + n)));
        phase('copy', backendPid);
        const gone = await lockParties(tx, eventId, parties);
        if (gone.length) {
          await tx.query(`DELETE FROM match_stage WHERE startup_id = ANY($1::uuid[]) OR counterpart_id = ANY($1::uuid[])`, [gone]);
        }
        phase('lock', backendPid);
        const n = await this.mergeAll(tx, eventId, staged);
        phase('merge', backendPid);
        if (gone.length) await tx.query(`SELECT match_lists_refresh($1)`, [eventId]);
        else await replaceSummaries(tx, eventId, parties.lists);
        phase('summaries', backendPid);
        return n;
      });
      phase('commit', backendPid);
      return written;
    } finally {
      for (const helper of helpers) {
        if (helper.isTransactionActive) await helper.rollbackTransaction().catch(() => {});
        await helper.release();
      }
    }
  }

  /**
   * An event's first run: nothing to merge with. Each stream is copied straight into matches on its own
   * connection (the transaction's, then the helpers', each in a transaction of its own), concurrently. All
   * that can fail is done before any helper commits; the helpers commit just before the main transaction, so
   * readers see no rows or all of them but for that moment (a crash within it leaves a run that is not done
   * and the rows of the committed streams: the reconcile sweep runs it again, which merges with those rows).
   */
  private async firstRun(
    tx: EntityManager,
    client: PoolClient,
    helpers: QueryRunner[],
    eventId: string,
    streams: Iterable<StoredPair>[],
    parties: Parties,
    onProgress: WriteProgress | undefined,
    phase: (name: string) => void,
  ): Promise<number> {
    for (const helper of helpers) await helper.startTransaction();
    const clients = [client, ...(await Promise.all(helpers.map(async (h) => (await h.connect()) as PoolClient)))];
    const counts = streams.map(() => 0);
    // Every stream ends before a failure is passed on (its connection is then free for the rollback).
    const settled = await Promise.allSettled(
      streams.map((pairs, k) =>
        copyRows(clients[k], pairs, parties, { eventId }, onProgress && ((n) => ((counts[k] = n), onProgress(counts.reduce((a, b) => a + b, 0))))),
      ),
    );
    let written = 0;
    for (const result of settled) {
      if (result.status === 'rejected') throw result.reason;
      written += result.value;
    }
    phase('copy');
    const gone = await lockParties(tx, eventId, parties);
    phase('lock');
    const dropGone = `DELETE FROM matches WHERE event_id = $1 AND (startup_id = ANY($2::uuid[]) OR counterpart_id = ANY($2::uuid[]))`;
    if (!gone.length) await replaceSummaries(tx, eventId, parties.lists);
    for (const helper of helpers) {
      if (gone.length) written -= ((await helper.query(dropGone, [eventId, gone], true)) as { affected?: number }).affected ?? 0;
    }
    phase('summaries');
    for (const helper of helpers) await helper.commitTransaction();
    if (gone.length) {
      // Statements from here see the helpers' committed rows (read committed).
      const [, removed] = await tx.query(dropGone, [eventId, gone]);
      written -= removed;
      await tx.query(`SELECT match_lists_refresh($1)`, [eventId]);
    }
    return written;
  }

  /**
   * The stage is the event's new state: rows it lacks lose their flags (and go, unless protected), rows it
   * changes are updated in place (ids kept), the rest are inserted.
   */
  private async mergeAll(tx: EntityManager, eventId: string, staged: number): Promise<number> {
    // Hash joins between the stage and the event's rows; the planner needs the stage's size for that.
    await tx.query(`ANALYZE match_stage`);
    const inStage = `EXISTS (SELECT 1 FROM match_stage s WHERE s.startup_id = m.startup_id AND s.counterpart_id = m.counterpart_id)`;
    await tx.query(
      `UPDATE matches m SET in_startup_top = false, in_counterpart_top = false
        WHERE m.event_id = $1 AND (m.in_startup_top OR m.in_counterpart_top) AND NOT ${inStage}`,
      [eventId],
    );
    await tx.query(`DELETE FROM matches m WHERE m.event_id = $1 AND NOT m.in_startup_top AND NOT m.in_counterpart_top
                      AND NOT ${inStage} AND NOT ${PROTECTED_MATCH}`, [eventId]);
    await tx.query(
      `UPDATE matches m SET score = s.score, f_sector = s.f_sector, f_stage = s.f_stage, f_ticket = s.f_ticket,
              f_geography = s.f_geography, f_trl = s.f_trl, f_text = s.f_text, excluded = s.excluded,
              shared_concepts = s.shared_concepts, in_startup_top = s.in_startup_top,
              in_counterpart_top = s.in_counterpart_top, scored_at = now()
         FROM match_stage s
        WHERE m.event_id = $1 AND m.startup_id = s.startup_id AND m.counterpart_id = s.counterpart_id
          AND (m.${VALUES.split(', ').join(', m.')}, m.in_startup_top, m.in_counterpart_top)
              IS DISTINCT FROM (s.${VALUES.split(', ').join(', s.')}, s.in_startup_top, s.in_counterpart_top)`,
      [eventId],
    );
    await tx.query(
      `INSERT INTO matches (id, event_id, startup_id, investor_id, demand_id, ${VALUES}, in_startup_top, in_counterpart_top, scored_at)
       SELECT ${insertColumns} FROM match_stage s
        WHERE NOT EXISTS (SELECT 1 FROM matches m WHERE m.event_id = $1 AND m.startup_id = s.startup_id AND m.counterpart_id = s.counterpart_id)`,
      [eventId],
    );
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM matches WHERE event_id = $1`, [eventId]);
    return n;
  }
}

/** Told when a phase of a whole-event write ends, with the PostgreSQL backend doing it. */
export type PhaseProbe = (phase: string, backendPid: number) => void;

/** One stage per connection (no catalog writes per call), emptied at every commit or rollback. */
async function createStage(tx: EntityManager): Promise<void> {
  await tx.query(`CREATE TEMP TABLE IF NOT EXISTS match_stage (
    id uuid, startup_id uuid, counterpart_id uuid, is_demand boolean, score real,
    f_sector real, f_stage real, f_ticket real, f_geography real, f_trl real, f_text real, excluded text,
    in_startup_top boolean, in_counterpart_top boolean, shared_concepts text[]) ON COMMIT DELETE ROWS`);
}

/** The event's list summaries become `lists` (a whole-event write: every list is in it). */
async function replaceSummaries(tx: EntityManager, eventId: string, lists: ListSummaries): Promise<void> {
  await tx.query(`DELETE FROM match_lists WHERE event_id = $1`, [eventId]);
  const owners = [...lists.keys()];
  await tx.query(
    `INSERT INTO match_lists (event_id, owner_id, size, min_score, last_id)
     SELECT $1, * FROM unnest($2::uuid[], $3::int[], $4::real[], $5::uuid[])`,
    [eventId, owners, ...(['size', 'min', 'lastId'] as const).map((f) => owners.map((o) => lists.get(o)![f]))],
  );
}

/** Recomputes the summaries of the given startups' and counterparts' lists from the stored rows. */
async function refreshSummaries(tx: EntityManager, eventId: string, startups: string[], counterparts: string[]): Promise<void> {
  const [s, c] = [[...new Set(startups)].sort(), [...new Set(counterparts)].sort()];
  if (!s.length && !c.length) return;
  await tx.query(
    `WITH s AS (SELECT startup_id AS id, count(*)::int AS size, min(score) AS min_score,
                       (array_agg(counterpart_id ORDER BY score, counterpart_id DESC))[1] AS last_id
                  FROM matches WHERE event_id = $1 AND startup_id = ANY($2::uuid[]) AND in_startup_top GROUP BY startup_id),
          c AS (SELECT counterpart_id AS id, count(*)::int AS size, min(score) AS min_score,
                       (array_agg(startup_id ORDER BY score, startup_id DESC))[1] AS last_id
                  FROM matches WHERE event_id = $1 AND counterpart_id = ANY($3::uuid[]) AND in_counterpart_top GROUP BY counterpart_id),
          l AS (SELECT o.id, s.size, s.min_score, s.last_id FROM unnest($2::uuid[]) AS o(id) LEFT JOIN s USING (id)
                UNION ALL SELECT o.id, c.size, c.min_score, c.last_id FROM unnest($3::uuid[]) AS o(id) LEFT JOIN c USING (id))
     INSERT INTO match_lists (event_id, owner_id, size, min_score, last_id)
     SELECT $1, id, coalesce(size, 0), min_score, last_id FROM l
     ON CONFLICT (event_id, owner_id) DO UPDATE SET size = EXCLUDED.size, min_score = EXCLUDED.min_score, last_id = EXCLUDED.last_id`,
    [eventId, s, c],
  );
}

const insertColumns = `s.id, $1, s.startup_id, CASE WHEN s.is_demand THEN NULL ELSE s.counterpart_id END,
  CASE WHEN s.is_demand THEN s.counterpart_id END, s.${VALUES.split(', ').join(', s.')}, s.in_startup_top, s.in_counterpart_top, now()`;

/**
 * What the foreign keys did row by row, once per party: locks the event and every party written against
 * deletion until commit (`FOR KEY SHARE`) and returns the ids of those already gone, whose rows the caller
 * drops (the statement-level triggers of migration 1765300000000 remove a deleted party's stored matches).
 */
async function lockParties(tx: EntityManager, eventId: string, parties: { accounts: Set<string>; demands: Set<string> }): Promise<string[]> {
  const [event] = await tx.query(`SELECT id FROM events WHERE id = $1 FOR KEY SHARE`, [eventId]);
  const gone: string[] = [];
  for (const [table, ids] of [['accounts', parties.accounts], ['demands', parties.demands]] as const) {
    if (ids.size === 0) continue;
    const found: { id: string }[] = event
      ? await tx.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) FOR KEY SHARE`, [[...ids]])
      : [];
    if (found.length === ids.size) continue;
    const present = new Set(found.map((r) => r.id));
    for (const id of ids) if (!present.has(id)) gone.push(id);
  }
  return gone;
}

/**
 * Time-ordered ids for new rows (UUID version 7 layout: 48-bit milliseconds, then a per-writer random part
 * and a counter), so inserting a run's rows appends to the primary-key index instead of touching a random
 * page per row. Written as the 16 bytes of the uuid into `out` at `at`.
 */
export function timeOrderedIds(now = Date.now()): (out: Buffer, at: number) => void {
  const head = Buffer.alloc(10);
  head.writeUIntBE(now, 0, 6);
  randomBytes(4).copy(head, 6);
  head[6] = 0x70 | (head[6] & 0x0f);
  head[8] = 0x80 | (head[8] & 0x3f);
  let n = 0;
  return (out, at) => {
    head.copy(out, at);
    out.writeUIntBE(n++, at + 10, 6);
  };
}

const COPY_SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const TEXT_OID = 25;
/** Columns per row: of match_stage (STAGE_COLUMNS), of matches when written directly. */
const STAGE_FIELDS = 15;
const MATCH_FIELDS = 16;

/**
 * Encodes rows in PostgreSQL's binary COPY format into chunks of about `size` bytes: no number or uuid is
 * printed and parsed again, and party uuids are converted once each.
 */
class BinaryRows {
  private buf: Buffer;
  /** The same bytes as `buf`, for big-endian numbers without Buffer's per-call checks. */
  private view: DataView;
  private at = 0;
  private readonly uuids = new Map<string, Int32Array>();
  private readonly texts = new Map<string, Buffer>();

  constructor(
    private readonly fields: number,
    private readonly size = 256 * 1024,
  ) {
    this.buf = Buffer.allocUnsafe(size);
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
    COPY_SIGNATURE.copy(this.buf, 0);
    this.buf.writeInt32BE(0, 11); // flags
    this.buf.writeInt32BE(0, 15); // header extension length
    this.at = 19;
  }

  /** Room for one more row of at most `bytes`; returns the full chunk to send when a new one was started. */
  reserve(bytes: number): Buffer | null {
    if (this.at + bytes <= this.buf.length) return null;
    const full = this.buf.subarray(0, this.at);
    this.buf = Buffer.allocUnsafe(Math.max(this.size, bytes));
    this.view = new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.length);
    this.at = 0;
    return full;
  }

  finish(): Buffer {
    this.reserve(2);
    this.buf.writeInt16BE(-1, this.at);
    return this.buf.subarray(0, this.at + 2);
  }

  row(): void {
    this.view.setInt16(this.at, this.fields);
    this.at += 2;
  }

  id(write: (out: Buffer, at: number) => void): void {
    this.view.setInt32(this.at, 16);
    this.at += 4;
    write(this.buf, this.at);
    this.at += 16;
  }

  /** A uuid as uuidWords, converted once per value. */
  uuidWords(value: string): Int32Array {
    let words = this.uuids.get(value);
    if (!words) this.uuids.set(value, (words = uuidWords(value)));
    return words;
  }

  uuid(value: string | Int32Array | null): void {
    const view = this.view;
    const at = this.at;
    if (value === null) {
      view.setInt32(at, -1);
      this.at = at + 4;
      return;
    }
    const words = typeof value === 'string' ? this.uuidWords(value) : value;
    view.setInt32(at, 16);
    view.setInt32(at + 4, words[0]);
    view.setInt32(at + 8, words[1]);
    view.setInt32(at + 12, words[2]);
    view.setInt32(at + 16, words[3]);
    this.at = at + 20;
  }

  bool(value: boolean): void {
    this.view.setInt32(this.at, 1);
    this.at += 4;
    this.buf[this.at++] = value ? 1 : 0;
  }

  real(value: number | null): void {
    if (value === null) {
      this.view.setInt32(this.at, -1);
      this.at += 4;
      return;
    }
    this.view.setInt32(this.at, 4);
    this.view.setFloat32(this.at + 4, value);
    this.at += 8;
  }

  private textBytes(value: string): Buffer {
    let bytes = this.texts.get(value);
    if (!bytes) {
      bytes = Buffer.from(value, 'utf8');
      if (this.texts.size < 100_000) this.texts.set(value, bytes);
    }
    return bytes;
  }

  text(value: string | null): void {
    if (value === null) {
      this.view.setInt32(this.at, -1);
      this.at += 4;
      return;
    }
    const bytes = this.textBytes(value);
    this.view.setInt32(this.at, bytes.length);
    this.at += 4;
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** Scratch for textArray's encoded items (no array per row). */
  private readonly items: Buffer[] = [];

  textArray(values: readonly string[]): void {
    const items = this.items;
    const n = values.length;
    let length = n ? 20 : 12;
    for (let k = 0; k < n; k++) length += 4 + (items[k] = this.textBytes(values[k])).length;
    const buf = this.buf;
    const view = this.view;
    let at = this.at;
    view.setInt32(at, length);
    view.setInt32(at + 4, n ? 1 : 0); // dimensions
    view.setInt32(at + 8, 0); // no nulls
    view.setInt32(at + 12, TEXT_OID);
    at += 16;
    if (n) {
      view.setInt32(at, n);
      view.setInt32(at + 4, 1); // lower bound
      at += 8;
      for (let k = 0; k < n; k++) {
        const b = items[k];
        view.setInt32(at, b.length);
        at += 4;
        for (let j = 0; j < b.length; j++) buf[at++] = b[j];
      }
    }
    this.at = at;
  }
}

/** Each list written, by owner id (startups' and counterparts' ids never coincide). */
export type ListSummaries = Map<string, { size: number; min: number; lastId: string }>;

/** The parties of the rows written so far, and the lists they make. */
export interface Parties {
  accounts: Set<string>;
  demands: Set<string>;
  lists: ListSummaries;
}

/** Adds a member to a list's summary: the last member is the lowest score, ties the highest id (list-merge.ts). */
function noteList(lists: ListSummaries, owner: string, member: string, score: number): void {
  const list = lists.get(owner);
  if (!list) lists.set(owner, { size: 1, min: score, lastId: member });
  else {
    list.size++;
    if (score < list.min || (score === list.min && member > list.lastId)) {
      list.min = score;
      list.lastId = member;
    }
  }
}

/**
 * Streams the pairs into match_stage by binary COPY, noting each party and the lists the rows make;
 * returns the number of rows.
 */
async function copyRows(
  client: PoolClient,
  pairs: Iterable<StoredPair>,
  parties: Parties,
  /** Straight into matches (the event's rows), or into match_stage when null. */
  direct: { eventId: string } | null,
  onProgress?: WriteProgress,
): Promise<number> {
  const counted = { rows: 0 };
  const target = direct
    ? `matches (id, event_id, startup_id, investor_id, demand_id, ${STAGE_COLUMNS.split('is_demand, ')[1]})`
    : `match_stage (${STAGE_COLUMNS})`;
  const chunks = copyChunks(pairs, parties, direct, counted, onProgress);
  await pipeline(Readable.from(chunks, { objectMode: false }), client.query(copyFrom(`COPY ${target} FROM STDIN (FORMAT binary)`)));
  return counted.rows;
}

/** The parties of a write before its first row. */
export const noParties = (): Parties => ({ accounts: new Set<string>(), demands: new Set<string>(), lists: new Map() });

/**
 * The pairs as the chunks of a binary COPY into matches (`direct`) or match_stage (null): what the worker does for
 * every row it stores, without the database (benchmarks time it alone). Notes each row's parties and lists in
 * `parties` and counts the rows in `counted` as it goes; `onProgress` is told the count after each chunk.
 */
export async function* copyChunks(
  pairs: Iterable<StoredPair>,
  parties: Parties,
  direct: { eventId: string } | null,
  counted: { rows: number } = { rows: 0 },
  onProgress?: WriteProgress,
): AsyncGenerator<Buffer> {
  const nextId = timeOrderedIds();
  const fields = direct ? MATCH_FIELDS : STAGE_FIELDS;
  const out = new BinaryRows(fields);
  const event = direct && out.uuidWords(direct.eventId);
  // Rows come grouped by startup: its bytes and its party entry once per group.
  let startupId: string | null = null;
  let startup = event!;
  for (const p of pairs) {
    const b = p.breakdown;
    const demand = p.kind === 'demand';
    const concepts = p.sharedConcepts ?? [];
    let bound = 2 + fields * 4 + 4 * 16 + 3 + 7 * 4 + 20 + 3 * (b.excluded?.length ?? 0);
    for (const c of concepts) bound += 4 + 3 * c.length;
    const full = out.reserve(bound);
    if (full) {
      yield full;
      if (onProgress) await onProgress(counted.rows);
    }
    if (p.startupId !== startupId) {
      startupId = p.startupId;
      startup = out.uuidWords(startupId);
      parties.accounts.add(startupId);
    }
    (demand ? parties.demands : parties.accounts).add(p.counterpartId);
    if (p.inStartupTop) noteList(parties.lists, p.startupId, p.counterpartId, p.score);
    if (p.inCounterpartTop) noteList(parties.lists, p.counterpartId, p.startupId, p.score);
    out.row();
    out.id(nextId);
    if (event) {
      out.uuid(event);
      out.uuid(startup);
      out.uuid(demand ? null : (p.counterpartUuid ?? p.counterpartId));
      out.uuid(demand ? (p.counterpartUuid ?? p.counterpartId) : null);
    } else {
      out.uuid(startup);
      out.uuid(p.counterpartUuid ?? p.counterpartId);
      out.bool(demand);
    }
    out.real(p.score);
    out.real(b.sector);
    out.real(b.stage);
    out.real(b.ticket);
    out.real(b.geography);
    out.real(b.trl);
    out.real(b.text);
    out.text(b.excluded);
    out.bool(p.inStartupTop);
    out.bool(p.inCounterpartTop);
    out.textArray(concepts);
    counted.rows++;
  }
  yield out.finish();
}
