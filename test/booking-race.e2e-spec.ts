import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MeetingBookerService } from '../src/modules/booking/meeting-booker.service';
import { auth, createTestApp, drainQueues, TestApp } from './utils';
import { auditViolations, matchedEvent, matchId, type Party } from './booking-fixtures';

describe('booking under concurrency (e2e, real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let eventId: string;
  let startups: Party[];
  let investors: Party[];

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    // 2 days × 4 slots × 3 tables = 24 table-slots for 60 requests: heavy contention for people, tables and caps.
    ({ eventId, startups, investors } = await matchedEvent(t, {
      startups: 12, investors: 5, maxMeetingsPerDay: 3,
      event: { meetingGrid: { dayStart: '09:00', dayEnd: '11:00', slotMinutes: 30, tables: 3 } },
    }));
  });
  afterAll(async () => t?.close());

  it('never double-books across ~250 concurrent accept, book and cancel calls; every accepted request ends booked or unschedulable with a reason', async () => {
    const requests: { id: string; investor: Party }[] = [];
    for (const v of investors) {
      for (const s of startups) {
        const mid = await matchId(t, eventId, v, s.id);
        const res = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: mid }).expect(201);
        requests.push({ id: res.body.id, investor: v });
      }
    }
    // Burst 1: every request accepted twice at once, while the worker books, plus direct bookers racing it
    // as a second worker process would.
    const booker = t.app.get(MeetingBookerService);
    const accepts = requests.flatMap((r) => [0, 1].map(() => t.http.post(`/v1/meeting-requests/${r.id}/accept`).set(auth(r.investor.token))));
    const results = await Promise.all(accepts);
    expect(results.every((r) => r.status === 200)).toBe(true);
    await Promise.all(requests.map((r) => booker.book(r.id)));

    // Burst 2: cancel a third of the booked meetings while bookers refill and accepts repeat.
    const booked: { id: string; request_id: string }[] = await t.db.query(`SELECT id, request_id FROM meetings WHERE event_id = $1 AND status = 'booked'`, [eventId]);
    const toCancel = booked.filter((_, i) => i % 3 === 0);
    const burst2 = [
      ...toCancel.map((m) => t.http.delete(`/v1/meetings/${m.id}`).set(auth(t.organizerToken))),
      ...toCancel.map((m) => t.http.delete(`/v1/meetings/${m.id}`).set(auth(t.organizerToken))),
      ...requests.slice(0, 20).map((r) => t.http.post(`/v1/meeting-requests/${r.id}/accept`).set(auth(r.investor.token))),
    ];
    const burst2Results = await Promise.all([...burst2, ...requests.map((r) => booker.book(r.id).then(() => ({ status: 200 })))]);
    // accepting a request whose meeting was just cancelled is a conflict (409), never a 5xx
    expect(burst2Results.every((r) => [200, 204, 409].includes(r.status))).toBe(true);
    expect(accepts.length + burst2.length + requests.length * 2).toBeGreaterThanOrEqual(200);

    await drainQueues(t);
    expect(await auditViolations(t, eventId)).toEqual([]);
    const statuses: { status: string; n: number }[] = await t.db.query(
      `SELECT status, count(*)::int AS n FROM meeting_requests WHERE event_id = $1 GROUP BY status ORDER BY status`,
      [eventId],
    );
    const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
    expect(byStatus.accepted ?? 0).toBe(0);
    expect(byStatus.pending ?? 0).toBe(0);
    expect(byStatus.cancelled).toBe(toCancel.length);
    expect((byStatus.booked ?? 0) + (byStatus.unschedulable ?? 0) + byStatus.cancelled).toBe(requests.length);
    // the grid is saturated where the caps allow: 5 investors × 3 per day × 2 days = 30 at most
    expect(byStatus.booked).toBeGreaterThan(15);
    expect(byStatus.booked).toBeLessThanOrEqual(24);
    const [{ n: occupancy }] = await t.db.query(`SELECT count(*)::int AS n FROM occupancy WHERE event_id = $1 AND meeting_id IS NOT NULL`, [eventId]);
    expect(occupancy).toBe(2 * byStatus.booked);
    const [{ n: load }] = await t.db.query(`SELECT coalesce(sum(meetings), 0)::int AS n FROM day_load WHERE event_id = $1`, [eventId]);
    expect(load).toBe(2 * byStatus.booked);
  });

  it('rejects in the schema itself any write that would double-book a person or a table or break a cap', async () => {
    const [m] = await t.db.query(
      `SELECT id, event_id, request_id, startup_id, counterpart_id, slot, table_no, starts_at, ends_at FROM meetings
        WHERE event_id = $1 AND status = 'booked' LIMIT 1`,
      [eventId],
    );
    const other = startups.find((s) => s.id !== m.startup_id)!;
    const attempt = (sql: string, params: unknown[]) => t.db.query(sql, params).then(() => 'written', (e) => e.driverError?.code ?? e.code);
    // same person, same slot
    expect(await attempt(`INSERT INTO occupancy (event_id, account_id, slot, meeting_id) VALUES ($1, $2, $3, $4)`, [eventId, m.startup_id, m.slot, m.id])).toBe('23505');
    // same table, same slot
    expect(await attempt(
      `INSERT INTO meetings (event_id, request_id, startup_id, counterpart_id, slot, table_no, starts_at, ends_at)
       SELECT event_id, id, startup_id, counterpart_id, $2, $3, now(), now() + interval '30 minutes' FROM meeting_requests WHERE event_id = $1 AND startup_id = $4 LIMIT 1`,
      [eventId, m.slot, m.table_no, other.id],
    )).toBe('23505');
    // over the daily cap
    expect(await attempt(`UPDATE day_load SET meetings = cap + 1 WHERE event_id = $1 AND cap IS NOT NULL`, [eventId])).toBe('23514');
  });
});
