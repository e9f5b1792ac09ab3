import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The mail outbox: one row per e-mail, written in the transaction of the booking change it reports, so no
 * accepted change loses its mail and a retried send job never sends twice (`dedupe_key` is unique per subject,
 * recipient and calendar SEQUENCE; `status = 'sent'` is set right after the SMTP server accepted the message).
 * The row keeps what the message says about the slot at that SEQUENCE; names and addresses are read when sending.
 */
export class MailOutbox1764700000000 implements MigrationInterface {
  name = 'MailOutbox1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dedupe_key text NOT NULL UNIQUE,
        message_id text NOT NULL,
        subject_type text NOT NULL CHECK (subject_type IN ('meeting', 'pitch')),
        subject_id uuid NOT NULL,
        event_id uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        recipient_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        change text NOT NULL CHECK (change IN ('booked', 'moved', 'cancelled')),
        sequence int NOT NULL CHECK (sequence >= 0),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        table_no int,
        session_id uuid,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed')),
        attempts int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        CHECK ((status = 'sent') = (sent_at IS NOT NULL))
      )`);
    // The sweep and the metrics look at unsent rows only; sent rows pile up until pruned.
    await q.query(`CREATE INDEX mail_outbox_unsent_idx ON mail_outbox (status, created_at) WHERE status <> 'sent'`);
    await q.query(`CREATE INDEX mail_outbox_sent_idx ON mail_outbox (sent_at) WHERE status = 'sent'`);
    await q.query(`CREATE INDEX mail_outbox_subject_idx ON mail_outbox (subject_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
  }
}
