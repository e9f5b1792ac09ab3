import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * After the meeting: check-ins (each party's arrival), the check-in codes a party shows the other, no-shows
 * marked by the present side, each side's private outcome, and the reminders already sent (one per person and
 * event day, so a sweep that runs twice never reminds twice). Meetings themselves stay `booked`/`cancelled`:
 * "held" is derived from these rows, so no booking constraint or query changes meaning.
 */
export class Outcomes1764600000000 implements MigrationInterface {
  name = 'Outcomes1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_check_ins (
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        via text NOT NULL CHECK (via IN ('agenda', 'code')),
        at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, account_id)
      )`);
    await q.query(`
      CREATE TABLE meeting_check_in_codes (
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (code ~ '^[0-9A-HJKMNP-TV-Z]{6}$'),
        PRIMARY KEY (meeting_id, account_id)
      )`);
    await q.query(`
      CREATE TABLE meeting_no_shows (
        meeting_id uuid PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        absent_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        marked_by uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        marked_at timestamptz NOT NULL DEFAULT now(),
        CHECK (absent_id <> marked_by)
      )`);
    await q.query(`CREATE INDEX meeting_no_shows_event_idx ON meeting_no_shows (event_id, marked_at DESC)`);
    await q.query(`
      CREATE TABLE meeting_outcomes (
        meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        side text NOT NULL CHECK (side IN ('startup', 'counterpart')),
        held boolean NOT NULL,
        follow_ups text[] NOT NULL
          CHECK (follow_ups <@ ARRAY['nda','poc','mou','term-sheet','investment','procurement','none']::text[]),
        amount bigint CHECK (amount >= 0),
        currency text CHECK (currency ~ '^[A-Z]{3}$'),
        note text CHECK (length(note) <= 4000),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, account_id),
        CHECK ((amount IS NULL) = (currency IS NULL)),
        CHECK (NOT ('none' = ANY(follow_ups)) OR cardinality(follow_ups) = 1)
      )`);
    await q.query(`CREATE INDEX meeting_outcomes_event_idx ON meeting_outcomes (event_id)`);
    await q.query(`
      CREATE TABLE outcome_reminders (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        day date NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (event_id, account_id, day)
      )`);
    // Reports and the reminder sweep read every meeting of an event (cancelled ones included) or by start time.
    await q.query(`CREATE INDEX meetings_event_starts_idx ON meetings (event_id, starts_at)`);
    await q.query(`CREATE INDEX meetings_starts_idx ON meetings (starts_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS meetings_starts_idx`);
    await q.query(`DROP INDEX IF EXISTS meetings_event_starts_idx`);
    for (const table of ['outcome_reminders', 'meeting_outcomes', 'meeting_no_shows', 'meeting_check_in_codes', 'meeting_check_ins']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
