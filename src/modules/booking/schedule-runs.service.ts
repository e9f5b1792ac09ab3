import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AppError, ErrorCode } from '../../common/errors/app-error';
import { EventEntity } from '../events/event.entities';
import type { EventGrid } from '../events/event-grid';
import { formatInZone } from '../events/event-grid';
import { RunTracker, type ReportProgress } from '../../common/runs/run-tracker';
import { JobQueue } from '../../queue/job-queue.service';
import { JobName } from '../../queue/queue.constants';
import { EventsService } from '../events/events.service';
import { gridOf } from '../events/events.views';
import { NotificationsService, type NewNotification } from '../notifications/notifications.service';
import { lockEventBooking } from './booking-locks';
import { BookingRun, type BookingRunKind } from './booking.entities';
import { MeetingLedger } from './ledger/meeting-ledger.repository';
import { capacityReport } from './optimizer/capacity-report';
import { optimizeSchedule } from './optimizer/optimize-schedule';
import type { SchedulePlan } from './optimizer/schedule.types';
import { verifyPlan } from './optimizer/verify-plan';
import { ScheduleInstanceRepository, type PlanningInput } from './schedule-instance.repository';
import { returningRows } from '../../database/sql';

const RUN_JOB = { schedule: JobName.ScheduleRun, 'ir-allocation': JobName.IrAllocation } as const;

/** Whole-schedule runs and the booking runs' status rows (schedule runs and IR allocations share one table). */
@Injectable()
export class ScheduleRunsService {
  private readonly trackers: Record<BookingRunKind, RunTracker<BookingRun>>;

  constructor(
    @InjectRepository(BookingRun) runs: Repository<BookingRun>,
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsService,
    private readonly instances: ScheduleInstanceRepository,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobQueue,
    private readonly ledger: MeetingLedger,
  ) {
    this.trackers = { schedule: new RunTracker(runs, 'Schedule run'), 'ir-allocation': new RunTracker(runs, 'IR allocation') };
  }

  async start(eventId: string, kind: BookingRunKind = 'schedule') {
    await this.events.get(eventId);
    const run = await this.trackers[kind].create(eventId, { kind, stats: {} });
    await this.enqueue(run).catch(() => undefined);
    return { id: run.id, status: run.status };
  }

  async get(id: string, kind: BookingRunKind) {
    const run = await this.trackers[kind].find(id, { kind });
    const { timezone } = await this.events.get(run.eventId);
    return { ...run.stats, ...this.trackers[kind].view(run, timezone) };
  }

  /** Runs a booking run's work under its status row (see RunTracker); the stats become the run's result. */
  track(kind: BookingRunKind, runId: string, job: Job | null, work: (run: BookingRun, progress: ReportProgress) => Promise<Record<string, unknown>>) {
    return this.trackers[kind].track(runId, job, work, (stats) => ({ stats }));
  }

  /** Re-queues runs still queued or running (after a crash or a Redis restart). */
  async requeueUnfinished(): Promise<number> {
    const runs = await this.trackers.schedule.unfinished(2000);
    for (const run of runs) await this.enqueue(run);
    return runs.length;
  }

  private enqueue(run: BookingRun): Promise<void> {
    return this.jobs.add({ name: RUN_JOB[run.kind], data: { runId: run.id } });
  }

  /** Re-plans every accepted, unpublished meeting of the event at once, inside one transaction. */
  async execute(runId: string, job: Job | null) {
    return this.track('schedule', runId, job, (run, progress) =>
      this.db.transaction(async (tx) => {
        await lockEventBooking(tx, run.eventId, 'exclusive');
        const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: run.eventId });
        const grid = gridOf(event);
        const input = await this.instances.build(tx, event, grid);
        await progress(0.25);
        const plan = optimizeSchedule(input.instance);
        const violations = verifyPlan(input.instance, plan);
        if (violations.length) throw new Error(`optimizer produced an invalid plan: ${violations.slice(0, 3).join('; ')}`);
        await progress(0.75);
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

  /** Writes the plan through the ledger: moved meetings keep their id (and calendar UID) with a higher SEQUENCE; dropped ones are cancelled. */
  private async apply(tx: EntityManager, event: EventEntity, grid: EventGrid, input: PlanningInput, plan: SchedulePlan): Promise<void> {
    const fixed = new Set((input.instance.fixed ?? []).map((f) => f.request));
    const requests = new Map(input.instance.requests.map((r) => [r.id, r]));
    const planned = plan.meetings.filter((m) => !fixed.has(m.request));
    const movable = [...input.meetings.values()].filter((m) => !fixed.has(m.request_id));
    const moves = planned.filter((p) => {
      const m = input.meetings.get(p.request);
      return m && (m.slot !== p.slot || m.table_no !== p.table);
    });
    const kept = new Set(plan.meetings.map((p) => p.request));
    const dropped = movable.filter((m) => !kept.has(m.request_id));
    const inserts = planned.filter((p) => !input.meetings.has(p.request));

    const created = await this.ledger.applyPlan(tx, event.id, grid, {
      cancel: dropped.map((m) => m.id),
      moves: moves.map((p) => {
        const m = input.meetings.get(p.request)!;
        return { meetingId: m.id, startupId: m.startup_id, counterpartId: m.counterpart_id, slot: p.slot, table: p.table };
      }),
      creates: inserts.map((p) => ({
        requestId: p.request, startupId: requests.get(p.request)!.startup, counterpartId: requests.get(p.request)!.counterpart, slot: p.slot, table: p.table,
      })),
      booked: plan.meetings.map((m) => m.request),
      unschedulable: plan.unscheduled.map((u) => ({ id: u.request, reason: u.reason })),
    });

    const notes: NewNotification[] = [];
    const both = (r: { startup: string; counterpart: string }, note: Omit<NewNotification, 'accountId' | 'eventId'>) => {
      for (const accountId of [r.startup, r.counterpart]) notes.push({ accountId, eventId: event.id, ...note });
    };
    for (const m of dropped) {
      both({ startup: m.startup_id, counterpart: m.counterpart_id }, { type: 'meeting.cancelled', payload: { meetingId: m.id, requestId: m.request_id, by: 'schedule-run' } });
    }
    for (const p of moves) {
      both(requests.get(p.request)!, {
        type: 'meeting.moved',
        payload: { meetingId: input.meetings.get(p.request)!.id, requestId: p.request, startsAt: grid.format(grid.slotStart(p.slot)), table: p.table },
      });
    }
    for (const p of inserts) {
      both(requests.get(p.request)!, {
        type: 'meeting.booked',
        payload: { meetingId: created.get(p.request), requestId: p.request, startsAt: grid.format(grid.slotStart(p.slot)), table: p.table },
      });
    }
    for (const u of plan.unscheduled) {
      if (input.statuses.get(u.request) === 'unschedulable') continue;
      both(requests.get(u.request)!, { type: 'request.unschedulable', payload: { requestId: u.request, reason: u.reason } });
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
