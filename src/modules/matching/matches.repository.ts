import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../common/auth/auth.decorators';
import { countWhenFull, skipOf, totalOf } from '../../common/pagination/pagination';
import { preparedArrays, preparedRows } from '../../database/prepared';
import type { MatchListQuery } from './matches.dto';
import { matchVisibilitySql } from './match-access';
import type { Decision, DeclineReason, MatchSide } from './match.entities';

/** One row of the match read model: the match, both parties' public profiles and both decisions. */
export interface MatchRow {
  id: string;
  event_id: string;
  startup_id: string;
  investor_id: string | null;
  demand_id: string | null;
  score: number;
  f_sector: number | null;
  f_stage: number | null;
  f_ticket: number | null;
  f_geography: number | null;
  f_trl: number | null;
  f_text: number | null;
  shared_concepts: string[];
  excluded: string | null;
  s: Record<string, unknown>;
  i: Record<string, unknown> | null;
  d: Record<string, unknown> | null;
  demand_owner_id: string | null;
  demand_company: string | null;
  startup_decision: Decision | null;
  startup_note: string | null;
  startup_reason: DeclineReason | null;
  counterpart_decision: Decision | null;
  counterpart_note: string | null;
  counterpart_reason: DeclineReason | null;
}

/**
 * The parties' profile fields a match view shows, as plain columns (`s.name`, `i.firm`, `d.title`, …) that `toRow`
 * folds into the `s`, `i` and `d` objects: far cheaper for PostgreSQL than `to_jsonb` of whole profile rows (which
 * also serialises their search text). `d.deadline` stays JSON (`YYYY-MM-DD`, not a Date); bigint amounts arrive
 * as text and the view makes them numbers. Each part's first column is NOT NULL in its table: null there means no such row.
 */
const PROFILE_COLUMNS: Record<'s' | 'i' | 'd', Record<string, string>> = {
  s: {
    name: 'sp.name', country: 'sp.country', sector: 'sp.sector', stage: 'sp.stage', trl: 'sp.trl',
    funding_ask_amount: 'sp.funding_ask_amount', funding_ask_currency: 'sp.funding_ask_currency', founded_year: 'sp.founded_year',
    employees: 'sp.employees', keywords: 'sp.keywords', description: 'sp.description', deck_url: 'sp.deck_url',
  },
  i: {
    firm: 'ip.firm', sectors: 'ip.sectors', stages: 'ip.stages',
    ticket_min_amount: 'ip.ticket_min_amount', ticket_min_currency: 'ip.ticket_min_currency',
    ticket_max_amount: 'ip.ticket_max_amount', ticket_max_currency: 'ip.ticket_max_currency', countries: 'ip.countries', thesis: 'ip.thesis',
  },
  d: {
    title: 'd.title', description: 'd.description', sectors: 'd.sectors', keywords: 'd.keywords',
    min_trl: 'd.min_trl', collaboration: 'd.collaboration', deadline: 'to_jsonb(d.deadline)',
  },
};
/** Each part's fields as [column of the row, key in the part's object], built once. */
const PROFILE_FIELDS = Object.entries(PROFILE_COLUMNS).map(([part, columns]) => ({
  part: part as 's' | 'i' | 'd',
  fields: Object.keys(columns).map((key): [string, string] => [`${part}.${key}`, key]),
}));

/** The page's own columns: the match, the demand's owner and both decisions (what filters and access need). */
const PAGE_SELECT = `
  SELECT m.id, m.event_id, m.startup_id, m.investor_id, m.demand_id, m.score,
         m.f_sector, m.f_stage, m.f_ticket, m.f_geography, m.f_trl, m.f_text, m.excluded, m.shared_concepts,
         d.owner_id AS demand_owner_id,
         ds.decision AS startup_decision, ds.note AS startup_note, ds.reason AS startup_reason,
         dc.decision AS counterpart_decision, dc.note AS counterpart_note, dc.reason AS counterpart_reason`;

const profileColumns = (part: 's' | 'i' | 'd') =>
  Object.entries(PROFILE_COLUMNS[part]).map(([key, sql]) => `${sql} AS "${part}.${key}"`).join(', ');

