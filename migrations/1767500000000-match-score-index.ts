import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `matches (event_id, score DESC)` served one read only, an organizer's unfiltered list of an event's matches by
 * score, and cost every write: a whole-event run inserts ~544,000 rows in random score order, and that index alone
 * was ~1.3 s of PostgreSQL's ~4.7 s for it (the captured COPY replayed into copies of the table, one index dropped
 * at a time). Members' lists and filtered organizer lists go by the pair key or the (event, counterpart) index and
 * sort their few rows; the unfiltered organizer list now sorts the event's rows (~150 ms at 544,000 matches).
 */
export class MatchScoreIndex1767500000000 implements MigrationInterface {
  name = 'MatchScoreIndex1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX matches_event_score_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX matches_event_score_idx ON matches (event_id, score DESC)`);
  }
}
