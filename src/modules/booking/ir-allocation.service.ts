import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/auth.decorators';
import { AppError, ConflictReason, ErrorCode } from '../../common/errors/app-error';
import { isUniqueViolation } from '../../database/pg-errors';
import { PageQuery, pageOf, skipOf } from '../../common/pagination/pagination';
import { EventEntity, IrSession } from '../events/event.entities';
import { formatInZone, type EventGrid } from '../events/event-grid';
import { EventsService } from '../events/events.service';
import { gridOf, toIrSessionView } from '../events/events.views';
import { NotificationsService, type NewNotification } from '../notifications/notifications.service';
import { seesIrRequest } from './booking-access';
import { lockEventBooking } from './booking-locks';
import { MeetingLedger } from './ledger/meeting-ledger.repository';
import { ScheduleRunsService } from './schedule-runs.service';
import type { ReportProgress } from '../../common/runs/run-tracker';
import { returningRows } from '../../database/sql';

interface IrRequestRow {
  id: string; event_id: string; startup_id: string; session_ids: string[]; status: string; waitlist_position: number | null;
  created_at: Date; pitch_id: string | null; session_id: string | null; position: number | null; starts_at: Date | null; ends_at: Date | null;
}

/** One read model of an IR request with its live pitch, shared by the list and the single view. */
const IR_REQUEST_SELECT = `
  SELECT r.id, r.event_id, r.startup_id, r.session_ids, r.status, r.waitlist_position, r.created_at,
         p.id AS pitch_id, p.session_id, p.position, p.starts_at, p.ends_at
    FROM ir_requests r LEFT JOIN pitches p ON p.request_id = r.id AND p.status = 'scheduled'`;

function toIrRequestView(r: IrRequestRow, timezone: string) {
  return {
    id: r.id, eventId: r.event_id, startupId: r.startup_id, sessionIds: r.session_ids, status: r.status,
    ...(r.pitch_id
      ? { pitch: { id: r.pitch_id, sessionId: r.session_id!, position: r.position!, startsAt: formatInZone(r.starts_at!, timezone), endsAt: formatInZone(r.ends_at!, timezone) } }
      : {}),
    ...(r.status === 'waitlisted' ? { waitlistPosition: r.waitlist_position } : {}),
    createdAt: formatInZone(r.created_at, timezone),
  };
}

interface Candidate {
  id: string;
  startup_id: string;
  session_ids: string[];
  sector: string;
}

/**
 * IR pitch slots. Allocation takes open requests by priority (VC members' `interested` count, then best match
 * score, then request time) and gives each its most preferred session that has a free position, fits the
 * session's sector focus and does not collide with the startup's meetings; the rest wait in order and are
 * promoted when a pitch frees. A pitch claims the startup's occupancy for every meeting slot it overlaps.
 */
