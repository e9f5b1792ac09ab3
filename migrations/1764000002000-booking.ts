import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meeting requests, meetings, IR pitches and the occupancy table that makes double bookings impossible:
 * one row per (event, person, slot) and per (event, table, slot), whoever writes them and however they race.
 */
export class Booking1764000002000 implements MigrationInterface {
  name = 'Booking1764000002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        match_id uuid NOT NULL REFERENCES matches(id) ON DELETE RESTRICT,
        sender_id uuid NOT NULL REFERENCES accounts(id),
        recipient_id uuid NOT NULL REFERENCES accounts(id),
        startup_id uuid NOT NULL REFERENCES accounts(id),
        counterpart_id uuid NOT NULL REFERENCES accounts(id),
        message text CHECK (length(message) <= 2000),
        status text NOT NULL DEFAULT 'pending'
          CHECK (status IN ('pending','accepted','declined','withdrawn','booked','unschedulable','cancelled')),
        reason text,
        value real NOT NULL DEFAULT 1 CHECK (value > 0),
        accepted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (sender_id <> recipient_id)
      )`);
    await q.query(`CREATE UNIQUE INDEX meeting_requests_open_key ON meeting_requests (match_id)
      WHERE status IN ('pending','accepted','booked','unschedulable')`);
    await q.query(`CREATE INDEX meeting_requests_event_status_idx ON meeting_requests (event_id, status)`);
    await q.query(`CREATE INDEX meeting_requests_sender_idx ON meeting_requests (sender_id, event_id)`);
    await q.query(`CREATE INDEX meeting_requests_recipient_idx ON meeting_requests (recipient_id, event_id)`);

    await q.query(`
      CREATE TABLE meetings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        request_id uuid NOT NULL REFERENCES meeting_requests(id) ON DELETE CASCADE,
        startup_id uuid NOT NULL REFERENCES accounts(id),
        counterpart_id uuid NOT NULL REFERENCES accounts(id),
        slot int NOT NULL CHECK (slot >= 0),
        table_no int NOT NULL CHECK (table_no >= 1),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'booked' CHECK (status IN ('booked','cancelled')),
        sequence int NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        CHECK (starts_at < ends_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX meetings_request_live_key ON meetings (request_id) WHERE status = 'booked'`);
    // A table holds one meeting per slot.
    await q.query(`CREATE UNIQUE INDEX meetings_table_slot_key ON meetings (event_id, slot, table_no) WHERE status = 'booked'`);
    await q.query(`CREATE INDEX meetings_startup_idx ON meetings (startup_id, event_id)`);
    await q.query(`CREATE INDEX meetings_counterpart_idx ON meetings (counterpart_id, event_id)`);

    await q.query(`
      CREATE TABLE ir_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        startup_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        session_ids uuid[] NOT NULL CHECK (cardinality(session_ids) BETWEEN 1 AND 20),
        status text NOT NULL DEFAULT 'requested' CHECK (status IN ('requested','allocated','waitlisted','withdrawn')),
        waitlist_position int,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ir_requests_open_key ON ir_requests (event_id, startup_id) WHERE status <> 'withdrawn'`);

    await q.query(`
      CREATE TABLE pitches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES ir_sessions(id) ON DELETE CASCADE,
        request_id uuid NOT NULL REFERENCES ir_requests(id) ON DELETE CASCADE,
        startup_id uuid NOT NULL REFERENCES accounts(id),
        position int NOT NULL CHECK (position >= 0),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled','cancelled')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A startup pitches at most once per event; a session position holds one pitch.
    await q.query(`CREATE UNIQUE INDEX pitches_startup_key ON pitches (event_id, startup_id) WHERE status = 'scheduled'`);
    await q.query(`CREATE UNIQUE INDEX pitches_position_key ON pitches (session_id, position) WHERE status = 'scheduled'`);

    // Nobody is in two places in one slot: a meeting or a pitch claims (event, person, slot).
    await q.query(`
      CREATE TABLE occupancy (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        slot int NOT NULL CHECK (slot >= 0),
        meeting_id uuid REFERENCES meetings(id) ON DELETE CASCADE,
        pitch_id uuid REFERENCES pitches(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, account_id, slot),
        CHECK ((meeting_id IS NULL) <> (pitch_id IS NULL))
      )`);
    await q.query(`CREATE INDEX occupancy_meeting_idx ON occupancy (meeting_id) WHERE meeting_id IS NOT NULL`);
    await q.query(`CREATE INDEX occupancy_pitch_idx ON occupancy (pitch_id) WHERE pitch_id IS NOT NULL`);

    // An investor's daily cap, enforced by a checked counter updated in the booking transaction.
    await q.query(`
      CREATE TABLE day_load (
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        day int NOT NULL CHECK (day >= 0),
        meetings int NOT NULL DEFAULT 0 CHECK (meetings >= 0),
        cap int CHECK (cap >= 0),
        PRIMARY KEY (event_id, account_id, day),
        CONSTRAINT day_load_within_cap CHECK (cap IS NULL OR meetings <= cap)
      )`);

    await q.query(`
      CREATE TABLE booking_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('schedule','ir-allocation')),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','done','failed')),
        stats jsonb NOT NULL DEFAULT '{}',
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX booking_runs_event_idx ON booking_runs (event_id, kind, created_at DESC)`);

    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        event_id uuid REFERENCES events(id) ON DELETE CASCADE,
        type text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notifications_account_idx ON notifications (account_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'booking_runs', 'day_load', 'occupancy', 'pitches', 'ir_requests', 'meetings', 'meeting_requests']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
