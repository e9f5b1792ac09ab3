import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A schedule run changes the status of every request it plans (accepted → booked or unschedulable, ~20,000 rows at
 * conference scale) in one transaction. With `status` in an index (a key or a partial index's predicate) each such
 * update wrote a new entry into every index of the table; now no index of meeting_requests names `status`, so the
 * updates are HOT (heap-only: the new version on the same page, no index entries):
 *  - the one-open-request-per-match key's predicate reads `is_open`, a stored column computed from the status, which
 *    stays true through accepted → booked → unschedulable;
 *  - the per-event index is on `event_id` alone (queries filter the status on the rows it finds);
 *  - pages are filled to 35 %, leaving room on each for a second version of all its rows, grown by a reason of up
 *    to ~100 characters (a run updates them all in one transaction, so the old versions cannot be pruned before it
 *    commits; at 45 % about one update in eleven found no room and wrote every index).
 * Adding an index that names `status` (or `reason`, `updated_at`) would make these updates non-HOT again.
 */
export class RequestStatusHot1766400000000 implements MigrationInterface {
  name = 'RequestStatusHot1766400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_requests SET (fillfactor = 35)`);
    // Rewrites the table, with the new fill factor.
    await q.query(`ALTER TABLE meeting_requests ADD COLUMN is_open boolean NOT NULL
      GENERATED ALWAYS AS (status IN ('pending', 'accepted', 'booked', 'unschedulable')) STORED`);
    await q.query(`DROP INDEX meeting_requests_open_key`);
    await q.query(`CREATE UNIQUE INDEX meeting_requests_open_key ON meeting_requests (match_id) WHERE is_open`);
    await q.query(`DROP INDEX meeting_requests_event_status_idx`);
    await q.query(`CREATE INDEX meeting_requests_event_idx ON meeting_requests (event_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX meeting_requests_event_idx`);
    await q.query(`CREATE INDEX meeting_requests_event_status_idx ON meeting_requests (event_id, status)`);
    await q.query(`DROP INDEX meeting_requests_open_key`);
    await q.query(`CREATE UNIQUE INDEX meeting_requests_open_key ON meeting_requests (match_id)
      WHERE status IN ('pending','accepted','booked','unschedulable')`);
    await q.query(`ALTER TABLE meeting_requests DROP COLUMN is_open`);
    await q.query(`ALTER TABLE meeting_requests RESET (fillfactor)`);
  }
}
