import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DomainEvents } from '../../src/common/events/domain-events';
import { BookingRun } from '../../src/modules/booking/booking.entities';
import { BookingStateRepository } from '../../src/modules/booking/booking-state.repository';
import { MeetingLedger } from '../../src/modules/booking/ledger/meeting-ledger.repository';
import { ScheduleInstanceRepository } from '../../src/modules/booking/schedule-instance.repository';
import { ScheduleRunsService } from '../../src/modules/booking/schedule-runs.service';
import { EventEntity, EventParticipant, IrSession } from '../../src/modules/events/event.entities';
import { EventGrid } from '../../src/modules/events/event-grid';
import { EventsService } from '../../src/modules/events/events.service';
import { Notification } from '../../src/modules/notifications/notification.entity';
import { NotificationsService } from '../../src/modules/notifications/notifications.service';
import { JobQueue } from '../../src/queue/job-queue.service';
import { JobName, type JobItem } from '../../src/queue/queue.constants';
import { createServiceDb, rows, type ServiceDb } from './service-db';

const grid = new EventGrid({ timezone: 'Asia/Seoul', startDate: '2026-10-28', endDate: '2026-10-29', dayStart: '09:00', dayEnd: '11:00', slotMinutes: 30 });

/**
 * schedule-runs.apply, through the run that calls it: what the plan writes (meetings kept, moved, created or
 * dropped; occupancy; daily counters; request statuses; notifications) must agree with itself and the rules.
 */
