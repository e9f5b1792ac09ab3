import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError, ConflictReason, ErrorCode } from '../../common/errors/app-error';
import { countWhenFull, pageOf, skipOf, totalOf } from '../../common/pagination/pagination';
import { preparedRows } from '../../database/prepared';
import { isUniqueViolation } from '../../database/pg-errors';
import { EventEntity } from '../events/event.entities';
import { EventsService } from '../events/events.service';
import { MatchesService } from '../matching/matches.service';
import { NotificationsService } from '../notifications/notifications.service';
import { MeetingBookerService } from './meeting-booker.service';
import { assertRequestActor, seesRequest } from './booking-access';
import { canRequestBecome } from './ledger/booking-transitions';
import { MeetingLedger } from './ledger/meeting-ledger.repository';
import { MeetingRequest, Meeting, type RequestStatus } from './booking.entities';
import type { MeetingRequestView } from './meeting-requests.views';
import { formatEpochInZone } from '../events/event-grid';
import { CreateMeetingRequestDto, DeclineRequestDto, MeetingRequestListQuery, requestDirection, requestMeetingView, toMeetingRequestView } from './meeting-requests.dto';
import { partyNameJson } from './party-names';
import { requestValue } from './request-value';

/**
 * A page of requests read as one JSON value (one column, parsed at once, rather than a row of columns per request):
 * each request an array in this order, its times as PostgreSQL writes them in JSON, each party `[role, name]` or null
 * (only for a party whose account is gone).
 */
type RequestListItem = [
  id: string, matchId: string, senderId: string, recipientId: string, startupId: string, counterpartId: string,
  message: string | null, status: RequestStatus, reason: string | null, createdAt: string, updatedAt: string,
  meetingId: string | null, meetingStartsAt: string | null, meetingEndsAt: string | null, meetingTableNo: number | null,
  startup: [role: string, name: string] | null, counterpart: [role: string, name: string] | null,
];

/** A time of a `RequestListItem` in the event's zone, as `formatInZone` writes it (Date.parse keeps whole milliseconds, as the driver does). */
const inZone = (pgTime: string, timezone: string) => formatEpochInZone(Date.parse(pgTime), timezone);

@Injectable()
export class MeetingRequestsService {
  constructor(
    @InjectRepository(MeetingRequest) private readonly requests: Repository<MeetingRequest>,
    @InjectRepository(Meeting) private readonly meetings: Repository<Meeting>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly matches: MatchesService,
    private readonly events: EventsService,
    private readonly notifications: NotificationsService,
    private readonly booker: MeetingBookerService,
    private readonly ledger: MeetingLedger,
  ) {}

  async create(caller: Caller, eventId: string, dto: CreateMeetingRequestDto) {
    const event = await this.events.get(eventId);
    const match = await this.matches.visible(caller, dto.matchId).catch(() => null);
    if (!match || match.event_id !== eventId) throw AppError.notFound('Match');
    const counterpartId = match.investor_id ?? match.demand_owner_id!;
    const isStartup = caller.id === match.startup_id;
    if (!isStartup && caller.id !== counterpartId) throw AppError.forbidden('Only the two parties of a match request a meeting');
    const recipientId = isStartup ? counterpartId : match.startup_id;
    try {
      const saved = await this.db.transaction(async (tx) => {
        const request = await this.ledger.createRequest(tx, {
          eventId, matchId: match.id, senderId: caller.id, recipientId, startupId: match.startup_id, counterpartId,
          message: dto.message ?? null, value: requestValue(match.score, match.startup_decision, match.counterpart_decision),
        });
        await this.notifications.add(tx, [{ accountId: recipientId, eventId, type: 'request.received', payload: { requestId: request.id, from: caller.id } }]);
        return request;
      });
      return this.view(saved, event, caller.id);
    } catch (err) {
      if (isUniqueViolation(err, 'meeting_requests_open_key')) throw AppError.conflict('This match already has an open meeting request', ErrorCode.Conflict, ConflictReason.RequestOpen);
      throw err;
    }
  }

