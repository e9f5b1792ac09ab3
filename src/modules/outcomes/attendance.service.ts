import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError, ConflictReason, ErrorCode } from '../../common/errors/app-error';
import { seesMeeting } from '../booking/booking-access';
import { lockEventBooking, lockPeople } from '../booking/booking-locks';
import { MeetingsService } from '../booking/meetings.service';
import { partyNames } from '../booking/party-names';
import { formatInZone } from '../events/event-grid';
import { NotificationsService } from '../notifications/notifications.service';
import { checkInWindow, meetingStatus, noShowAllowedFrom } from './attendance-rules';
import { AttendanceRepository, type MeetingHead } from './attendance.repository';
import { checkInQrPayload, codeFromScan } from './check-in-code';
import { OutcomeRepository } from './outcome.repository';

const partiesOf = (m: MeetingHead) => [m.startupId, m.counterpartId];
const otherParty = (m: MeetingHead, accountId: string) => (m.startupId === accountId ? m.counterpartId : m.startupId);

/** Check-in, no-shows and the meeting view with its attendance. */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly attendance: AttendanceRepository,
    private readonly outcomes: OutcomeRepository,
    private readonly meetings: MeetingsService,
    private readonly notifications: NotificationsService,
  ) {}

  /** Parties and organizers see a meeting; anyone else gets 404. */
  async visible(caller: Caller, meetingId: string): Promise<MeetingHead> {
    const head = await this.attendance.findHead(meetingId, this.db);
    if (!head || !seesMeeting(caller, { startup_id: head.startupId, counterpart_id: head.counterpartId })) throw AppError.notFound('Meeting');
    return head;
  }

  /** Only the parties act on a meeting's attendance or outcome: others 404, organizers 403. */
  async ownMeeting(caller: Caller, meetingId: string): Promise<MeetingHead> {
    const head = await this.visible(caller, meetingId);
    if (!partiesOf(head).includes(caller.id)) throw AppError.forbidden('Only the two parties of a meeting do this');
    return head;
  }

  async view(caller: Caller, meetingId: string) {
    const head = await this.visible(caller, meetingId);
    const [checkIns, noShow, summary, names] = await Promise.all([
      this.attendance.checkIns(head.id, this.db), this.attendance.noShow(head.id, this.db), this.outcomes.summary(head.id), partyNames(this.db, partiesOf(head)),
    ]);
    const tz = head.timezone;
    const party = partiesOf(head).includes(caller.id);
    const code = party ? (await this.attendance.codes(head.id, partiesOf(head))).get(caller.id)! : null;
    return {
      id: head.id, eventId: head.eventId, requestId: head.requestId, participants: partiesOf(head),
      parties: partiesOf(head).map((id) => names.get(id) ?? { accountId: id, name: '' }),
      startsAt: formatInZone(head.startsAt, tz), endsAt: formatInZone(head.endsAt, tz), table: head.table,
      status: meetingStatus(head.status, checkIns.length, summary.heldReports),
      provisional: !head.published, sequence: head.sequence,
      checkIns: checkIns.map((c) => ({ accountId: c.accountId, at: formatInZone(c.at, tz), via: c.via })),
      noShow: noShow ? { accountId: noShow.absentId, markedBy: noShow.markedBy, at: formatInZone(noShow.at, tz) } : null,
      noShowAllowedFrom: formatInZone(noShowAllowedFrom(head.startsAt), tz),
      // The caller's own code, for the other party to type or scan; never shown to organizers.
      myCheckInCode: code ? { code, qrPayload: checkInQrPayload(head.id, code) } : null,
      outcomeRecordedBy: caller.role === 'organizer' ? summary.recordedBy : summary.recordedBy.filter((id) => id === caller.id),
    };
  }

  /**
   * Records the caller's arrival. With the other party's code (typed, or the QR payload scanned from its
   * phone) both are recorded as present: the code only exists on that party's screen. Checking in twice is
   * harmless. A meeting cancelled (or ended as a no-show) is 409; so is a check-in far from the meeting's time.
   */
  async checkIn(caller: Caller, meetingId: string, scanned: string | undefined) {
    const head = await this.ownMeeting(caller, meetingId);
    const other = otherParty(head, caller.id);
    let withOther = false;
    if (scanned !== undefined) {
      const code = codeFromScan(scanned, head.id);
      const expected = (await this.attendance.codes(head.id, partiesOf(head))).get(other);
      if (!code || code !== expected) throw AppError.invalid('code', "code is not the other party's check-in code for this meeting");
      withOther = true;
    }
    await this.db.transaction(async (tx) => {
      // The row lock orders a check-in against a concurrent no-show (which cancels the meeting).
      const locked = (await this.attendance.findHead(head.id, tx, 'FOR SHARE'))!;
      const already = new Set((await this.attendance.checkIns(head.id, tx)).map((c) => c.accountId));
      if (already.has(caller.id) && (!withOther || already.has(other))) return;
      if (locked.status === 'cancelled') {
        const noShow = await this.attendance.noShow(head.id, tx);
        throw noShow
          ? AppError.conflict('This meeting was closed as a no-show', ErrorCode.InvalidTransition, ConflictReason.ClosedAsNoShow)
          : AppError.conflict('This meeting was cancelled', ErrorCode.InvalidTransition, ConflictReason.MeetingCancelled);
      }
      const window = checkInWindow(locked.now, locked.startsAt, locked.endsAt);
      if (window !== 'open') {
        throw AppError.conflict(
          window === 'not-yet' ? 'Check-in opens 30 minutes before the meeting' : 'Check-in closed 12 hours after the meeting',
          ErrorCode.InvalidTransition,
          window === 'not-yet' ? ConflictReason.CheckInNotYet : ConflictReason.CheckInClosed,
        );
      }
      const arrivals = [{ accountId: caller.id, via: scanned !== undefined ? ('code' as const) : ('agenda' as const) }];
      if (withOther) arrivals.push({ accountId: other, via: 'code' });
      const added = await this.attendance.addCheckIns(tx, head.id, arrivals);
      if (added.includes(caller.id)) {
        await this.notifications.add(tx, [{
          accountId: other, eventId: head.eventId, type: 'meeting.checked-in',
          payload: { meetingId: head.id, accountId: caller.id, table: head.table },
        }]);
      }
    });
    return this.view(caller, meetingId);
  }

  /**
   * The present party marks the other as a no-show, ten minutes after the start at the earliest. The meeting
   * is released through the booking module (slot and table freed, both notified) and the freed slot is
   * offered to the present party's best waiting request (MeetingsService.cancelling → BackfillService).
   */
  async markNoShow(caller: Caller, meetingId: string) {
    const head = await this.ownMeeting(caller, meetingId);
    const absent = otherParty(head, caller.id);
    await this.meetings.cancelling(async (tx, cancel) => {
      // Booking's lock order (event, people, then rows), as the cancellation inside takes the same locks.
      await lockEventBooking(tx, head.eventId, 'shared');
      await lockPeople(tx, head.eventId, partiesOf(head));
      const locked = (await this.attendance.findHead(head.id, tx, 'FOR UPDATE'))!;
      const existing = await this.attendance.noShow(head.id, tx);
      if (existing) {
        if (existing.markedBy === caller.id) return;
        throw AppError.conflict('The other party already marked you as a no-show', ErrorCode.InvalidTransition, ConflictReason.ClosedAsNoShow);
      }
      if (locked.status === 'cancelled') throw AppError.conflict('This meeting was cancelled', ErrorCode.InvalidTransition, ConflictReason.MeetingCancelled);
      const present = new Set((await this.attendance.checkIns(head.id, tx)).map((c) => c.accountId));
      if (!present.has(caller.id)) throw AppError.conflict('Check in first: only the present party marks a no-show', ErrorCode.InvalidTransition, ConflictReason.CheckInFirst);
      if (present.has(absent)) throw AppError.conflict('Both parties checked in: the meeting is held', ErrorCode.InvalidTransition, ConflictReason.AlreadyHeld);
      const from = noShowAllowedFrom(locked.startsAt);
      if (locked.now < from) {
        throw AppError.conflict(`A no-show can be marked from ${formatInZone(from, locked.timezone)}, ten minutes after the start`, ErrorCode.InvalidTransition, ConflictReason.NoShowTooEarly);
      }
      await this.attendance.addNoShow(tx, locked, absent, caller.id);
      await cancel(head.id, { by: caller.id, reason: 'no-show: the other party did not come', gone: [absent] });
      await this.notifications.add(tx, [{
        accountId: absent, eventId: head.eventId, type: 'meeting.no-show', payload: { meetingId: head.id, markedBy: caller.id },
      }]);
    });
    return this.view(caller, meetingId);
  }
}
