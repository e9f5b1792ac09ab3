import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { mailSent } from '../../common/metrics/process-metrics';
import { AppConfig } from '../../config/app-config';
import { returningRows } from '../../database/sql';
import { OnJob } from '../../queue/on-job.decorator';
import { JobName, type JobOf } from '../../queue/queue.constants';
import { parseMailbox } from './mail-address';
import { composeMail, composeOutcomeReminder, type MailChange, type MailLocale } from './mail-content';

interface OutboxRow {
  id: string; message_id: string; subject_type: 'meeting' | 'pitch' | 'outcome-reminder'; subject_id: string; change: MailChange | 'reminder'; sequence: number;
  recipient_id: string; meeting_ids: string[] | null;
  starts_at: Date; ends_at: Date; table_no: number | null; created_at: Date;
  event_name: string; venue: string; timezone: string; published: boolean;
  recipient_email: string; recipient_name: string; locale: string | null; counterpart_name: string | null;
  session_title: string | null; session_room: string | null;
}

/** Public display name of a party: startup name, firm or company, else the account's display name. */
const NAME = (alias: string, account: string) => `coalesce(${alias}sp.name, ${alias}ip.firm, ${alias}cp.company, ${account}.display_name)`;

/**
 * Sends one outbox row. The row is claimed first (so two deliveries of the same job cannot both send), marked
 * sent as soon as the SMTP server accepted it (a retried or duplicated job then finds it sent and stops), and its
 * Message-ID is derived from the row's key (so even a send repeated after a crash is one message to receivers).
 */
@Injectable()
export class MailSender implements OnApplicationShutdown {
  private readonly logger = new Logger(MailSender.name);
  private transport?: Transporter;

