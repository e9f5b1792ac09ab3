import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auditViolations, matchedEvent, matchId, type Party } from './booking-fixtures';
import { killAll, startProcess, type AppProcess } from './app-process';
import { auth, createTestApp, drainQueues, TestApp } from './utils';

/**
 * The deployment shape of docker-compose.yml: two API processes and two worker processes (the built app) against
 * one PostgreSQL and one Redis. Requests are spread over both APIs; both workers take jobs; the same race as
 * booking-race.e2e-spec.ts must leave no double booking and every request in a final state.
 */
describe('two API processes and two workers on one PostgreSQL and one Redis (e2e)', () => {
  let t: TestApp;
  const processes: AppProcess[] = [];
  let apis: AppProcess[];

  beforeAll(async () => {
    t = await createTestApp({ worker: false }); // set-up only: this process runs no jobs
    const started = await Promise.all([
      startProcess('api', t), startProcess('api', t),
      startProcess('worker', t, { LOG_LEVEL: 'debug' }), startProcess('worker', t, { LOG_LEVEL: 'debug' }),
    ]);
    processes.push(...started);
    apis = started.slice(0, 2);
  });
  afterAll(async () => {
    killAll(processes);
    await t?.close();
  });

  const call = (i: number, method: string, path: string, token: string) =>
    fetch(`${apis[i % 2].url}${path}`, { method, headers: { ...auth(token), 'content-type': 'application/json' }, body: method === 'GET' || method === 'DELETE' ? undefined : '{}' });

  it('never double-books when accepts, cancels and bookings race across processes; every request ends booked, unschedulable or cancelled', async () => {
    // 2 days × 4 slots × 3 tables = 24 table-slots for 40 requests, caps of 3 a day: heavy contention.
    const { eventId, startups, investors } = await matchedEvent(t, {
      startups: 10, investors: 4, maxMeetingsPerDay: 3,
      event: { meetingGrid: { dayStart: '09:00', dayEnd: '11:00', slotMinutes: 30, tables: 3 } },
    });
    const requests: { id: string; investor: Party }[] = [];
    for (const v of investors) {
      for (const s of startups) {
        const mid = await matchId(t, eventId, v, s.id);
        const res = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: mid }).expect(201);
        requests.push({ id: res.body.id, investor: v });
      }
    }
    // Every request accepted twice at once, once through each API; both workers book.
    const accepts = await Promise.all(requests.flatMap((r) => [0, 1].map((i) => call(i, 'POST', `/v1/meeting-requests/${r.id}/accept`, r.investor.token))));
    expect(accepts.map((r) => r.status).filter((s) => s !== 200)).toEqual([]);
    await drainQueues(t, 60_000);

    // Cancel a third of the meetings twice, through both APIs at once, while the workers refill freed slots.
    const booked: { id: string }[] = await t.db.query(`SELECT id FROM meetings WHERE event_id = $1 AND status = 'booked'`, [eventId]);
    const toCancel = booked.filter((_, i) => i % 3 === 0);
    const cancels = await Promise.all(toCancel.flatMap((m) => [0, 1].map((i) => call(i, 'DELETE', `/v1/meetings/${m.id}`, t.organizerToken))));
    expect(cancels.every((r) => [204, 409, 404].includes(r.status))).toBe(true);
    expect(cancels.filter((r) => r.status === 204).length).toBeGreaterThanOrEqual(toCancel.length);
    await drainQueues(t, 60_000);

    expect(await auditViolations(t, eventId)).toEqual([]);
    const statuses: { status: string; n: number }[] = await t.db.query(
      `SELECT status, count(*)::int AS n FROM meeting_requests WHERE event_id = $1 GROUP BY status`, [eventId],
    );
    const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    expect(byStatus.accepted ?? 0).toBe(0);
    expect(byStatus.pending ?? 0).toBe(0);
    expect(byStatus.cancelled).toBe(toCancel.length);
    expect((byStatus.booked ?? 0) + (byStatus.unschedulable ?? 0) + byStatus.cancelled).toBe(requests.length);
    expect(byStatus.booked).toBeGreaterThan(10);
    const [{ n: occupancy }] = await t.db.query(`SELECT count(*)::int AS n FROM occupancy WHERE event_id = $1 AND meeting_id IS NOT NULL`, [eventId]);
    expect(occupancy).toBe(2 * byStatus.booked);

    // Both workers did booking work, and both APIs served requests.
    const bookedBy = processes.slice(2).map((w) => w.records().filter((r) => r.job === 'book-request' && r.msg === 'job completed').length);
    expect(bookedBy.every((n) => n > 0)).toBe(true);
    const metrics = await Promise.all(apis.map(async (a) => (await fetch(`${a.url}/metrics`)).text()));
    for (const text of metrics) expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/v1\/meeting-requests\/:id\/accept",status_code="200"\} \d+/);
  });

  it('books single accepts through one API and a schedule run through the other, and the result passes the audit', async () => {
    const { eventId, startups, investors } = await matchedEvent(t, { startups: 6, investors: 3, maxMeetingsPerDay: 4 });
    for (const v of investors) {
      for (const s of startups) {
        const res = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: await matchId(t, eventId, v, s.id) }).expect(201);
        await call(0, 'POST', `/v1/meeting-requests/${res.body.id}/accept`, v.token);
      }
    }
    const run = await call(1, 'POST', `/v1/events/${eventId}/schedule-runs`, t.organizerToken);
    expect(run.status).toBe(202);
    await drainQueues(t, 60_000);
    const { id } = (await run.json()) as { id: string };
    const status = await (await call(0, 'GET', `/v1/schedule-runs/${id}`, t.organizerToken)).json() as { status: string };
    expect(status.status).toBe('done');
    expect(await auditViolations(t, eventId)).toEqual([]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM meeting_requests WHERE event_id = $1 AND status IN ('accepted', 'pending')`, [eventId]);
    expect(n).toBe(0);
  });
});
