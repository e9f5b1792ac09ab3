import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * A large event written straight to the database (the API would take minutes): startups and investors with
 * profiles, all joined, a match for every pair and an accepted meeting request for each.
 */
export async function bulkAcceptedEvent(
  db: DataSource,
  opts: { startups: number; investors: number; tables: number; seed?: number },
): Promise<{ eventId: string; requests: number }> {
  let x = opts.seed ?? 7;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const eventId = randomUUID();
  const startups = Array.from({ length: opts.startups }, () => randomUUID());
  const investors = Array.from({ length: opts.investors }, () => randomUUID());
  await db.query(
    `INSERT INTO events (id, name, venue, timezone, start_date, end_date, day_start, day_end, slot_minutes, tables)
     VALUES ($1, 'Bulk event', 'COEX', 'Asia/Seoul', '2026-10-28', '2026-10-29', '09:00', '18:00', 30, $2)`,
    [eventId, opts.tables],
  );
  const all = [...startups, ...investors];
  await db.query(
    `INSERT INTO accounts (id, email, password_hash, role, status, display_name)
     SELECT id, 'bulk-' || id || '@test.local', 'x', role, 'active', 'Bulk ' || left(id::text, 8)
       FROM unnest($1::uuid[], $2::text[]) AS u(id, role)`,
    [all, all.map((_, i) => (i < startups.length ? 'startup' : 'investor'))],
  );
  await db.query(
    `INSERT INTO startup_profiles (account_id, name, country, sector, stage, trl, funding_ask_amount, funding_ask_currency,
                                   founded_year, employees, keywords, description, search_text)
     SELECT id, 'Bulk startup', 'KR', 'quantum', 'seed', 5, 1000000000, 'KRW', 2020, 10, '{}', '양자', '양자' FROM unnest($1::uuid[]) AS id`,
    [startups],
  );
  await db.query(
    `INSERT INTO investor_profiles (account_id, firm, sectors, stages, ticket_min_amount, ticket_min_currency, ticket_max_amount,
                                    ticket_max_currency, countries, thesis, max_meetings_per_day, search_text)
     SELECT id, 'Bulk fund', '{quantum}', '{seed}', 0, 'USD', 100000000, 'USD', '{}', 'quantum', 10, 'quantum' FROM unnest($1::uuid[]) AS id`,
    [investors],
  );
  await db.query(`INSERT INTO event_participants (event_id, account_id) SELECT $1, unnest($2::uuid[])`, [eventId, all]);
  const pairs = startups.flatMap((s) => investors.filter(() => rand() < 0.5).map((i) => ({ s, i, score: Math.round(rand() * 1000) / 10 })));
  const matchIds = pairs.map(() => randomUUID());
  await db.query(
    `INSERT INTO matches (id, event_id, startup_id, investor_id, score, in_startup_top, in_counterpart_top)
     SELECT id, $1, s, i, score, true, true FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::real[]) AS u(id, s, i, score)`,
    [eventId, matchIds, pairs.map((p) => p.s), pairs.map((p) => p.i), pairs.map((p) => p.score)],
  );
  await db.query(
    `INSERT INTO meeting_requests (event_id, match_id, sender_id, recipient_id, startup_id, counterpart_id, status, value, accepted_at)
     SELECT $1, m, s, i, s, i, 'accepted', greatest(score, 1), now() FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::real[]) AS u(m, s, i, score)`,
    [eventId, matchIds, pairs.map((p) => p.s), pairs.map((p) => p.i), pairs.map((p) => p.score)],
  );
  return { eventId, requests: pairs.length };
}
