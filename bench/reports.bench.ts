/**
 * `npm run bench -- reports [--startups 1500] [--investors 500] [--runs 5]`
 * The organizer's funnel and outcome reports (JSON and CSV, through the service) on a generated event of
 * 2,000 participants with every stage filled: top-50 matches per startup, decisions, requests, meetings,
 * check-ins, outcomes with amounts, no-shows. Prints the first (cold) and the median of warm runs.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ReportsService } from '../src/modules/outcomes/reports.service';
import { percentile, withBenchApp } from './bench-harness';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function run(argv: string[]): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const startups = arg('startups', 1500);
  const investors = arg('investors', 500);
  const runs = arg('runs', 5);
  await withBenchApp('reports', async ({ app, db }) => {
    const t0 = performance.now();
    const { eventId, counts } = await generateEvent(db, startups, investors);
    console.log(`\nGenerated in ${fmt(performance.now() - t0)} ms: ${fmt(startups + investors)} participants (${fmt(startups)} startups × ${fmt(investors)} investors), ` +
      `${fmt(counts.matches)} matches, ${fmt(counts.requests)} requests, ${fmt(counts.meetings)} meetings, ${fmt(counts.checkIns)} check-ins, ${fmt(counts.outcomes)} outcomes`);
    await db.query('ANALYZE');
    const reports = app.get(ReportsService);
    const cases: [string, () => Promise<unknown>][] = [
      ['funnel (JSON)', () => reports.funnel(eventId)],
      ['funnel (CSV)', () => reports.funnelCsv(eventId)],
      ['outcomes (JSON)', () => reports.outcomes(eventId)],
      ['outcomes (CSV)', () => reports.outcomesCsv(eventId)],
    ];
    let worst = 0;
    for (const [name, fn] of cases) {
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) {
        const started = performance.now();
        await fn();
        times.push(performance.now() - started);
      }
      const [cold, ...warm] = times;
      worst = Math.max(worst, cold, ...warm);
      console.log(`  ${name.padEnd(16)} cold ${fmt(cold, 1)} ms, warm p50 ${fmt(percentile(warm, 50), 1)} ms, max ${fmt(Math.max(...warm), 1)} ms`);
    }
    const sample = (await reports.funnel(eventId)) as { overall: Record<string, number> };
    console.log(`  funnel overall: ${Object.entries(sample.overall).map(([k, v]) => `${k} ${fmt(v)}`).join(' → ')}`);
    console.log(`  slowest single report: ${fmt(worst, 1)} ms (${worst < 1000 ? 'under' : 'OVER'} the 1 s budget)`);
  });
}

/** Everything written set-wise in SQL; a per-row hash decides each match's fate, so the shape is stable. */
export async function generateEvent(db: DataSource, startups: number, investors: number) {
  const eventId = randomUUID();
  await db.query(
    `INSERT INTO events (id, name, venue, timezone, start_date, end_date, day_start, day_end, slot_minutes, tables, schedule_published_at)
     VALUES ($1, 'Reports bench', 'COEX', 'Asia/Seoul', '2026-10-28', '2026-10-29', '09:00', '18:00', 30, 400, '2026-10-20')`,
    [eventId],
  );
  await db.query(
    `INSERT INTO accounts (id, email, password_hash, role, status, display_name)
     SELECT gen_random_uuid(), 'rb-' || $1 || '-' || i || '@bench.local', 'x', CASE WHEN i <= $2::int THEN 'startup' ELSE 'investor' END, 'active', 'Bench ' || i
       FROM generate_series(1, $2::int + $3::int) AS i`,
    [eventId.slice(0, 8), startups, investors],
  );
  const ids = async (role: string): Promise<string[]> =>
    (await db.query(`SELECT id FROM accounts WHERE email LIKE $1 AND role = $2 ORDER BY display_name`, [`rb-${eventId.slice(0, 8)}-%`, role])).map((r: { id: string }) => r.id);
  const s = await ids('startup');
  const v = await ids('investor');
  const sectors = ['system-semiconductor', 'bio-health', 'future-mobility', 'clean-energy', 'robotics', 'ai-big-data', 'cybersecurity-network', 'aerospace-ocean', 'next-gen-nuclear', 'quantum'];
  const countries = ['KR', 'KR', 'KR', 'US', 'JP', 'SG', 'DE', 'FR', 'IL', 'VN'];
  await db.query(
    `INSERT INTO startup_profiles (account_id, name, country, sector, stage, trl, funding_ask_amount, funding_ask_currency,
                                   founded_year, employees, keywords, description, search_text)
     SELECT id, 'Startup ' || n, ($2::text[])[1 + n % 10], ($3::text[])[1 + (n / 10) % 10], 'seed', 5, 1000000000, 'KRW', 2020, 10, '{}', 'x', 'x'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS u(id, n)`,
    [s, countries, sectors],
  );
  await db.query(
    `INSERT INTO investor_profiles (account_id, firm, sectors, stages, ticket_min_amount, ticket_min_currency, ticket_max_amount,
                                    ticket_max_currency, countries, thesis, max_meetings_per_day, search_text)
     SELECT id, 'Fund', '{quantum}', '{seed}', 0, 'USD', 100000000, 'USD', '{}', 'x', 10, 'x' FROM unnest($1::uuid[]) AS id`,
    [v],
  );
  await db.query(`INSERT INTO event_participants (event_id, account_id) SELECT $1, unnest($2::uuid[])`, [eventId, [...s, ...v]]);
  // Top 50 investors per startup: distinct because 13 and the investor count share no factor in the default shape.
  await db.query(
    `INSERT INTO matches (event_id, startup_id, investor_id, score, in_startup_top, in_counterpart_top)
     SELECT DISTINCT ON (s.id, ($2::uuid[])[1 + (s.n * 7 + k * 13) % $3::int]) $1::uuid, s.id, ($2::uuid[])[1 + (s.n * 7 + k * 13) % $3::int], 40 + (k % 50), true, true
       FROM unnest($4::uuid[]) WITH ORDINALITY AS s(id, n) CROSS JOIN generate_series(0, 49) AS k`,
    [eventId, v, v.length, s],
  );
  const fate = `(abs(hashtext(ma.id::text)) % 1000)`;
  await db.query(
    `INSERT INTO match_decisions (match_id, side, account_id, decision)
     SELECT ma.id, 'startup', ma.startup_id, CASE WHEN ${fate} % 7 = 0 THEN 'declined' ELSE 'interested' END FROM matches ma WHERE ma.event_id = $1 AND ${fate} < 400
     UNION ALL
     SELECT ma.id, 'counterpart', ma.investor_id, CASE WHEN ${fate} % 5 = 0 THEN 'maybe' ELSE 'interested' END FROM matches ma WHERE ma.event_id = $1 AND ${fate} < 300`,
    [eventId],
  );
  await db.query(
    `INSERT INTO meeting_requests (event_id, match_id, sender_id, recipient_id, startup_id, counterpart_id, status, value, accepted_at)
     SELECT $1, ma.id, ma.startup_id, ma.investor_id, ma.startup_id, ma.investor_id,
            CASE WHEN ${fate} < 120 THEN 'booked' WHEN ${fate} < 150 THEN 'unschedulable' WHEN ${fate} < 200 THEN 'pending' ELSE 'declined' END,
            ma.score, CASE WHEN ${fate} < 150 THEN now() END
       FROM matches ma WHERE ma.event_id = $1 AND ${fate} < 250`,
    [eventId],
  );
  // Meetings on distinct (slot, table): 36 slots over two days, tables as needed.
  await db.query(
    `INSERT INTO meetings (event_id, request_id, startup_id, counterpart_id, slot, table_no, starts_at, ends_at)
     SELECT $1, r.id, r.startup_id, r.counterpart_id, x.i % 36, x.i / 36 + 1,
            '2026-10-28 09:00+09'::timestamptz + ((x.i % 36) / 18) * interval '1 day' + ((x.i % 36) % 18) * interval '30 minutes',
            '2026-10-28 09:30+09'::timestamptz + ((x.i % 36) / 18) * interval '1 day' + ((x.i % 36) % 18) * interval '30 minutes'
       FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM meeting_requests WHERE event_id = $1 AND status = 'booked') x
       JOIN meeting_requests r ON r.id = x.id`,
    [eventId],
  );
  const mfate = `(abs(hashtext(m.id::text)) % 100)`;
  await db.query(
    `INSERT INTO meeting_check_ins (meeting_id, account_id, via, at)
     SELECT m.id, p.account_id, 'agenda', m.starts_at FROM meetings m CROSS JOIN LATERAL (VALUES (m.startup_id), (m.counterpart_id)) p(account_id)
      WHERE m.event_id = $1 AND (${mfate} < 70 OR (${mfate} < 85 AND p.account_id = m.startup_id))`,
    [eventId],
  );
  await db.query(
    `INSERT INTO meeting_no_shows (meeting_id, event_id, absent_id, marked_by, marked_at)
     SELECT m.id, m.event_id, m.counterpart_id, m.startup_id, m.starts_at + interval '12 minutes' FROM meetings m WHERE m.event_id = $1 AND ${mfate} BETWEEN 70 AND 74`,
    [eventId],
  );
  await db.query(
    `UPDATE meetings m SET status = 'cancelled', cancelled_at = ns.marked_at FROM meeting_no_shows ns WHERE ns.meeting_id = m.id AND m.event_id = $1`,
    [eventId],
  );
  const kinds = `(ARRAY['nda','poc','mou','term-sheet','investment','procurement'])`;
  await db.query(
    `INSERT INTO meeting_outcomes (meeting_id, account_id, event_id, side, held, follow_ups, amount, currency)
     SELECT m.id, p.account_id, m.event_id, p.side, ${mfate} < 85,
            CASE WHEN ${mfate} % 3 = 0 THEN ARRAY['none'] ELSE ARRAY[${kinds}[1 + ${mfate} % 6], ${kinds}[1 + (${mfate} / 6) % 6]] END,
            CASE WHEN ${mfate} % 5 = 1 THEN 1000000 * (1 + ${mfate}) END, CASE WHEN ${mfate} % 5 = 1 THEN (ARRAY['USD','KRW'])[1 + ${mfate} % 2] END
       FROM meetings m CROSS JOIN LATERAL (VALUES (m.startup_id, 'startup'), (m.counterpart_id, 'counterpart')) p(account_id, side)
      WHERE m.event_id = $1 AND (${mfate} < 50 OR (p.side = 'counterpart' AND ${mfate} < 95))
     ON CONFLICT DO NOTHING`,
    [eventId],
  );
  const [counts] = await db.query(
    `SELECT (SELECT count(*)::int FROM matches WHERE event_id = $1) AS matches, (SELECT count(*)::int FROM meeting_requests WHERE event_id = $1) AS requests,
            (SELECT count(*)::int FROM meetings WHERE event_id = $1) AS meetings,
            (SELECT count(*)::int FROM meeting_check_ins c JOIN meetings m ON m.id = c.meeting_id WHERE m.event_id = $1) AS "checkIns",
            (SELECT count(*)::int FROM meeting_outcomes WHERE event_id = $1) AS outcomes`,
    [eventId],
  );
  return { eventId, counts };
}
