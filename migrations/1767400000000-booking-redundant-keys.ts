import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Three foreign keys that only repeated what another key of the same row already proves, checked row by row on every
 * booking write (a schedule run writes ~5,400 meetings and ~10,800 occupancy rows in one statement; these keys were
 * half of its ~54,000 referential checks):
 *  - `meetings.event_id`: a meeting's request (NOT NULL, its own key, ON DELETE CASCADE) belongs to the event, and
 *    requests go with their event (CASCADE), so the meeting goes too;
 *  - `occupancy.event_id` and `occupancy.account_id`: every occupancy row hangs off a meeting or a pitch (its CHECK),
 *    both keys with ON DELETE CASCADE, which go with their request or IR session and so with their event.
 * Neither key ever checked that the ids agree with the meeting's or pitch's (that is the booking ledger's job, and
 * the audit tests'). Events and accounts are never deleted by the product (accounts are rejected).
 */
export class BookingRedundantKeys1767400000000 implements MigrationInterface {
  name = 'BookingRedundantKeys1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meetings DROP CONSTRAINT meetings_event_id_fkey`);
    await q.query(`ALTER TABLE occupancy DROP CONSTRAINT occupancy_event_id_fkey, DROP CONSTRAINT occupancy_account_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE occupancy
      ADD CONSTRAINT occupancy_event_id_fkey FOREIGN KEY (event_id) REFERENCES events(id) ON DELETE CASCADE,
      ADD CONSTRAINT occupancy_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE`);
    await q.query(`ALTER TABLE meetings ADD CONSTRAINT meetings_event_id_fkey FOREIGN KEY (event_id) REFERENCES events(id) ON DELETE CASCADE`);
  }
}
