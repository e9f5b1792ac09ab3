import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
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
import type { ScheduleInstance, SchedulePlan } from './optimizer/schedule.types';
import { verifyPlan } from './optimizer/verify-plan';
import { startedAwareReason } from './started-slots';
import { ScheduleInstanceRepository, type PlanningInput } from './schedule-instance.repository';
import { returningRows } from '../../database/sql';

const RUN_JOB = { schedule: JobName.ScheduleRun, 'ir-allocation': JobName.IrAllocation } as const;

/**
 * What a schedule run's notify step is to tell (one entry of `booking_runs.notices` per run attempt that changed
 * something): both parties of each cancelled, moved and new meeting and of each newly unschedulable request.
 * Parties come from the meeting or request rows; times are the event-local strings the payloads carry.
 */
interface RunNotices {
  cancelled: string[];
  /** [meeting id, starts at, table] */
  moved: [string, string, number][];
  booked: [string, string, number][];
  /** [request id, index into `reasons`] */
  unschedulable: [string, number][];
  reasons: string[];
}

/**
 * The notifications of a run's stored notices ($1: run id; one JSON document a line, a line per attempt), two per
 * notice, payloads as the run's changes have them.
 */
const NOTICES_TO_NOTIFICATIONS = `
  WITH batch AS (
    SELECT r.event_id, line::jsonb AS b FROM booking_runs r CROSS JOIN LATERAL string_to_table(r.notices, E'\\n') line WHERE r.id = $1
  ), notes AS (
    SELECT batch.event_id, m.startup_id, m.counterpart_id, 'meeting.cancelled'::text AS type,
           jsonb_build_object('meetingId', m.id, 'requestId', m.request_id, 'by', 'schedule-run') AS payload
      FROM batch CROSS JOIN LATERAL jsonb_array_elements_text(batch.b->'cancelled') c(id) JOIN meetings m ON m.id = c.id::uuid
    UNION ALL
    SELECT batch.event_id, m.startup_id, m.counterpart_id, k.type,
           jsonb_build_object('meetingId', m.id, 'requestId', m.request_id, 'startsAt', x->>1, 'table', x->2)
      FROM batch CROSS JOIN (VALUES ('moved', 'meeting.moved'), ('booked', 'meeting.booked')) k(key, type)
      CROSS JOIN LATERAL jsonb_array_elements(batch.b->k.key) x JOIN meetings m ON m.id = (x->>0)::uuid
    UNION ALL
    SELECT batch.event_id, q.startup_id, q.counterpart_id, 'request.unschedulable',
           jsonb_build_object('requestId', q.id, 'reason', batch.b->'reasons'->((x->>1)::int))
      FROM batch CROSS JOIN LATERAL jsonb_array_elements(batch.b->'unschedulable') x JOIN meeting_requests q ON q.id = (x->>0)::uuid
  )
  SELECT p.account_id, n.event_id, n.type, n.payload FROM notes n CROSS JOIN LATERAL (VALUES (n.startup_id), (n.counterpart_id)) p(account_id)`;

/** Whole-schedule runs and the booking runs' status rows (schedule runs and IR allocations share one table). */
@Injectable()
export class ScheduleRunsService {
  private readonly logger = new Logger(ScheduleRunsService.name);
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

