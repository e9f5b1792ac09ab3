import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { PageQuery, pageOf, skipOf } from '../../common/pagination/pagination';
import { Notification } from './notification.entity';
import { formatInZone } from '../events/event-grid';

export interface NewNotification {
  accountId: string;
  eventId: string | null;
  type: 'meeting.booked' | 'meeting.moved' | 'meeting.cancelled' | 'request.received' | 'request.accepted' | 'request.declined'
    | 'request.unschedulable' | 'pitch.allocated' | 'pitch.waitlisted' | 'pitch.cancelled' | 'schedule.published' | 'demand.removed'
    | 'meeting.checked-in' | 'meeting.no-show' | 'outcome.reminder';
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
    // Times are shown with the offset of the notification's event (UTC for those without one).
    const eventIds = [...new Set(rows.map((n) => n.eventId).filter((id): id is string => !!id))];
    const zones: { id: string; timezone: string }[] = eventIds.length
      ? await this.notifications.manager.query(`SELECT id, timezone FROM events WHERE id = ANY($1::uuid[])`, [eventIds])
      : [];
    const zoneOf = new Map(zones.map((z) => [z.id, z.timezone]));
    return pageOf(
      rows.map((n) => ({
        id: n.id, eventId: n.eventId, type: n.type, payload: n.payload,
        createdAt: formatInZone(n.createdAt, (n.eventId && zoneOf.get(n.eventId)) || 'UTC'), read: n.readAt !== null,
      })),
      total,
      query,
    );
  }
}
