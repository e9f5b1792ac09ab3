/**
 * The match model: how well a startup fits an investor or a corporate demand, 0–100.
 *
 * Factors, each a fit in [0, 1] (shown in the breakdown), or not applicable (null):
 *   sector     1 if the counterpart lists the startup's sector; 0.5 for a counterpart with no sectors
 *              (generalist); otherwise 0 and the pair is EXCLUDED ('sector-mismatch').
 *   stage      investors only: 1 in the investor's stages (or none listed), 0.5 one stage away, else 0.
 *   ticket     investors only: the ask and the ticket range in USD (configurable rate table), compared on a
 *              log10 scale: 1 inside [min, max], else 1 / (1 + (d / 0.5)²) with d the distance in decades
 *              (½ at 3.2× outside, 0.2 at 10×). Amounts are clamped to $1..$1T so 0 and absurd values stay
 *              finite; a currency without a rate makes the factor null rather than guessing.
 *   geography  investors only: 1 if the investor lists no countries (any) or the startup's country, else 0.
 *   trl        demands only: below the demand's minTrl the pair is EXCLUDED ('trl-below-minimum'); at or
 *              above, 0.5 rising linearly to 1 at TRL 9 (the floor is 1 when no minimum is set).
 *   text       √cosine of TF-IDF vectors: startup name + description + keywords vs investor thesis or demand
 *              title + description + keywords. The square root spreads the typical 0–0.3 cosines of
 *              independently written profiles over a usable range.
 *
 * Score = 100 × Σ w·fit / Σ w over the applicable factors (DEFAULT_MATCH_WEIGHTS: sector 20, stage 15,
 * ticket 15, geography 10, trl 10, text 30), rounded to one decimal. An excluded pair scores 0 and keeps its
 * factor values and reason in the breakdown. Every fit is non-decreasing in how well its input matches and
 * the weights are fixed per pair kind, so a better fit in any factor never lowers the score.
 *
 * Why TF-IDF with Hangul bigrams: profiles are short, bilingual and written by different people. No
 * embedding model can ship with the service (none is packaged offline), and plain word tokens miss Korean
 * compounds and particles (양자컴퓨팅 vs 양자 컴퓨팅을); character bigrams over Hangul runs catch those, IDF
 * discounts the words every deep-tech profile shares, and sparse vectors keep the batch scorer fast.
 */
import { toUsd, type Money } from '../../../common/domain/money';
import { STAGES } from '../../../common/domain/sectors';
import type { Breakdown, CounterpartKind, ExclusionReason, MatchWeights, UsdRates } from './scoring.types';

/** Marks a factor that does not apply to a pair (null in the breakdown). */
export const NOT_APPLICABLE = -1;

export const GENERALIST_SECTOR_FIT = 0.5;
export const ADJACENT_STAGE_FIT = 0.5;
/** Distance outside the ticket range, in decades of USD, at which the ticket fit halves. */
export const TICKET_HALF_FIT_DECADES = 0.5;
const MIN_USD = 1;
const MAX_USD = 1e12;
export const MAX_TRL = 9;

const STAGE_INDEX = new Map<string, number>(STAGES.map((s, i) => [s, i]));

/** Index of a stage in STAGES, -1 if unknown. */
export function stageIndex(stage: string): number {
  return STAGE_INDEX.get(stage) ?? -1;
}

/** 1 listed, GENERALIST_SECTOR_FIT when nothing is listed, 0 (exclusion) otherwise. */
export function sectorFit(sector: string, sectors: readonly string[]): number {
  if (sectors.length === 0) return GENERALIST_SECTOR_FIT;
  return sectors.includes(sector) ? 1 : 0;
}

export function stageFit(stage: string, stages: readonly string[]): number {
  if (stages.length === 0 || stages.includes(stage)) return 1;
  const at = stageIndex(stage);
  if (at < 0) return 0;
  const adjacent = stages.some((s) => {
    const i = stageIndex(s);
    return i >= 0 && Math.abs(i - at) === 1;
  });
  return adjacent ? ADJACENT_STAGE_FIT : 0;
}

/** log10 of an amount in USD, clamped to [$1, $1T]; NaN when the currency has no rate. */
export function logUsd(money: Money, rates: UsdRates): number {
  const usd = toUsd(money, rates);
  if (Number.isNaN(usd)) return Number.NaN;
  return Math.log10(Math.min(MAX_USD, Math.max(MIN_USD, usd)));
}

/** Ticket fit from precomputed logs (see logUsd); NOT_APPLICABLE when any side has no rate. */
export function ticketFitLog(logAsk: number, logMin: number, logMax: number): number {
  if (Number.isNaN(logAsk) || Number.isNaN(logMin) || Number.isNaN(logMax)) return NOT_APPLICABLE;
  const lo = Math.min(logMin, logMax);
  const hi = Math.max(logMin, logMax);
  if (logAsk >= lo && logAsk <= hi) return 1;
  const x = (logAsk < lo ? lo - logAsk : logAsk - hi) / TICKET_HALF_FIT_DECADES;
  return 1 / (1 + x * x);
}

