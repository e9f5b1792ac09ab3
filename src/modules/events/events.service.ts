import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { type Caller } from '../../common/auth/auth.decorators';
import { AppError, ConflictReason, ErrorCode, type FieldError } from '../../common/errors/app-error';
import { DomainEvents } from '../../common/events/domain-events';
import { PageQuery, pageOf, skipOf } from '../../common/pagination/pagination';
import { preparedRows } from '../../database/prepared';
import { Account } from '../accounts/account.entity';
import { AvailabilityBlock, EventEntity, EventParticipant, IrSession } from './event.entities';
import { AvailabilityDto, CreateEventDto, CreateIrSessionDto, UpdateEventDto } from './events.dto';
import { formatInZone } from './event-grid';
import { gridOf, irSessionEnd, type ParticipantView, toEventView, toIrSessionView } from './events.views';

const MAX_EVENT_DAYS = 31;

@Injectable()
export class EventsService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    @InjectRepository(IrSession) private readonly sessions: Repository<IrSession>,
    @InjectRepository(EventParticipant) private readonly participants: Repository<EventParticipant>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly domainEvents: DomainEvents,
  ) {}

  async create(dto: CreateEventDto) {
    const event = this.events.create({
      name: dto.name, venue: dto.venue, timezone: dto.timezone, startDate: dto.startDate, endDate: dto.endDate,
      dayStart: dto.meetingGrid.dayStart, dayEnd: dto.meetingGrid.dayEnd, slotMinutes: dto.meetingGrid.slotMinutes,
      tables: dto.meetingGrid.tables, matchWeights: null, schedulePublishedAt: null,
    });
    assertConsistentEvent(event);
    return toEventView(await this.events.save(event));
  }

  async update(id: string, dto: UpdateEventDto) {
    const event = await this.get(id);
    const { meetingGrid, matchWeights, ...given } = dto;
    // DTO classes define every declared field (as undefined when absent): keep only what was sent.
    const rest = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
    Object.assign(event, rest);
    if (meetingGrid) Object.assign(event, meetingGrid);
    if (matchWeights) event.matchWeights = { ...(event.matchWeights ?? {}), ...Object.fromEntries(Object.entries(matchWeights).filter(([, v]) => v !== undefined)) };
    assertConsistentEvent(event);
    const timeChanged = ['timezone', 'startDate', 'endDate'].some((k) => k in rest) || meetingGrid !== undefined;
    if (timeChanged && event.schedulePublishedAt) {
      throw AppError.conflict('The schedule is published: its days and grid can no longer change', ErrorCode.InvalidTransition, ConflictReason.SchedulePublished);
    }
    await this.events.save(event);
    if (matchWeights) await this.domainEvents.publish({ type: 'event.weights-changed', eventId: id });
    return toEventView(event);
  }

  async get(id: string): Promise<EventEntity> {
    const event = await this.events.findOneBy({ id });
    if (!event) throw AppError.notFound('Event');
    return event;
  }

  /** What a list of dated items needs of its event (hot read paths): its time zone and whether the schedule is published. */
  async zoneOf(id: string): Promise<{ timezone: string; published: boolean }> {
    const [row] = await preparedRows<{ timezone: string; published: boolean }>(
      this.db,
      `SELECT timezone, schedule_published_at IS NOT NULL AS published FROM events WHERE id = $1`,
      [id],
    );
    if (!row) throw AppError.notFound('Event');
    return row;
  }

  async list(query: PageQuery) {
    const [rows, total] = await this.events.findAndCount({ order: { startDate: 'DESC', id: 'ASC' }, skip: skipOf(query), take: query.limit });
    return pageOf(rows.map(toEventView), total, query);
  }

  async addIrSession(eventId: string, dto: CreateIrSessionDto) {
    const event = await this.get(eventId);
    const grid = gridOf(event);
    const startsAt = new Date(dto.startsAt);
    if (Number.isNaN(startsAt.getTime())) throw AppError.invalid('startsAt', 'startsAt is not a valid time');
    const session = this.sessions.create({ eventId, title: dto.title, room: dto.room, startsAt, slotMinutes: dto.slotMinutes, slotCount: dto.slotCount, sectors: dto.sectors });
    const endsAt = irSessionEnd(session);
    const startDay = grid.localDate(startsAt);
    if (!grid.days.includes(startDay)) {
      throw AppError.invalid('startsAt', `startsAt must fall on an event day (${event.startDate} to ${event.endDate} in ${event.timezone})`);
    }
    if (grid.localDate(new Date(endsAt.getTime() - 1)) !== startDay) {
      throw AppError.invalid('slotCount', 'the session must end on the day it starts');
    }
    const clash = await this.sessions
      .createQueryBuilder('s')
      .where('s.event_id = :eventId AND s.room = :room', { eventId, room: dto.room })
      .andWhere(`s.starts_at < :endsAt AND s.starts_at + make_interval(mins => s.slot_minutes * s.slot_count) > :startsAt`, { startsAt, endsAt })
      .getOne();
    if (clash) throw AppError.conflict(`Room ${dto.room} is taken by "${clash.title}" at that time`, ErrorCode.Conflict, ConflictReason.RoomTaken);
    return toIrSessionView(await this.sessions.save(session), event.timezone);
  }

  async listIrSessions(eventId: string, query: PageQuery) {
    const event = await this.get(eventId);
    const [rows, total] = await this.sessions.findAndCount({
      where: { eventId }, order: { startsAt: 'ASC', room: 'ASC', id: 'ASC' }, skip: skipOf(query), take: query.limit,
    });
    return pageOf(rows.map((s) => toIrSessionView(s, event.timezone)), total, query);
  }

  async getIrSession(eventId: string, sessionId: string) {
    const session = await this.sessions.findOneBy({ id: sessionId, eventId });
    if (!session) throw AppError.notFound('IR session');
    return session;
  }

  /** Members join themselves; organizers add any member. Returns whether the row is new (201 vs 200). */
  async join(eventId: string, caller: Caller, accountId?: string): Promise<{ created: boolean; participant: ParticipantView }> {
    await this.get(eventId);
    if (accountId && caller.role !== 'organizer' && accountId !== caller.id) {
      throw AppError.forbidden('Only organizers may add other members');
    }
    if (!accountId && caller.role === 'organizer') throw AppError.invalid('accountId', 'accountId is required when an organizer adds a member');
    const targetId = accountId ?? caller.id;
    const account = await this.db.getRepository(Account).findOneBy({ id: targetId });
    if (!account) throw AppError.notFound('Account');
    if (account.role === 'organizer') throw AppError.invalid('accountId', 'organizers do not take part in matching');
    if (account.status === 'rejected') throw AppError.conflict('A rejected account cannot join', ErrorCode.InvalidTransition);
    const inserted = await this.participants
      .createQueryBuilder()
      .insert()
      .values({ eventId, accountId: targetId })
      .orIgnore()
      .returning(['joined_at'])
      .execute();
    const created = inserted.raw.length > 0;
    if (created) await this.domainEvents.publish({ type: 'participant.joined', eventId, accountId: targetId });
    const row = await this.participants.findOneByOrFail({ eventId, accountId: targetId });
    const { timezone } = await this.get(eventId);
    return {
      created,
      participant: { eventId, accountId: targetId, role: account.role, displayName: account.displayName, joinedAt: formatInZone(row.joinedAt, timezone) },
    };
  }

  async listParticipants(eventId: string, query: PageQuery) {
    const event = await this.get(eventId);
    const qb = this.db
      .createQueryBuilder()
      .from(EventParticipant, 'p')
      .innerJoin(Account, 'a', 'a.id = p.account_id')
      .where('p.event_id = :eventId', { eventId })
      .select(['p.account_id AS "accountId"', 'a.role AS role', 'a.display_name AS "displayName"', 'a.status AS status', 'p.joined_at AS "joinedAt"']);
    const total = await qb.getCount();
    const rows = await qb.orderBy('p.joined_at', 'ASC').addOrderBy('p.account_id', 'ASC').offset(skipOf(query)).limit(query.limit).getRawMany();
    return pageOf(rows.map((r) => ({ ...r, joinedAt: formatInZone(new Date(r.joinedAt), event.timezone) })), total, query);
  }

  async isParticipant(eventId: string, accountId: string): Promise<boolean> {
    return this.participants.existsBy({ eventId, accountId });
  }

  async setAvailability(eventId: string, caller: Caller, dto: AvailabilityDto) {
    const event = await this.get(eventId);
    if (!(await this.isParticipant(eventId, caller.id))) throw AppError.forbidden('Join the event before setting availability');
    const errors: FieldError[] = [];
    const blocks = dto.blocked.map((b, i) => {
      const from = new Date(b.from);
      const to = new Date(b.to);
      if (!(from < to)) errors.push({ field: `blocked.${i}`, message: 'from must be before to' });
      return { eventId, accountId: caller.id, startsAt: from, endsAt: to };
    });
    if (errors.length) throw new AppError(ErrorCode.ValidationFailed, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    await this.db.transaction(async (tx) => {
      if (event.schedulePublishedAt && blocks.length) {
        // A published schedule stays put: blocking time over a published meeting is refused, not worked around.
        const clashes: { id: string; starts_at: Date; ends_at: Date; table_no: number }[] = await tx.query(
          `SELECT m.id, m.starts_at, m.ends_at, m.table_no FROM meetings m
            WHERE m.event_id = $1 AND m.status = 'booked' AND $2 IN (m.startup_id, m.counterpart_id)
              AND EXISTS (SELECT 1 FROM unnest($3::timestamptz[], $4::timestamptz[]) AS b(f, t) WHERE b.f < m.ends_at AND b.t > m.starts_at)
            ORDER BY m.starts_at FOR SHARE`,
          [eventId, caller.id, blocks.map((b) => b.startsAt), blocks.map((b) => b.endsAt)],
        );
        if (clashes.length) {
          throw new AppError(
            ErrorCode.PublishedMeetingConflict,
            `The schedule is published: ${clashes.length} of your meetings fall in the blocked time; ask an organizer to move or cancel them first`,
            undefined,
            undefined,
            {
              meetings: clashes.map((m) => ({
                id: m.id, startsAt: formatInZone(m.starts_at, event.timezone), endsAt: formatInZone(m.ends_at, event.timezone), table: m.table_no,
              })),
            },
          );
        }
      }
      await tx.delete(AvailabilityBlock, { eventId, accountId: caller.id });
      if (blocks.length) await tx.insert(AvailabilityBlock, blocks);
    });
    await this.domainEvents.publish({ type: 'availability.changed', eventId, accountId: caller.id });
    return this.availabilityOf(event, caller.id);
  }

  async availabilityOf(event: EventEntity, accountId: string) {
    const rows = await this.db.getRepository(AvailabilityBlock).find({ where: { eventId: event.id, accountId }, order: { startsAt: 'ASC' } });
    return { blocked: rows.map((r) => ({ from: formatInZone(r.startsAt, event.timezone), to: formatInZone(r.endsAt, event.timezone) })) };
  }
}

/** Cross-field rules the DTO cannot express; each broken one names its field. */
function assertConsistentEvent(event: EventEntity): void {
  const errors: FieldError[] = [];
  if (event.startDate > event.endDate) errors.push({ field: 'endDate', message: 'endDate must not be before startDate' });
  const days = (Date.parse(event.endDate) - Date.parse(event.startDate)) / 86_400_000 + 1;
  if (days > MAX_EVENT_DAYS) errors.push({ field: 'endDate', message: `an event lasts at most ${MAX_EVENT_DAYS} days` });
  if (event.dayStart >= event.dayEnd) errors.push({ field: 'meetingGrid.dayEnd', message: 'dayEnd must be after dayStart' });
  else if (gridOf(event).slotsPerDay < 1) errors.push({ field: 'meetingGrid.slotMinutes', message: 'no slot fits between dayStart and dayEnd' });
  if (errors.length) throw new AppError(ErrorCode.ValidationFailed, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}
