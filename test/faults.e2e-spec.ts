import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { auth, createTestApp, TestApp, waitForRun, waitUntil } from './utils';
import { auditViolations, matchedEvent, matchId, type Party } from './booking-fixtures';
import { deleteKeysWithPrefix } from '../src/queue/redis-keys';
import { bulkAcceptedEvent } from '../src/modules/booking/testing/bulk-event';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const FAST_SWEEP = { RECONCILE_INTERVAL_SECONDS: '1', WORKER_LOCK_SECONDS: '5', WORKER_STALLED_SECONDS: '2' };

/** Every request of the event ends `booked` or `unschedulable` with a reason (none left accepted): the SQL audit. */
async function undecided(t: TestApp, eventId: string): Promise<number> {
  const [{ n }] = await t.db.query(
    `SELECT count(*)::int AS n FROM meeting_requests WHERE event_id = $1 AND (status = 'accepted' OR (status = 'unschedulable' AND coalesce(reason, '') = ''))`,
    [eventId],
  );
  return n;
}

async function waitAllDecided(t: TestApp, eventId: string): Promise<void> {
  let left = -1;
  await waitUntil(`every accepted request of ${eventId} decided`, async () => {
    left = await undecided(t, eventId);
    return left === 0 ? true : undefined;
  }, { stallMs: 60_000, progress: async () => left, intervalMs: 200 });
}

/**
 * Runs `during` while one of TypeORM's pooled connections is taken by a transaction that does not end (a stuck job or
 * a long lock wait); with DB_POOL_SIZE=1 that is the whole pool.
 */
async function whilePoolHeld(t: TestApp, during: () => Promise<void>): Promise<void> {
  const holder = t.db.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  try {
    await during();
  } finally {
    await holder.rollbackTransaction();
    await holder.release();
  }
}

/** Requests from every startup to every investor (pending), to be accepted in a stream. */
async function pendingRequests(t: TestApp, eventId: string, startups: Party[], investors: Party[]) {
  const out: { id: string; recipient: Party }[] = [];
  for (const v of investors) {
    for (const s of startups) {
      const r = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: await matchId(t, eventId, v, s.id) }).expect(201);
      out.push({ id: r.body.id, recipient: v });
    }
  }
  return out;
}

