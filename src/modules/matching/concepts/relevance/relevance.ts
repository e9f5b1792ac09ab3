import { EventScorer } from '../../scoring/event-scorer';
import type { InvestorFeatures, StartupFeatures } from '../../scoring/scoring.types';
import { investorDocument, investorTerms, startupDocument, startupTerms, termCounts } from '../../scoring/tokenizer';
import type { RelevanceParty, RelevanceSet } from './relevance-set';

/** Top-1 accuracy and mean reciprocal rank over a set of queries. */
export interface RankQuality {
  queries: number;
  top1: number;
  mrr: number;
}

export interface RelevanceReport {
  /** A Korean party ranking English candidates, and the reverse. */
  crossLanguage: RankQuality;
  /** A party ranking candidates of its own language. */
  sameLanguage: RankQuality;
}

/**
 * Scores the set as one event and measures, for every startup (ranking the investors of its field) and every
 * investor (ranking the startups of its field), where the first candidate of its own subfield lands among the
 * candidates of one language. Non-text features are equal within a field, so the ranking is the text's.
 * A tie with an irrelevant candidate counts against the query. `concepts: false` scores words and bigrams
 * only (the matching before the concept catalogue), for comparison.
 */
export function evaluateRelevance(set: RelevanceSet, options: { concepts: boolean } = { concepts: true }): RelevanceReport {
  const usd = (amount: number) => ({ amount: amount * 100, currency: 'USD' });
  const startups: StartupFeatures[] = set.startups.map((p) => {
    const features = {
      id: p.id, sector: p.sector, stage: 'seed', trl: 5, fundingAsk: usd(2_000_000), country: 'KR',
      name: p.name, description: p.text, keywords: p.keywords ?? [],
    };
    return { ...features, terms: options.concepts ? startupTerms(features) : termCounts(startupDocument(features)) };
  });
  const investors: InvestorFeatures[] = set.investors.map((p) => {
    const thesis = { thesis: p.text };
    return {
      id: p.id, sectors: [p.sector], stages: [], ticketMin: usd(500_000), ticketMax: usd(5_000_000), countries: [],
      thesis: p.text, firm: p.name, terms: options.concepts ? investorTerms(thesis) : termCounts(investorDocument(thesis)),
    };
  });
  const scorer = EventScorer.prepare({ startups, investors, demands: [] });
  const byId = new Map<string, RelevanceParty>([...set.startups, ...set.investors].map((p) => [p.id, p]));

  const cross: number[] = [];
  const same: number[] = [];
  const record = (query: RelevanceParty, ranked: { id: string; score: number }[]) => {
    for (const lang of ['ko', 'en'] as const) {
      const candidates = ranked.filter((c) => byId.get(c.id)!.lang === lang && byId.get(c.id)!.sector === query.sector);
      const relevant = candidates.filter((c) => byId.get(c.id)!.subfield === query.subfield);
      if (relevant.length === 0) continue;
      const best = Math.max(...relevant.map((c) => c.score));
      const rank = 1 + candidates.filter((c) => byId.get(c.id)!.subfield !== query.subfield && c.score >= best).length;
      (lang === query.lang ? same : cross).push(1 / rank);
    }
  };
  for (const s of set.startups) {
    record(s, scorer.scoreStartup(s.id).matches.map((m) => ({ id: m.counterpartId, score: m.score })));
  }
  for (const i of set.investors) {
    record(i, scorer.scoreCounterpart('investor', i.id).matches.map((m) => ({ id: m.startupId, score: m.score })));
  }
  const quality = (rr: number[]): RankQuality => ({
    queries: rr.length,
    top1: rr.filter((r) => r === 1).length / Math.max(1, rr.length),
    mrr: rr.reduce((a, b) => a + b, 0) / Math.max(1, rr.length),
  });
  return { crossLanguage: quality(cross), sameLanguage: quality(same) };
}