  /** Only the recipient accepts. Accepting again is harmless; the booking job is queued after the commit. */
  async accept(caller: Caller, id: string) {
    const request = await this.transition(caller, id, 'recipient', async (tx, r) => {
      if (['accepted', 'booked', 'unschedulable'].includes(r.status)) return false;
      if (!canRequestBecome(r.status, 'accepted')) throw AppError.conflict(`A ${r.status} request cannot be accepted`, ErrorCode.InvalidTransition, ConflictReason.RequestClosed);
      await this.ledger.setRequestStatus(tx, 'accepted', [{ id: r.id }]);
      await this.notifications.add(tx, [{ accountId: r.senderId, eventId: r.eventId, type: 'request.accepted', payload: { requestId: r.id } }]);
      return true;
    });
    // Committed first: if Redis is down the reconcile sweep books it later.
    if (request.status === 'accepted') await this.booker.enqueue([request.id]).catch(() => undefined);
    return this.get(caller, id);
  }

  async decline(caller: Caller, id: string, dto: DeclineRequestDto) {
    await this.transition(caller, id, 'recipient', async (tx, r) => {
      if (r.status === 'declined') return false;
      if (!canRequestBecome(r.status, 'declined')) throw AppError.conflict(`A ${r.status} request cannot be declined`, ErrorCode.InvalidTransition, ConflictReason.RequestClosed);
      await this.ledger.setRequestStatus(tx, 'declined', [{ id: r.id, reason: dto.reason ?? null }]);
      await this.notifications.add(tx, [{ accountId: r.senderId, eventId: r.eventId, type: 'request.declined', payload: { requestId: r.id, reason: dto.reason ?? null } }]);
      return true;
    });
    return this.get(caller, id);
  }

  async withdraw(caller: Caller, id: string) {
    await this.transition(caller, id, 'sender', async (tx, r) => {
      if (r.status === 'withdrawn') return false;
      if (!canRequestBecome(r.status, 'withdrawn')) throw AppError.conflict(`A ${r.status} request cannot be withdrawn`, ErrorCode.InvalidTransition, ConflictReason.RequestClosed);
      await this.ledger.setRequestStatus(tx, 'withdrawn', [{ id: r.id }]);
      return true;
    });
    return this.get(caller, id);
  }

  async get(caller: Caller, id: string) {
    const request = await this.visible(caller, id);
    const event = await this.events.get(request.eventId);
    return this.view(request, event, caller.id);
  }

