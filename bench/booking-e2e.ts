import { randomUUID } from 'node:crypto';
import type { Caller } from '../src/common/auth/auth.decorators';
import { MeetingRequestsService } from '../src/modules/booking/meeting-requests.service';
import { ScheduleRunsService } from '../src/modules/booking/schedule-runs.service';
import { bulkAcceptedEvent } from '../src/modules/booking/testing/bulk-event';
import { percentile, until, withBenchApp, type BenchContext } from './bench-harness';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/**
 * Through the service: a whole-schedule run on ~20,000 accepted requests (instance built from PostgreSQL,
 * optimizer, plan written in one transaction; its notifications written after it by the notify step), then single accepts on the busy event, each timed from the
 * accept call to the request reading `booked` in the database (API service → queue → worker → commit).
 */
export async function runBookingEndToEnd(samples = 200): Promise<void> {
  await withBenchApp('booking', async ({ app, db }) => {
    const event = await bulkAcceptedEvent(db, { startups: 1500, investors: 400, tables: 150, pairShare: 20_000 / (1500 * 400), maxMeetingsPerDay: 10, seed: 11 });
    // At rest, as on a live system (requests accepted over days, autovacuum has been by): a table bulk-loaded a moment
    // ago would make the run pay for setting the hint bits of every row it reads, which no real run does.
    await db.query(`VACUUM ANALYZE meeting_requests, matches, match_decisions, accounts, investor_profiles, availability_blocks`);
    const schedules = app.get(ScheduleRunsService);
    const t0 = performance.now();
    const { id } = await schedules.start(event.eventId);
    await until(async () => ['done', 'failed'].includes((await db.query(`SELECT status FROM booking_runs WHERE id = $1`, [id]))[0].status), 300_000, 20);
    const runMs = performance.now() - t0;
    const [run] = await db.query(`SELECT status, stats, error FROM booking_runs WHERE id = $1`, [id]);
    if (run.status !== 'done') throw new Error(`schedule run failed: ${run.error}`);
    console.log(`\nEnd to end (service, real queue and database): ${fmt(event.requests)} accepted requests, 1,500 startups × 400 investors, 150 tables`);
    console.log(`  schedule run: ${fmt(runMs)} ms wall (optimizer ${fmt(run.stats.ms)} ms); booked ${fmt(run.stats.booked)} of bound ${fmt(run.stats.upperBound)} (${fmt(100 * run.stats.ratio, 2)} %), value ${fmt(100 * run.stats.valueRatio, 2)} % of bound`);
    console.log(`  end-to-end / optimizer: ${(runMs / run.stats.ms).toFixed(1)}×   (end to end: start → run status done, the schedule stored)`);
    // The notifications follow in the run's notify step (its own job, after the run's commit).
    await until(async () => (await db.query(`SELECT notified_at IS NOT NULL AS told FROM booking_runs WHERE id = $1`, [id]))[0].told, 300_000, 20);
    const notifiedMs = performance.now() - t0;
    const [{ n: notes }] = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE event_id = $1`, [event.eventId]);
    console.log(`  notifications all written (notify step, after done): ${fmt(notifiedMs)} ms from start, ${fmt(notifiedMs - runMs)} ms after done; ${fmt(notes)} notifications`);

    // Single accepts need room: a second event, as large but with 400 tables and ~5,000 meetings planned.
    const room = await bulkAcceptedEvent(db, { startups: 1500, investors: 400, tables: 400, pairShare: 5_000 / (1500 * 400), maxMeetingsPerDay: 12, seed: 12 });
    const second = await schedules.start(room.eventId);
    await until(async () => ['done', 'failed'].includes((await db.query(`SELECT status FROM booking_runs WHERE id = $1`, [second.id]))[0].status), 300_000, 20);
    await measureSingleAccepts({ app, db }, room, samples);
  });
}

async function measureSingleAccepts({ app, db }: BenchContext, event: Awaited<ReturnType<typeof bulkAcceptedEvent>>, samples: number): Promise<void> {
  {
    const [{ n: booked }] = await db.query(`SELECT count(*)::int AS n FROM meetings WHERE event_id = $1 AND status = 'booked'`, [event.eventId]);
    // New requests between pairs that have none yet, accepted one at a time.
    const requests = app.get(MeetingRequestsService);
    const pending: { id: string; recipient: string }[] = [];
    for (let k = 0; pending.length < samples && k < 100_000; k++) {
      const s = event.startups[(k * 7919) % event.startups.length];
      const i = event.investors[(k * 104_729) % event.investors.length];
      if (event.pairs.has(`${s}:${i}`)) continue;
      event.pairs.add(`${s}:${i}`);
      const matchId = randomUUID();
      await db.query(`INSERT INTO matches (id, event_id, startup_id, investor_id, score) VALUES ($1, $2, $3, $4, 50)`, [matchId, event.eventId, s, i]);
      const [r] = await db.query(
        `INSERT INTO meeting_requests (event_id, match_id, sender_id, recipient_id, startup_id, counterpart_id, status, value)
         VALUES ($1, $2, $3, $4, $3, $4, 'pending', 50) RETURNING id`,
        [event.eventId, matchId, s, i],
      );
      pending.push({ id: r.id, recipient: i });
    }
    const latencies: number[] = [];
    const outcomes: Record<string, number> = {};
    for (const r of pending) {
      const caller: Caller = { id: r.recipient, role: 'investor', status: 'active', email: '', displayName: '' };
      const started = performance.now();
      await requests.accept(caller, r.id);
      let status = 'accepted';
      await until(async () => {
        [{ status }] = await db.query(`SELECT status FROM meeting_requests WHERE id = $1`, [r.id]);
        return status !== 'accepted';
      }, 30_000, 1);
      latencies.push(performance.now() - started);
      outcomes[status] = (outcomes[status] ?? 0) + 1;
    }
    console.log(`  single accept → booked through the queue, on an event with ${fmt(booked)} meetings booked (400 tables): p50 ${fmt(percentile(latencies, 50), 1)} ms, p95 ${fmt(percentile(latencies, 95), 1)} ms, max ${fmt(Math.max(...latencies), 1)} ms (n=${latencies.length}; ${Object.entries(outcomes).map(([k, v]) => `${v} ${k}`).join(', ')})`);
  }
}