describe('ScheduleRunsService.execute → apply (service, cloned database)', () => {
  let s: ServiceDb;
  let schedules: ScheduleRunsService;
  const ledger = new MeetingLedger();
  const queued: JobItem[] = [];

  beforeAll(async () => {
    s = await createServiceDb();
    const db = s.db;
    const events = new EventsService(db.getRepository(EventEntity), db.getRepository(IrSession), db.getRepository(EventParticipant), db, new DomainEvents());
    schedules = new ScheduleRunsService(
      db.getRepository(BookingRun), db, events, new ScheduleInstanceRepository(new BookingStateRepository()),
      new NotificationsService(db.getRepository(Notification)),
      // execute queues only its notify step: recorded here, run by the tests themselves
      { addAll: async (items: JobItem[]) => void queued.push(...items) } as unknown as JobQueue, ledger,
    );
  });
  afterAll(async () => s?.close());

  /** Everything apply must leave consistent, as violations (empty when all is well). */
  async function inconsistencies(eventId: string): Promise<string[]> {
    const q = (sql: string) => s.db.query(sql, [eventId]);
    const found: string[] = [];
    const check = async (name: string, sql: string) => {
      const bad = await q(sql);
      if (bad.length) found.push(`${name}: ${JSON.stringify(bad.slice(0, 3))}`);
    };
    await check('booked request without one live meeting', `SELECT r.id FROM meeting_requests r WHERE r.event_id = $1 AND r.status = 'booked'
      AND (SELECT count(*) FROM meetings m WHERE m.request_id = r.id AND m.status = 'booked') <> 1`);
    await check('live meeting of a request not booked', `SELECT m.id FROM meetings m JOIN meeting_requests r ON r.id = m.request_id
      WHERE m.event_id = $1 AND m.status = 'booked' AND r.status <> 'booked'`);
    await check('occupancy not matching the live meetings', `
      (SELECT account_id, slot, meeting_id FROM occupancy WHERE event_id = $1 AND meeting_id IS NOT NULL
       EXCEPT SELECT p, slot, id FROM meetings, LATERAL (VALUES (startup_id), (counterpart_id)) v(p) WHERE event_id = $1 AND status = 'booked')
      UNION ALL
      (SELECT p, slot, id FROM meetings, LATERAL (VALUES (startup_id), (counterpart_id)) v(p) WHERE event_id = $1 AND status = 'booked'
       EXCEPT SELECT account_id, slot, meeting_id FROM occupancy WHERE event_id = $1 AND meeting_id IS NOT NULL)`);
    await check('daily counter not matching the live meetings', `
      SELECT coalesce(l.account_id, c.p) AS account_id, l.meetings, c.n FROM (SELECT * FROM day_load WHERE event_id = $1 AND meetings > 0) l
        FULL JOIN (SELECT p, slot / 4 AS day, count(*)::int AS n FROM meetings, LATERAL (VALUES (startup_id), (counterpart_id)) v(p)
                    WHERE event_id = $1 AND status = 'booked' GROUP BY 1, 2) c ON c.p = l.account_id AND c.day = l.day
       WHERE l.meetings IS DISTINCT FROM c.n`);
    await check('unschedulable without a reason', `SELECT id FROM meeting_requests WHERE event_id = $1 AND status = 'unschedulable' AND coalesce(reason, '') = ''`);
    await check('parked or out-of-range table', `SELECT id, table_no FROM meetings WHERE event_id = $1 AND status = 'booked' AND table_no NOT BETWEEN 1 AND 1`);
    return found;
  }

  it('books what fits, marks the rest unschedulable, keeps a moved meeting\'s id and notifies exactly the changes', async () => {
    const eventId = await rows.event(s.db, 1); // one table, 8 slots
    const investor = await rows.investor(s.db, 2); // at most 2 a day: 4 meetings in all
    const startups: string[] = [];
    for (let i = 0; i < 6; i++) startups.push(await rows.startup(s.db));
    await rows.join(s.db, eventId, investor, ...startups);
    const requests: string[] = [];
    for (const st of startups) requests.push(await rows.request(s.db, eventId, st, investor));
    // the first request is already booked (by a single booking) at slot 0
    const firstMeeting = await s.db.transaction((tx) =>
      ledger.createMeeting(tx, eventId, grid, { requestId: requests[0], startupId: startups[0], counterpartId: investor, slot: 0, table: 1 },
        [{ id: startups[0], cap: null }, { id: investor, cap: 2 }]),
    );

    const [run] = await s.db.query(`INSERT INTO booking_runs (event_id, kind) VALUES ($1, 'schedule') RETURNING id`, [eventId]);
    const stats = await schedules.execute(run.id, null);
    expect(stats).toMatchObject({ accepted: 6, booked: 4, unschedulable: 2, upperBound: 4 });
    expect(await schedules.get(run.id, 'schedule')).toMatchObject({ status: 'done', progress: 1, booked: 4 });
    expect(await inconsistencies(eventId)).toEqual([]);

    const statuses = await s.db.query(`SELECT id, status, reason FROM meeting_requests WHERE event_id = $1`, [eventId]);
    expect(statuses.filter((r: any) => r.status === 'booked')).toHaveLength(4);
    expect(statuses.filter((r: any) => r.status === 'unschedulable')).toHaveLength(2);
    const [first] = await s.db.query(`SELECT id, status, slot, sequence FROM meetings WHERE request_id = $1 ORDER BY created_at LIMIT 1`, [requests[0]]);
    expect(first.id).toBe(firstMeeting);
    // The run is done once the schedule is stored; its notify step (a job of its own) writes the notifications.
    const notesOf = () => s.db.query(`SELECT account_id, type, payload FROM notifications WHERE event_id = $1`, [eventId]);
    expect(await notesOf()).toHaveLength(0);
    expect(queued).toContainEqual({ name: JobName.ScheduleRunNotify, data: { runId: run.id } });
    expect(await schedules.notify(run.id)).toEqual({ notified: expect.any(Number) });
    expect(await schedules.notify(run.id)).toEqual({ skipped: true }); // a repeated notify step tells nobody twice
    const notes = await notesOf();
    expect((await schedules.get(run.id, 'schedule')).status).toBe('done');
    expect((await s.db.query(`SELECT notices, notified_at FROM booking_runs WHERE id = $1`, [run.id]))[0]).toEqual({ notices: null, notified_at: expect.any(Date) });
    const ofType = (type: string) => notes.filter((n: any) => n.type === type);
    const firstStatus = statuses.find((r: any) => r.id === requests[0]).status;
    if (firstStatus === 'booked') {
      // kept where it was (no SEQUENCE change, no notice) or moved (same id, SEQUENCE + 1, both told)
      expect(first.status).toBe('booked');
      expect(first.sequence).toBe(first.slot === 0 ? 0 : 1);
      expect(ofType('meeting.moved')).toHaveLength(first.slot === 0 ? 0 : 2);
      expect(ofType('meeting.booked')).toHaveLength(2 * 3);
      expect(ofType('meeting.cancelled')).toHaveLength(0);
    } else {
      expect(first).toMatchObject({ status: 'cancelled', sequence: 1 });
      expect(ofType('meeting.cancelled')).toHaveLength(2);
      expect(ofType('meeting.booked')).toHaveLength(2 * 4);
    }
    // newly unschedulable requests are told to both parties, once
    expect(ofType('request.unschedulable')).toHaveLength(2 * 2);
    for (const n of ofType('meeting.booked')) expect(n.payload.startsAt).toMatch(/^2026-10-2[89]T\d\d:\d\d:00\+09:00$/);
  });

  it('checks the plan before its commit: a plan that breaks a rule fails the run and writes nothing', async () => {
    const eventId = await rows.event(s.db, 1);
    const investor = await rows.investor(s.db, 10);
    const [a, b, c] = [await rows.startup(s.db), await rows.startup(s.db), await rows.startup(s.db)];
    await rows.join(s.db, eventId, investor, a, b, c);
    const requests = [await rows.request(s.db, eventId, a, investor), await rows.request(s.db, eventId, b, investor), await rows.request(s.db, eventId, c, investor)];
    // The optimizer's own plan, less one of its meetings: every other meeting is valid and the schema accepts them,
    // so only the plan check (run while PostgreSQL writes the plan) can refuse it.
    const spy = jest.spyOn(schedules, 'plan').mockImplementationOnce((instance) => {
      const plan = ScheduleRunsService.prototype.plan.call(schedules, instance);
      expect(plan.meetings).toHaveLength(3);
      return { ...plan, meetings: plan.meetings.slice(1) };
    });
    const [run] = await s.db.query(`INSERT INTO booking_runs (event_id, kind) VALUES ($1, 'schedule') RETURNING id`, [eventId]);
    await expect(schedules.execute(run.id, null)).rejects.toThrow(/optimizer produced an invalid plan/);
    spy.mockRestore();
    expect(await s.db.query(`SELECT status, notices FROM booking_runs WHERE id = $1`, [run.id])).toEqual([{ status: 'failed', notices: null }]);
    expect(await s.db.query(`SELECT count(*)::int AS n FROM meetings WHERE event_id = $1`, [eventId])).toEqual([{ n: 0 }]);
    expect(await s.db.query(`SELECT count(*)::int AS n FROM occupancy WHERE event_id = $1`, [eventId])).toEqual([{ n: 0 }]);
    expect((await s.db.query(`SELECT status FROM meeting_requests WHERE id = ANY($1::uuid[])`, [requests])).map((r: any) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(queued.filter((j) => (j.data as { runId?: string }).runId === run.id)).toEqual([]);
  });

  it('keeps published meetings where they are and plans new requests around them', async () => {
    const eventId = await rows.event(s.db, 1);
    const investor = await rows.investor(s.db, 10);
    const [a, b, c] = [await rows.startup(s.db), await rows.startup(s.db), await rows.startup(s.db)];
    await rows.join(s.db, eventId, investor, a, b, c);
    const published = [await rows.request(s.db, eventId, a, investor), await rows.request(s.db, eventId, b, investor)];
    for (const [i, requestId] of published.entries()) {
      await s.db.transaction((tx) => ledger.createMeeting(tx, eventId, grid,
        { requestId, startupId: [a, b][i], counterpartId: investor, slot: 3 + i, table: 1 }, [{ id: [a, b][i], cap: null }, { id: investor, cap: 10 }]));
    }
    await s.db.query(`UPDATE events SET schedule_published_at = now() WHERE id = $1`, [eventId]);
    const before = await s.db.query(`SELECT id, slot, table_no, sequence FROM meetings WHERE event_id = $1 ORDER BY slot`, [eventId]);
    const late = await rows.request(s.db, eventId, c, investor);

    const [row] = await s.db.query(`INSERT INTO booking_runs (event_id, kind) VALUES ($1, 'schedule') RETURNING id`, [eventId]);
    expect(await schedules.execute(row.id, null)).toMatchObject({ accepted: 3, booked: 3, fixed: 2 });
    expect(await s.db.query(`SELECT id, slot, table_no, sequence FROM meetings WHERE event_id = $1 AND request_id <> $2 ORDER BY slot`, [eventId, late])).toEqual(before);
    const [added] = await s.db.query(`SELECT slot FROM meetings WHERE request_id = $1 AND status = 'booked'`, [late]);
    expect([3, 4]).not.toContain(added.slot); // the investor is busy in the published slots
    expect(await inconsistencies(eventId)).toEqual([]);
  });

  it('stores a second attempt\'s notices after the first\'s, and a run that changed nothing has none', async () => {
    const eventId = await rows.event(s.db, 1);
    const investor = await rows.investor(s.db, 10);
    const [a, b] = [await rows.startup(s.db), await rows.startup(s.db)];
    await rows.join(s.db, eventId, investor, a, b);
    await rows.request(s.db, eventId, a, investor);
    const [first] = await s.db.query(`INSERT INTO booking_runs (event_id, kind) VALUES ($1, 'schedule') RETURNING id`, [eventId]);
    await schedules.execute(first.id, null);
    // a second request arrives; as if the first run crashed after its commit: run again (its notices not yet told)
    await rows.request(s.db, eventId, b, investor);
    await s.db.query(`UPDATE booking_runs SET status = 'running' WHERE id = $1`, [first.id]);
    await schedules.execute(first.id, null);
    const told = await schedules.notify(first.id);
    const [again] = await s.db.query(`INSERT INTO booking_runs (event_id, kind) VALUES ($1, 'schedule') RETURNING id`, [eventId]);
    await schedules.execute(again.id, null);
    expect((await s.db.query(`SELECT notices FROM booking_runs WHERE id = $1`, [again.id]))[0].notices).toBeNull();
    expect(await schedules.notify(again.id)).toEqual({ skipped: true });
    const notes = await s.db.query(`SELECT type, count(*)::int AS n FROM notifications WHERE event_id = $1 GROUP BY type`, [eventId]);
    // both attempts' news, once each: two new meetings, two parties each (and a move, if the second attempt made one)
    expect(notes.find((n: any) => n.type === 'meeting.booked')).toEqual({ type: 'meeting.booked', n: 4 });
    expect(notes.filter((n: any) => !['meeting.booked', 'meeting.moved'].includes(n.type))).toEqual([]);
    expect(told).toEqual({ notified: notes.reduce((sum: number, n: any) => sum + n.n, 0) });
  });
});