  constructor(
    private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  private transporter(): Transporter {
    // Bounded waits: a hung SMTP server fails the attempt (and the job retries later) instead of holding a worker.
    this.transport ??= createTransport({ url: this.config.env.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
    return this.transport;
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  @OnJob(JobName.SendMail)
  async send({ outboxId }: JobOf<JobName.SendMail>, job: Job | null): Promise<{ sent: boolean; reason?: string }> {
    if (!this.config.env.SMTP_URL) return { sent: false, reason: 'SMTP_URL is not set' };
    const [claimed] = await returningRows(this.db,
      `UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, locked_until = now() + interval '2 minutes'
        WHERE id = $1 AND (status IN ('pending', 'failed') OR (status = 'sending' AND locked_until < now()))
        RETURNING id`,
      [outboxId],
    );
    if (!claimed) return { sent: false, reason: 'already sent, being sent, or gone' };
    const row = await this.load(outboxId);
    if (!row) return { sent: false, reason: 'gone' };
    // accounts.locale null = not chosen yet: Korean, the conference's language (docs/api.md, PATCH /v1/me)
    const locale: MailLocale = row.locale === 'en' ? 'en' : 'ko';
    const content = row.subject_type === 'outcome-reminder' ? await this.reminder(row, locale) : this.invitation(row, locale);
    try {
      await this.transporter().sendMail({
        from: this.config.env.MAIL_FROM,
        to: { name: row.recipient_name, address: row.recipient_email },
        messageId: row.message_id,
        headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All', 'Content-Language': locale },
        ...content,
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = !job || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      await this.db.query(`UPDATE mail_outbox SET status = $2, locked_until = NULL, last_error = $3 WHERE id = $1`, [outboxId, final ? 'failed' : 'pending', message.slice(0, 1000)]);
      mailSent.inc({ outcome: 'failed' });
      this.logger.warn({ outboxId, final, err: message }, 'sending an e-mail failed');
      throw err;
    }
    await this.db.query(`UPDATE mail_outbox SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1`, [outboxId]);
    mailSent.inc({ outcome: 'sent' });
    return { sent: true };
  }

  /** A booking change: the message with its calendar entry, as a text/calendar alternative (Outlook's accept/decline) and an invite.ics attachment. */
  private invitation(row: OutboxRow, locale: MailLocale) {
    const mail = composeMail({
      locale, change: row.change as MailChange, subjectType: row.subject_type as 'meeting' | 'pitch',
      recipient: { email: row.recipient_email, name: row.recipient_name },
      counterpartName: row.counterpart_name,
      event: { name: row.event_name, venue: row.venue, timezone: row.timezone, published: row.published },
      startsAt: row.starts_at, endsAt: row.ends_at, tableNo: row.table_no,
      session: row.session_title !== null ? { title: row.session_title, room: row.session_room ?? '' } : null,
      uid: `${row.subject_type}-${row.subject_id}@supergap-match`, sequence: row.sequence, stamp: row.created_at,
      organizer: parseMailbox(this.config.env.MAIL_FROM),
    });
    return {
      subject: mail.subject, text: mail.text, html: mail.html,
      icalEvent: { method: mail.calendar.method, filename: 'invite.ics', content: mail.calendar.content },
    };
  }

  /** An outcome reminder: the listed meetings with the other party's name (no calendar entry). */
  private async reminder(row: OutboxRow, locale: MailLocale) {
    const meetings: { starts_at: Date; table_no: number; counterpart_name: string }[] = await this.db.query(
      `SELECT m.starts_at, m.table_no, ${NAME('c', 'ca')} AS counterpart_name
         FROM meetings m
         JOIN accounts ca ON ca.id = CASE WHEN m.startup_id = $2 THEN m.counterpart_id ELSE m.startup_id END
         LEFT JOIN startup_profiles csp ON csp.account_id = ca.id
         LEFT JOIN investor_profiles cip ON cip.account_id = ca.id
         LEFT JOIN corporate_profiles ccp ON ccp.account_id = ca.id
        WHERE m.id = ANY($1::uuid[]) ORDER BY m.starts_at, m.id`,
      [row.meeting_ids ?? [], row.recipient_id],
    );
    const mail = composeOutcomeReminder({
      locale, recipient: { email: row.recipient_email, name: row.recipient_name },
      event: { name: row.event_name, timezone: row.timezone },
      meetings: meetings.map((m) => ({ startsAt: m.starts_at, counterpartName: m.counterpart_name, tableNo: m.table_no })),
    });
    return { subject: mail.subject, text: mail.text, html: mail.html };
  }

  private async load(outboxId: string): Promise<OutboxRow | undefined> {
    const [row] = await this.db.query(
      `SELECT o.id, o.message_id, o.subject_type, o.subject_id, o.change, o.sequence, o.starts_at, o.ends_at, o.table_no, o.created_at,
              o.recipient_id, o.meeting_ids,
              e.name AS event_name, e.venue, e.timezone, e.schedule_published_at IS NOT NULL AS published,
              ra.email AS recipient_email, ra.display_name AS recipient_name, ra.locale,
              CASE WHEN o.subject_type = 'meeting' THEN ${NAME('c', 'ca')} END AS counterpart_name,
              s.title AS session_title, s.room AS session_room
         FROM mail_outbox o
         JOIN events e ON e.id = o.event_id
         JOIN accounts ra ON ra.id = o.recipient_id
         LEFT JOIN meetings m ON o.subject_type = 'meeting' AND m.id = o.subject_id
         LEFT JOIN accounts ca ON ca.id = CASE WHEN m.startup_id = o.recipient_id THEN m.counterpart_id ELSE m.startup_id END
         LEFT JOIN startup_profiles csp ON csp.account_id = ca.id
         LEFT JOIN investor_profiles cip ON cip.account_id = ca.id
         LEFT JOIN corporate_profiles ccp ON ccp.account_id = ca.id
         LEFT JOIN ir_sessions s ON s.id = o.session_id
        WHERE o.id = $1`,
      [outboxId],
    );
    return row;
  }
}
