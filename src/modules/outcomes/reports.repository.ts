import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PageQuery } from '../../common/pagination/pagination';
import { skipOf } from '../../common/pagination/pagination';
import { FOLLOW_UP_KINDS } from './attendance-rules';

export const FUNNEL_STAGES = ['matched', 'decided', 'mutual', 'requested', 'accepted', 'booked', 'published', 'held', 'followUp'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
export type FunnelCounts = Record<FunnelStage, number>;

const REAL_FOLLOW_UPS = FOLLOW_UP_KINDS.filter((k) => k !== 'none');

/**
 * Per meeting of the event that took place as booked (see attendance-rules): whether it was held (two check-ins
 * or two "held" outcomes) and whether any outcome names a follow-up other than "none".
 */
const MEETING_FACTS = `
  meeting_facts AS (
    SELECT m.id, m.request_id, m.startup_id, m.counterpart_id, m.starts_at,
           (coalesce(ci.n, 0) >= 2 OR coalesce(oc.held_n, 0) >= 2) AS held,
           coalesce(oc.follow_up, false) AS follow_up, ci.who AS checked_in
      FROM meetings m
      LEFT JOIN (SELECT c.meeting_id, count(*) AS n, array_agg(c.account_id) AS who
                   FROM meeting_check_ins c JOIN meetings cm ON cm.id = c.meeting_id WHERE cm.event_id = $1
                  GROUP BY c.meeting_id) ci ON ci.meeting_id = m.id
      LEFT JOIN (SELECT meeting_id, count(*) FILTER (WHERE held) AS held_n,
                        bool_or(follow_ups && '{${REAL_FOLLOW_UPS.join(',')}}'::text[]) AS follow_up
                   FROM meeting_outcomes WHERE event_id = $1 GROUP BY meeting_id) oc ON oc.meeting_id = m.id
     WHERE m.event_id = $1 AND (m.status = 'booked' OR m.cancelled_at >= m.starts_at)
  )`;

/** Report queries: one statement each, set-based, so a 2,000-participant event reads in well under a second. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Each match of the event counted once at every stage it reached. Grouped by the startup's sector and
   * country (the side every match has; investors list several sectors).
   */
  async funnel(eventId: string): Promise<{ scope: 'overall' | 'sector' | 'country'; key: string | null; counts: FunnelCounts }[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `WITH ${MEETING_FACTS},
       requests AS (
         SELECT match_id, bool_or(accepted_at IS NOT NULL) AS accepted FROM meeting_requests WHERE event_id = $1 GROUP BY match_id
       ),
       met AS (
         SELECT r.match_id, bool_or(f.held) AS held, bool_or(f.follow_up) AS follow_up
           FROM meeting_facts f JOIN meeting_requests r ON r.id = f.request_id GROUP BY r.match_id
       ),
       per_match AS (
         SELECT coalesce(sp.sector, 'unknown') AS sector, coalesce(sp.country, 'unknown') AS country,
                (ds.match_id IS NOT NULL OR dc.match_id IS NOT NULL) AS decided,
                coalesce(ds.decision = 'interested' AND dc.decision = 'interested', false) AS mutual,
                q.match_id IS NOT NULL AS requested, coalesce(q.accepted, false) AS accepted,
                t.match_id IS NOT NULL AS booked, t.match_id IS NOT NULL AND e.schedule_published_at IS NOT NULL AS published,
                coalesce(t.held, false) AS held, coalesce(t.follow_up, false) AS follow_up
           FROM matches ma
           JOIN events e ON e.id = ma.event_id
           LEFT JOIN startup_profiles sp ON sp.account_id = ma.startup_id
           LEFT JOIN match_decisions ds ON ds.match_id = ma.id AND ds.side = 'startup'
           LEFT JOIN match_decisions dc ON dc.match_id = ma.id AND dc.side = 'counterpart'
           LEFT JOIN requests q ON q.match_id = ma.id
           LEFT JOIN met t ON t.match_id = ma.id
          WHERE ma.event_id = $1
       )
       SELECT GROUPING(sector) AS g_sector, GROUPING(country) AS g_country, sector, country,
              count(*)::int AS matched, count(*) FILTER (WHERE decided)::int AS decided, count(*) FILTER (WHERE mutual)::int AS mutual,
              count(*) FILTER (WHERE requested)::int AS requested, count(*) FILTER (WHERE accepted)::int AS accepted,
              count(*) FILTER (WHERE booked)::int AS booked, count(*) FILTER (WHERE published)::int AS published,
              count(*) FILTER (WHERE held)::int AS held, count(*) FILTER (WHERE follow_up)::int AS "followUp"
         FROM per_match GROUP BY GROUPING SETS ((), (sector), (country))
        ORDER BY 1 DESC, 2 DESC, 3, 4`,
      [eventId],
    );
    return rows.map((r) => ({
      scope: r.g_sector && r.g_country ? 'overall' : !r.g_sector ? 'sector' : 'country',
      key: r.g_sector && r.g_country ? null : ((!r.g_sector ? r.sector : r.country) as string),
      counts: Object.fromEntries(FUNNEL_STAGES.map((s) => [s, r[s] as number])) as FunnelCounts,
    }));
  }

  /** Follow-ups by kind (reports, distinct meetings, per side), with the amounts of those reports per currency. */
  async followUps(eventId: string): Promise<{ kind: string; side: string | null; currency: string | null; reports: number; meetings: number; total: string | null }[]> {
    return this.db.query(
      `SELECT k.kind, o.side, o.currency, count(*)::int AS reports, count(DISTINCT o.meeting_id)::int AS meetings, sum(o.amount)::text AS total
         FROM meeting_outcomes o CROSS JOIN LATERAL unnest(o.follow_ups) AS k(kind)
        WHERE o.event_id = $1
        GROUP BY GROUPING SETS ((k.kind), (k.kind, o.side), (k.kind, o.currency))`,
      [eventId],
    );
  }

  /** Amounts per currency (never summed across currencies), overall and per side. */
  async amounts(eventId: string): Promise<{ currency: string; side: string | null; reports: number; meetings: number; total: string }[]> {
    return this.db.query(
      `SELECT currency, side, count(*)::int AS reports, count(DISTINCT meeting_id)::int AS meetings, sum(amount)::text AS total
         FROM meeting_outcomes WHERE event_id = $1 AND amount IS NOT NULL
        GROUP BY GROUPING SETS ((currency), (currency, side)) ORDER BY currency, side NULLS FIRST`,
      [eventId],
    );
  }

  async outcomeTotals(eventId: string): Promise<{ recorded: number; held: number; notHeld: number; startup: number; counterpart: number; meetings: number }> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS recorded, count(*) FILTER (WHERE held)::int AS held, count(*) FILTER (WHERE NOT held)::int AS "notHeld",
              count(*) FILTER (WHERE side = 'startup')::int AS startup, count(*) FILTER (WHERE side = 'counterpart')::int AS counterpart,
              count(DISTINCT meeting_id)::int AS meetings
         FROM meeting_outcomes WHERE event_id = $1`,
      [eventId],
    );
    return row;
  }

  /**
   * No-shows as the contract counts them: meetings booked at their start whose start has passed, not held, with
   * no check-in from a party, counted per absent side; `marked` are those closed by the present party.
   */
  async noShowCounts(eventId: string): Promise<{ meetings: number; startup: number; counterpart: number; both: number; marked: number; meetingsStarted: number; held: number }> {
    const [row] = await this.db.query(
      `WITH ${MEETING_FACTS},
       started AS (
         SELECT f.*, NOT f.held AND NOT (f.startup_id = ANY(coalesce(f.checked_in, '{}'))) AS startup_absent,
                NOT f.held AND NOT (f.counterpart_id = ANY(coalesce(f.checked_in, '{}'))) AS counterpart_absent
           FROM meeting_facts f WHERE f.starts_at <= now()
       )
       SELECT count(*)::int AS "meetingsStarted", count(*) FILTER (WHERE held)::int AS held,
              count(*) FILTER (WHERE startup_absent OR counterpart_absent)::int AS meetings,
              count(*) FILTER (WHERE startup_absent)::int AS startup, count(*) FILTER (WHERE counterpart_absent)::int AS counterpart,
              count(*) FILTER (WHERE startup_absent AND counterpart_absent)::int AS both,
              (SELECT count(*)::int FROM meeting_no_shows WHERE event_id = $1) AS marked
         FROM started`,
      [eventId],
    );
    return row;
  }

  /** The live list for organizers: started meetings with a party missing, newest first. */
  async noShowList(eventId: string, marked: boolean | undefined, query: PageQuery) {
    const filter = marked === undefined ? '' : marked ? 'AND ns.meeting_id IS NOT NULL' : 'AND ns.meeting_id IS NULL';
    const rows: Record<string, any>[] = await this.db.query(
      `WITH ${MEETING_FACTS}
       SELECT f.id, f.starts_at, m.ends_at, m.table_no, f.startup_id, f.counterpart_id, coalesce(f.checked_in, '{}') AS checked_in,
              ns.absent_id, ns.marked_by, ns.marked_at,
              coalesce(sp.name, sa.display_name) AS startup_name,
              coalesce(ip.firm, cp.company, ca.display_name) AS counterpart_name, ca.role AS counterpart_role,
              count(*) OVER () AS total
         FROM meeting_facts f
         JOIN meetings m ON m.id = f.id
         JOIN accounts sa ON sa.id = f.startup_id LEFT JOIN startup_profiles sp ON sp.account_id = f.startup_id
         JOIN accounts ca ON ca.id = f.counterpart_id
         LEFT JOIN investor_profiles ip ON ip.account_id = f.counterpart_id LEFT JOIN corporate_profiles cp ON cp.account_id = f.counterpart_id
         LEFT JOIN meeting_no_shows ns ON ns.meeting_id = f.id
        WHERE f.starts_at <= now() AND NOT f.held AND cardinality(coalesce(f.checked_in, '{}')) < 2 ${filter}
        ORDER BY f.starts_at DESC, m.table_no
        LIMIT $2 OFFSET $3`,
      [eventId, query.limit, skipOf(query)],
    );
    return { rows, total: rows.length ? Number(rows[0].total) : await this.countNoShows(eventId, filter) };
  }

  private async countNoShows(eventId: string, filter: string): Promise<number> {
    const [{ n }] = await this.db.query(
      `WITH ${MEETING_FACTS}
       SELECT count(*)::int AS n FROM meeting_facts f LEFT JOIN meeting_no_shows ns ON ns.meeting_id = f.id
        WHERE f.starts_at <= now() AND NOT f.held AND cardinality(coalesce(f.checked_in, '{}')) < 2 ${filter}`,
      [eventId],
    );
    return n;
  }
}
