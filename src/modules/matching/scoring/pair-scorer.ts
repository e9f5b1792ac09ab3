import { DEFAULT_USD_RATES } from '../../../common/domain/money';
import { combineScore, geographyFit, logUsd, NOT_APPLICABLE, sectorFit, stageFit, textFit, ticketFitLog, trlFit, trlFloor } from './match-model';
import { DEFAULT_MATCH_WEIGHTS, type Breakdown, type Counterpart, type DemandFeatures, type InvestorFeatures, type MatchWeights, type PairScore, type StartupFeatures, type UsdRates } from './scoring.types';
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

function orNull(x: number): number | null {
  return x === NOT_APPLICABLE ? null : round3(x);
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
  const text = textFit(
    cosine(vectors.startup ?? ctx.text.vectorize(startupTerms(s)), vectors.counterpart ?? ctx.text.vectorize(investorTerms(inv))),
  );
  const excluded = sector === 0 ? 'sector-mismatch' : null;
  const score = excluded ? 0 : combineScore(ctx.weights ?? DEFAULT_MATCH_WEIGHTS, sector, stage, ticket, geography, NOT_APPLICABLE, text);
  const breakdown: Breakdown = {
    sector: round3(sector),
    stage: round3(stage),
    ticket: orNull(ticket),
    geography: round3(geography),
    trl: null,
    text: round3(text),
    excluded,
  };
  return { score, breakdown };
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
  const trl = trlFit(s.trl, floor);
  const text = textFit(
    cosine(vectors.startup ?? ctx.text.vectorize(startupTerms(s)), vectors.counterpart ?? ctx.text.vectorize(demandTerms(d))),
  );
  const excluded = sector === 0 ? 'sector-mismatch' : !(s.trl >= floor) ? 'trl-below-minimum' : null;
  const score = excluded
    ? 0
    : combineScore(ctx.weights ?? DEFAULT_MATCH_WEIGHTS, sector, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, trl, text);
  const breakdown: Breakdown = {
    sector: round3(sector),
    stage: null,
    ticket: null,
    geography: null,
    trl: round3(trl),
    text: round3(text),
    excluded,
  };
  return { score, breakdown };
}

export function scorePair(s: StartupFeatures, counterpart: Counterpart, ctx: PairContext, vectors?: PairVectors): PairScore {
  return counterpart.kind === 'investor'
    ? scoreStartupInvestor(s, counterpart.investor, ctx, vectors)
    : scoreStartupDemand(s, counterpart.demand, ctx, vectors);
}