/**
 * The page's rows (`m`, a subquery that has done its filtering, ordering and LIMIT) with the parties' profiles, each
 * looked up by key for those rows only (lateral joins): the page itself never joins a profile table, so the
 * planner picks it from the match indexes and the details cost a few key lookups per row whatever the list's size.
 */
const DETAILS = {
  head: (extra: string) => `SELECT m.*, s.*, i.*, d.*, cp.company AS demand_company${extra} FROM (`,
  tail: `) m
    JOIN LATERAL (SELECT ${profileColumns('s')} FROM startup_profiles sp WHERE sp.account_id = m.startup_id) s ON true
    LEFT JOIN LATERAL (SELECT ${profileColumns('i')} FROM investor_profiles ip WHERE ip.account_id = m.investor_id) i ON true
    LEFT JOIN LATERAL (SELECT ${profileColumns('d')} FROM demands d WHERE d.id = m.demand_id) d ON true
    LEFT JOIN LATERAL (SELECT cp.company FROM corporate_profiles cp WHERE cp.account_id = m.demand_owner_id) cp ON true`,
};
/** `extra`: columns after the page's own (`, expr AS name`). */
const withDetails = (page: string, extra = '') => DETAILS.head(extra) + page + DETAILS.tail;

/** A row of `withDetails` as an array in column order; `at` maps each field's key to its index in that order. */
type Raw = unknown[];
type Index = Record<string, number>;
type Part = Record<string, unknown> | null;

/**
 * Each part of a MatchRow as an object literal over the row's indexes: one fixed shape per part, which V8 builds
 * several times faster than an object filled key by key (20 rows × 50 columns a page). `layoutOf` checks that
 * each builder makes exactly the keys `PAGE_SELECT` and `PROFILE_COLUMNS` name, so the lists cannot drift apart.
 */
const BUILD = {
  own: (r: Raw, x: Index, s: Part, i: Part, d: Part) => ({
    id: r[x.id], event_id: r[x.event_id], startup_id: r[x.startup_id], investor_id: r[x.investor_id], demand_id: r[x.demand_id],
    score: r[x.score], f_sector: r[x.f_sector], f_stage: r[x.f_stage], f_ticket: r[x.f_ticket], f_geography: r[x.f_geography],
    f_trl: r[x.f_trl], f_text: r[x.f_text], excluded: r[x.excluded], shared_concepts: r[x.shared_concepts],
    demand_owner_id: r[x.demand_owner_id], startup_decision: r[x.startup_decision], startup_note: r[x.startup_note],
    startup_reason: r[x.startup_reason], counterpart_decision: r[x.counterpart_decision], counterpart_note: r[x.counterpart_note],
    counterpart_reason: r[x.counterpart_reason], demand_company: r[x.demand_company], s, i, d,
  }),
  s: (r: Raw, x: Index) => ({
    name: r[x.name], country: r[x.country], sector: r[x.sector], stage: r[x.stage], trl: r[x.trl],
    funding_ask_amount: r[x.funding_ask_amount], funding_ask_currency: r[x.funding_ask_currency], founded_year: r[x.founded_year],
    employees: r[x.employees], keywords: r[x.keywords], description: r[x.description], deck_url: r[x.deck_url],
  }),
  i: (r: Raw, x: Index) => ({
    firm: r[x.firm], sectors: r[x.sectors], stages: r[x.stages],
    ticket_min_amount: r[x.ticket_min_amount], ticket_min_currency: r[x.ticket_min_currency],
    ticket_max_amount: r[x.ticket_max_amount], ticket_max_currency: r[x.ticket_max_currency], countries: r[x.countries], thesis: r[x.thesis],
  }),
  d: (r: Raw, x: Index) => ({
    title: r[x.title], description: r[x.description], sectors: r[x.sectors], keywords: r[x.keywords],
    min_trl: r[x.min_trl], collaboration: r[x.collaboration], deadline: r[x.deadline],
  }),
};

/** Where each MatchRow field is in a row of `withDetails`: own columns, then each part's first column and keys. */
interface RowLayout {
  own: Index;
  parts: Record<'s' | 'i' | 'd', { first: number; at: Index }>;
}

/** Every statement of `withDetails` has the same columns in the same order: the layout is worked out once. */
let layout: { columns: string; value: RowLayout } | undefined;

