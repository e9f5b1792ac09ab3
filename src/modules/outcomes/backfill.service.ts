import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { DomainEvents } from '../../common/events/domain-events';
import { MeetingBookerService } from '../booking/meeting-booker.service';
import { firstOpenSlot, firstUnendedSlot } from '../booking/started-slots';
import { EventsService } from '../events/events.service';
import { gridOf } from '../events/events.views';

/** How many waiting requests of one person are tried for one freed slot (best first). */
const CANDIDATES_PER_PERSON = 20;

/**
 * When a meeting is released during the event (cancelled, or ended by a no-show), its slot is offered at once
 * to the best waiting accepted request of each party still there: accepted (or unschedulable) requests of that
 * person, highest value first. Each try goes through the booker restricted to that one slot, so every booking
 * rule (both free, daily caps, a free table, the schema's unique keys) holds and nothing is double-booked;
 * the booked parties get the usual `meeting.booked` notification marked `backfill: true`.
 * Every cancellation publishes `meeting.freed` (MeetingsService.cancelling: a participant's or organizer's
 * cancellation, a no-show, a rejected account, a deleted demand). Before the event starts the general refill (any
 * slot) is the better tool, so this only acts while the event runs, and only for a slot that has not ended:
 * a no-show's own slot is still running and the present party is at the table, so its time left is offered at
 * once; slots that have ended are never offered (started-slots.ts).
 */
@Injectable()
export class BackfillService implements OnModuleInit {
  private readonly logger = new Logger(BackfillService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly domainEvents: DomainEvents,
    private readonly events: EventsService,
    private readonly booker: MeetingBookerService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.domainEvents.on('meeting.freed', async ({ meetingId, present }) => {
      await this.offerFreedSlot(meetingId, present);
    });
  }

  /** Returns the ids of the requests booked into the freed slot. */
  async offerFreedSlot(freedMeetingId: string, present: string[]): Promise<string[]> {
    const [freed] = await this.db.query(`SELECT event_id, slot FROM meetings WHERE id = $1`, [freedMeetingId]);
    if (!freed) return [];
    const event = await this.events.get(freed.event_id);
    const grid = gridOf(event);
    const now = this.clock.now();
    const running = firstOpenSlot(grid, now) > 0;
    if (!running || freed.slot < firstUnendedSlot(grid, now)) return [];
    const booked: string[] = [];
    for (const person of present) {
      const candidates: { id: string }[] = await this.db.query(
        `SELECT id FROM meeting_requests
          WHERE event_id = $1 AND status IN ('accepted', 'unschedulable') AND (startup_id = $2 OR counterpart_id = $2)
          ORDER BY value DESC, accepted_at NULLS LAST, id LIMIT ${CANDIDATES_PER_PERSON}`,
        [event.id, person],
      );
      for (const { id } of candidates) {
        const outcome = await this.booker.book(id, { slots: new Set([freed.slot]), note: { backfill: true, freedMeetingId } });
        if (outcome === 'booked') {
          booked.push(id);
          break;
        }
      }
    }
    if (booked.length) this.logger.log(`backfill: slot of meeting ${freedMeetingId} offered to ${booked.length} waiting request(s)`);
    return booked;
  }
}
