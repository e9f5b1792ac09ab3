import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { isCheckViolation, isUniqueViolation } from '../../database/pg-errors';
import { EventEntity } from '../events/event.entities';
import { gridOf } from '../events/events.views';
import { NotificationsService } from '../notifications/notifications.service';
import { lockEventBooking } from './booking-locks';
import { BookingStateRepository } from './booking-state.repository';
import { MeetingLedger } from './ledger/meeting-ledger.repository';
import { MeetingsService, type FreedMeeting } from './meetings.service';
import { chooseSlot } from './slot-choice';
import { firstOpenSlot, startedSlots } from './started-slots';


export interface MoveTarget {
  startsAt?: string;
  table?: number;
}

/**
 * Moves one booked meeting: to a given time and/or table (an organizer's single move), or to the best
 * feasible slot (when a participant blocks its time). The meeting keeps its id and calendar UID; its SEQUENCE
 * goes up and both parties are notified. If no slot is left, the meeting is cancelled and the request marked
 * unschedulable with the reason.
 */
@Injectable()
export class MeetingMoverService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly state: BookingStateRepository,
    private readonly notifications: NotificationsService,
    private readonly ledger: MeetingLedger,
    private readonly clock: Clock,
    private readonly meetings: MeetingsService,
  ) {}

  async move(meetingId: string, target: MoveTarget | null, by: string | null): Promise<'moved' | 'cancelled' | 'unchanged'> {
    const freed: FreedMeeting[] = [];
    try {
      const outcome = await this.db.transaction((tx) => this.moveInTx(tx, meetingId, target, by, freed));
      // A meeting that found no slot left was cancelled: its slot is offered like any other cancellation's.
      await this.meetings.released(freed);
      return outcome;
    } catch (err) {
      if (isUniqueViolation(err) || isCheckViolation(err)) {
        throw AppError.conflict('That time or table is taken, or a participant would exceed a daily cap', ErrorCode.SlotTaken);
      }
      throw err;
    }
  }

  private async moveInTx(tx: EntityManager, meetingId: string, target: MoveTarget | null, by: string | null, freed: FreedMeeting[]) {
    const [head] = await tx.query(`SELECT event_id FROM meetings WHERE id = $1`, [meetingId]);
    if (!head) throw AppError.notFound('Meeting');
    await lockEventBooking(tx, head.event_id, 'exclusive');
    const [m] = await tx.query(`SELECT * FROM meetings WHERE id = $1 FOR UPDATE`, [meetingId]);
    if (m.status !== 'booked') throw AppError.conflict('Only a booked meeting can move', ErrorCode.InvalidTransition);
    const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: m.event_id });
    const grid = gridOf(event);
    const people = [m.startup_id, m.counterpart_id];
    // Never into the past (started-slots.ts): a meeting that has started stays where it is, and nothing moves to a started slot.
    const now = this.clock.now();
    const open = firstOpenSlot(grid, now);
    if (m.slot < open) {
      if (!target) return 'unchanged'; // a participant blocking time over a running meeting: it is kept, as it happens
      throw AppError.conflict(`This meeting started at ${grid.format(grid.slotStart(m.slot))}; a started meeting cannot move`, ErrorCode.MeetingStarted);
    }

    // Free the meeting's own place first, then look for the new one.
    await this.ledger.releaseSlot(tx, meetingId, grid);
    const caps = await this.state.caps(tx, people);
    const claimants = people.map((id) => ({ id, cap: caps.get(id) ?? null }));

    let slot: number;
    let table: number;
    if (target) {
      slot = target.startsAt ? grid.slotAt(new Date(target.startsAt)) : m.slot;
      if (slot < 0) throw AppError.invalid('startsAt', 'startsAt must be the start of a meeting slot of this event');
      if (slot < open) throw AppError.conflict(`The slot at ${grid.format(grid.slotStart(slot))} has already started`, ErrorCode.SlotStarted);
      table = target.table ?? m.table_no;
      if (table < 1 || table > event.tables) throw AppError.invalid('table', `table must be between 1 and ${event.tables}`);
      const busy = await this.state.busySlots(tx, m.event_id, grid, people);
      if (people.some((p) => busy.get(p)?.has(slot))) throw AppError.conflict('A participant is busy or unavailable then', ErrorCode.SlotTaken);
      if (slot === m.slot && table === m.table_no) {
        await this.ledger.claimSlot(tx, m.event_id, meetingId, claimants, slot, grid.dayOf(slot));
        return 'unchanged';
      }
    } else {
      const [a, b] = await this.state.partyLoads(tx, m.event_id, grid, [
        { id: m.startup_id, label: 'the startup' },
        { id: m.counterpart_id, label: 'the other participant' },
      ]);
      const tablesUsed = await this.state.tablesUsed(tx, m.event_id);
      tablesUsed.get(m.slot)?.delete(m.table_no);
      const choice = chooseSlot({ slotCount: grid.slotCount, slotsPerDay: grid.slotsPerDay, tables: event.tables, tablesUsed, a, b, exclude: startedSlots(grid, now) });
      if ('reason' in choice) {
        await this.ledger.cancelMeeting(tx, meetingId, grid, { status: 'unschedulable', reason: choice.reason });
        await this.notifications.add(tx, people.map((accountId) => ({
          accountId, eventId: m.event_id, type: 'meeting.cancelled' as const, payload: { meetingId, requestId: m.request_id, by, reason: choice.reason },
        })));
        // The one who blocked the time cannot meet then; the other party still can.
        freed.push({ eventId: m.event_id, meetingId, present: people.filter((p) => p !== by) });
        return 'cancelled';
      }
      ({ slot, table } = choice);
    }
    await this.ledger.moveMeeting(tx, m.event_id, grid, meetingId, { slot, table }, claimants);
    await this.notifications.add(tx, people.map((accountId) => ({
      accountId, eventId: m.event_id, type: 'meeting.moved' as const,
      payload: { meetingId, requestId: m.request_id, startsAt: grid.format(grid.slotStart(slot)), table, by },
    })));
    return 'moved';
  }
}
