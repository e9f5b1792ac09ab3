import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { EventEntity } from '../events/event.entities';
import type { EventGrid } from '../events/event-grid';
import { formatInZone } from '../events/event-grid';
import { EventsService } from '../events/events.service';
import { gridOf } from '../events/events.views';
import { NotificationsService, type NewNotification } from '../notifications/notifications.service';
import { lockEventBooking } from './booking-locks';
import { BookingQueue } from './booking-queue.service';
import { BookingRun } from './booking.entities';
import { capacityReport } from './optimizer/capacity-report';
import { optimizeSchedule } from './optimizer/optimize-schedule';
import type { SchedulePlan } from './optimizer/schedule.types';
import { verifyPlan } from './optimizer/verify-plan';
import { ScheduleInstanceRepository, type PlanningInput } from './schedule-instance.repository';
import { returningRows } from '../../database/sql';

/** Temporary table offset while meetings swap places (the table × slot key is checked row by row). */
const PARKED = 1_000_000;

@Injectable()
export class ScheduleRunsService {
  private readonly logger = new Logger(ScheduleRunsService.name);

  constructor(
    @InjectRepository(BookingRun) private readonly runs: Repository<BookingRun>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly instances: ScheduleInstanceRepository,
    private readonly notifications: NotificationsService,
    private readonly queue: BookingQueue,
  ) {}

  async start(eventId: string, kind: 'schedule' | 'ir-allocation' = 'schedule') {
    await this.events.get(eventId);
    const run = await this.runs.save(this.runs.create({ eventId, kind, status: 'queued', stats: {} }));
    await (kind === 'schedule' ? this.queue.scheduleRun(run.id) : this.queue.irAllocation(run.id)).catch(() => undefined);
    return { id: run.id, status: run.status };
  }

  async get(id: string, kind: 'schedule' | 'ir-allocation') {
    const run = await this.runs.findOneBy({ id, kind });
    if (!run) throw AppError.notFound(kind === 'schedule' ? 'Schedule run' : 'IR allocation');
    const { timezone } = await this.events.get(run.eventId);
    return {
      id: run.id, eventId: run.eventId, status: run.status, ...run.stats,
      createdAt: formatInZone(run.createdAt, timezone),
      startedAt: run.startedAt ? formatInZone(run.startedAt, timezone) : null,
      finishedAt: run.finishedAt ? formatInZone(run.finishedAt, timezone) : null,
      ...(run.error ? { error: run.error } : {}),
    };
  }

  /** Wraps a run's work with its status row: running → done | failed (on the job's last attempt). */
  async track(runId: string, job: Job | null, work: (run: BookingRun) => Promise<Record<string, unknown>>) {
    const run = await this.runs.findOneBy({ id: runId });
    if (!run || run.status === 'done' || run.status === 'failed') return { skipped: true };
    await this.runs.update({ id: runId }, { status: 'running', startedAt: new Date(), error: null });
    try {
      const stats = await work(run);
      await this.runs.update({ id: runId }, { status: 'done', stats: stats as never, finishedAt: new Date() });
      return stats;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const final = !job || job.attemptsMade + 1 >= (job.opts.attempts ?? 1) || err instanceof AppError;
      this.logger.error(`run ${runId} failed: ${message}`);
      if (final) await this.runs.update({ id: runId }, { status: 'failed', error: message.slice(0, 1000), finishedAt: new Date() });
      if (err instanceof AppError) return { failed: message };
      throw err;
    }
  }