function layoutOf(columns: string[]): RowLayout {
  const key = columns.join(',');
  if (layout?.columns === key) return layout.value;
  const indexOf = (names: string[], column: (name: string) => string): Index =>
    Object.fromEntries(names.map((name) => [name, columns.indexOf(column(name))]));
  const own = columns.filter((c) => c[1] !== '.' && c !== PAGE_TOTAL);
  const value: RowLayout = {
    own: indexOf(own, (c) => c),
    parts: Object.fromEntries(PROFILE_FIELDS.map(({ part, fields }) => [part, {
      first: columns.indexOf(fields[0][0]), at: indexOf(fields.map(([, k]) => k), (k) => `${part}.${k}`),
    }])) as RowLayout['parts'],
  };
  sameKeys('own', Object.keys(BUILD.own([], value.own, null, null, null)), [...own, 's', 'i', 'd']);
  for (const { part, fields } of PROFILE_FIELDS) sameKeys(part, Object.keys(BUILD[part]([], {})), fields.map(([, k]) => k));
  layout = { columns: key, value };
  return value;
}

function sameKeys(part: string, built: string[], selected: string[]): void {
  if (built.length !== selected.length || built.some((k) => !selected.includes(k))) {
    throw new Error(`matches.repository: the ${part} builder makes [${built}] but the statement selects [${selected}]`);
  }
}

/**
 * A row of `withDetails` (an array in column order) as a MatchRow: the `s.*`, `i.*` and `d.*` columns become
 * objects (`i`, `d`: null without that party).
 */
function toRow(raw: Raw, at: RowLayout): MatchRow {
  const { s, i, d } = at.parts;
  return BUILD.own(
    raw, at.own,
    raw[s.first] === null ? null : BUILD.s(raw, s.at),
    raw[i.first] === null ? null : BUILD.i(raw, i.at),
    raw[d.first] === null ? null : BUILD.d(raw, d.at),
  ) as unknown as MatchRow;
}

/**
 * The column a list statement adds after the page's own: the list's total when the page is full, else null
 * (countWhenFull; totalOf tells a short page's total itself).
 */
const PAGE_TOTAL = 'page_total';

/** The MatchRows of a `withDetails` statement, in its order, and its PAGE_TOTAL column's value (null: none). */
async function detailedRows(db: DataSource, text: string, params: unknown[]): Promise<{ rows: MatchRow[]; total: number | null }> {
  const { columns, rows } = await preparedArrays(db, text, params);
  // No rows, no layout needed (the driver's fallback path reports no columns for an empty result).
  if (rows.length === 0) return { rows: [], total: null };
  const at = layoutOf(columns);
  const totalAt = columns.indexOf(PAGE_TOTAL);
  return { rows: rows.map((raw) => toRow(raw, at)), total: totalAt < 0 ? null : (rows[0][totalAt] as number | null) };
}

const FROM = `
  FROM matches m
  JOIN startup_profiles sp ON sp.account_id = m.startup_id
  JOIN accounts sa ON sa.id = m.startup_id AND sa.status <> 'rejected'
  LEFT JOIN accounts ia ON ia.id = m.investor_id
  LEFT JOIN demands d ON d.id = m.demand_id
  LEFT JOIN accounts oa ON oa.id = d.owner_id
  LEFT JOIN match_decisions ds ON ds.match_id = m.id AND ds.side = 'startup'
  LEFT JOIN match_decisions dc ON dc.match_id = m.id AND dc.side = 'counterpart'
  WHERE (m.investor_id IS NULL OR ia.status <> 'rejected')
    AND (m.demand_id IS NULL OR (d.deleted_at IS NULL AND oa.status <> 'rejected'))`;