  async list(caller: Caller, eventId: string, query: MeetingRequestListQuery) {
    const params: unknown[] = [eventId];
    const where = ['r.event_id = $1'];
    if (caller.role !== 'organizer') {
      params.push(caller.id);
      where.push(query.direction === 'sent' ? 'r.sender_id = $2' : query.direction === 'received' ? 'r.recipient_id = $2' : '(r.sender_id = $2 OR r.recipient_id = $2)');
    }
    if (query.status) {
      params.push(query.status);
      where.push(`r.status = $${params.length}`);
    }
    const whereSql = where.join(' AND ');
    const n = params.length;
    // A member's list names the caller on every row: the caller's name is read once (an uncorrelated subquery, run
    // at most once), the other party's per row.
    const nameOf = (idSql: string) =>
      caller.role === 'organizer' ? partyNameJson(idSql) : `CASE WHEN ${idSql} = $2 THEN ${partyNameJson('$2')} ELSE ${partyNameJson(idSql)} END`;
    // One prepared read: the event (no row: 404) and the page as one JSON array, each request with its booked meeting
    // and both parties' names. The text varies only with the filters used. Meetings and names are looked up for the
    // page's rows only (never a scan of the event's meetings).
    const countSql = `SELECT count(*)::int AS total FROM meeting_requests r WHERE ${whereSql}`;
    const [row] = await preparedRows<{ timezone: string; published: boolean; items: RequestListItem[] | null; total: number | null }>(
      this.db,
      `SELECT e.timezone, e.schedule_published_at IS NOT NULL AS published, p.items,
              ${countWhenFull('p.n', `$${n + 1}`, countSql)} AS total
         FROM events e
        CROSS JOIN LATERAL (
              SELECT json_agg(json_build_array(r.id, r.match_id, r.sender_id, r.recipient_id, r.startup_id, r.counterpart_id, r.message,
                                               r.status, r.reason, r.created_at, r.updated_at, m.id, m.starts_at, m.ends_at, m.table_no,
                                               ${nameOf('r.startup_id')}, ${nameOf('r.counterpart_id')})
                              ORDER BY r.created_at DESC, r.id) AS items,
                     count(*) AS n
                FROM (SELECT r.id, r.match_id, r.sender_id, r.recipient_id, r.startup_id, r.counterpart_id, r.message, r.status, r.reason,
                             r.created_at, r.updated_at
                        FROM meeting_requests r
                       WHERE ${whereSql} ORDER BY r.created_at DESC, r.id LIMIT $${n + 1} OFFSET $${n + 2}) r
                LEFT JOIN meetings m ON m.request_id = r.id AND m.status = 'booked') p
        WHERE e.id = $1`,
      [...params, query.limit, skipOf(query)],
    );
    if (!row) throw AppError.notFound('Event');
    const { timezone, published } = row;
    const page = row.items ?? [];
    const total = await totalOf(query, page.length, async () => {
      const [{ total }] = await preparedRows<{ total: number }>(this.db, countSql, params);
      return total;
    }, row.total);
    const callerId = caller.id;
    // The fields in the order of toMeetingRequestView, then the two parties (the event id is the path's, lower-cased by IdPipe).
    const items: MeetingRequestView[] = page.map(
      ([id, matchId, senderId, recipientId, startupId, counterpartId, message, status, reason, createdAt, updatedAt, meetingId, startsAt, endsAt, tableNo, startup, counterpart]) => ({
        id, eventId, matchId, senderId, recipientId, startupId, counterpartId,
        direction: requestDirection(callerId, { senderId, recipientId }),
        message, status, reason,
        meeting: meetingId ? requestMeetingView(meetingId, inZone(startsAt!, timezone), inZone(endsAt!, timezone), tableNo!, published) : null,
        createdAt: inZone(createdAt, timezone), updatedAt: inZone(updatedAt, timezone),
        startup: startup === null ? null : { accountId: startupId, name: startup[1], role: startup[0] },
        counterpart: counterpart === null ? null : { accountId: counterpartId, name: counterpart[1], role: counterpart[0] },
      }),
    );
    return pageOf(items, total, query);
  }

  /** Parties and organizers see a request; anyone else gets 404. */
  private async visible(caller: Caller, id: string): Promise<MeetingRequest> {
    const request = await this.requests.findOneBy({ id });
    if (!request || !seesRequest(caller, request)) {
      throw AppError.notFound('Meeting request');
    }
    return request;
  }

  private async view(request: MeetingRequest, event: EventEntity, callerId: string) {
    const meeting = await this.meetings.findOneBy({ requestId: request.id, status: 'booked' });
    return toMeetingRequestView(request, event.timezone, callerId, meeting, !!event.schedulePublishedAt);
  }

  /** Runs a status change under the request's row lock; `who` may act, the other party gets 403. */
  private async transition(
    caller: Caller,
    id: string,
    who: 'sender' | 'recipient',
    change: (tx: EntityManager, r: MeetingRequest) => Promise<boolean>,
  ): Promise<MeetingRequest> {
    const request = await this.visible(caller, id);
    assertRequestActor(caller, request, who);
    return this.db.transaction(async (tx) => {
      const locked = await tx.findOneOrFail(MeetingRequest, { where: { id }, lock: { mode: 'pessimistic_write' } });
      await change(tx, locked);
      return tx.findOneByOrFail(MeetingRequest, { id });
    });
  }
}
