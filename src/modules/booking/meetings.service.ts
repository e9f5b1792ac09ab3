import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/auth.decorators';
import { DomainEvents } from '../../common/events/domain-events';
import { AppError } from '../../common/errors/app-error';
import { EventEntity } from '../events/event.entities';
import { gridOf } from '../events/events.views';
import { formatInZone } from '../events/event-grid';
import { NotificationsService } from '../notifications/notifications.service';
import { seesMeeting } from './booking-access';
import { lockEventBooking, lockPeople } from './booking-locks';
import { MeetingBookerService } from './meeting-booker.service';
import { MeetingLedger } from './ledger/meeting-ledger.repository';

/** How a meeting is cancelled: by whom (null: the system), why, and which parties are gone (absent, rejected). */
export interface CancelHow {
  by: string | null;
  reason: string;
  gone?: string[];
}

/** Cancels one booked meeting in the current transaction; false when it was not booked. */
export type CancelInTx = (meetingId: string, how: CancelHow) => Promise<boolean>;

export interface FreedMeeting {
  eventId: string;
  meetingId: string;
  /** The parties still free to meet in the freed slot. */
  present: string[];
}

@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly booker: MeetingBookerService,
    private readonly ledger: MeetingLedger,
    private readonly domainEvents: DomainEvents,
  ) {}

  /** Either party or an organizer cancels; the slot and table are free at once. Cancelling twice is harmless. */
  async cancel(caller: Caller, meetingId: string): Promise<void> {
    const [meeting] = await this.db.query(`SELECT event_id, startup_id, counterpart_id, status FROM meetings WHERE id = $1`, [meetingId]);
    if (!meeting || !seesMeeting(caller, meeting)) {
      throw AppError.notFound('Meeting');
    }
    if (meeting.status === 'cancelled') return;
    await this.cancelling((tx, cancel) => cancel(meetingId, { by: caller.id, reason: 'cancelled by a participant' }));
  }

  /**
   * The one way to cancel booked meetings (a participant's or organizer's cancellation, a no-show, a rejected
   * account, a deleted demand): `work` runs in one transaction and cancels through `cancel` (see cancelInTx).
   * Once it committed, every freed slot is offered at once to the parties still there (`meeting.freed`, which the
   * backfill acts on during the event), and then the general refill retries the event's waiting requests.
   */
  async cancelling<T>(work: (tx: EntityManager, cancel: CancelInTx) => Promise<T>): Promise<T> {
    const freed: FreedMeeting[] = [];
    const result = await this.db.transaction((tx) => work(tx, async (meetingId, how) => {
      const f = await this.cancelInTx(tx, meetingId, how);
      if (f) freed.push(f);
      return f !== null;
    }));
    await this.released(freed);
    return result;
  }

  /**
   * After a transaction that freed meetings committed: each freed slot is offered at once to the parties still
   * there (`meeting.freed`, which the backfill acts on during the event), then the general refill retries the
   * event's waiting requests. `cancelling` calls it; so does the mover when blocked time leaves a meeting no slot.
   */
  async released(freed: FreedMeeting[]): Promise<void> {
    for (const f of freed) await this.domainEvents.publish({ type: 'meeting.freed', ...f });
    for (const eventId of new Set(freed.map((f) => f.eventId))) await this.refill(eventId);
  }

  /**
   * Cancels one booked meeting inside the caller's transaction: frees occupancy and the daily counters, bumps the
   * calendar SEQUENCE, marks the request cancelled and notifies both parties. Null when it was not booked.
   * Use it through `cancelling`, which offers the freed slot once the transaction committed.
   */
  private async cancelInTx(tx: EntityManager, meetingId: string, how: CancelHow): Promise<FreedMeeting | null> {
    const [head] = await tx.query(`SELECT event_id, startup_id, counterpart_id FROM meetings WHERE id = $1`, [meetingId]);
    if (!head) return null;
    await lockEventBooking(tx, head.event_id, 'shared');
    await lockPeople(tx, head.event_id, [head.startup_id, head.counterpart_id]);
    const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: head.event_id });
    const m = await this.ledger.cancelMeeting(tx, meetingId, gridOf(event), { status: 'cancelled', reason: how.reason });
    if (!m) return null;
    await this.notifications.add(tx, [m.startup_id, m.counterpart_id].map((accountId) => ({
      accountId, eventId: m.event_id, type: 'meeting.cancelled' as const, payload: { meetingId, requestId: m.request_id, by: how.by },
    })));
    const gone = new Set(how.gone ?? []);
    return { eventId: m.event_id, meetingId, present: [m.startup_id, m.counterpart_id].filter((id) => !gone.has(id)) };
  }

  async view(meetingId: string) {
    const [m] = await this.db.query(
      `SELECT m.id, m.request_id, m.startup_id, m.counterpart_id, m.starts_at, m.ends_at, m.table_no, m.status, m.sequence, e.timezone
         FROM meetings m JOIN events e ON e.id = m.event_id WHERE m.id = $1`,
      [meetingId],
    );
    if (!m) throw AppError.notFound('Meeting');
    return {
      id: m.id, requestId: m.request_id, participants: [m.startup_id, m.counterpart_id], status: m.status, sequence: m.sequence,
      startsAt: formatInZone(m.starts_at, m.timezone), endsAt: formatInZone(m.ends_at, m.timezone), table: m.table_no,
    };
  }

  /** Freed capacity: retry the event's unschedulable requests. */
  async refill(eventId: string): Promise<void> {
    const rows: { id: string }[] = await this.db.query(
      `SELECT id FROM meeting_requests WHERE event_id = $1 AND status IN ('unschedulable', 'accepted') ORDER BY value DESC, accepted_at`,
      [eventId],
    );
    await this.booker.enqueue(rows.map((r) => r.id)).catch(() => undefined);
  }
}
