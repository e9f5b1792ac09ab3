import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { afterCommit } from '../../database/after-commit';
import { JobQueue } from '../../queue/job-queue.service';
import { OnJob } from '../../queue/on-job.decorator';
import { JobName } from '../../queue/queue.constants';
import { MetricsService } from '../metrics/metrics.service';
import type { NewNotification } from '../notifications/notifications.service';
import { mailDomain } from './mail-address';

/** Notifications that are e-mailed, and what they say about their meeting or pitch. */
const MAILED: Partial<Record<NewNotification['type'], { subject: 'meeting' | 'pitch'; change: 'booked' | 'moved' | 'cancelled' }>> = {
  'meeting.booked': { subject: 'meeting', change: 'booked' },
  'meeting.moved': { subject: 'meeting', change: 'moved' },
  'meeting.cancelled': { subject: 'meeting', change: 'cancelled' },
  'pitch.allocated': { subject: 'pitch', change: 'booked' },
  'pitch.cancelled': { subject: 'pitch', change: 'cancelled' },
};

const ENQUEUE_CHUNK = 500;

/**
 * The transactional outbox of notification e-mails. `record` runs inside the booking change's transaction (one row
 * per message, keyed by subject, recipient and calendar SEQUENCE, so the same message is never recorded twice; an
 * outcome reminder is keyed by recipient, event and event day, so a retried reminder sweep mails nobody twice);
 * send jobs are queued only after that transaction committed, and without waiting, so neither a slow Redis nor
 * a failing SMTP server holds up or undoes a booking. The sweep queues rows whose job got lost.
 */
@Injectable()
export class MailOutbox implements OnModuleInit {
  private readonly logger = new Logger(MailOutbox.name);

