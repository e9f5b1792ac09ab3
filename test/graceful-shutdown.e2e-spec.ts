import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Client } from 'pg';
import { event } from './factories';
import { killAll, startProcess, type AppProcess } from './app-process';
import { auth, createTestApp, TestApp } from './utils';

/** Holds the booking locks of some events in a transaction of its own, so work on them waits until release(). */
async function holdBookingLocks(databaseUrl: string, eventIds: string[]) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  for (const id of eventIds) await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('booking:' || $1, 0))`, [id]);
  return { release: async () => { await client.query('COMMIT'); await client.end(); } };
}

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('graceful shutdown (e2e, the built app as a child process)', () => {
  let t: TestApp;
  const processes: AppProcess[] = [];

  beforeAll(async () => {
    t = await createTestApp({ worker: false }); // no worker here: the child takes every job
  });
  afterAll(async () => {
    killAll(processes);
    await t?.close();
  });

  it('on SIGTERM stops accepting, finishes the in-flight request and the active job, and exits 0', async () => {
    const app = await startProcess('api', t, { PROCESS_ROLE: 'all' }); // API and worker in one process
    processes.push(app);
    const [a, b] = await Promise.all([0, 1].map(async () => (await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event()).expect(201)).body.id as string));
    const locks = await holdBookingLocks(t.databaseUrl, [a, b]);
    try {
      // An active job: the schedule run of event A, waiting on its lock inside the child's worker.
      const run = await fetch(`${app.url}/v1/events/${a}/schedule-runs`, { method: 'POST', headers: auth(t.organizerToken) });
      expect(run.status).toBe(202);
      const { id: runId } = (await run.json()) as { id: string };
      await waitUntil('the run to start', async () => (await t.db.query(`SELECT status FROM booking_runs WHERE id = $1`, [runId]))[0].status === 'running');
      // An in-flight request: publishing event B, waiting on its lock.
      const publish = fetch(`${app.url}/v1/events/${b}/schedule/publish`, { method: 'POST', headers: auth(t.organizerToken) });
      await waitUntil('both to wait on their locks', async () => {
        const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
        return n === 2;
      });

      app.child.kill('SIGTERM');
      // It stops accepting at once...
      await waitUntil('the port to close', async () => fetch(`${app.url}/health`).then(() => false, () => true), 5_000);
      // ...but keeps working on what it had: nothing finished yet, the process is alive.
      await new Promise((r) => setTimeout(r, 500));
      expect(app.child.exitCode).toBeNull();
      await locks.release();

      const response = await publish;
      expect(response.status).toBe(200);
      expect(await app.exited).toBe(0);
      const [runRow] = await t.db.query(`SELECT status FROM booking_runs WHERE id = $1`, [runId]);
      expect(runRow.status).toBe('done');
      const [{ published }] = await t.db.query(`SELECT schedule_published_at IS NOT NULL AS published FROM events WHERE id = $1`, [b]);
      expect(published).toBe(true);
      const drained = app.records().find((r) => typeof r.msg === 'string' && r.msg.startsWith('drained'));
      expect(drained?.msg).toBe('drained: requests finished, jobs finished');
    } finally {
      await locks.release().catch(() => undefined);
    }
  });

  it('with API_WORKERS=2 serves from two processes and on SIGTERM finishes the in-flight request and exits 0', async () => {
    const app = await startProcess('api', t, { PROCESS_ROLE: 'api', API_WORKERS: '2' });
    processes.push(app);
    const listening = () => new Set(app.records().filter((r) => typeof r.msg === 'string' && r.msg.startsWith('API listening')).map((r) => r.pid));
    await waitUntil('both HTTP processes to listen', async () => listening().size === 2);
    expect(listening().has(app.child.pid)).toBe(false); // the primary only supervises
    const b = (await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event()).expect(201)).body.id as string;
    const locks = await holdBookingLocks(t.databaseUrl, [b]);
    try {
      const publish = fetch(`${app.url}/v1/events/${b}/schedule/publish`, { method: 'POST', headers: auth(t.organizerToken) });
      await waitUntil('the request to wait on its lock', async () => {
        const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`);
        return n === 1;
      });
      app.child.kill('SIGTERM');
      // Both HTTP processes drain (the grace is 10 s: release well within it even on a loaded machine).
      await waitUntil('both to start draining', async () => app.records().filter((r) => typeof r.msg === 'string' && r.msg.startsWith('SIGTERM: draining')).length === 2, 5_000);
      expect(app.child.exitCode).toBeNull();
      await locks.release();
      expect((await publish).status).toBe(200);
      expect(await app.exited).toBe(0);
      expect(app.records().filter((r) => r.msg === 'drained: requests finished, jobs none')).toHaveLength(2);
    } finally {
      await locks.release().catch(() => undefined);
    }
  });

  it('a worker process on SIGTERM finishes its active job and exits 0', async () => {
    const worker = await startProcess('worker', t);
    processes.push(worker);
    const a = (await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event()).expect(201)).body.id as string;
    const locks = await holdBookingLocks(t.databaseUrl, [a]);
    try {
      const { id: runId } = (await t.http.post(`/v1/events/${a}/schedule-runs`).set(auth(t.organizerToken)).expect(202)).body;
      await waitUntil('the run to start', async () => (await t.db.query(`SELECT status FROM booking_runs WHERE id = $1`, [runId]))[0].status === 'running');
      worker.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      expect(worker.child.exitCode).toBeNull();
      await locks.release();
      expect(await worker.exited).toBe(0);
      const [runRow] = await t.db.query(`SELECT status FROM booking_runs WHERE id = $1`, [runId]);
      expect(runRow.status).toBe('done');
    } finally {
      await locks.release().catch(() => undefined);
    }
  });
});
