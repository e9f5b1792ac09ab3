import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { searchTextOf } from '../../common/search/search-text';
import type { DemoData } from './demo-data.types';

export interface SeedResult {
  eventId: string;
  startupIds: string[];
  investorIds: string[];
  corporateIds: string[];
  demandIds: string[];
}

export interface SeedOptions {
  /** One bcrypt hash shared by every demo account (hashing 12,000 passwords would take minutes). */
  passwordHash: string;
  /** The organizer's email: a demo account must not take it. */
  organizerEmail?: string;
}

const BATCH = 5000;
/** Serializes concurrent seeds of one database (two `npm run demo` at once). */
const SEED_LOCK = 0x5e3d_de70;

/**
 * Writes a demo event straight into the database with bulk `INSERT ... SELECT FROM unnest(...)`, in one
 * transaction, bypassing the services (and their per-row events) for speed: ~12,000 accounts in seconds.
 * Search texts are computed exactly as ProfilesService and DemandsService compute them.
 *
 * Idempotent per email: when every demo account already exists (re-running `npm run demo` on the same
 * database), nothing is written and the ids of the earlier seed are returned. When only some exist (an
 * earlier demo with other counts), it fails with a message rather than mixing two demos.
 */
export async function seedDemo(db: DataSource, data: DemoData, options: SeedOptions): Promise<SeedResult> {
  const members = [...data.startups, ...data.investors, ...data.corporates];
  const emails = members.map((m) => m.email.toLowerCase());
  const organizer = options.organizerEmail?.toLowerCase();
  if (organizer && emails.includes(organizer)) throw new Error(`the demo data uses the organizer's email ${organizer}`);

  return db.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    const existing: { id: string; email: string; role: string }[] = await m.query(
      'SELECT id, email, role FROM accounts WHERE email = ANY($1::text[])',
      [emails],
    );
    if (existing.length > 0 || (emails.length === 0 && (await findEvent(m, data.event.name, null)))) {
      return existingSeed(m, data, emails, existing);
    }
    return insertSeed(m, data, options.passwordHash);
  });
}

