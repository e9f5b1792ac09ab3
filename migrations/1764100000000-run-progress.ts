import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every background run reports progress from 0 to 1: schedule runs and IR allocations get the column match runs have. */
export class RunProgress1764100000000 implements MigrationInterface {
  name = 'RunProgress1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_runs ADD COLUMN progress real NOT NULL DEFAULT 0`);
    await q.query(`UPDATE booking_runs SET progress = 1 WHERE status = 'done'`);
    await q.query(`ALTER TABLE booking_runs ADD CONSTRAINT booking_runs_progress_range CHECK (progress >= 0 AND progress <= 1)`);
    await q.query(`ALTER TABLE match_runs ADD CONSTRAINT match_runs_progress_range CHECK (progress >= 0 AND progress <= 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_runs DROP CONSTRAINT IF EXISTS match_runs_progress_range`);
    await q.query(`ALTER TABLE booking_runs DROP COLUMN IF EXISTS progress`);
  }
}