export function ticketFit(ask: Money, min: Money, max: Money, rates: UsdRates): number {
  return ticketFitLog(logUsd(ask, rates), logUsd(min, rates), logUsd(max, rates));
}

export function geographyFit(country: string, countries: readonly string[]): number {
  if (countries.length === 0) return 1;
  const c = country.toUpperCase();
  return countries.some((x) => x.toUpperCase() === c) ? 1 : 0;
}

/** The TRL a demand requires: its minTrl clamped to 1..9, or 1 when unset. */
export function trlFloor(minTrl: number | null | undefined): number {
  if (minTrl === null || minTrl === undefined || Number.isNaN(minTrl)) return 1;
  return Math.min(MAX_TRL, Math.max(1, minTrl));
}

/** TRL fit for a startup at or above the floor (below it the pair is excluded; this returns 0). */
export function trlFit(trl: number, floor: number): number {
  if (!(trl >= floor)) return 0;
  if (floor >= MAX_TRL) return 1;
  return 0.5 + (0.5 * (Math.min(MAX_TRL, trl) - floor)) / (MAX_TRL - floor);
}

export function textFit(cos: number): number {
  return Math.sqrt(cos);
}

/**
 * Weighted mean of the applicable fits × 100, in integer tenths (the batch engine ranks on these and
 * divides by 10 only when it reports). Both the explainable and the batch scorer call this with the same
 * values in the same order, so their scores are identical to the bit.
 */
export function combineTenths(
  w: MatchWeights,
  sector: number,
  stage: number,
  ticket: number,
  geography: number,
  trl: number,
  text: number,
): number {
  let num = 0;
  let den = 0;
  if (sector >= 0) { num += w.sector * sector; den += w.sector; }
  if (stage >= 0) { num += w.stage * stage; den += w.stage; }
  if (ticket >= 0) { num += w.ticket * ticket; den += w.ticket; }
  if (geography >= 0) { num += w.geography * geography; den += w.geography; }
  if (trl >= 0) { num += w.trl * trl; den += w.trl; }
  if (text >= 0) { num += w.text * text; den += w.text; }
  return den > 0 ? Math.round((1000 * num) / den) : 0;
}

/** Score in tenths of an excluded pair, as the batch engine marks it (reported scores are 0). */
export const EXCLUDED = -1;

/**
 * The factors of each pair kind and its hard rules, written once: the explainable scorer, the batch engine
 * and the per-party re-score all score pairs through these. Factors not listed are null in the breakdown.
 */
export const PAIR_FACTORS: Readonly<Record<CounterpartKind, readonly (keyof Omit<Breakdown, 'excluded'>)[]>> = {
  investor: ['sector', 'stage', 'ticket', 'geography', 'text'],
  demand: ['sector', 'trl', 'text'],
};

/** The hard rule a startup–investor pair breaks, if any. */
export function investorExclusion(sector: number): ExclusionReason | null {
  return sector === 0 ? 'sector-mismatch' : null;
}

/** The hard rule a startup–demand pair breaks, if any (`floor` from trlFloor). */
export function demandExclusion(sector: number, trl: number, floor: number): ExclusionReason | null {
  if (sector === 0) return 'sector-mismatch';
  return trl >= floor ? null : 'trl-below-minimum';
}

/** A startup–investor pair's score in tenths from its fits, or EXCLUDED. */
export function investorTenths(w: MatchWeights, sector: number, stage: number, ticket: number, geography: number, text: number): number {
  return investorExclusion(sector) ? EXCLUDED : combineTenths(w, sector, stage, ticket, geography, NOT_APPLICABLE, text);
}

/** A startup–demand pair's score in tenths from its fits and the startup's TRL, or EXCLUDED. */
export function demandTenths(w: MatchWeights, sector: number, trl: number, floor: number, text: number): number {
  return demandExclusion(sector, trl, floor)
    ? EXCLUDED
    : combineTenths(w, sector, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, trlFit(trl, floor), text);
}

/** The 0–100 score with one decimal. */
export function combineScore(
  w: MatchWeights,
  sector: number,
  stage: number,
  ticket: number,
  geography: number,
  trl: number,
  text: number,
): number {
  return combineTenths(w, sector, stage, ticket, geography, trl, text) / 10;
}

/** Throws on weights that would make scores meaningless (negative, NaN, infinite). */
export function assertValidWeights(w: MatchWeights): void {
  for (const [key, value] of Object.entries(w)) {
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`match weight "${key}" must be a finite number ≥ 0, got ${value}`);
  }
}