async function insertSeed(m: EntityManager, data: DemoData, passwordHash: string): Promise<SeedResult> {
  const ids = (n: number) => Array.from({ length: n }, () => randomUUID());
  const result: SeedResult = {
    eventId: randomUUID(),
    startupIds: ids(data.startups.length),
    investorIds: ids(data.investors.length),
    corporateIds: ids(data.corporates.length),
    demandIds: ids(data.demands.length),
  };
  const members = [
    ...data.startups.map((s) => ({ ...s, role: 'startup' })),
    ...data.investors.map((s) => ({ ...s, role: 'investor' })),
    ...data.corporates.map((s) => ({ ...s, role: 'corporate' })),
  ];
  const memberIds = [...result.startupIds, ...result.investorIds, ...result.corporateIds];

  await insertRows(m, 'accounts', memberIds.length, {
    id: ['uuid', memberIds],
    email: ['text', members.map((a) => a.email.toLowerCase())],
    password_hash: ['text', members.map(() => passwordHash)],
    role: ['text', members.map((a) => a.role)],
    status: ['text', members.map(() => 'active')],
    display_name: ['text', members.map((a) => a.displayName)],
  });

  const s = data.startups;
  await insertRows(m, 'startup_profiles', s.length, {
    account_id: ['uuid', result.startupIds],
    name: ['text', s.map((x) => x.name)],
    country: ['text', s.map((x) => x.country)],
    sector: ['text', s.map((x) => x.sector)],
    stage: ['text', s.map((x) => x.stage)],
    trl: ['int', s.map((x) => x.trl)],
    funding_ask_amount: ['bigint', s.map((x) => x.fundingAsk.amount)],
    funding_ask_currency: ['text', s.map((x) => x.fundingAsk.currency)],
    founded_year: ['int', s.map((x) => x.foundedYear)],
    employees: ['int', s.map((x) => x.employees)],
    keywords: ['text[]', s.map((x) => x.keywords)],
    description: ['text', s.map((x) => x.description)],
    deck_url: ['text', s.map((x) => x.deckUrl ?? null)],
    search_text: ['text', s.map((x) => searchTextOf(x.name, x.description, x.keywords))],
  });

  const inv = data.investors;
  await insertRows(m, 'investor_profiles', inv.length, {
    account_id: ['uuid', result.investorIds],
    firm: ['text', inv.map((x) => x.firm)],
    sectors: ['text[]', inv.map((x) => x.sectors)],
    stages: ['text[]', inv.map((x) => x.stages)],
    ticket_min_amount: ['bigint', inv.map((x) => x.ticketMin.amount)],
    ticket_min_currency: ['text', inv.map((x) => x.ticketMin.currency)],
    ticket_max_amount: ['bigint', inv.map((x) => x.ticketMax.amount)],
    ticket_max_currency: ['text', inv.map((x) => x.ticketMax.currency)],
    countries: ['text[]', inv.map((x) => x.countries)],
    thesis: ['text', inv.map((x) => x.thesis)],
    max_meetings_per_day: ['int', inv.map((x) => x.maxMeetingsPerDay)],
    search_text: ['text', inv.map((x) => searchTextOf(x.firm, x.thesis))],
  });

  const c = data.corporates;
  await insertRows(m, 'corporate_profiles', c.length, {
    account_id: ['uuid', result.corporateIds],
    company: ['text', c.map((x) => x.company)],
    country: ['text', c.map((x) => x.country)],
    description: ['text', c.map((x) => x.description)],
  });

  const ownerIdByKey = new Map(c.map((x, k) => [x.key, result.corporateIds[k]]));
  const d = data.demands;
  await insertRows(m, 'demands', d.length, {
    id: ['uuid', result.demandIds],
    owner_id: ['uuid', d.map((x) => {
      const owner = ownerIdByKey.get(x.ownerKey);
      if (!owner) throw new Error(`demand ${x.key}: unknown owner ${x.ownerKey}`);
      return owner;
    })],
    title: ['text', d.map((x) => x.title)],
    description: ['text', d.map((x) => x.description)],
    sectors: ['text[]', d.map((x) => x.sectors)],
    keywords: ['text[]', d.map((x) => x.keywords)],
    min_trl: ['int', d.map((x) => x.minTrl ?? null)],
    collaboration: ['text[]', d.map((x) => x.collaboration)],
    deadline: ['date', d.map((x) => x.deadline ?? null)],
    search_text: ['text', d.map((x) => searchTextOf(x.title, x.description, x.keywords))],
  });

  const e = data.event;
  await m.query(
    `INSERT INTO events (id, name, venue, timezone, start_date, end_date, day_start, day_end, slot_minutes, tables)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [result.eventId, e.name, e.venue, e.timezone, e.startDate, e.endDate,
      e.meetingGrid.dayStart, e.meetingGrid.dayEnd, e.meetingGrid.slotMinutes, e.meetingGrid.tables],
  );
  const ir = e.irSessions;
  await insertRows(m, 'ir_sessions', ir.length, {
    id: ['uuid', ir.map(() => randomUUID())],
    event_id: ['uuid', ir.map(() => result.eventId)],
    title: ['text', ir.map((x) => x.title)],
    room: ['text', ir.map((x) => x.room)],
    starts_at: ['timestamptz', ir.map((x) => x.startsAt)],
    slot_minutes: ['int', ir.map((x) => x.slotMinutes)],
    slot_count: ['int', ir.map((x) => x.slotCount)],
    sectors: ['text[]', ir.map((x) => x.sectors)],
  });
  await insertRows(m, 'event_participants', memberIds.length, {
    event_id: ['uuid', memberIds.map(() => result.eventId)],
    account_id: ['uuid', memberIds],
  });
  return result;
}

/** The ids of an earlier seed of the same data; throws when the database holds a different demo. */
async function existingSeed(
  m: EntityManager,
  data: DemoData,
  emails: string[],
  found: { id: string; email: string; role: string }[],
): Promise<SeedResult> {
  const differentDemo = (why: string) =>
    new Error(`the database already holds another demo (${why}); re-run with the same options or use a fresh database`);
  if (found.length !== emails.length) throw differentDemo(`${found.length} of the ${emails.length} demo accounts exist`);
  const byEmail = new Map(found.map((a) => [a.email, a]));
  const idsOf = (items: { email: string }[], role: string) =>
    items.map((x) => {
      const account = byEmail.get(x.email.toLowerCase())!;
      if (account.role !== role) throw differentDemo(`${account.email} is a ${account.role}`);
      return account.id;
    });
  const startupIds = idsOf(data.startups, 'startup');
  const investorIds = idsOf(data.investors, 'investor');
  const corporateIds = idsOf(data.corporates, 'corporate');

  const eventId = await findEvent(m, data.event.name, found[0]?.id ?? null);
  if (!eventId) throw differentDemo('the demo accounts exist but their event is gone');

  // Demands have no natural key: pair them by owner, title and description, oldest first.
  const ownerIdByKey = new Map(data.corporates.map((x, k) => [x.key, corporateIds[k]]));
  const rows: { id: string; owner_id: string; title: string; description: string }[] = corporateIds.length
    ? await m.query(
        'SELECT id, owner_id, title, description FROM demands WHERE owner_id = ANY($1::uuid[]) ORDER BY created_at, id',
        [corporateIds],
      )
    : [];
  const pool = new Map<string, string[]>();
  for (const r of rows) {
    const key = `${r.owner_id}\u0000${r.title}\u0000${r.description}`;
    pool.set(key, [...(pool.get(key) ?? []), r.id]);
  }
  const demandIds = data.demands.map((x) => {
    const id = pool.get(`${ownerIdByKey.get(x.ownerKey)}\u0000${x.title}\u0000${x.description}`)?.shift();
    if (!id) throw differentDemo(`demand ${x.key} is missing`);
    return id;
  });
  return { eventId, startupIds, investorIds, corporateIds, demandIds };
}

/** The event a demo account takes part in (even if renamed since), else the oldest one of that name. */
async function findEvent(m: EntityManager, name: string, memberId: string | null): Promise<string | null> {
  const rows: { id: string }[] = await m.query(
    `SELECT e.id FROM events e
      WHERE e.name = $1 OR e.id IN (SELECT p.event_id FROM event_participants p WHERE p.account_id = $2::uuid)
      ORDER BY (e.id IN (SELECT p.event_id FROM event_participants p WHERE p.account_id = $2::uuid)) DESC, e.created_at, e.id
      LIMIT 1`,
    [name, memberId],
  );
  return rows[0]?.id ?? null;
}

type PgType = 'uuid' | 'text' | 'int' | 'bigint' | 'date' | 'timestamptz' | 'text[]';
type Columns = Record<string, [PgType, readonly unknown[]]>;

/**
 * `INSERT INTO table (...) SELECT ... FROM unnest($1::uuid[], $2::text[], ...)`, BATCH rows a statement:
 * one parameter per column instead of one per value. unnest cannot take an array of arrays, so text[]
 * cells travel as array literals ('{"a","b"}') and are cast back per row.
 */
async function insertRows(m: EntityManager, table: string, count: number, columns: Columns): Promise<void> {
  const names = Object.keys(columns);
  const params = names.map((n, k) => `$${k + 1}::${columns[n][0] === 'text[]' ? 'text' : columns[n][0]}[]`);
  const selects = names.map((n) => (columns[n][0] === 'text[]' ? `t.${n}::text[]` : `t.${n}`));
  const sql = `INSERT INTO ${table} (${names.join(', ')})
    SELECT ${selects.join(', ')} FROM unnest(${params.join(', ')}) AS t(${names.join(', ')})`;
  for (let from = 0; from < count; from += BATCH) {
    const values = names.map((n) => {
      const [type, all] = columns[n];
      const part = all.slice(from, from + BATCH);
      return type === 'text[]' ? part.map((v) => arrayLiteral(v as string[])) : part;
    });
    await m.query(sql, values);
  }
}

/** A PostgreSQL array literal of strings, every element quoted and escaped. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`).join(',')}}`;
}
