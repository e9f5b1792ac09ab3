import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { auth, createTestApp, TestApp, waitForRun, waitUntil } from './utils';
import { JobName, QueueName } from '../src/queue/queue.constants';
import { auditViolations, matchedEvent, matchId } from './booking-fixtures';
import { deleteKeysWithPrefix } from '../src/queue/redis-keys';
import { bulkAcceptedEvent } from '../src/modules/booking/testing/bulk-event';
import { ReconcileService } from '../src/modules/booking/reconcile.service';
import { ScheduleRunsService } from '../src/modules/booking/schedule-runs.service';

const WORKER = 'dist/src/worker.js';

/** The built worker as a separate process, the way production runs it. */
function startWorker(t: TestApp): ChildProcess {
  return spawn(process.execPath, [WORKER], {
    env: {
      ...process.env,
      DATABASE_URL: t.databaseUrl, QUEUE_PREFIX: t.queuePrefix, LOG_LEVEL: 'warn',
      WORKER_LOCK_SECONDS: '2', WORKER_STALLED_SECONDS: '1', RECONCILE_INTERVAL_SECONDS: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** SIGKILL, as a crash would, and wait until the process is gone. */
async function stopWorker(w: ChildProcess): Promise<void> {
  if (w.exitCode !== null || w.signalCode !== null) return;
  const exited = new Promise((r) => w.once('exit', r));
  w.kill('SIGKILL');
  await exited;
}

describe('a worker killed in the middle of a schedule run (e2e, separate worker processes)', () => {
  // Each test has its own database and queue prefix, so nothing one leaves behind slows down the next.
  let t: TestApp;
  let workers: ChildProcess[] = [];
  beforeAll(() => {
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run "npx nest build" first (npm test does)`);
  });
  beforeEach(async () => {
    t = await createTestApp({ worker: false });
  });
  afterEach(async () => {
    await Promise.all(workers.map(stopWorker));
    workers = [];
    await t?.close();
  });

  it('loses nothing: the restarted worker completes the run and the schedule is consistent', async () => {
    const { eventId, requests } = await bulkAcceptedEvent(t.db, { startups: 300, investors: 60, tables: 60 });
    expect(requests).toBeGreaterThan(5000);
    const first = startWorker(t);
    workers.push(first);
    const started = await t.http.post(`/v1/events/${eventId}/schedule-runs`).set(auth(t.organizerToken)).expect(202);
    // Wait until the first worker is inside the run, then kill it without warning.
    await waitUntil('the first worker starting the run', async () => {
      const [run] = await t.db.query(`SELECT status FROM booking_runs WHERE id = $1`, [started.body.id]);
      return run.status === 'running' ? true : undefined;
    }, { stallMs: 60_000, intervalMs: 5 });
    await stopWorker(first);
    const [{ n: halfWritten }] = await t.db.query(`SELECT count(*)::int AS n FROM meetings WHERE event_id = $1`, [eventId]);
    const [{ status: afterKill }] = await t.db.query(`SELECT status FROM booking_runs WHERE id = $1`, [started.body.id]);
    expect(afterKill).toBe('running'); // killed mid-run: nothing committed
    expect(halfWritten).toBe(0);

    workers.push(startWorker(t));
    const run = await waitForRun(t, `/v1/schedule-runs/${started.body.id}`, t.organizerToken, 90_000);
    expect(run.status).toBe('done');
    expect(run.accepted).toBe(requests);
    expect(run.booked + run.unschedulable).toBe(requests);
    expect(await auditViolations(t, eventId)).toEqual([]);
    const [{ n: pending }] = await t.db.query(`SELECT count(*)::int AS n FROM meeting_requests WHERE event_id = $1 AND status = 'accepted'`, [eventId]);
    expect(pending).toBe(0);
    const [{ n: meetings }] = await t.db.query(`SELECT count(*)::int AS n FROM meetings WHERE event_id = $1 AND status = 'booked'`, [eventId]);
    expect(meetings).toBe(run.booked);
    // The run decided every request itself: the reconcile sweep queued no single bookings for its event.
    const { getQueueToken } = await import('@nestjs/bullmq');
    const queue = t.app.get(getQueueToken(QueueName.Booking), { strict: false });
    const leftover = (await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized'])).filter((j: { name: string } | undefined) => j?.name === JobName.BookRequest);
    expect(leftover.length).toBe(0);
  });

  it('loses no accepted request when Redis loses its data: the reconcile sweep books them from PostgreSQL', async () => {
    const scorer = startWorker(t); // matches come from the worker
    workers.push(scorer);
    const fresh = await matchedEvent(t, { startups: 3, investors: 1 });
    await stopWorker(scorer);
    const [v] = fresh.investors;
    const ids: string[] = [];
    for (const s of fresh.startups) {
      const r = await t.http.post(`/v1/events/${fresh.eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: await matchId(t, fresh.eventId, v, s.id) }).expect(201);
      await t.http.post(`/v1/meeting-requests/${r.body.id}/accept`).set(auth(v.token)).expect(200);
      ids.push(r.body.id);
    }
    // No worker ran, and now Redis forgets every queued job (as a restart without persistence does).
    await deleteKeysWithPrefix(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', t.queuePrefix);
    const [{ n: accepted }] = await t.db.query(`SELECT count(*)::int AS n FROM meeting_requests WHERE id = ANY($1::uuid[]) AND status = 'accepted'`, [ids]);
    expect(accepted).toBe(3);
    workers.push(startWorker(t));
    let booked = 0;
    await waitUntil('the restarted worker booking the 3 requests', async () => {
      [{ n: booked }] = await t.db.query(`SELECT count(*)::int AS n FROM meeting_requests WHERE id = ANY($1::uuid[]) AND status = 'booked'`, [ids]);
      return booked === 3 ? true : undefined;
    }, { stallMs: 60_000, progress: async () => booked, intervalMs: 100 });
    expect(await auditViolations(t, fresh.eventId)).toEqual([]);
  });

  it('tells everyone exactly once when a finished run\'s notify step was lost: the reconcile sweep queues it again', async () => {
    const { eventId, requests } = await bulkAcceptedEvent(t.db, { startups: 40, investors: 10, tables: 10 });
    const started = await t.http.post(`/v1/events/${eventId}/schedule-runs`).set(auth(t.organizerToken)).expect(202);
    // The run done here, as a worker does it; then Redis forgets its notify job (a crash between commit and queueing does the same).
    await t.app.get(ScheduleRunsService).execute(started.body.id, null);
    await deleteKeysWithPrefix(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', t.queuePrefix);
    const run = await waitForRun(t, `/v1/schedule-runs/${started.body.id}`, t.organizerToken, 10_000);
    expect(run.status).toBe('done');
    const told = async () => (await t.db.query(`SELECT count(*)::int AS n FROM notifications WHERE event_id = $1`, [eventId]))[0].n as number;
    expect(await told()).toBe(0);

    // Two sweeps before any worker runs: the notify step is queued twice (one job), and runs once.
    const reconcile = t.app.get(ReconcileService);
    expect((await reconcile.sweep()).notify).toBe(1);
    expect((await reconcile.sweep()).notify).toBe(1);
    workers.push(startWorker(t));
    await waitUntil('the worker running the notify step', async () => {
      const [r] = await t.db.query(`SELECT notices IS NULL AND notified_at IS NOT NULL AS done FROM booking_runs WHERE id = $1`, [started.body.id]);
      return r.done ? true : undefined;
    }, { stallMs: 60_000, progress: told, intervalMs: 100 });
    // Told: further sweeps find nothing to queue.
    expect((await reconcile.sweep()).notify).toBe(0);
    expect((await reconcile.sweep()).notify).toBe(0);
    // Every request of the run was booked or found unschedulable: each told to its two parties, once.
    const perRequest: { n: number; accounts: number }[] = await t.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT account_id)::int AS accounts FROM notifications WHERE event_id = $1 GROUP BY payload->>'requestId'`,
      [eventId],
    );
    expect(perRequest).toHaveLength(requests);
    expect(perRequest.filter((r) => r.n !== 2 || r.accounts !== 2)).toEqual([]);
    expect(await told()).toBe(2 * requests);
  });
});
