import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { lockEventScoring } from './matches.repository';
import type { ListEntry } from './scoring/list-merge';
import type { ScoredPair } from './scoring/party-rescore';

/** A scored pair to store, with whether it belongs to the startup's and/or the counterpart's top K (no shared concepts: none). */
export type StoredPair = Omit<ScoredPair, 'sharedConcepts'> & { sharedConcepts?: readonly string[] };

/** Matches that must survive any re-score: decided, or with a meeting request. One definition, used everywhere. */
export const PROTECTED_MATCH = `(EXISTS (SELECT 1 FROM match_decisions dd WHERE dd.match_id = m.id)
  OR EXISTS (SELECT 1 FROM meeting_requests mr WHERE mr.match_id = m.id))`;

const BATCH = 5000;

/** Writes re-score results atomically: readers see the old lists or the new ones, never half. */
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
   * The K-th best stored score of each owner's list, or null when the list holds fewer than K: one short
   * index walk per owner (a GROUP BY over the event's lists would read all of them).
   */
  async listFloors(eventId: string, side: 'startup' | 'counterpart', owners: string[], k: number): Promise<Map<string, number | null>> {
    if (owners.length === 0) return new Map();
    const owner = side === 'startup' ? 'startup_id' : 'counterpart_id';
    const rows: { id: string; kth: number | null }[] = await this.db.query(
      `SELECT o.id, (SELECT round(m.score::numeric, 1)::float8 FROM matches m
                      WHERE m.event_id = $1 AND m.in_${side}_top AND m.${owner} = o.id
                      ORDER BY m.score DESC OFFSET $3 LIMIT 1) AS kth
         FROM unnest($2::uuid[]) AS o(id)`,
      [eventId, owners, k - 1],
    );
    return new Map(rows.map((r) => [r.id, r.kth]));
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

  async counterpartsListing(eventId: string, startupId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT counterpart_id AS id FROM matches WHERE event_id = $1 AND startup_id = $2 AND in_counterpart_top`,
      [eventId, startupId],
    );
    return rows.map((r) => r.id);
  }

  async startupsListing(eventId: string, counterpartId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT startup_id AS id FROM matches WHERE event_id = $1 AND counterpart_id = $2 AND in_startup_top`,
      [eventId, counterpartId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Replaces the event's lists. `scope` says whose lists were recomputed: `all`, or the startups and
   * counterparts whose lists `pairs` now fully describe. Pairs outside the new lists lose their top flag;
   * rows with no flag left and no decision or request are deleted.
   */
  async replaceLists(
    eventId: string,
    pairs: StoredPair[],
    scope: 'all' | { startups: string[]; counterparts: string[] },
    unflag: { startupId: string; counterpartId: string; side: 'startup' | 'counterpart' }[] = [],
  ): Promise<number> {
    return this.db.transaction(async (tx) => {
      await lockEventScoring(tx, eventId, 'exclusive');
      await tx.query(`CREATE TEMP TABLE match_stage (
        startup_id uuid, investor_id uuid, demand_id uuid, score real,
        f_sector real, f_stage real, f_ticket real, f_geography real, f_trl real, f_text real, excluded text,
        in_startup_top boolean, in_counterpart_top boolean, shared_concepts text) ON COMMIT DROP`);
      for (let i = 0; i < pairs.length; i += BATCH) await stage(tx, pairs.slice(i, i + BATCH));
      await tx.query(`ALTER TABLE match_stage ADD COLUMN counterpart_id uuid GENERATED ALWAYS AS (coalesce(investor_id, demand_id)) STORED`);
      if (pairs.length > 2000) {
        // Worth it for whole-event runs; a party's re-score stages a few hundred rows.
        await tx.query(`CREATE INDEX ON match_stage (startup_id, counterpart_id)`);
        await tx.query(`ANALYZE match_stage`);
      }

      const params: unknown[] = [eventId];
      if (scope !== 'all') {
        params.push(scope.startups, scope.counterparts);
        await tx.query(
          `UPDATE matches m SET in_startup_top = false
            WHERE m.event_id = $1 AND m.startup_id = ANY($2::uuid[]) AND m.in_startup_top`,
          [eventId, scope.startups],
        );
        await tx.query(
          `UPDATE matches m SET in_counterpart_top = false
            WHERE m.event_id = $1 AND m.counterpart_id = ANY($2::uuid[]) AND m.in_counterpart_top`,
          [eventId, scope.counterparts],
        );
        for (const side of ['startup', 'counterpart'] as const) {
          const drop = unflag.filter((u) => u.side === side);
          if (!drop.length) continue;
          await tx.query(
            `UPDATE matches m SET in_${side}_top = false FROM unnest($2::uuid[], $3::uuid[]) AS u(s, c)
              WHERE m.event_id = $1 AND m.startup_id = u.s AND m.counterpart_id = u.c`,
            [eventId, drop.map((d) => d.startupId), drop.map((d) => d.counterpartId)],
          );
        }
        params.push(unflag.map((u) => u.startupId), unflag.map((u) => u.counterpartId));
      } else {
        await tx.query(
          `UPDATE matches m SET in_startup_top = false, in_counterpart_top = false
            WHERE m.event_id = $1 AND (m.in_startup_top OR m.in_counterpart_top)
              AND NOT EXISTS (SELECT 1 FROM match_stage s WHERE s.startup_id = m.startup_id AND s.counterpart_id = m.counterpart_id)`,
          [eventId],
        );
      }
      // Candidates come from index-friendly subqueries (an OR across columns would scan the whole event).
      const candidates = scope === 'all'
        ? `SELECT id FROM matches WHERE event_id = $1`
        : `SELECT id FROM matches WHERE event_id = $1 AND startup_id = ANY($2::uuid[])
           UNION SELECT id FROM matches WHERE event_id = $1 AND counterpart_id = ANY($3::uuid[])
           UNION SELECT x.id FROM matches x JOIN unnest($4::uuid[], $5::uuid[]) AS u(s, c)
                   ON x.event_id = $1 AND x.startup_id = u.s AND x.counterpart_id = u.c`;
      await tx.query(
        `DELETE FROM matches m WHERE m.id IN (${candidates}) AND NOT m.in_startup_top AND NOT m.in_counterpart_top
            AND NOT EXISTS (SELECT 1 FROM match_stage s WHERE s.startup_id = m.startup_id AND s.counterpart_id = m.counterpart_id)
            AND NOT ${PROTECTED_MATCH}`,
        params,
      );
      const merge = (column: string) => (scope === 'all' ? `EXCLUDED.${column}` : `matches.${column} OR EXCLUDED.${column}`);
      await tx.query(
        `INSERT INTO matches (event_id, startup_id, investor_id, demand_id, score, f_sector, f_stage, f_ticket, f_geography,
                              f_trl, f_text, excluded, in_startup_top, in_counterpart_top, shared_concepts, scored_at)
         SELECT $1, startup_id, investor_id, demand_id, score, f_sector, f_stage, f_ticket, f_geography, f_trl, f_text,
                excluded, in_startup_top, in_counterpart_top, string_to_array(shared_concepts, ','), now() FROM match_stage
         ON CONFLICT (event_id, startup_id, counterpart_id) DO UPDATE SET
           score = EXCLUDED.score, f_sector = EXCLUDED.f_sector, f_stage = EXCLUDED.f_stage, f_ticket = EXCLUDED.f_ticket,
           f_geography = EXCLUDED.f_geography, f_trl = EXCLUDED.f_trl, f_text = EXCLUDED.f_text, excluded = EXCLUDED.excluded,
           shared_concepts = EXCLUDED.shared_concepts,
           in_startup_top = ${merge('in_startup_top')},
           in_counterpart_top = ${merge('in_counterpart_top')},
           scored_at = now()`,
        [eventId],
      );
      if (scope !== 'all') return pairs.length; // counting a whole big event is not worth it for one party
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM matches WHERE event_id = $1`, [eventId]);
      return n;
    });
  }
}

async function stage(tx: EntityManager, pairs: StoredPair[]): Promise<void> {
  const col = <T>(f: (p: StoredPair) => T) => pairs.map(f);
  await tx.query(
    `INSERT INTO match_stage SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::real[], $5::real[], $6::real[],
       $7::real[], $8::real[], $9::real[], $10::real[], $11::text[], $12::boolean[], $13::boolean[], $14::text[])`,
    [
      col((p) => p.startupId),
      col((p) => (p.kind === 'investor' ? p.counterpartId : null)),
      col((p) => (p.kind === 'demand' ? p.counterpartId : null)),
      col((p) => p.score),
      col((p) => p.breakdown.sector),
      col((p) => p.breakdown.stage),
      col((p) => p.breakdown.ticket),
      col((p) => p.breakdown.geography),
      col((p) => p.breakdown.trl),
      col((p) => p.breakdown.text),
      col((p) => p.breakdown.excluded),
      col((p) => p.inStartupTop),
      col((p) => p.inCounterpartTop),
      // Concept ids are kebab-case (no commas): one joined string per pair, split again on insert.
      col((p) => (p.sharedConcepts ?? []).join(',')),
    ],
  );
}
