import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { isCheckViolation, isRetryableTxError, isUniqueViolation } from '../../database/pg-errors';
import { JobQueue } from '../../queue/job-queue.service';
import { JobName } from '../../queue/queue.constants';
import { EventEntity } from '../events/event.entities';
import { gridOf } from '../events/events.views';
import { NotificationsService } from '../notifications/notifications.service';
import { lockEventBooking } from './booking-locks';
import { BookingStateRepository } from './booking-state.repository';
import type { MeetingRequest } from './booking.entities';
import { MeetingLedger } from './ledger/meeting-ledger.repository';
import { chooseSlot } from './slot-choice';
import { firstOpenSlot, firstUnendedSlot } from './started-slots';

const MAX_ATTEMPTS = 8;

export type BookOutcome = 'booked' | 'unschedulable' | 'skipped';

/**
 * A booking limited to given slots (a backfill offers one freed slot): nothing fits → 'skipped', the request
 * unchanged. A named slot may be the one still running (started-slots.ts, firstUnendedSlot).
 */
export interface BookWithin {
  slots: ReadonlySet<number>;
  /** Added to the parties' `meeting.booked` notification payload. */
  note?: Record<string, unknown>;
}

/**
 * Books one accepted request into the best feasible slot and a free table, in one transaction. The schema's
 * unique keys (person × slot, table × slot, one live meeting per request) and the checked daily counter make a
 * double booking impossible; losing a race raises a constraint error, and the booker retries with fresh state.
 */
@Injectable()
export class MeetingBookerService {
  private readonly logger = new Logger(MeetingBookerService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly state: BookingStateRepository,
    private readonly notifications: NotificationsService,
    private readonly ledger: MeetingLedger,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Queues booking jobs (after the requests' commit: a lost job is found again by the reconcile sweep). */
  async enqueue(requestIds: string[]): Promise<void> {
    await this.jobs.addAll(requestIds.map((requestId) => ({ name: JobName.BookRequest, data: { requestId } })));
  }

  async book(requestId: string, within?: BookWithin): Promise<BookOutcome> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction((tx) => this.bookOnce(tx, requestId, within));
      } catch (err) {
        const retry = isUniqueViolation(err) || isRetryableTxError(err) || isCheckViolation(err);
        if (!retry || attempt >= MAX_ATTEMPTS) throw err;
        this.logger.debug(`retrying booking of ${requestId} after a constraint conflict`);
      }
    }
  }

  private async bookOnce(tx: EntityManager, requestId: string, within?: BookWithin): Promise<BookOutcome> {
    const [head] = await tx.query(`SELECT event_id, startup_id, counterpart_id FROM meeting_requests WHERE id = $1`, [requestId]);
    if (!head) return 'skipped';
    // Bookings of one event run one at a time: the least-loaded-slot choice would otherwise send concurrent
    // bookers to the same table. (The unique keys still guard correctness; this only avoids futile retries.)
    await lockEventBooking(tx, head.event_id, 'exclusive');
    const [request]: MeetingRequest[] = await tx.query(
      `SELECT id, event_id AS "eventId", startup_id AS "startupId", counterpart_id AS "counterpartId", status
         FROM meeting_requests WHERE id = $1 FOR UPDATE`,
      [requestId],
    );
    if (request.status !== 'accepted' && request.status !== 'unschedulable') return 'skipped';
    const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: request.eventId });
    const grid = gridOf(event);
    const people = [request.startupId, request.counterpartId];
    // One connection per transaction: queries run one after another.
    const [{ role }] = await tx.query(`SELECT role FROM accounts WHERE id = $1`, [request.counterpartId]);
    const [a, b] = await this.state.partyLoads(tx, event.id, grid, [
      { id: request.startupId, label: 'the startup' },
      { id: request.counterpartId, label: role === 'investor' ? 'the investor' : 'the company' },
    ]);
    const tablesUsed = await this.state.tablesUsed(tx, event.id);
    // Never into a slot that has started (started-slots.ts); a backfill only into the slots it names, which may
    // include the one still running.
    const open = within ? firstUnendedSlot(grid, this.clock.now()) : firstOpenSlot(grid, this.clock.now());
    const exclude = new Set(Array.from({ length: grid.slotCount }, (_, t) => t).filter((t) => t < open || (within !== undefined && !within.slots.has(t))));
    const choice = chooseSlot({ slotCount: grid.slotCount, slotsPerDay: grid.slotsPerDay, tables: event.tables, tablesUsed, a, b, exclude });
    if ('reason' in choice && within) return 'skipped';
    if ('reason' in choice) {
      const changed = request.status !== 'unschedulable';
      await this.ledger.setRequestStatus(tx, 'unschedulable', [{ id: request.id, reason: choice.reason }]);
      if (changed) {
        await this.notifications.add(tx, people.map((accountId) => ({
          accountId, eventId: event.id, type: 'request.unschedulable' as const, payload: { requestId: request.id, reason: choice.reason },
        })));
      }
      return 'unschedulable';
    }
    const meetingId = await this.ledger.createMeeting(
      tx, event.id, grid,
      { requestId: request.id, startupId: request.startupId, counterpartId: request.counterpartId, slot: choice.slot, table: choice.table },
      [{ id: request.startupId, cap: a.cap }, { id: request.counterpartId, cap: b.cap }],
    );
    await this.notifications.add(tx, people.map((accountId) => ({
      accountId, eventId: event.id, type: 'meeting.booked' as const,
      payload: { meetingId, requestId: request.id, startsAt: grid.format(grid.slotStart(choice.slot)), table: choice.table, ...within?.note },
    })));
    return 'booked';
  }
}

