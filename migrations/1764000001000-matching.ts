import { MigrationInterface, QueryRunner } from 'typeorm';

/** Scored matches, each side's decision, organizer match runs and pending re-score requests. */
export class Matching1764000001000 implements MigrationInterface {
  name = 'Matching1764000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE matches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        startup_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        investor_id uuid REFERENCES accounts(id) ON DELETE CASCADE,
        demand_id uuid REFERENCES demands(id) ON DELETE CASCADE,
        counterpart_id uuid GENERATED ALWAYS AS (coalesce(investor_id, demand_id)) STORED,
        score real NOT NULL CHECK (score BETWEEN 0 AND 100),
        f_sector real, f_stage real, f_ticket real, f_geography real, f_trl real, f_text real,
        excluded text,
        in_startup_top boolean NOT NULL DEFAULT false,
        in_counterpart_top boolean NOT NULL DEFAULT false,
        scored_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((investor_id IS NULL) <> (demand_id IS NULL))
      )`);
    // TypeORM reads generated-column expressions from here (migration:generate compares them).
    await q.query(`CREATE TABLE IF NOT EXISTS typeorm_metadata (
      type varchar NOT NULL, database varchar, schema varchar, "table" varchar, name varchar, value text)`);
    await q.query(`INSERT INTO typeorm_metadata (type, database, schema, "table", name, value)
      VALUES ('GENERATED_COLUMN', current_database(), 'public', 'matches', 'counterpart_id', 'coalesce(investor_id, demand_id)')`);
    await q.query(`CREATE UNIQUE INDEX matches_pair_key ON matches (event_id, startup_id, counterpart_id)`);
    await q.query(`CREATE INDEX matches_event_score_idx ON matches (event_id, score DESC)`);
    await q.query(`CREATE INDEX matches_startup_idx ON matches (startup_id, event_id)`);
    await q.query(`CREATE INDEX matches_investor_idx ON matches (investor_id, event_id) WHERE investor_id IS NOT NULL`);
    await q.query(`CREATE INDEX matches_demand_idx ON matches (demand_id, event_id) WHERE demand_id IS NOT NULL`);
    await q.query(`CREATE INDEX matches_counterpart_idx ON matches (event_id, counterpart_id)`);
    // Each list's lowest score, read by incremental re-scores to see who enters a list.
    await q.query(`CREATE INDEX matches_startup_top_idx ON matches (event_id, startup_id, score) WHERE in_startup_top`);
    await q.query(`CREATE INDEX matches_counterpart_top_idx ON matches (event_id, counterpart_id, score) WHERE in_counterpart_top`);

    await q.query(`
      CREATE TABLE match_decisions (
        match_id uuid NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
        side text NOT NULL CHECK (side IN ('startup','counterpart')),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        decision text NOT NULL CHECK (decision IN ('interested','maybe','declined')),
        note text CHECK (length(note) <= 2000),
        reason text CHECK (reason IN ('stage','sector','ticket','traction','team','other')),
        decided_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (match_id, side),
        CHECK (reason IS NULL OR decision = 'declined')
      )`);

    await q.query(`
      CREATE TABLE match_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','done','failed')),
        pairs_scored bigint NOT NULL DEFAULT 0,
        matches_stored int NOT NULL DEFAULT 0,
        progress real NOT NULL DEFAULT 0,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX match_runs_event_idx ON match_runs (event_id, created_at DESC)`);

    // A party whose profile changed and whose matches are not yet re-scored. The worker deletes the row
    // only if requested_at is unchanged, so an edit during a re-score is never lost; a sweep re-queues leftovers.
    await q.query(`
      CREATE TABLE score_requests (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        party_kind text NOT NULL CHECK (party_kind IN ('startup','investor','demand')),
        party_id uuid NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (event_id, party_kind, party_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['score_requests', 'match_runs', 'match_decisions', 'matches']) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await q.query(`DELETE FROM typeorm_metadata WHERE "table" = 'matches' AND name = 'counterpart_id'`);
  }
}