@Injectable()
export class MatchesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findVisible(caller: Caller, matchId: string): Promise<MatchRow | null> {
    const params: unknown[] = [matchId];
    const page = `${PAGE_SELECT} ${FROM} AND m.id = $1 AND ${matchVisibilitySql(caller, params)}`;
    const { rows } = await detailedRows(this.db, withDetails(page), params);
    return rows[0] ?? null;
  }

  async listVisible(caller: Caller, eventId: string, query: MatchListQuery): Promise<{ rows: MatchRow[]; total: number }> {
    const params: unknown[] = [eventId];
    const where = [`m.event_id = $1`, matchVisibilitySql(caller, params)];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.kind) where.push(query.kind === 'investor' ? 'm.investor_id IS NOT NULL' : 'm.demand_id IS NOT NULL');
    if (query.startupId) add((p) => `m.startup_id = ${p}`, query.startupId);
    // counterpart_id (= investor_id or demand_id) is what the (event, counterpart) index covers.
    if (query.investorId) add((p) => `m.counterpart_id = ${p} AND m.investor_id IS NOT NULL`, query.investorId);
    if (query.demandId) add((p) => `m.counterpart_id = ${p} AND m.demand_id IS NOT NULL`, query.demandId);
    if (query.mutual) where.push(`${query.mutual === 'true' ? '' : 'NOT '}(coalesce(ds.decision = 'interested' AND dc.decision = 'interested', false))`);
    if (query.decision) {
      const mine = caller.role === 'organizer' ? null : caller.role === 'startup' ? 'ds' : 'dc';
      if (query.decision === 'none') where.push(mine ? `${mine}.decision IS NULL` : 'ds.decision IS NULL AND dc.decision IS NULL');
      else add((p) => (mine ? `${mine}.decision = ${p}` : `(ds.decision = ${p} OR dc.decision = ${p})`), query.decision);
    }
    const whereSql = where.join(' AND ');
    const offset = skipOf(query);
    // Prepared: the text varies only with the filters used, never with their values or the page.
    const n = params.length;
    const countSql = `SELECT count(*)::int AS total ${FROM} AND ${whereSql}`;
    const { rows, total: counted } = await detailedRows(
      this.db,
      withDetails(
        `${PAGE_SELECT} ${FROM} AND ${whereSql} ORDER BY m.score DESC, m.id LIMIT $${n + 1} OFFSET $${n + 2}`,
        `, ${countWhenFull('count(*) OVER ()', `$${n + 1}`, countSql)} AS ${PAGE_TOTAL}`,
      ) + ` ORDER BY m.score DESC, m.id`,
      [...params, query.limit, offset],
    );
    const total = await totalOf(query, rows.length, async () => {
      const [{ total }] = await preparedRows<{ total: number }>(this.db, countSql, params);
      return total;
    }, counted);
    return { rows, total };
  }

  /**
   * Upserts one side's decision. Holds the event's scoring lock in shared mode so a concurrent full
   * re-score (exclusive) cannot delete the match between our check and our insert.
   */
  async saveDecision(
    eventId: string,
    matchId: string,
    side: MatchSide,
    accountId: string,
    decision: { decision: Decision; note: string | null; reason: DeclineReason | null },
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await lockEventScoring(tx, eventId, 'shared');
      await tx.query(
        `INSERT INTO match_decisions (match_id, side, account_id, decision, note, reason, decided_at)
         SELECT $1, $2, $3, $4, $5, $6, now() WHERE EXISTS (SELECT 1 FROM matches WHERE id = $1)
         ON CONFLICT (match_id, side) DO UPDATE
           SET decision = excluded.decision, note = excluded.note, reason = excluded.reason, decided_at = now()`,
        [matchId, side, accountId, decision.decision, decision.note, decision.reason],
      );
    });
  }

  /** Decline reasons per counterpart kind, for organizers' reports. */
  async declineReasons(eventId: string): Promise<{ side: string; kind: string; reason: string | null; count: number }[]> {
    return this.db.query(
      `SELECT dd.side, CASE WHEN m.investor_id IS NULL THEN 'demand' ELSE 'investor' END AS kind,
              dd.reason, count(*)::int AS count
         FROM match_decisions dd JOIN matches m ON m.id = dd.match_id
        WHERE m.event_id = $1 AND dd.decision = 'declined'
        GROUP BY 1, 2, 3 ORDER BY count DESC`,
      [eventId],
    );
  }
}

/** One lock per event: full re-scores take it exclusively, decision writes shared. */
export async function lockEventScoring(tx: EntityManager, eventId: string, mode: 'shared' | 'exclusive'): Promise<void> {
  const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
  await tx.query(`SELECT ${fn}(hashtextextended('match-scoring:' || $1, 0))`, [eventId]);
}
