import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../../common/events/domain-events';
import { IrAllocationService } from './ir-allocation.service';
import { MeetingMoverService } from './meeting-mover.service';
import { MeetingsService } from './meetings.service';
import { returningRows } from '../../database/sql';

/**
 * Rejecting an account or deleting a demand withdraws its open requests, cancels its meetings (slots freed,
 * parties notified) and withdraws its IR request.
 */
@Injectable()
export class BookingListeners implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly meetings: MeetingsService,
    private readonly mover: MeetingMoverService,
    private readonly ir: IrAllocationService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.events.on('account.rejected', ({ accountId }) =>
      this.closeRequests(`(r.startup_id = $1 OR r.counterpart_id = $1)`, accountId, 'account rejected by an organizer', accountId),
    );
    // A participant who blocks time over a booked meeting gets it moved (same UID, notified), never kept.
    this.events.on('availability.changed', async ({ eventId, accountId }) => {
      const clashes: { id: string }[] = await this.db.query(
        `SELECT DISTINCT m.id FROM meetings m JOIN availability_blocks b ON b.event_id = m.event_id AND b.account_id = $2
          WHERE m.event_id = $1 AND m.status = 'booked' AND $2 IN (m.startup_id, m.counterpart_id)
            AND b.starts_at < m.ends_at AND b.ends_at > m.starts_at`,
        [eventId, accountId],
      );
      for (const { id } of clashes) await this.mover.move(id, null, accountId);
    });
    this.events.on('demand.deleted', ({ demandId }) =>
      this.closeRequests(`r.match_id IN (SELECT id FROM matches WHERE demand_id = $1)`, demandId, 'the demand was withdrawn', null),
    );
  }

  private async closeRequests(where: string, param: string, reason: string, rejectedAccount: string | null): Promise<void> {
    const events = new Set<string>();
    const pitchEvents = new Set<string>();
    await this.db.transaction(async (tx) => {
      const meetings: { id: string; event_id: string }[] = await tx.query(
        `SELECT m.id, m.event_id FROM meetings m JOIN meeting_requests r ON r.id = m.request_id WHERE ${where} AND m.status = 'booked'`,
        [param],
      );
      for (const m of meetings) {
        await this.meetings.cancelInTx(tx, m.id, null, reason);
        events.add(m.event_id);
      }
      await tx.query(
        `UPDATE meeting_requests r SET status = CASE WHEN r.status = 'pending' THEN 'withdrawn' ELSE 'cancelled' END,
                reason = $2, updated_at = now()
          WHERE ${where.replace('$1', '$1')} AND r.status IN ('pending', 'accepted', 'unschedulable')`,
        [param, reason],
      );
      if (rejectedAccount) {
        const pitches = await returningRows<{ id: string; event_id: string }>(tx,
          `UPDATE pitches SET status = 'cancelled' WHERE startup_id = $1 AND status = 'scheduled' RETURNING id, event_id`,
          [rejectedAccount],
        );
        for (const p of pitches) pitchEvents.add(p.event_id);
        if (pitches.length) await tx.query(`DELETE FROM occupancy WHERE pitch_id = ANY($1::uuid[])`, [pitches.map((p) => p.id)]);
        await tx.query(`UPDATE ir_requests SET status = 'withdrawn', waitlist_position = NULL WHERE startup_id = $1 AND status <> 'withdrawn'`, [rejectedAccount]);
      }
    });
    for (const eventId of events) await this.meetings.refill(eventId);
    for (const eventId of pitchEvents) await this.ir.promoteWaiting(eventId);
  }
}
