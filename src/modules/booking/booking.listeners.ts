import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../../common/events/domain-events';
import { IrAllocationService } from './ir-allocation.service';
import { MeetingLedger, type RequestOwner } from './ledger/meeting-ledger.repository';
import { MeetingMoverService } from './meeting-mover.service';
import { MeetingsService } from './meetings.service';

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
    private readonly ledger: MeetingLedger,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onModuleInit(): void {
    this.events.on('account.rejected', ({ accountId }) => this.closeRequests({ accountId }, 'account rejected by an organizer'));
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
    this.events.on('demand.deleted', ({ demandId }) => this.closeRequests({ demandId }, 'the demand was withdrawn'));
  }

  /**
   * Cancels the owner's meetings and closes its open requests; a rejected account's IR request is withdrawn too.
   * The freed slots are offered to the other parties (and, for a deleted demand, to its owner) by `cancelling`.
   */
  private async closeRequests(owner: RequestOwner, reason: string): Promise<void> {
    let pitchEvents: string[] = [];
    const gone = 'accountId' in owner ? [owner.accountId] : [];
    await this.meetings.cancelling(async (tx, cancel) => {
      for (const m of await this.ledger.bookedMeetingsOf(tx, owner)) await cancel(m.id, { by: null, reason, gone });
      await this.ledger.closeOpenRequests(tx, owner, reason);
      if ('accountId' in owner) pitchEvents = await this.ir.withdrawAllOf(tx, owner.accountId);
    });
    for (const eventId of pitchEvents) await this.ir.promoteWaiting(eventId);
  }
}
