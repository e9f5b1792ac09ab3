import type { Money } from '../../../common/domain/money';
import type { TermCounts } from './term-counts';
import type { TextIndex } from './text-index';

export type { TermCounts } from './term-counts';

/** USD per major unit of each currency (see DEFAULT_USD_RATES). */
export type UsdRates = Readonly<Record<string, number>>;

export interface StartupFeatures {
  id: string;
  sector: string;
  stage: string;
  trl: number;
  fundingAsk: Money;
  country: string;
  name: string;
  description: string;
  keywords: readonly string[];
  /** Optional cached `startupTerms(s)` (words, bigrams and concepts); computed when absent. */
  terms?: TermCounts;
}

export interface InvestorFeatures {
  id: string;
  /** Empty = generalist (any sector, partial fit). */
  sectors: readonly string[];
  /** Empty = any stage. */
  stages: readonly string[];
  ticketMin: Money;
  ticketMax: Money;
  /** Empty = any country. */
  countries: readonly string[];
  thesis: string;
  firm: string;
  terms?: TermCounts;
}

export interface DemandFeatures {
  id: string;
  /** Empty = any sector (partial fit). */
  sectors: readonly string[];
  keywords: readonly string[];
  minTrl?: number | null;
  title: string;
  description: string;
  terms?: TermCounts;
}

/** Relative importance of each factor; only their ratios matter. Non-negative and finite. */
export interface MatchWeights {
  sector: number;
  stage: number;
  ticket: number;
  geography: number;
  trl: number;
  text: number;
}

export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = {
  sector: 20,
  stage: 15,
  ticket: 15,
  geography: 10,
  trl: 10,
  text: 30,
};

export type ExclusionReason = 'sector-mismatch' | 'trl-below-minimum';

/**
 * Each factor's fit in [0, 1] (rounded to 3 decimals), or null where the factor does not apply to the pair
 * (stage/ticket/geography for demands, trl for investors, ticket when a currency has no rate).
 * `excluded` names the hard rule that forced the score to 0.
 */
export interface Breakdown {
  sector: number | null;
  stage: number | null;
  ticket: number | null;
  geography: number | null;
  trl: number | null;
  text: number | null;
  excluded: ExclusionReason | null;
}

export interface PairScore {
  /** 0–100 with one decimal. */
  score: number;
  breakdown: Breakdown;
  /** Catalogue concepts both texts mention (directly or through a narrower concept), strongest first. */
  sharedConcepts: string[];
}

export type CounterpartKind = 'investor' | 'demand';

export type Counterpart =
  | { kind: 'investor'; investor: InvestorFeatures }
  | { kind: 'demand'; demand: DemandFeatures };

/** One entry of a startup's ranked list. */
export interface StartupMatch {
  counterpartKind: CounterpartKind;
  counterpartId: string;
  score: number;
}

/** One entry of an investor's or demand's ranked list. */
export interface CounterpartMatch {
  startupId: string;
  score: number;
}

export interface ScoreEventInput {
  startups: readonly StartupFeatures[];
  investors: readonly InvestorFeatures[];
  demands: readonly DemandFeatures[];
  weights?: MatchWeights;
  /** Length of each startup's list (default 20). */
  topK?: number;
  /** Length of each investor's / demand's list (default: topK). */
  counterpartTopK?: number;
  /** Pairs scoring below this are not kept in any list (default 0: keep every non-excluded pair). */
  minScore?: number;
  rates?: UsdRates;
  /**
   * The corpus index to score text with instead of one built from these parties, e.g. the `textIndex` of a
   * patched scorer to re-prepare with the same IDFs. Terms it does not know are added to it (in place) with
   * its `unseenIdf`. Default: built from the parties' texts.
   */
  text?: TextIndex;
}

export interface ScoreEventResult {
  /** Every startup × counterpart pair, excluded ones included. */
  pairsScored: number;
  /** Pairs that passed the hard rules and got a non-zero score. */
  pairsCompatible: number;
  /** Every startup, investor and demand has an entry (possibly empty), best first. */
  startupTop: Map<string, StartupMatch[]>;
  investorTop: Map<string, CounterpartMatch[]>;
  demandTop: Map<string, CounterpartMatch[]>;
}

/** All non-excluded pairs of one party, best first (for incremental re-scoring). */
export interface StartupSubsetResult {
  pairsScored: number;
  matches: StartupMatch[];
}

export interface CounterpartSubsetResult {
  pairsScored: number;
  matches: CounterpartMatch[];
}