  constructor(
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
    private readonly metrics: MetricsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  get enabled(): boolean {
    return !!this.config.env.SMTP_URL;
  }

  onModuleInit(): void {
    const db = this.db;
    this.metrics.register(new Gauge({
      name: 'sgm_mail_outbox',
      help: 'Notification e-mails not yet sent, by status (pending, sending, failed: failed ones need an operator)',
      labelNames: ['status'] as const,
      registers: [],
      async collect() {
        this.reset();
        const rows: { status: string; n: number }[] = await db.query(`SELECT status, count(*)::int AS n FROM mail_outbox WHERE status <> 'sent' GROUP BY status`);
        for (const status of ['pending', 'sending', 'failed']) this.set({ status }, rows.find((r) => r.status === status)?.n ?? 0);
      },
    }));
  }

  /** Inside the caller's transaction: an outbox row per e-mailed notification; their jobs are queued after commit. */
  async record(tx: EntityManager, items: NewNotification[]): Promise<void> {
    if (!this.enabled) return;
    const meetings: { ref: string; recipient: string; change: string }[] = [];
    const pitches: { ref: string; recipient: string; change: string }[] = [];
    for (const item of items) {
      const mailed = MAILED[item.type];
      if (!mailed) continue;
      if (mailed.subject === 'meeting' && typeof item.payload.meetingId === 'string') {
        meetings.push({ ref: item.payload.meetingId, recipient: item.accountId, change: mailed.change });
      }
      // An allocation names its IR request (the pitch is that request's scheduled one); a cancellation its pitch.
      const pitchRef = mailed.change === 'cancelled' ? item.payload.pitchId : item.payload.requestId;
      if (mailed.subject === 'pitch' && typeof pitchRef === 'string') pitches.push({ ref: pitchRef, recipient: item.accountId, change: mailed.change });
    }
    const domain = mailDomain(this.config.env.MAIL_FROM);
    const ids: string[] = [];
    const reminders = items.filter((i) => i.type === 'outcome.reminder' && i.eventId !== null && Array.isArray(i.payload.meetingIds));
    if (reminders.length) {
      // One per person, event and event day (the key), listing the meetings without that person's outcome.
      const rows: { id: string }[] = await tx.query(
        `WITH u AS (
           SELECT (x->>'eventId')::uuid AS event_id, (x->>'recipient')::uuid AS recipient, x->>'day' AS day,
                  ARRAY(SELECT jsonb_array_elements_text(x->'meetingIds'))::uuid[] AS meeting_ids
             FROM jsonb_array_elements($1::jsonb) AS x
         ), k AS (
           SELECT 'outcome-reminder:' || u.event_id || ':' || u.recipient || ':' || u.day AS key, u.event_id, u.recipient, u.meeting_ids,
                  (SELECT min(m.starts_at) FROM meetings m WHERE m.id = ANY(u.meeting_ids)) AS starts_at,
                  (SELECT max(m.ends_at) FROM meetings m WHERE m.id = ANY(u.meeting_ids)) AS ends_at
             FROM u
         )
         INSERT INTO mail_outbox (dedupe_key, message_id, subject_type, subject_id, event_id, recipient_id, change, sequence, starts_at, ends_at, meeting_ids)
         SELECT key, '<' || replace(key, ':', '.') || '@' || $2 || '>', 'outcome-reminder', event_id, event_id, recipient, 'reminder', 0, starts_at, ends_at, meeting_ids
           FROM k WHERE starts_at IS NOT NULL
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [JSON.stringify(reminders.map((r) => ({ eventId: r.eventId, recipient: r.accountId, day: r.payload.day, meetingIds: r.payload.meetingIds }))), domain],
      );
      ids.push(...rows.map((r) => r.id));
    }
    if (meetings.length) {
      const rows: { id: string }[] = await tx.query(
        `WITH k AS (
           SELECT 'meeting:' || m.id || ':' || u.recipient || ':' || m.sequence AS key, m.id, m.event_id, u.recipient, u.change,
                  m.sequence, m.starts_at, m.ends_at, m.table_no
             FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS u(ref, recipient, change) JOIN meetings m ON m.id = u.ref)
         INSERT INTO mail_outbox (dedupe_key, message_id, subject_type, subject_id, event_id, recipient_id, change, sequence, starts_at, ends_at, table_no)
         SELECT key, '<' || replace(key, ':', '.') || '@' || $4 || '>', 'meeting', id, event_id, recipient, change, sequence, starts_at, ends_at, table_no FROM k
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [meetings.map((m) => m.ref), meetings.map((m) => m.recipient), meetings.map((m) => m.change), domain],
      );
      ids.push(...rows.map((r) => r.id));
    }
    if (pitches.length) {
      // A pitch is never moved: its invitation is SEQUENCE 0 and its cancellation SEQUENCE 1 (as in the agenda file).
      const rows: { id: string }[] = await tx.query(
        `WITH k AS (
           SELECT 'pitch:' || p.id || ':' || u.recipient || ':' || s.seq AS key, p.id, p.event_id, u.recipient, u.change, s.seq,
                  p.starts_at, p.ends_at, p.session_id
             FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS u(ref, recipient, change)
             JOIN pitches p ON (u.change = 'cancelled' AND p.id = u.ref) OR (u.change <> 'cancelled' AND p.request_id = u.ref AND p.status = 'scheduled')
             CROSS JOIN LATERAL (SELECT CASE WHEN u.change = 'cancelled' THEN 1 ELSE 0 END AS seq) s)
         INSERT INTO mail_outbox (dedupe_key, message_id, subject_type, subject_id, event_id, recipient_id, change, sequence, starts_at, ends_at, session_id)
         SELECT key, '<' || replace(key, ':', '.') || '@' || $4 || '>', 'pitch', id, event_id, recipient, change, seq, starts_at, ends_at, session_id FROM k
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [pitches.map((p) => p.ref), pitches.map((p) => p.recipient), pitches.map((p) => p.change), domain],
      );
      ids.push(...rows.map((r) => r.id));
    }
    if (ids.length) afterCommit(tx, () => void this.enqueue(ids));
  }

  /** Never throws: a row whose job could not be queued is found by the sweep. */
  async enqueue(outboxIds: string[]): Promise<void> {
    try {
      for (let i = 0; i < outboxIds.length; i += ENQUEUE_CHUNK) {
        await this.jobs.addAll(outboxIds.slice(i, i + ENQUEUE_CHUNK).map((outboxId) => ({ name: JobName.SendMail, data: { outboxId } })));
      }
    } catch (err) {
      this.logger.warn(`queueing ${outboxIds.length} e-mails failed (the sweep retries): ${err instanceof Error ? err.message : err}`);
    }
  }

  /** Queues unsent rows whose job is missing (never queued, or lost with Redis) and prunes old sent rows. */
  @OnJob(JobName.MailSweep)
  async sweep(): Promise<{ queued: number }> {
    if (!this.enabled) return { queued: 0 };
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM mail_outbox
        WHERE (status = 'pending' AND created_at < now() - interval '30 seconds') OR (status = 'sending' AND locked_until < now())
        ORDER BY created_at LIMIT 5000`,
    );
    // A job id still in the queue (waiting, delayed for a retry) makes adding it again a no-op.
    if (rows.length) await this.enqueue(rows.map((r) => r.id));
    await this.db.query(`DELETE FROM mail_outbox WHERE status = 'sent' AND sent_at < now() - interval '30 days'`);
    return { queued: rows.length };
  }
}