  /**
   * Re-plans every accepted, unpublished meeting of the event at once, inside one transaction, which also stores
   * what the people concerned are to be told; once the run is done its notify step writes those notifications.
   */
  async execute(runId: string, job: Job | null) {
    const result = await this.track('schedule', runId, job, (run, progress) =>
      this.db.transaction(async (tx) => {
        await lockEventBooking(tx, run.eventId, 'exclusive');
        const event = await tx.getRepository(EventEntity).findOneByOrFail({ id: run.eventId });
        const grid = gridOf(event);
        const input = await this.instances.build(tx, event, grid);
        await progress(0.25);
        const plan = this.plan(input.instance); // checked by apply, against the instance, before the commit
        for (const u of plan.unscheduled) u.reason = startedAwareReason(u.reason, () => input.commonFreeOnlyStarted(u.request));
        await progress(0.75);
        await this.apply(tx, run.id, event, grid, input, plan);
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
    if (!('skipped' in result) && !('failed' in result)) await this.queueNotify([runId]);
    return result;
  }

  /** The optimizer's plan for an instance (a method of its own, so a test can hand a run a plan that breaks a rule). */
  plan(instance: ScheduleInstance): SchedulePlan {
    return optimizeSchedule(instance);
  }

  /**
   * A run's notify step: writes the notifications its transaction stored as `notices`, computed in PostgreSQL,
   * and clears them, in one transaction under the run row's lock. Runs at most once per stored notice however
   * often it is queued (a repeat finds nothing left); a crash before its commit leaves the notices for the next try.
   */
  async notify(runId: string): Promise<{ notified: number } | { skipped: true }> {
    return this.db.transaction(async (tx) => {
      const [run]: { pending: boolean }[] = await tx.query(`SELECT notices IS NOT NULL AS pending FROM booking_runs WHERE id = $1 FOR UPDATE`, [runId]);
      if (!run?.pending) return { skipped: true as const };
      const notified = await this.notifications.addSelected(tx, NOTICES_TO_NOTIFICATIONS, [runId]);
      await tx.query(`UPDATE booking_runs SET notices = NULL, notified_at = now() WHERE id = $1`, [runId]);
      return { notified };
    });
  }

  /** Queues the notify step of finished runs that still hold notices (its job lost, or a crash before queueing it). */
  async requeueUnnotified(): Promise<number> {
    const runs: { id: string }[] = await this.db.query(
      `SELECT id FROM booking_runs WHERE notices IS NOT NULL AND kind = 'schedule' AND status IN ('done', 'failed') ORDER BY finished_at LIMIT 1000`,
    );
    if (runs.length) await this.jobs.addAll(runs.map((r) => ({ name: JobName.ScheduleRunNotify, data: { runId: r.id } })));
    return runs.length;
  }

  /** Never throws: a notify step that could not be queued is queued by the reconcile sweep. */
  private async queueNotify(runIds: string[]): Promise<void> {
    try {
      await this.jobs.addAll(runIds.map((runId) => ({ name: JobName.ScheduleRunNotify, data: { runId } })));
    } catch (err) {
      this.logger.warn(`queueing the notify step of run ${runIds.join(', ')} failed (the reconcile sweep retries): ${err instanceof Error ? err.message : err}`);
    }
  }

  /**
   * Writes the plan through the ledger (only the requests whose status or reason changes): moved meetings keep their
   * id (and calendar UID) with a higher SEQUENCE; dropped ones are cancelled. E-mails and counters of the booking
   * changes are recorded here; the notifications themselves are stored compactly on the run for its notify step.
   */
  private async apply(tx: EntityManager, runId: string, event: EventEntity, grid: EventGrid, input: PlanningInput, plan: SchedulePlan): Promise<void> {
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
    // Requests already where the plan puts them are not sent to the ledger (it would skip them too, after the round trip).
    const newlyUnschedulable = plan.unscheduled.filter((u) => input.statuses.get(u.request) !== 'unschedulable');
    const reasonChanged = plan.unscheduled.filter((u) => input.statuses.get(u.request) === 'unschedulable' && input.reasons.get(u.request) !== u.reason);

    // New meetings get their ids here, so what to tell about them is known before they are written.
    const created = new Map(inserts.map((p) => [p.request, randomUUID()]));
    const written = this.ledger.applyPlan(tx, event.id, grid, {
      cancel: dropped.map((m) => m.id),
      moves: moves.map((p) => {
        const m = input.meetings.get(p.request)!;
        return { meetingId: m.id, startupId: m.startup_id, counterpartId: m.counterpart_id, slot: p.slot, table: p.table };
      }),
      creates: inserts.map((p) => ({
        meetingId: created.get(p.request)!, requestId: p.request, startupId: requests.get(p.request)!.startup,
        counterpartId: requests.get(p.request)!.counterpart, slot: p.slot, table: p.table,
      })),
      booked: plan.meetings.filter((m) => input.statuses.get(m.request) !== 'booked').map((m) => m.request),
      unschedulable: [...newlyUnschedulable, ...reasonChanged].map((u) => ({ id: u.request, reason: u.reason })),
    });
    // PostgreSQL writes the plan while Node checks it and works out what to tell: let the first statement go out, then
    // do that work. A plan that breaks a rule throws here, before the commit, so the transaction rolls its writes back.
    // (A failure is handled where `written` is awaited; the catch only keeps it from counting as unhandled meanwhile.)
    written.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    const violations = verifyPlan(input.instance, plan);
    if (violations.length) throw new Error(`optimizer produced an invalid plan: ${violations.slice(0, 3).join('; ')}`);

    // The meeting changes' e-mails and counters, with the change (the notification rows follow in the notify step).
    const changes: NewNotification[] = [];
    const both = (r: { startup: string; counterpart: string }, note: Omit<NewNotification, 'accountId' | 'eventId'>) => {
      for (const accountId of [r.startup, r.counterpart]) changes.push({ accountId, eventId: event.id, ...note });
    };
    // Formatting a time in the event's zone is costly; a schedule has few slots and thousands of meetings.
    const slotTexts = new Map<number, string>();
    const startsAt = (slot: number) => slotTexts.get(slot) ?? slotTexts.set(slot, grid.format(grid.slotStart(slot))).get(slot)!;
    for (const m of dropped) {
      both({ startup: m.startup_id, counterpart: m.counterpart_id }, { type: 'meeting.cancelled', payload: { meetingId: m.id, requestId: m.request_id, by: 'schedule-run' } });
    }
    for (const p of moves) {
      both(requests.get(p.request)!, {
        type: 'meeting.moved', payload: { meetingId: input.meetings.get(p.request)!.id, requestId: p.request, startsAt: startsAt(p.slot), table: p.table },
      });
    }
    for (const p of inserts) {
      both(requests.get(p.request)!, {
        type: 'meeting.booked', payload: { meetingId: created.get(p.request), requestId: p.request, startsAt: startsAt(p.slot), table: p.table },
      });
    }
    const reasons = [...new Set(newlyUnschedulable.map((u) => u.reason))];
    const reasonIndex = new Map(reasons.map((r, i) => [r, i]));
    const notices: RunNotices = {
      cancelled: dropped.map((m) => m.id),
      moved: moves.map((p) => [input.meetings.get(p.request)!.id, startsAt(p.slot), p.table]),
      booked: inserts.map((p) => [created.get(p.request)!, startsAt(p.slot), p.table]),
      unschedulable: newlyUnschedulable.map((u) => [u.request, reasonIndex.get(u.reason)!]),
      reasons,
    };
    const anything = notices.cancelled.length + notices.moved.length + notices.booked.length + notices.unschedulable.length > 0;
    const noticeLine = anything ? JSON.stringify(notices) : null;

    await written;
    await this.notifications.announce(tx, changes);
    if (noticeLine === null) return;
    // A line appended (JSON.stringify writes no raw newline), and `notified_at` reset: a run re-run after a crash
    // between its commit and `done` keeps the first attempt's notices.
    await tx.query(
      `UPDATE booking_runs SET notices = coalesce(notices || E'\\n', '') || $2, notified_at = NULL WHERE id = $1`,
      [runId, noticeLine],
    );
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
