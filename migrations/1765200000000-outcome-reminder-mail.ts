import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outcome reminders are e-mailed through the mail outbox too: a row of `subject_type = 'outcome-reminder'` per
 * person, event and event day (its `dedupe_key` names all three, so a retried sweep never mails twice), listing
 * the meetings still without that person's outcome in `meeting_ids`; `starts_at`/`ends_at` span those meetings.
 */
export class OutcomeReminderMail1765200000000 implements MigrationInterface {
  name = 'OutcomeReminderMail1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_subject_type_check`);
    await q.query(`ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_subject_type_check CHECK (subject_type IN ('meeting', 'pitch', 'outcome-reminder'))`);
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_change_check`);
    await q.query(`ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_change_check CHECK (change IN ('booked', 'moved', 'cancelled', 'reminder'))`);
    await q.query(`ALTER TABLE mail_outbox ADD COLUMN meeting_ids uuid[]`);
    await q.query(`
      ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_reminder_check
        CHECK ((subject_type = 'outcome-reminder') = (change = 'reminder') AND (subject_type = 'outcome-reminder') = (meeting_ids IS NOT NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM mail_outbox WHERE subject_type = 'outcome-reminder'`);
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_reminder_check`);
    await q.query(`ALTER TABLE mail_outbox DROP COLUMN meeting_ids`);
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_change_check`);
    await q.query(`ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_change_check CHECK (change IN ('booked', 'moved', 'cancelled'))`);
    await q.query(`ALTER TABLE mail_outbox DROP CONSTRAINT mail_outbox_subject_type_check`);
    await q.query(`ALTER TABLE mail_outbox ADD CONSTRAINT mail_outbox_subject_type_check CHECK (subject_type IN ('meeting', 'pitch'))`);
  }
}
