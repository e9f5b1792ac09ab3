import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { matchedEvent, matchId } from './booking-fixtures';
import { killAll, startProcess, type AppProcess, freePort } from './app-process';
import { auth, createTestApp, drainQueues, TestApp } from './utils';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

/** The value of one sample line (`name{labels} value`), or undefined. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf('}'));
    if (Object.entries(labels).every(([k, v]) => body.includes(`${k}="${v}"`))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return undefined;
}

describe('GET /metrics (e2e)', () => {
  let t: TestApp;
  const processes: AppProcess[] = [];

  beforeAll(async () => {
    t = await createTestApp({ worker: true, env: { METRICS_TOKEN } });
  });
  afterAll(async () => {
    killAll(processes);
    await t?.close();
  });

  it('reports HTTP durations by route pattern and status, queue depths, job durations, bookings and runs', async () => {
    const { eventId, startups: [s], investors: [v] } = await matchedEvent(t, { startups: 1, investors: 1 });
    await t.http.get(`/v1/events/${eventId}`).set(auth(s.token)).expect(200);
    await t.http.get('/v1/events/00000000-0000-4000-8000-000000000000').set(auth(s.token)).expect(404);
    await t.http.get('/v1/no-such-route').expect(404);
    const req = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: await matchId(t, eventId, v, s.id) }).expect(201);
    await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(v.token)).expect(200);
    await t.http.post(`/v1/events/${eventId}/match-runs`).set(auth(t.organizerToken)).expect(202);
    await drainQueues(t);

    const res = await t.http.get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.text;
    expect(sample(text, 'http_request_duration_seconds_count', { route: '/v1/events/:eventId', status_code: '200', method: 'GET' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'http_request_duration_seconds_count', { route: '/v1/events/:eventId', status_code: '404' })).toBe(1);
    expect(sample(text, 'http_request_duration_seconds_count', { route: '(unmatched)', status_code: '404' })).toBe(1);
    expect(text).not.toContain(eventId); // ids never become labels
    expect(sample(text, 'sgm_queue_jobs', { queue: 'booking', state: 'waiting' })).toBe(0);
    expect(sample(text, 'sgm_queue_jobs', { queue: 'matching', state: 'failed' })).toBe(0);
    expect(sample(text, 'sgm_job_duration_seconds_count', { queue: 'booking', job: 'book-request', outcome: 'completed' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'sgm_job_duration_seconds_count', { queue: 'matching', job: 'score-event', outcome: 'completed' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'sgm_bookings_total', { subject: 'meeting', change: 'booked' })).toBe(1);
    expect(sample(text, 'sgm_runs', { kind: 'match', status: 'done' })).toBeGreaterThanOrEqual(1);
    expect(text).toContain('process_cpu_user_seconds_total');

    // A cancellation counts once (not once per notified party).
    const [meeting] = await t.db.query(`SELECT id FROM meetings WHERE request_id = $1`, [req.body.id]);
    await t.http.delete(`/v1/meetings/${meeting.id}`).set(auth(s.token)).expect(204);
    const after = (await t.http.get('/metrics').expect(200)).text;
    expect(sample(after, 'sgm_bookings_total', { subject: 'meeting', change: 'cancelled' })).toBe(1);
  });

  it('is open on loopback, and elsewhere only with the metrics token', async () => {
    // Through a proxy every caller looks local: a forwarded request counts as from elsewhere.
    const elsewhere = { 'X-Forwarded-For': '203.0.113.7' };
    const anonymous = await t.http.get('/metrics').set(elsewhere).expect(401);
    expect(anonymous.body.code).toBe('unauthenticated');
    await t.http.get('/metrics').set(elsewhere).set('Authorization', 'Bearer wrong-token-0123456789012345').expect(401);
    await t.http.get('/metrics').set(elsewhere).set(auth(t.organizerToken)).expect(401); // a member's token is not the metrics token
    const ok = await t.http.get('/metrics').set(elsewhere).set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(ok.text).toContain('http_request_duration_seconds_bucket');
  });

  it('a worker process serves its job metrics on METRICS_PORT', async () => {
    const port = await freePort();
    const worker = await startProcess('worker', t, { METRICS_PORT: String(port), RECONCILE_INTERVAL_SECONDS: '1' });
    processes.push(worker);
    // the reconcile sweep runs every second on some worker: wait until this one has run a job
    const deadline = Date.now() + 60_000;
    let text = '';
    for (;;) {
      text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      if (sample(text, 'sgm_job_duration_seconds_count', { queue: 'booking', job: 'reconcile' })) break;
      if (Date.now() > deadline) throw new Error('the worker never reported a reconcile job');
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(sample(text, 'sgm_queue_jobs', { queue: 'matching', state: 'active' })).toBeDefined();
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.7' } })).status).toBe(401);
  });
});
