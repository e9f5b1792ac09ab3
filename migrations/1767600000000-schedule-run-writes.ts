import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two costs of a schedule run's one write transaction (22,978 requests: ~5,400 meetings, ~20,000 request outcomes).
 *
 * `meetings.startup_id` and `meetings.counterpart_id` lose their keys to `accounts`: a meeting's people are its
 * request's (the booking ledger copies them from the request), whose own keys already prove both accounts exist, and
 * accounts are never deleted (they are rejected). The keys never checked that the ids agree with the request's (the
 * ledger's job, and the audit tests'), and they were ~45 ms of the run's ~290 ms insert (10,800 checks). The request
 * key (`meetings.request_id`, ON DELETE CASCADE) stays. For the same reason `day_load.account_id` loses its key
 * (~15 ms of the run's ~70 ms recount): a person-day counter exists because of that person's meetings, whose requests
 * keep the account from being deleted until their event goes, and the event's key (kept) takes the counters with it.
 * This follows BookingRedundantKeys1767400000000.
 *
 * `booking_runs.notices` becomes text: one JSON document a line (one line per run attempt), stored uncompressed
 * (STORAGE EXTERNAL). A run's notices are ~1 MB; appending them to a `jsonb` array cost PostgreSQL ~90 ms (parsing
 * the document, rebuilding the array, compressing it), appending a line costs ~15 ms. The notify step parses each
 * line once, after the run is done; notices are cleared once told, so the uncompressed size is short-lived.
 */
export class ScheduleRunWrites1767600000000 implements MigrationInterface {
  name = 'ScheduleRunWrites1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meetings DROP CONSTRAINT meetings_startup_id_fkey, DROP CONSTRAINT meetings_counterpart_id_fkey`);
    await q.query(`ALTER TABLE day_load DROP CONSTRAINT day_load_account_id_fkey`);
    await q.query(`ALTER TABLE booking_runs ADD COLUMN notice_lines text`);
    await q.query(`ALTER TABLE booking_runs ALTER COLUMN notice_lines SET STORAGE EXTERNAL`);
    await q.query(
      `UPDATE booking_runs SET notice_lines = (SELECT string_agg(b.doc::text, E'\\n' ORDER BY b.n) FROM jsonb_array_elements(notices) WITH ORDINALITY AS b(doc, n))
        WHERE notices IS NOT NULL`,
    );
    await q.query(`ALTER TABLE booking_runs DROP COLUMN notices`); // drops booking_runs_unnotified_idx with it
    await q.query(`ALTER TABLE booking_runs RENAME COLUMN notice_lines TO notices`);
    await q.query(`CREATE INDEX booking_runs_unnotified_idx ON booking_runs (finished_at) WHERE notices IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE booking_runs ADD COLUMN notice_array jsonb`);
    await q.query(
      `UPDATE booking_runs SET notice_array = (SELECT jsonb_agg(l.doc::jsonb ORDER BY l.n) FROM string_to_table(notices, E'\\n') WITH ORDINALITY AS l(doc, n))
        WHERE notices IS NOT NULL`,
    );
    await q.query(`ALTER TABLE booking_runs DROP COLUMN notices`);
    await q.query(`ALTER TABLE booking_runs RENAME COLUMN notice_array TO notices`);
    await q.query(`CREATE INDEX booking_runs_unnotified_idx ON booking_runs (finished_at) WHERE notices IS NOT NULL`);
    await q.query(`ALTER TABLE day_load ADD CONSTRAINT day_load_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE meetings
      ADD CONSTRAINT meetings_startup_id_fkey FOREIGN KEY (startup_id) REFERENCES accounts(id),
      ADD CONSTRAINT meetings_counterpart_id_fkey FOREIGN KEY (counterpart_id) REFERENCES accounts(id)`);
  }
}
