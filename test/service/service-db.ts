import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { cloneTemplateDatabase } from '../utils';

/**
 * Service-level tests: a service (or repository) built by hand over a fresh clone of the migrated template
 * database, no HTTP and no queue. Rows are written directly, so a test says exactly the state it starts from.
 */
export interface ServiceDb {
  db: DataSource;
  close(): Promise<void>;
}

export async function createServiceDb(): Promise<ServiceDb> {
  const { databaseUrl } = await cloneTemplateDatabase();
  const db = new DataSource({ ...dataSourceOptions(databaseUrl), extra: { max: 5 } });
  await db.initialize();
  return { db, close: () => db.destroy() };
}

/** Rows with valid defaults; `over` says what a test is about. */
export const rows = {
  async account(db: DataSource, role: 'startup' | 'investor' | 'corporate' | 'organizer', over: { status?: string } = {}): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO accounts (email, password_hash, role, status, display_name) VALUES ($1, 'x', $2, $3, $2) RETURNING id`,
      [`${role}-${randomUUID()}@service.test`, role, over.status ?? 'active'],
    );
    return id;
  },

  async startup(db: DataSource): Promise<string> {
    const id = await rows.account(db, 'startup');
    await db.query(
      `INSERT INTO startup_profiles (account_id, name, country, sector, stage, trl, funding_ask_amount, funding_ask_currency,
                                     founded_year, employees, description, search_text)
       VALUES ($1, 'Startup', 'KR', 'quantum', 'seed', 5, 1000, 'KRW', 2020, 5, 'qubits', 'startup qubits')`,
      [id],
    );
    return id;
  },

  async investor(db: DataSource, maxMeetingsPerDay = 10): Promise<string> {
    const id = await rows.account(db, 'investor');
    await db.query(
      `INSERT INTO investor_profiles (account_id, firm, sectors, stages, ticket_min_amount, ticket_min_currency,
                                      ticket_max_amount, ticket_max_currency, thesis, max_meetings_per_day, search_text)
       VALUES ($1, 'Fund', '{quantum}', '{seed}', 1, 'USD', 100, 'USD', 'qubits', $2, 'fund qubits')`,
      [id, maxMeetingsPerDay],
    );
    return id;
  },

  /** A two-day event (Asia/Seoul), 09:00–11:00 in 30-minute slots: 4 slots a day, slots 0–7. */
  async event(db: DataSource, tables = 2): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO events (name, venue, timezone, start_date, end_date, day_start, day_end, slot_minutes, tables)
       VALUES ('Event', 'COEX', 'Asia/Seoul', '2026-10-28', '2026-10-29', '09:00', '11:00', 30, $1) RETURNING id`,
      [tables],
    );
    return id;
  },

  async join(db: DataSource, eventId: string, ...accountIds: string[]): Promise<void> {
    for (const a of accountIds) await db.query(`INSERT INTO event_participants (event_id, account_id) VALUES ($1, $2)`, [eventId, a]);
  },

  async match(db: DataSource, eventId: string, startupId: string, investorId: string, score = 80): Promise<string> {
    const [{ id }] = await db.query(
      `INSERT INTO matches (event_id, startup_id, investor_id, score) VALUES ($1, $2, $3, $4) RETURNING id`,
      [eventId, startupId, investorId, score],
    );
    return id;
  },

  /** A meeting request from the startup to the investor of a match, in `status`. */
  async request(db: DataSource, eventId: string, startupId: string, investorId: string, status = 'accepted'): Promise<string> {
    const matchId = await rows.match(db, eventId, startupId, investorId);
    const [{ id }] = await db.query(
      `INSERT INTO meeting_requests (event_id, match_id, sender_id, recipient_id, startup_id, counterpart_id, status, accepted_at)
       VALUES ($1, $2, $3, $4, $3, $4, $5, CASE WHEN $5::text = 'pending' THEN NULL ELSE now() END) RETURNING id`,
      [eventId, matchId, startupId, investorId, status],
    );
    return id;
  },
};
