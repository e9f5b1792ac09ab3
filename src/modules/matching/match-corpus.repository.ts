import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DemandFeatures, InvestorFeatures, StartupFeatures, TermCounts } from './scoring';
import { demandTerms, investorTerms, startupTerms } from './scoring/tokenizer';

export interface EventParties {
  startups: StartupFeatures[];
  investors: InvestorFeatures[];
  demands: DemandFeatures[];
}

/**
 * Loads the scoring input of one event: active participants with a profile, and the live demands of
 * participating corporates. Tokenised text is cached per profile version (id + updated_at), so repeated
 * re-scores of a big event only tokenise what changed.
 */
@Injectable()
export class MatchCorpusRepository {
  private readonly termCache = new Map<string, TermCounts>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async load(eventId: string): Promise<EventParties> {
    const [startups, investors, demands] = await Promise.all([
      this.db.query(
        `SELECT sp.account_id AS id, sp.sector, sp.stage, sp.trl, sp.funding_ask_amount::float8 AS amount,
                sp.funding_ask_currency AS currency, sp.country, sp.name, sp.description, sp.keywords,
                extract(epoch FROM sp.updated_at)::float8 AS v
           FROM event_participants p
           JOIN accounts a ON a.id = p.account_id AND a.status = 'active' AND a.role = 'startup'
           JOIN startup_profiles sp ON sp.account_id = p.account_id
          WHERE p.event_id = $1 ORDER BY sp.account_id`,
        [eventId],
      ),
      this.db.query(
        `SELECT ip.account_id AS id, ip.sectors, ip.stages, ip.ticket_min_amount::float8 AS min_amount,
                ip.ticket_min_currency AS min_currency, ip.ticket_max_amount::float8 AS max_amount,
                ip.ticket_max_currency AS max_currency, ip.countries, ip.thesis, ip.firm,
                extract(epoch FROM ip.updated_at)::float8 AS v
           FROM event_participants p
           JOIN accounts a ON a.id = p.account_id AND a.status = 'active' AND a.role = 'investor'
           JOIN investor_profiles ip ON ip.account_id = p.account_id
          WHERE p.event_id = $1 ORDER BY ip.account_id`,
        [eventId],
      ),
      this.db.query(
        `SELECT d.id, d.sectors, d.keywords, d.min_trl, d.title, d.description, extract(epoch FROM d.updated_at)::float8 AS v
           FROM event_participants p
           JOIN accounts a ON a.id = p.account_id AND a.status = 'active' AND a.role = 'corporate'
           JOIN demands d ON d.owner_id = p.account_id AND d.deleted_at IS NULL
          WHERE p.event_id = $1 ORDER BY d.id`,
        [eventId],
      ),
    ]);
    const seen = new Set<string>();
    const cached = <T extends { id: string }>(kind: string, row: { v: number }, features: T, terms: (f: T) => TermCounts): T => {
      const key = `${kind}:${features.id}:${row.v}`;
      seen.add(key);
      let t = this.termCache.get(key);
      if (!t) this.termCache.set(key, (t = terms(features)));
      return { ...features, terms: t };
    };
    const result: EventParties = {
      startups: startups.map((r: any) =>
        cached('s', r, {
          id: r.id, sector: r.sector, stage: r.stage, trl: r.trl, fundingAsk: { amount: r.amount, currency: r.currency },
          country: r.country, name: r.name, description: r.description, keywords: r.keywords,
        }, startupTerms),
      ),
      investors: investors.map((r: any) =>
        cached('i', r, {
          id: r.id, sectors: r.sectors, stages: r.stages, ticketMin: { amount: r.min_amount, currency: r.min_currency },
          ticketMax: { amount: r.max_amount, currency: r.max_currency }, countries: r.countries, thesis: r.thesis, firm: r.firm,
        }, investorTerms),
      ),
      demands: demands.map((r: any) =>
        cached('d', r, { id: r.id, sectors: r.sectors, keywords: r.keywords, minTrl: r.min_trl, title: r.title, description: r.description }, demandTerms),
      ),
    };
    // Keep the cache to what the latest loads used, so it cannot grow without bound.
    if (this.termCache.size > 4 * seen.size + 1000) for (const key of this.termCache.keys()) if (!seen.has(key)) this.termCache.delete(key);
    return result;
  }
}
