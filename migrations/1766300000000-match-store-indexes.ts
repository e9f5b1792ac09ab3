import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes no query needs any more: what each served is now served by the pair key or the counterpart index. */
const DROPPED = {
  matches_startup_idx: `CREATE INDEX matches_startup_idx ON matches (startup_id, event_id)`,
  matches_investor_idx: `CREATE INDEX matches_investor_idx ON matches (investor_id, event_id) WHERE investor_id IS NOT NULL`,
  matches_demand_idx: `CREATE INDEX matches_demand_idx ON matches (demand_id, event_id) WHERE demand_id IS NOT NULL`,
  matches_startup_top_idx: `CREATE INDEX matches_startup_top_idx ON matches (event_id, startup_id, score) WHERE in_startup_top`,
  matches_counterpart_top_idx: `CREATE INDEX matches_counterpart_top_idx ON matches (event_id, counterpart_id, score) WHERE in_counterpart_top`,
};

/**
 * Recomputes the list summaries of one event from its rows: size, lowest score and the member ranked last
 * (lowest score, ties: the highest id — the order of list-merge.ts).
 */
const REFRESH_LISTS = `
  CREATE FUNCTION match_lists_refresh(e uuid) RETURNS void LANGUAGE sql AS $$
    DELETE FROM match_lists WHERE event_id = e;
    INSERT INTO match_lists (event_id, owner_id, size, min_score, last_id)
    SELECT e, startup_id, count(*), min(score), (array_agg(counterpart_id ORDER BY score, counterpart_id DESC))[1]
      FROM matches WHERE event_id = e AND in_startup_top GROUP BY 2
    UNION ALL
    SELECT e, counterpart_id, count(*), min(score), (array_agg(startup_id ORDER BY score, startup_id DESC))[1]
      FROM matches WHERE event_id = e AND in_counterpart_top GROUP BY 2;
  $$`;

/** The trigger functions of migration 1765300000000, now looking a party's rows up event by event. */
const dropFor = (name: string, columns: string[]) => `
  CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    e uuid;
    n bigint;
    removed bigint;
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM gone) THEN RETURN NULL; END IF;
    FOR e IN SELECT id FROM events LOOP
      removed := 0;
      ${columns.map((c) => `DELETE FROM matches m WHERE m.event_id = e AND m.${c} IN (SELECT id FROM gone);
      GET DIAGNOSTICS n = ROW_COUNT;
      removed := removed + n;`).join('\n      ')}
      IF removed > 0 THEN PERFORM match_lists_refresh(e); END IF;
    END LOOP;
    RETURN NULL;
  END $$`;

const OLD_FUNCTIONS = {
  matches_drop_for_accounts: ['startup_id', 'investor_id'],
  matches_drop_for_demands: ['demand_id'],
};

/**
 * A whole-event match run writes ~550,000 rows, and each of the nine indexes of `matches` cost a b-tree
 * insert per row (about half the run). Four remain: the primary key, the pair key (event, startup,
 * counterpart: also every lookup by startup within an event), the event's ranking by score (the organizer's
 * list) and (event, counterpart) for every lookup by investor or demand within an event. Dropped: the
 * per-party indexes without an event (only the delete triggers used them; they now look rows up event by
 * event) and the two partial "top list" indexes, whose one hard job — each list's K-th score, read for
 * every owner an incremental re-score may enter — is now a summary row per list in `match_lists` (size,
 * lowest score, last member), kept by the match store in the transactions that write the rows.
 */
export class MatchStoreIndexes1766300000000 implements MigrationInterface {
  name = 'MatchStoreIndexes1766300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_lists (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        owner_id uuid NOT NULL,
        size int NOT NULL,
        min_score real,
        last_id uuid,
        PRIMARY KEY (event_id, owner_id)
      )`);
    await q.query(REFRESH_LISTS);
    // Lists as stored now: a startup's holds the pairs flagged in_startup_top, a counterpart's in_counterpart_top.
    await q.query(`SELECT match_lists_refresh(id) FROM events`);
    for (const name of Object.keys(DROPPED)) await q.query(`DROP INDEX IF EXISTS ${name}`);
    await q.query(dropFor('matches_drop_for_accounts', ['startup_id', 'counterpart_id']));
    await q.query(dropFor('matches_drop_for_demands', ['counterpart_id']));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of Object.values(DROPPED)) await q.query(sql.replace('CREATE INDEX', 'CREATE INDEX IF NOT EXISTS'));
    for (const [name, columns] of Object.entries(OLD_FUNCTIONS)) {
      const deletes = columns.map((c) => `DELETE FROM matches m USING gone g WHERE m.${c} = g.id;`).join('\n          ');
      await q.query(`
        CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          ${deletes}
          RETURN NULL;
        END $$`);
    }
    await q.query(`DROP FUNCTION IF EXISTS match_lists_refresh(uuid)`);
    await q.query(`DROP TABLE IF EXISTS match_lists`);
  }
}
