import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DemandFeatures, EventParties, InvestorFeatures, StartupFeatures, TermCounts } from './scoring';
import type { PartyKind } from '../../common/domain/party-kind';
import { demandTerms, investorTerms, startupTerms } from './scoring/tokenizer';

export interface CorpusChanges extends EventParties {
  /** Parties that left the event's scoring (account no longer active, demand deleted). */
  removed: { kind: PartyKind; id: string }[];
  /** Pass as `since` next time; a few seconds early, so a change committed late is not missed. */
  watermark: Date;
}

/**
 * The parties changed after $2 among the event $1's (by their `updated_at` / `joined_at` indexes, migration
 * 1767100000000, so a re-score reads the few rows changed, not every participant): accounts whose profile, account
 * or participation changed, and demands changed or deleted, or live ones of such an account.
 */
const CHANGED_IDS = `
  WITH acc AS (SELECT account_id AS id FROM startup_profiles WHERE updated_at > $2
               UNION SELECT account_id FROM investor_profiles WHERE updated_at > $2
               UNION SELECT id FROM accounts WHERE updated_at > $2
               UNION SELECT account_id FROM event_participants WHERE event_id = $1 AND joined_at > $2)
  SELECT now() - interval '5 seconds' AS watermark, ARRAY(SELECT id FROM acc) AS accounts,
         ARRAY(SELECT id FROM demands WHERE updated_at > $2
               UNION SELECT id FROM demands WHERE deleted_at > $2
               UNION SELECT d.id FROM acc JOIN demands d ON d.owner_id = acc.id AND d.deleted_at IS NULL) AS demands`;

/**
 * Loads the scoring input of one event: active participants with a profile, and the live demands of
 * participating corporates. Tokenised text is cached per profile version, so repeated loads only tokenise
 * what changed.
 */
@Injectable()
export class MatchCorpusRepository {
  private readonly termCache = new Map<string, TermCounts>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(eventId: string): Promise<EventParties & { watermark: Date }> {
    const { removed: _removed, ...rest } = await this.read(eventId, null);
    return rest;
  }

  async changedSince(eventId: string, since: Date): Promise<CorpusChanges> {
    return this.read(eventId, since);
  }