@Injectable()
export class IrAllocationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly runs: ScheduleRunsService,
    private readonly notifications: NotificationsService,
    private readonly ledger: MeetingLedger,
  ) {}

  async request(caller: Caller, eventId: string, sessionIds: string[]) {
    const event = await this.events.get(eventId);
    if (!(await this.events.isParticipant(eventId, caller.id))) throw AppError.forbidden('Join the event before requesting a pitch');
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM ir_sessions WHERE event_id = $1 AND id = ANY($2::uuid[])`, [eventId, sessionIds]);
    if (n !== sessionIds.length) throw AppError.invalid('sessionIds', 'every session must belong to this event');
    try {
      const [row] = await this.db.query(
        `INSERT INTO ir_requests (event_id, startup_id, session_ids) VALUES ($1, $2, $3) RETURNING id`,
        [eventId, caller.id, sessionIds],
      );
      return this.view(event, row.id);
    } catch (err) {
      if (isUniqueViolation(err, 'ir_requests_open_key')) throw AppError.conflict('You already have an IR request for this event', ErrorCode.Conflict, ConflictReason.IrRequestOpen);
      throw err;
    }
  }

  async list(caller: Caller, eventId: string, query: PageQuery) {
    const event = await this.events.get(eventId);
    const mine = caller.role === 'organizer' ? '' : 'AND r.startup_id = $2';
    const params = caller.role === 'organizer' ? [eventId] : [eventId, caller.id];
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM ir_requests r WHERE r.event_id = $1 ${mine}`, params);
    const rows: IrRequestRow[] = await this.db.query(
      `${IR_REQUEST_SELECT} WHERE r.event_id = $1 ${mine}
        ORDER BY r.status, r.waitlist_position NULLS FIRST, r.created_at, r.id LIMIT ${query.limit} OFFSET ${skipOf(query)}`,
      params,
    );
    return pageOf(rows.map((r) => toIrRequestView(r, event.timezone)), total, query);
  }

  async view(event: EventEntity, id: string) {
    const [r] = await this.db.query(`${IR_REQUEST_SELECT} WHERE r.id = $1`, [id]);
    return toIrRequestView(r, event.timezone);
  }

  /** The owner or an organizer withdraws; a freed pitch goes to the first waiting startup that fits. */
  async withdraw(caller: Caller, id: string): Promise<void> {
    const [r] = await this.db.query(`SELECT event_id, startup_id, status FROM ir_requests WHERE id = $1`, [id]);
    if (!r || !seesIrRequest(caller, r)) throw AppError.notFound('IR request');
    if (r.status === 'withdrawn') return;
    await this.db.transaction(async (tx) => {
      await lockEventBooking(tx, r.event_id, 'exclusive');
      const [current] = await tx.query(`SELECT status FROM ir_requests WHERE id = $1 FOR UPDATE`, [id]);
      if (current.status === 'withdrawn') return;
      await tx.query(`UPDATE ir_requests SET status = 'withdrawn', waitlist_position = NULL, updated_at = now() WHERE id = $1`, [id]);
      const [pitch] = await returningRows(tx, 
        `UPDATE pitches SET status = 'cancelled' WHERE request_id = $1 AND status = 'scheduled' RETURNING id, session_id`,
        [id],
      );
      const notes: NewNotification[] = [];
      if (pitch) {
        await this.ledger.releasePitchSlots(tx, [pitch.id]);
        notes.push({ accountId: r.startup_id, eventId: r.event_id, type: 'pitch.cancelled', payload: { pitchId: pitch.id } });
      }
      const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: r.event_id });
      await this.allocate(tx, event, notes);
      await this.notifications.add(tx, notes);
    });
  }

  /** A rejected startup's pitches are cancelled (slots freed) and its IR requests withdrawn; returns the events touched. */
  async withdrawAllOf(tx: EntityManager, startupId: string): Promise<string[]> {
    const pitches = await returningRows<{ id: string; event_id: string }>(tx,
      `UPDATE pitches SET status = 'cancelled' WHERE startup_id = $1 AND status = 'scheduled' RETURNING id, event_id`,
      [startupId],
    );
    await this.ledger.releasePitchSlots(tx, pitches.map((p) => p.id));
    await tx.query(`UPDATE ir_requests SET status = 'withdrawn', waitlist_position = NULL WHERE startup_id = $1 AND status <> 'withdrawn'`, [startupId]);
    return [...new Set(pitches.map((p) => p.event_id))];
  }

  /** Gives freed pitch positions to waiting startups (after a cancellation outside a withdrawal). */
  async promoteWaiting(eventId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await lockEventBooking(tx, eventId, 'exclusive');
      const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: eventId });
      const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM ir_requests WHERE event_id = $1 AND status = 'waitlisted'`, [eventId]);
      if (n === 0) return;
      const notes: NewNotification[] = [];
      await this.allocate(tx, event, notes);
      await this.notifications.add(tx, notes);
    });
  }

  async execute(runId: string, job: Job | null) {
    return this.runs.track('ir-allocation', runId, job, (run, progress) =>
      this.db.transaction(async (tx) => {
        await lockEventBooking(tx, run.eventId, 'exclusive');
        const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: run.eventId });
        const notes: NewNotification[] = [];
        const stats = await this.allocate(tx, event, notes, progress);
        await this.notifications.add(tx, notes);
        return stats;
      }),
    );
  }

  /** Places every open request it can, in priority order; the others are renumbered on the waitlist. */
  private async allocate(tx: EntityManager, event: EventEntity, notes: NewNotification[], progress?: ReportProgress) {
    const grid = gridOf(event);
    const sessions = new Map((await tx.getRepository(IrSession).findBy({ eventId: event.id })).map((s) => [s.id, s]));
    const taken = new Map<string, Set<number>>();
    for (const p of await tx.query(`SELECT session_id, position FROM pitches WHERE event_id = $1 AND status = 'scheduled'`, [event.id])) {
      (taken.get(p.session_id) ?? taken.set(p.session_id, new Set()).get(p.session_id)!).add(p.position);
    }
    const candidates: Candidate[] = await tx.query(
      `SELECT r.id, r.startup_id, r.session_ids, sp.sector
         FROM ir_requests r JOIN startup_profiles sp ON sp.account_id = r.startup_id
         JOIN accounts a ON a.id = r.startup_id AND a.status = 'active'
        WHERE r.event_id = $1 AND r.status IN ('requested', 'waitlisted')
        ORDER BY (SELECT count(*) FROM matches m JOIN match_decisions d ON d.match_id = m.id AND d.side = 'counterpart'
                   WHERE m.event_id = r.event_id AND m.startup_id = r.startup_id AND m.investor_id IS NOT NULL
                     AND d.decision = 'interested') DESC,
                 (SELECT coalesce(max(m.score), 0) FROM matches m WHERE m.event_id = r.event_id AND m.startup_id = r.startup_id) DESC,
                 r.created_at, r.id`,
      [event.id],
    );
    let allocated = 0;
    const waiting: Candidate[] = [];
    for (const c of candidates) {
      const placed = await this.place(tx, event, grid, sessions, taken, c);
      if (placed) {
        allocated++;
        notes.push({ accountId: c.startup_id, eventId: event.id, type: 'pitch.allocated', payload: { requestId: c.id, ...placed } });
      } else waiting.push(c);
      await progress?.((0.9 * (allocated + waiting.length)) / candidates.length);
    }
    if (waiting.length) {
      await tx.query(
        `UPDATE ir_requests r SET status = 'waitlisted', waitlist_position = u.pos, updated_at = now()
           FROM unnest($1::uuid[], $2::int[]) AS u(id, pos) WHERE r.id = u.id`,
        [waiting.map((w) => w.id), waiting.map((_, i) => i + 1)],
      );
    }
    return { requests: candidates.length, allocated, waitlisted: waiting.length };
  }

  private async place(
    tx: EntityManager,
    event: EventEntity,
    grid: EventGrid,
    sessions: Map<string, IrSession>,
    taken: Map<string, Set<number>>,
    c: Candidate,
  ): Promise<{ sessionId: string; position: number; startsAt: string } | null> {
    const busy = new Set<number>(
      (await tx.query(`SELECT slot FROM occupancy WHERE event_id = $1 AND account_id = $2`, [event.id, c.startup_id])).map((r: { slot: number }) => r.slot),
    );
    for (const sessionId of c.session_ids) {
      const s = sessions.get(sessionId);
      if (!s || (s.sectors.length > 0 && !s.sectors.includes(c.sector as never))) continue;
      const used = taken.get(sessionId) ?? taken.set(sessionId, new Set()).get(sessionId)!;
      for (let position = 0; position < s.slotCount; position++) {
        if (used.has(position)) continue;
        const startsAt = new Date(s.startsAt.getTime() + position * s.slotMinutes * 60_000);
        const endsAt = new Date(startsAt.getTime() + s.slotMinutes * 60_000);
        const slots = grid.slotsOverlapping(startsAt, endsAt);
        if (slots.some((t) => busy.has(t))) continue;
        const [pitch] = await tx.query(
          `INSERT INTO pitches (event_id, session_id, request_id, startup_id, position, starts_at, ends_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [event.id, sessionId, c.id, c.startup_id, position, startsAt, endsAt],
        );
        await this.ledger.claimPitchSlots(tx, event.id, c.startup_id, pitch.id, slots);
        await tx.query(`UPDATE ir_requests SET status = 'allocated', waitlist_position = NULL, updated_at = now() WHERE id = $1`, [c.id]);
        used.add(position);
        return { sessionId, position, startsAt: grid.format(startsAt) };
      }
    }
    return null;
  }

  async lineup(eventId: string, sessionId: string) {
    const event = await this.events.get(eventId);
    const session = await this.events.getIrSession(eventId, sessionId);
    const pitches = await this.db.query(
      `SELECT p.position, p.starts_at, p.ends_at, p.startup_id, sp.name, sp.sector
         FROM pitches p JOIN startup_profiles sp ON sp.account_id = p.startup_id
        WHERE p.session_id = $1 AND p.status = 'scheduled' ORDER BY p.position`,
      [sessionId],
    );
    return {
      ...toIrSessionView(session, event.timezone),
      lineup: pitches.map((p: any) => ({
        position: p.position, startsAt: formatInZone(p.starts_at, event.timezone), endsAt: formatInZone(p.ends_at, event.timezone),
        startup: { accountId: p.startup_id, name: p.name, sector: p.sector },
      })),
      freePositions: session.slotCount - pitches.length,
    };
  }
}
