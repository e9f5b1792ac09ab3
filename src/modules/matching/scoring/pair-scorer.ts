import { DEFAULT_USD_RATES } from '../../../common/domain/money';
import {
  demandExclusion,
  demandTenths,
  EXCLUDED,
  geographyFit,
  investorExclusion,
  investorTenths,
  logUsd,
  NOT_APPLICABLE,
  PAIR_FACTORS,
  sectorFit,
  stageFit,
  textFit,
  ticketFitLog,
  trlFit,
  trlFloor,
} from './match-model';
import {
  DEFAULT_MATCH_WEIGHTS,
  type Breakdown,
  type Counterpart,
  type CounterpartKind,
  type DemandFeatures,
  type ExclusionReason,
  type InvestorFeatures,
  type MatchWeights,
  type PairScore,
  type StartupFeatures,
  type UsdRates,
} from './scoring.types';

type Factor = keyof Omit<Breakdown, 'excluded'>;
import { sharedConcepts } from './shared-concepts';
import { cosine, type SparseVector, type TextIndex } from './text-index';
import { demandTerms, investorTerms, startupTerms } from './tokenizer';

/** What the explainable scorer needs besides the two profiles. */
export interface PairContext {
  /** The event's corpus index (see buildTextIndex). */
  text: TextIndex;
  weights?: MatchWeights;
  rates?: UsdRates;
}

/** Precomputed vectors, to skip tokenising when explaining many pairs. */
export interface PairVectors {
  startup?: SparseVector;
  counterpart?: SparseVector;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The breakdown of a pair: its kind's factors (PAIR_FACTORS) rounded, the others null. */
function breakdownOf(kind: CounterpartKind, fits: Partial<Record<Factor, number>>, excluded: ExclusionReason | null): Breakdown {
  const breakdown: Breakdown = { sector: null, stage: null, ticket: null, geography: null, trl: null, text: null, excluded };
  for (const f of PAIR_FACTORS[kind]) {
    const fit = fits[f]!;
    breakdown[f] = fit === NOT_APPLICABLE ? null : round3(fit);
  }
  return breakdown;
}

/** Score and per-factor breakdown of a startup–investor pair. */
export function scoreStartupInvestor(
  s: StartupFeatures,
  inv: InvestorFeatures,
  ctx: PairContext,
  vectors: PairVectors = {},
): PairScore {
  const rates = ctx.rates ?? DEFAULT_USD_RATES;
  const sector = sectorFit(s.sector, inv.sectors);
  const stage = stageFit(s.stage, inv.stages);
  const ticket = ticketFitLog(logUsd(s.fundingAsk, rates), logUsd(inv.ticketMin, rates), logUsd(inv.ticketMax, rates));
  const geography = geographyFit(s.country, inv.countries);
  const sv = vectors.startup ?? ctx.text.vectorize(startupTerms(s));
  const cv = vectors.counterpart ?? ctx.text.vectorize(investorTerms(inv));
  const text = textFit(cosine(sv, cv));
  const tenths = investorTenths(ctx.weights ?? DEFAULT_MATCH_WEIGHTS, sector, stage, ticket, geography, text);
  return {
    score: tenths === EXCLUDED ? 0 : tenths / 10,
    breakdown: breakdownOf('investor', { sector, stage, ticket, geography, text }, investorExclusion(sector)),
    sharedConcepts: sharedConcepts(sv, cv, ctx.text),
  };
}

/** Score and per-factor breakdown of a startup–demand pair. */
export function scoreStartupDemand(
  s: StartupFeatures,
  d: DemandFeatures,
  ctx: PairContext,
  vectors: PairVectors = {},
): PairScore {
  const sector = sectorFit(s.sector, d.sectors);
  const floor = trlFloor(d.minTrl);
  const sv = vectors.startup ?? ctx.text.vectorize(startupTerms(s));
  const cv = vectors.counterpart ?? ctx.text.vectorize(demandTerms(d));
  const text = textFit(cosine(sv, cv));
  const tenths = demandTenths(ctx.weights ?? DEFAULT_MATCH_WEIGHTS, sector, s.trl, floor, text);
  return {
    score: tenths === EXCLUDED ? 0 : tenths / 10,
    breakdown: breakdownOf('demand', { sector, trl: trlFit(s.trl, floor), text }, demandExclusion(sector, s.trl, floor)),
    sharedConcepts: sharedConcepts(sv, cv, ctx.text),
  };
}

export function scorePair(s: StartupFeatures, counterpart: Counterpart, ctx: PairContext, vectors?: PairVectors): PairScore {
  return counterpart.kind === 'investor'
    ? scoreStartupInvestor(s, counterpart.investor, ctx, vectors)
    : scoreStartupDemand(s, counterpart.demand, ctx, vectors);
}
