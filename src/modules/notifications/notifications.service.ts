import { Injectable, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { bookingChanges } from '../../common/metrics/process-metrics';
import { PageQuery, pageOf, skipOf } from '../../common/pagination/pagination';
import { afterCommit } from '../../database/after-commit';
import { Notification } from './notification.entity';
import { formatInZone } from '../events/event-grid';
import { MailOutbox } from '../mail/mail-outbox.service';

export interface NewNotification {
  accountId: string;
  eventId: string | null;
  type: 'meeting.booked' | 'meeting.moved' | 'meeting.cancelled' | 'request.received' | 'request.accepted' | 'request.declined'
    | 'request.unschedulable' | 'pitch.allocated' | 'pitch.waitlisted' | 'pitch.cancelled' | 'schedule.published' | 'demand.removed'
    | 'meeting.checked-in' | 'meeting.no-show' | 'outcome.reminder';
  payload: Record<string, unknown>;
}

/**
 * Notification rows (and their e-mails' outbox rows) are written in the same transaction as the change they report;
 * a schedule run's rows follow in its notify step (`announce` with the change, `addSelected` after it).
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    // Optional so service tests can build this without the mail machinery (no SMTP there anyway).
    @Optional() private readonly mail?: MailOutbox,
  ) {}

  async add(tx: EntityManager, items: NewNotification[]): Promise<void> {
    if (items.length === 0) return;
    await tx.query(
      `INSERT INTO notifications (account_id, event_id, type, payload)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[])`,
      [items.map((i) => i.accountId), items.map((i) => i.eventId), items.map((i) => i.type), items.map((i) => JSON.stringify(i.payload))],
    );
    await this.announce(tx, items);
  }

  /**
   * What goes with notifications besides their rows, in the change's own transaction: bookings, moves and
   * cancellations are e-mailed (with SMTP_URL: outbox rows here) and counted. For a writer whose rows follow in a
   * later step (a schedule run): it calls this with the change, and `addSelected` for the rows (no second announce).
   */
  async announce(tx: EntityManager, items: NewNotification[]): Promise<void> {
    if (items.length === 0) return;
    await this.mail?.record(tx, items);
    const changes = bookingChangesOf(items);
    if (changes.length) afterCommit(tx, () => changes.forEach((c) => bookingChanges.inc(c)));
  }

  /**
   * Notification rows computed by a query in PostgreSQL (no rows through Node): `select` yields
   * (account_id, event_id, type, payload). Whatever else they bring was announced with the change. Returns the count.
   */
  async addSelected(tx: EntityManager, select: string, params: unknown[]): Promise<number> {
    const [{ n }]: { n: number }[] = await tx.query(
      `WITH added AS (INSERT INTO notifications (account_id, event_id, type, payload) ${select} RETURNING 1) SELECT count(*)::int AS n FROM added`,
      params,
    );
    return n;
  }

  async list(accountId: string, query: PageQuery) {
    const [rows, total] = await this.notifications.findAndCount({
      where: { accountId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: skipOf(query),
      take: query.limit,
    });
    // Times are shown with the offset of the notification's event (UTC for those without one).
    const eventIds = [...new Set(rows.map((n) => n.eventId).filter((id): id is string => !!id))];
    const zones: { id: string; timezone: string }[] = eventIds.length
      ? await this.notifications.manager.query(`SELECT id, timezone FROM events WHERE id = ANY($1::uuid[])`, [eventIds])
      : [];
    const zoneOf = new Map(zones.map((z) => [z.id, z.timezone]));
    const unread = await this.notifications.countBy({ accountId, readAt: IsNull() });
    const page = pageOf(
      rows.map((n) => ({
        id: n.id, eventId: n.eventId, type: n.type, payload: n.payload,
        createdAt: formatInZone(n.createdAt, (n.eventId && zoneOf.get(n.eventId)) || 'UTC'), read: n.readAt !== null,
      })),
      total,
      query,
    );
    return { ...page, unread };
  }

  /** Marks the caller's notifications read (all of them, or the listed ids); returns how many changed. */
  async markRead(accountId: string, ids?: string[]): Promise<{ updated: number }> {
    const params: unknown[] = [accountId];
    let filter = '';
    if (ids) {
      params.push(ids);
      filter = 'AND id = ANY($2::uuid[])';
    }
    const [, updated] = await this.notifications.query(
      `UPDATE notifications SET read_at = now() WHERE account_id = $1 AND read_at IS NULL ${filter}`,
      params,
    );
    return { updated: Number(updated) || 0 };
  }
}

/** Booking changes in a batch of notifications (one per meeting or pitch, not per notified party), for metrics. */
function bookingChangesOf(items: NewNotification[]): { subject: string; change: string }[] {
  const seen = new Set<string>();
  const out: { subject: string; change: string }[] = [];
  for (const item of items) {
    const [subject, what] = item.type.split('.');
    const change = what === 'allocated' ? 'booked' : what;
    if (!(subject === 'meeting' || subject === 'pitch') || !['booked', 'moved', 'cancelled'].includes(change)) continue;
    const id = String(item.payload.meetingId ?? item.payload.pitchId ?? item.payload.requestId ?? item.accountId);
    if (seen.has(`${item.type}:${id}`)) continue;
    seen.add(`${item.type}:${id}`);
    out.push({ subject, change });
  }
  return out;
}