  /**
   * The event's participant count, from its primary-key index: a cheap first check that nobody left the
   * event (a deletion leaves no row for changedSince to see); counts() runs only when it moved.
   */
  async participants(eventId: string): Promise<number> {
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM event_participants WHERE event_id = $1`, [eventId]);
    return n;
  }

  /** Live party counts, to check that a patched in-memory scorer still mirrors the database. */
  async counts(eventId: string): Promise<{ startups: number; investors: number; demands: number }> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE a.role = 'startup' AND sp.account_id IS NOT NULL)::int AS startups,
              count(*) FILTER (WHERE a.role = 'investor' AND ip.account_id IS NOT NULL)::int AS investors,
              (SELECT count(*)::int FROM demands d JOIN event_participants p2 ON p2.account_id = d.owner_id AND p2.event_id = $1
                 JOIN accounts a2 ON a2.id = d.owner_id AND a2.status = 'active' AND a2.role = 'corporate'
                WHERE d.deleted_at IS NULL) AS demands
         FROM event_participants p JOIN accounts a ON a.id = p.account_id AND a.status = 'active'
         LEFT JOIN startup_profiles sp ON sp.account_id = p.account_id
         LEFT JOIN investor_profiles ip ON ip.account_id = p.account_id
        WHERE p.event_id = $1`,
      [eventId],
    );
    return row;
  }

  private async read(eventId: string, since: Date | null): Promise<CorpusChanges> {
    // A re-score first asks which parties changed (usually one, often none), then reads those by id.
    const changed: { watermark: Date; accounts: string[]; demands: string[] } | null = since
      ? (await this.db.query(CHANGED_IDS, [eventId, since]))[0]
      : null;
    const accountFilter = changed ? 'AND p.account_id = ANY($2::uuid[])' : '';
    const none = Promise.resolve([]);
    // Independent reads on separate pool connections: the latency of one, not of three.
    const [watermark, startups, investors, demands] = await Promise.all([
      changed ? changed.watermark : this.db.query(`SELECT now() - interval '5 seconds' AS watermark`).then(([r]) => r.watermark as Date),
      changed?.accounts.length === 0 ? none : this.db.query(
      `SELECT sp.account_id AS id, sp.sector, sp.stage, sp.trl, sp.funding_ask_amount::float8 AS amount,
              sp.funding_ask_currency AS currency, sp.country, sp.name, sp.description, sp.keywords,
              extract(epoch FROM sp.updated_at)::float8 AS v, a.status = 'active' AS live
         FROM event_participants p
         JOIN accounts a ON a.id = p.account_id AND a.role = 'startup' ${changed ? '' : "AND a.status = 'active'"}
         JOIN startup_profiles sp ON sp.account_id = p.account_id
        WHERE p.event_id = $1 ${accountFilter} ORDER BY sp.account_id`,
      changed ? [eventId, changed.accounts] : [eventId],
    ),
      changed?.accounts.length === 0 ? none : this.db.query(
      `SELECT ip.account_id AS id, ip.sectors, ip.stages, ip.ticket_min_amount::float8 AS min_amount,
              ip.ticket_min_currency AS min_currency, ip.ticket_max_amount::float8 AS max_amount,
              ip.ticket_max_currency AS max_currency, ip.countries, ip.thesis, ip.firm,
              extract(epoch FROM ip.updated_at)::float8 AS v, a.status = 'active' AS live
         FROM event_participants p
         JOIN accounts a ON a.id = p.account_id AND a.role = 'investor' ${changed ? '' : "AND a.status = 'active'"}
         JOIN investor_profiles ip ON ip.account_id = p.account_id
        WHERE p.event_id = $1 ${accountFilter} ORDER BY ip.account_id`,
      changed ? [eventId, changed.accounts] : [eventId],
    ),
      changed?.demands.length === 0 ? none : this.db.query(
      `SELECT d.id, d.sectors, d.keywords, d.min_trl, d.title, d.description, extract(epoch FROM d.updated_at)::float8 AS v,
              (a.status = 'active' AND d.deleted_at IS NULL) AS live
         FROM demands d
         JOIN event_participants p ON p.event_id = $1 AND p.account_id = d.owner_id
         JOIN accounts a ON a.id = p.account_id AND a.role = 'corporate' ${changed ? '' : "AND a.status = 'active'"}
        WHERE ${changed ? 'd.id = ANY($2::uuid[])' : 'd.deleted_at IS NULL'}
        ORDER BY d.id`,
      changed ? [eventId, changed.demands] : [eventId],
    ),
    ]);
    const removed: CorpusChanges['removed'] = [];
    const live = <R extends { live: boolean; id: string }>(rows: R[], kind: 'startup' | 'investor' | 'demand') =>
      rows.filter((r) => r.live || (removed.push({ kind, id: r.id }), false));
    const seen = new Set<string>();
    const cached = <T extends { id: string }>(kind: string, row: { v: number }, features: T, terms: (f: T) => TermCounts): T => {
      const key = `${kind}:${features.id}:${row.v}`;
      seen.add(key);
      let t = this.termCache.get(key);
      if (!t) this.termCache.set(key, (t = terms(features)));
      return { ...features, terms: t };
    };
    const result: CorpusChanges = {
      startups: live(startups, 'startup').map((r: any) =>
        cached('s', r, {
          id: r.id, sector: r.sector, stage: r.stage, trl: r.trl, fundingAsk: { amount: r.amount, currency: r.currency },
          country: r.country, name: r.name, description: r.description, keywords: r.keywords,
        }, startupTerms),
      ),
      investors: live(investors, 'investor').map((r: any) =>
        cached('i', r, {
          id: r.id, sectors: r.sectors, stages: r.stages, ticketMin: { amount: r.min_amount, currency: r.min_currency },
          ticketMax: { amount: r.max_amount, currency: r.max_currency }, countries: r.countries, thesis: r.thesis, firm: r.firm,
        }, investorTerms),
      ),
      demands: live(demands, 'demand').map((r: any) =>
        cached('d', r, { id: r.id, sectors: r.sectors, keywords: r.keywords, minTrl: r.min_trl, title: r.title, description: r.description }, demandTerms),
      ),
      removed,
      watermark: new Date(watermark),
    };
    // Keep the cache to what full loads use, so it cannot grow without bound.
    if (!since && this.termCache.size > 4 * seen.size + 1000) for (const key of this.termCache.keys()) if (!seen.has(key)) this.termCache.delete(key);
    return result;
  }
}