  /** Re-plans every accepted, unpublished meeting of the event at once, inside one transaction. */
  async execute(runId: string, job: Job | null) {
    return this.track(runId, job, (run) =>
      this.db.transaction(async (tx) => {
        await lockEventBooking(tx, run.eventId, 'exclusive');
        const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: run.eventId });
        const grid = gridOf(event);
        const input = await this.instances.build(tx, event, grid);
        const plan = optimizeSchedule(input.instance);
        const violations = verifyPlan(input.instance, plan);
        if (violations.length) throw new Error(`optimizer produced an invalid plan: ${violations.slice(0, 3).join('; ')}`);
        await this.apply(tx, event, grid, input, plan);
        const s = plan.stats;
        return {
          accepted: s.requests, booked: s.booked, unschedulable: s.unscheduled, upperBound: s.upperBound,
          ratio: s.upperBound ? Math.round((s.booked / s.upperBound) * 10000) / 10000 : 1,
          value: s.value, valueUpperBound: s.valueUpperBound,
          valueRatio: s.valueUpperBound ? Math.round((s.value / s.valueUpperBound) * 10000) / 10000 : 1,
          fixed: s.fixed, startupsWithRequests: s.startupsWithRequests, startupsThatCanMeet: s.startupsThatCanMeet,
          startupsWithMeeting: s.startupsWithMeeting, ms: s.ms,
        };
      }),
    );
  }

  /** Writes the plan: moved meetings keep their id (and calendar UID) with a higher SEQUENCE; dropped ones are cancelled. */
  private async apply(tx: EntityManager, event: EventEntity, grid: EventGrid, input: PlanningInput, plan: SchedulePlan): Promise<void> {
    const fixed = new Set((input.instance.fixed ?? []).map((f) => f.request));
    const requests = new Map(input.instance.requests.map((r) => [r.id, r]));
    const notes: NewNotification[] = [];
    const planned = plan.meetings.filter((m) => !fixed.has(m.request));
    const movable = [...input.meetings.values()].filter((m) => !fixed.has(m.request_id));

    // 1. Free what may move: its occupancy rows, and park moved meetings' tables out of the way.
    await tx.query(`DELETE FROM occupancy WHERE meeting_id = ANY($1::uuid[])`, [movable.map((m) => m.id)]);
    const moves = planned.filter((p) => {
      const m = input.meetings.get(p.request);
      return m && (m.slot !== p.slot || m.table_no !== p.table);
    });
    const movedIds = moves.map((p) => input.meetings.get(p.request)!.id);
    await tx.query(`UPDATE meetings SET table_no = table_no + ${PARKED} WHERE id = ANY($1::uuid[])`, [movedIds]);

    // 2. Cancel meetings the plan no longer holds.
    const kept = new Set(plan.meetings.map((p) => p.request));
    const dropped = movable.filter((m) => !kept.has(m.request_id));
    if (dropped.length) {
      await tx.query(
        `UPDATE meetings SET status = 'cancelled', sequence = sequence + 1, cancelled_at = now(), updated_at = now() WHERE id = ANY($1::uuid[])`,
        [dropped.map((m) => m.id)],
      );
      for (const m of dropped) for (const accountId of [m.startup_id, m.counterpart_id]) {
        notes.push({ accountId, eventId: event.id, type: 'meeting.cancelled', payload: { meetingId: m.id, requestId: m.request_id, by: 'schedule-run' } });
      }
    }

    // 3. Move and insert.
    if (moves.length) {
      await tx.query(
        `UPDATE meetings m SET slot = u.slot, table_no = u.table_no, starts_at = u.starts_at, ends_at = u.ends_at,
                sequence = m.sequence + 1, updated_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::int[], $4::timestamptz[], $5::timestamptz[]) AS u(id, slot, table_no, starts_at, ends_at)
          WHERE m.id = u.id`,
        [movedIds, moves.map((p) => p.slot), moves.map((p) => p.table), moves.map((p) => grid.slotStart(p.slot)), moves.map((p) => grid.slotEnd(p.slot))],
      );
      for (const p of moves) {
        const r = requests.get(p.request)!;
        for (const accountId of [r.startup, r.counterpart]) {
          notes.push({ accountId, eventId: event.id, type: 'meeting.moved', payload: { meetingId: input.meetings.get(p.request)!.id, requestId: p.request, startsAt: grid.format(grid.slotStart(p.slot)), table: p.table } });
        }
      }
    }
    const inserts = planned.filter((p) => !input.meetings.has(p.request));
    if (inserts.length) {
      const created: { id: string; request_id: string }[] = await tx.query(
        `INSERT INTO meetings (event_id, request_id, startup_id, counterpart_id, slot, table_no, starts_at, ends_at)
         SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::int[], $6::int[], $7::timestamptz[], $8::timestamptz[])
         RETURNING id, request_id`,
        [
          event.id, inserts.map((p) => p.request), inserts.map((p) => requests.get(p.request)!.startup),
          inserts.map((p) => requests.get(p.request)!.counterpart), inserts.map((p) => p.slot), inserts.map((p) => p.table),
          inserts.map((p) => grid.slotStart(p.slot)), inserts.map((p) => grid.slotEnd(p.slot)),
        ],
      );
      const byRequest = new Map(created.map((c) => [c.request_id, c.id]));
      for (const p of inserts) {
        const r = requests.get(p.request)!;
        for (const accountId of [r.startup, r.counterpart]) {
          notes.push({ accountId, eventId: event.id, type: 'meeting.booked', payload: { meetingId: byRequest.get(p.request), requestId: p.request, startsAt: grid.format(grid.slotStart(p.slot)), table: p.table } });
        }
      }
    }

    // 4. Occupancy for every re-planned meeting; the schema rejects any overlap the plan might hold.
    await tx.query(
      `INSERT INTO occupancy (event_id, account_id, slot, meeting_id)
       SELECT m.event_id, p.account_id, m.slot, m.id
         FROM meetings m CROSS JOIN LATERAL (VALUES (m.startup_id), (m.counterpart_id)) AS p(account_id)
        WHERE m.event_id = $1 AND m.status = 'booked' AND m.request_id = ANY($2::uuid[])`,
      [event.id, planned.map((p) => p.request)],
    );

    // 5. Daily counters rebuilt from the booked meetings (checked against caps by the schema).
    await tx.query(`DELETE FROM day_load WHERE event_id = $1`, [event.id]);
    await tx.query(
      `INSERT INTO day_load (event_id, account_id, day, meetings, cap)
       SELECT m.event_id, p.account_id, m.slot / $2, count(*), ip.max_meetings_per_day
         FROM meetings m CROSS JOIN LATERAL (VALUES (m.startup_id), (m.counterpart_id)) AS p(account_id)
         LEFT JOIN investor_profiles ip ON ip.account_id = p.account_id
        WHERE m.event_id = $1 AND m.status = 'booked'
        GROUP BY m.event_id, p.account_id, m.slot / $2, ip.max_meetings_per_day`,
      [event.id, grid.slotsPerDay],
    );

    // 6. Request statuses.
    await tx.query(`UPDATE meeting_requests SET status = 'booked', reason = NULL, updated_at = now() WHERE id = ANY($1::uuid[])`, [plan.meetings.map((m) => m.request)]);
    const unscheduled = plan.unscheduled;
    if (unscheduled.length) {
      await tx.query(
        `UPDATE meeting_requests r SET status = 'unschedulable', reason = u.reason, updated_at = now()
           FROM unnest($1::uuid[], $2::text[]) AS u(id, reason) WHERE r.id = u.id`,
        [unscheduled.map((u) => u.request), unscheduled.map((u) => u.reason)],
      );
      for (const u of unscheduled) {
        if (input.statuses.get(u.request) === 'unschedulable') continue;
        const r = requests.get(u.request)!;
        for (const accountId of [r.startup, r.counterpart]) {
          notes.push({ accountId, eventId: event.id, type: 'request.unschedulable', payload: { requestId: u.request, reason: u.reason } });
        }
      }
    }
    await this.notifications.add(tx, notes);
  }

  async publish(eventId: string) {
    const event = await this.events.get(eventId);
    const updated = await this.db.transaction(async (tx) => {
      await lockEventBooking(tx, eventId, 'exclusive');
      const rows = await returningRows(tx, 
        `UPDATE events SET schedule_published_at = now(), updated_at = now() WHERE id = $1 AND schedule_published_at IS NULL RETURNING schedule_published_at`,
        [eventId],
      );
      if (!rows.length) return null;
      const people: { account_id: string }[] = await tx.query(
        `SELECT DISTINCT account_id FROM occupancy WHERE event_id = $1 AND meeting_id IS NOT NULL`,
        [eventId],
      );
      await this.notifications.add(tx, people.map((p) => ({ accountId: p.account_id, eventId, type: 'schedule.published' as const, payload: {} })));
      return rows[0].schedule_published_at as Date;
    });
    if (!updated) throw AppError.conflict('The schedule is already published', ErrorCode.InvalidTransition);
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM meetings WHERE event_id = $1 AND status = 'booked'`, [eventId]);
    return { eventId, publishedAt: formatInZone(updated, event.timezone), meetings: n };
  }

  /** Can the grid hold the demand? Requests vs table-slots, the busiest people, tables needed. */
  async capacity(eventId: string) {
    const event = await this.events.get(eventId);
    return this.db.transaction(async (tx) => {
      const grid = gridOf(event);
      const input = await this.instances.build(tx, event, grid);
      return capacityReport(input.instance);
    });
  }
}
