import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { pageOf, skipOf } from '../../common/pagination/pagination';
import { isUniqueViolation } from '../../database/pg-errors';
import { EventEntity } from '../events/event.entities';
import { EventsService } from '../events/events.service';
import { MatchesService } from '../matching/matches.service';
import { NotificationsService } from '../notifications/notifications.service';
import { MeetingBookerService } from './meeting-booker.service';
import { assertRequestActor, seesRequest } from './booking-access';
import { canRequestBecome } from './ledger/booking-transitions';
import { MeetingLedger } from './ledger/meeting-ledger.repository';
import { MeetingRequest, Meeting } from './booking.entities';
import { CreateMeetingRequestDto, DeclineRequestDto, MeetingRequestListQuery, toMeetingRequestView } from './meeting-requests.dto';
import { partyNames } from './party-names';
import { requestValue } from './request-value';

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
      if (isUniqueViolation(err, 'meeting_requests_open_key')) throw AppError.conflict('This match already has an open meeting request');
      throw err;
    }
  }

  /** Only the recipient accepts. Accepting again is harmless; the booking job is queued after the commit. */
  async accept(caller: Caller, id: string) {
    const request = await this.transition(caller, id, 'recipient', async (tx, r) => {
      if (['accepted', 'booked', 'unschedulable'].includes(r.status)) return false;
      if (!canRequestBecome(r.status, 'accepted')) throw AppError.conflict(`A ${r.status} request cannot be accepted`, ErrorCode.InvalidTransition);
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
      if (!canRequestBecome(r.status, 'declined')) throw AppError.conflict(`A ${r.status} request cannot be declined`, ErrorCode.InvalidTransition);
      await this.ledger.setRequestStatus(tx, 'declined', [{ id: r.id, reason: dto.reason ?? null }]);
      await this.notifications.add(tx, [{ accountId: r.senderId, eventId: r.eventId, type: 'request.declined', payload: { requestId: r.id, reason: dto.reason ?? null } }]);
      return true;
    });
    return this.get(caller, id);
  }

  async withdraw(caller: Caller, id: string) {
    await this.transition(caller, id, 'sender', async (tx, r) => {
      if (r.status === 'withdrawn') return false;
      if (!canRequestBecome(r.status, 'withdrawn')) throw AppError.conflict(`A ${r.status} request cannot be withdrawn`, ErrorCode.InvalidTransition);
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
    const event = await this.events.get(eventId);
    const qb = this.requests.createQueryBuilder('r').where('r.event_id = :eventId', { eventId });
    if (caller.role !== 'organizer') {
      if (query.direction === 'sent') qb.andWhere('r.sender_id = :me', { me: caller.id });
      else if (query.direction === 'received') qb.andWhere('r.recipient_id = :me', { me: caller.id });
      else qb.andWhere('(r.sender_id = :me OR r.recipient_id = :me)', { me: caller.id });
    }
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    const [rows, total] = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'ASC').skip(skipOf(query)).take(query.limit).getManyAndCount();
    const meetings = rows.length ? await this.meetings.findBy({ requestId: In(rows.map((r) => r.id)), status: 'booked' }) : [];
    const byRequest = new Map(meetings.map((m) => [m.requestId, m]));
    const names = await partyNames(this.db, rows.flatMap((r) => [r.startupId, r.counterpartId]));
    return pageOf(
      rows.map((r) => ({
        ...toMeetingRequestView(r, event.timezone, caller.id, byRequest.get(r.id) ?? null, !!event.schedulePublishedAt),
        startup: names.get(r.startupId) ?? null,
        counterpart: names.get(r.counterpartId) ?? null,
      })),
      total,
      query,
    );
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
