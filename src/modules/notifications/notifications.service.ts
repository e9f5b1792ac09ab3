import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { PageQuery, pageOf, skipOf } from '../../common/pagination/pagination';
import { Notification } from '../booking/booking.entities';

export interface NewNotification {
  accountId: string;
  eventId: string | null;
  type: 'meeting.booked' | 'meeting.moved' | 'meeting.cancelled' | 'request.received' | 'request.accepted' | 'request.declined'
    | 'request.unschedulable' | 'pitch.allocated' | 'pitch.waitlisted' | 'pitch.cancelled' | 'schedule.published';
  payload: Record<string, unknown>;
}

/** Notification rows are written in the same transaction as the change they report. */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  async add(tx: EntityManager, items: NewNotification[]): Promise<void> {
    if (items.length === 0) return;
    await tx.query(
      `INSERT INTO notifications (account_id, event_id, type, payload)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::jsonb[])`,
      [items.map((i) => i.accountId), items.map((i) => i.eventId), items.map((i) => i.type), items.map((i) => JSON.stringify(i.payload))],
    );
  }

  async list(accountId: string, query: PageQuery) {
    const [rows, total] = await this.notifications.findAndCount({
      where: { accountId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: skipOf(query),
      take: query.limit,
    });
    const unread = await this.notifications.countBy({ accountId, readAt: IsNull() });
    const page = pageOf(rows.map((n) => ({ id: n.id, eventId: n.eventId, type: n.type, payload: n.payload, createdAt: n.createdAt, read: n.readAt !== null })), total, query);
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
