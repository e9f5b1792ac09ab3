import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A schedule run tells people what changed after its transaction: the run stores what to tell (`notices`, compact)
 * with the schedule, and its notify step writes the notifications and sets `notified_at`, clearing `notices`.
 * A done run still holding notices is one whose notify step has yet to run (the reconcile sweep re-queues it).
 */
export class RunNotices1765410000000 implements MigrationInterface {
  name = 'RunNotices1765410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_runs ADD COLUMN notices jsonb, ADD COLUMN notified_at timestamptz`);
    await q.query(`CREATE INDEX booking_runs_unnotified_idx ON booking_runs (finished_at) WHERE notices IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS booking_runs_unnotified_idx`);
    await q.query(`ALTER TABLE booking_runs DROP COLUMN IF EXISTS notices, DROP COLUMN IF EXISTS notified_at`);
  }
}
