import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError, ConflictReason, ErrorCode } from '../../common/errors/app-error';
import { formatInZone } from '../events/event-grid';
import { NotificationsService } from '../notifications/notifications.service';
import { bookedAtStart } from './attendance-rules';
import type { MeetingHead } from './attendance.repository';
import { AttendanceService } from './attendance.service';
import { OutcomeRepository, type OutcomeRow } from './outcome.repository';
import type { OutcomeDto, PipelineQuery } from './outcomes.dto';
import { pageOf, skipOf } from '../../common/pagination/pagination';
import { EventsService } from '../events/events.service';

const toView = (o: OutcomeRow, timezone: string) => ({
  meetingId: o.meetingId, accountId: o.accountId, side: o.side, held: o.held, followUps: o.followUps,
  amount: o.amount, note: o.note, recordedAt: formatInZone(o.recordedAt, timezone), updatedAt: formatInZone(o.updatedAt, timezone),
});

/** Each party's outcome of a meeting: written by that party after the start, read by it and organizers. */
@Injectable()
export class OutcomesService {
  private readonly logger = new Logger(OutcomesService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attendance: AttendanceService,
    private readonly outcomes: OutcomeRepository,
    private readonly notifications: NotificationsService,
    private readonly events: EventsService,
  ) {}

  async record(caller: Caller, meetingId: string, dto: OutcomeDto) {
    const head = await this.attendance.ownMeeting(caller, meetingId);
    if (dto.followUps.includes('none') && dto.followUps.length > 1) {
      throw AppError.invalid('followUps', 'followUps: "none" cannot be combined with other follow-ups');
    }
    if (!bookedAtStart(head)) throw AppError.conflict('This meeting was cancelled before it started', ErrorCode.InvalidTransition, ConflictReason.MeetingCancelled);
    if (head.now < head.startsAt) {
      throw AppError.conflict(`Outcomes can be recorded from the meeting's start (${formatInZone(head.startsAt, head.timezone)})`, ErrorCode.InvalidTransition, ConflictReason.OutcomeTooEarly);
    }
    const side = head.startupId === caller.id ? 'startup' : 'counterpart';
    const saved = await this.outcomes.upsert(head, caller.id, side, {
      held: dto.held, followUps: dto.followUps, amount: dto.amount ?? null, note: dto.note ?? null,
    });
    return toView(saved, head.timezone);
  }

  /** The caller's own outcome (404 until recorded); organizers use `list`. */
  async own(caller: Caller, meetingId: string) {
    const head = await this.attendance.ownMeeting(caller, meetingId);
    const outcome = await this.outcomes.find(head.id, caller.id);
    if (!outcome) throw AppError.notFound('Outcome');
    return toView(outcome, head.timezone);
  }

  /** Both parties' outcomes, for organizers. */
  async list(caller: Caller, meetingId: string) {
    const head: MeetingHead = await this.attendance.visible(caller, meetingId);
    if (caller.role !== 'organizer') throw AppError.forbidden('Each party sees only its own outcome');
    return { items: (await this.outcomes.forMeeting(head.id)).map((o) => toView(o, head.timezone)) };
  }

  /** The caller's own pipeline in an event: started meetings with its outcome, or null where still to record. */
  async pipeline(caller: Caller, eventId: string, query: PipelineQuery) {
    const event = await this.events.get(eventId);
    const recorded = query.recorded === undefined ? undefined : query.recorded === 'true';
    const { items, total } = await this.outcomes.pipeline(eventId, caller.id, recorded, query.limit, skipOf(query));
    const tz = event.timezone;
    return pageOf(items.map((i) => ({
      ...i, startsAt: formatInZone(i.startsAt, tz), endsAt: formatInZone(i.endsAt, tz), outcome: i.outcome ? toView(i.outcome, tz) : null,
    })), total, query);
  }

  /**
   * Reminds each party with meetings on an event day that has ended and no outcome for them: one notification
   * per person and day, listing the meetings. Safe to run any number of times, from any number of workers.
   */
  async sendReminders(): Promise<number> {
    const sent = await this.db.transaction(async (tx) => {
      const due = await this.outcomes.claimDueReminders(tx);
      await this.notifications.add(tx, due.map((d) => ({
        accountId: d.accountId, eventId: d.eventId, type: 'outcome.reminder' as const, payload: { day: d.day, meetingIds: d.meetingIds },
      })));
      return due.length;
    });
    if (sent) this.logger.log(`outcome reminders: ${sent} sent`);
    return sent;
  }
}