/** Accepts every request, retrying on 503 (the contract for a store that is down); a 500 is recorded, not retried. */
async function acceptAll(t: TestApp, requests: { id: string; recipient: Party }[], statuses: Record<number, number>): Promise<void> {
  for (const r of requests) {
    for (let attempt = 0; ; attempt++) {
      const res = await t.http.post(`/v1/meeting-requests/${r.id}/accept`).set(auth(r.recipient.token));
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status === 200 || res.status >= 500 && res.status !== 503) break;
      if (res.status !== 503) throw new Error(`accept ${r.id}: ${res.status} ${JSON.stringify(res.body)}`);
      expect(res.body).toMatchObject({ statusCode: 503, code: 'service_unavailable' });
      if (attempt > 200) throw new Error(`accept ${r.id} never recovered`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

describe('faults: stores failing under a stream of accepts, racing workers (e2e)', () => {
  let t: TestApp | undefined;
  const workers: ChildProcess[] = [];
  afterEach(async () => {
    for (const w of workers.splice(0)) {
      if (w.exitCode === null && w.signalCode === null) {
        const exited = new Promise((r) => w.once('exit', r));
        w.kill('SIGKILL');
        await exited;
      }
    }
    await t?.close();
    t = undefined;
  });

  it('PostgreSQL connections killed during a stream of accepts: 503 never 500, recovers by itself, every accept ends decided', async () => {
    t = await createTestApp({ worker: true, env: FAST_SWEEP });
    const app = t;
    const { eventId, startups, investors } = await matchedEvent(app, { startups: 6, investors: 3, maxMeetingsPerDay: 3 });
    const requests = await pendingRequests(app, eventId, startups, investors);
    const killer = new Client({ connectionString: app.databaseUrl });
    await killer.connect();
    let kills = 0;
    let killing = true;
    const killLoop = (async () => {
      while (killing) {
        const rows = await killer.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
        kills += rows.rowCount ?? 0;
        await new Promise((r) => setTimeout(r, 40));
      }
    })();
    const statuses: Record<number, number> = {};
    try {
      await acceptAll(app, requests, statuses);
    } finally {
      killing = false;
      await killLoop;
      await killer.end();
    }
    console.log(`faults/postgres: ${requests.length} accepts, ${kills} backends killed, statuses ${JSON.stringify(statuses)}`);
    expect(Object.keys(statuses).filter((s) => Number(s) >= 500 && Number(s) !== 503)).toEqual([]);
    expect(kills).toBeGreaterThan(0);
    // Recovered by itself: the same app answers again without a restart.
    await app.http.get('/health').expect(200);
    await waitAllDecided(app, eventId);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM meeting_requests WHERE id = ANY($1::uuid[]) AND status IN ('booked', 'unschedulable')`, [requests.map((r) => r.id)]);
    expect(n).toBe(requests.length);
    expect(await auditViolations(app, eventId)).toEqual([]);
  });

  it('every pooled PostgreSQL connection held: a request answers 503 after DB_CONNECT_TIMEOUT_SECONDS, not a hang, and 200 once one frees', async () => {
    // Hot reads share TypeORM's pool here (no read pool), so the one held connection is every connection.
    t = await createTestApp({ env: { DB_POOL_SIZE: '1', DB_READ_POOL_SIZE: '0', DB_CONNECT_TIMEOUT_SECONDS: '1' } });
    const app = t;
    await app.http.get('/v1/me').set(auth(app.organizerToken)).expect(200);
    await whilePoolHeld(app, async () => {
      const started = performance.now();
      const res = await app.http.get('/v1/me').set(auth(app.organizerToken));
      const waited = performance.now() - started;
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ statusCode: 503, code: 'service_unavailable' });
      // It waited for the timeout (not refused at once), and gave up long before a client would (no upper bound
      // tighter than that: machines differ).
      expect(waited).toBeGreaterThanOrEqual(900);
      expect(waited).toBeLessThan(30_000);
    });
    await app.http.get('/v1/me').set(auth(app.organizerToken)).expect(200);
  });

  it('TypeORM\'s pool held by a stuck transaction: hot reads still answer through their own pool; a write waits, then 503', async () => {
    t = await createTestApp({ env: { DB_POOL_SIZE: '1', DB_READ_POOL_SIZE: '1', DB_CONNECT_TIMEOUT_SECONDS: '1' } });
    const app = t;
    await app.http.get('/v1/me').set(auth(app.organizerToken)).expect(200);
    // As a decision waiting on an event's scoring lock during a whole-event store would hold it.
    await whilePoolHeld(app, async () => {
      // The caller's account and profile are hot reads (read-pool.ts): answered at once, several times over.
      for (let i = 0; i < 3; i++) {
        const me = await app.http.get('/v1/me').set(auth(app.organizerToken)).expect(200);
        expect(me.body.role).toBe('organizer');
      }
      // A write needs TypeORM's pool: it waits for DB_CONNECT_TIMEOUT_SECONDS and answers 503.
      const started = performance.now();
      const write = await app.http.patch('/v1/me').set(auth(app.organizerToken)).send({ locale: 'ko' });
      expect(write.status).toBe(503);
      expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    });
    await app.http.patch('/v1/me').set(auth(app.organizerToken)).send({ locale: 'ko' }).expect(200);
    const [{ locale }] = await app.db.query(`SELECT locale FROM accounts WHERE email = $1`, [(await app.http.get('/v1/me').set(auth(app.organizerToken))).body.email]);
    expect(locale).toBe('ko');
  });

  it('Redis loses its data during a stream of accepts: every accepted request still ends booked or unschedulable', async () => {
    t = await createTestApp({ worker: true, env: FAST_SWEEP });
    const app = t;
    const { eventId, startups, investors } = await matchedEvent(app, { startups: 6, investors: 3, maxMeetingsPerDay: 3 });
    const requests = await pendingRequests(app, eventId, startups, investors);
    const statuses: Record<number, number> = {};
    let wipes = 0;
    let wiping = true;
    const wipeLoop = (async () => {
      while (wiping) {
        await deleteKeysWithPrefix(REDIS_URL, app.queuePrefix);
        wipes++;
        await new Promise((r) => setTimeout(r, 150));
      }
    })();
    try {
      await acceptAll(app, requests, statuses);
    } finally {
      wiping = false;
      await wipeLoop;
    }
    console.log(`faults/redis: ${requests.length} accepts, Redis data wiped ${wipes} times, statuses ${JSON.stringify(statuses)}`);
    expect(Object.keys(statuses).filter((s) => Number(s) >= 500)).toEqual([]);
    await waitAllDecided(app, eventId);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM meeting_requests WHERE id = ANY($1::uuid[]) AND status IN ('booked', 'unschedulable')`, [requests.map((r) => r.id)]);
    expect(n).toBe(requests.length);
    expect(await auditViolations(app, eventId)).toEqual([]);
  });

  it('two worker processes racing on one event: single bookings and a schedule run, no double booking, all decided', async () => {
    t = await createTestApp({ worker: false });
    const app = t;
    const { eventId, requests } = await bulkAcceptedEvent(app.db, { startups: 40, investors: 10, tables: 8, maxMeetingsPerDay: 4 });
    // Backdate so the sweep picks them up at once (requests accepted while no job was ever queued).
    await app.db.query(`UPDATE meeting_requests SET updated_at = now() - interval '1 minute' WHERE event_id = $1`, [eventId]);
    for (let i = 0; i < 2; i++) {
      workers.push(spawn(process.execPath, ['dist/src/worker.js'], {
        env: { ...process.env, DATABASE_URL: app.databaseUrl, QUEUE_PREFIX: app.queuePrefix, LOG_LEVEL: 'warn', ...FAST_SWEEP },
        stdio: ['ignore', 'inherit', 'inherit'],
      }));
    }
    // Both workers book single requests concurrently; a schedule run starts in the middle of it.
    await waitUntil('the first single bookings', async () => {
      const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM meeting_requests WHERE event_id = $1 AND status <> 'accepted'`, [eventId]);
      return n > 0 ? true : undefined;
    }, { stallMs: 60_000 });
    const run = await app.http.post(`/v1/events/${eventId}/schedule-runs`).set(auth(app.organizerToken)).expect(202);
    const done = await waitForRun(app, `/v1/schedule-runs/${run.body.id}`, app.organizerToken, 90_000);
    expect(done.status).toBe('done');
    await waitAllDecided(app, eventId);
    const [{ booked, unschedulable }] = await app.db.query(
      `SELECT count(*) FILTER (WHERE status = 'booked')::int AS booked, count(*) FILTER (WHERE status = 'unschedulable')::int AS unschedulable
         FROM meeting_requests WHERE event_id = $1`,
      [eventId],
    );
    console.log(`faults/two workers: ${requests} requests, ${booked} booked, ${unschedulable} unschedulable`);
    expect(booked + unschedulable).toBe(requests);
    expect(booked).toBeGreaterThan(0);
    expect(await auditViolations(app, eventId)).toEqual([]);
  });
});
