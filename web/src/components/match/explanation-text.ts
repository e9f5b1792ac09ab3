import type { TFunction } from 'i18next';
import type { Schema } from '@/lib/api-client';
import type { Factor } from '@/lib/types';

export interface ExplanationInput {
  breakdown: Partial<Schema<'BreakdownView'>>;
  explanation?: Schema<'MatchExplanationView'> | null;
}

/**
 * Words for a match the server has not explained yet: the strongest factors first, a weak one named
 * as such. Factors that do not apply are left out.
 */
export function explanationFallback(match: ExplanationInput, t: TFunction): string[] {
  const entries = Object.entries(match.breakdown).filter((e): e is [Factor, number] => typeof e[1] === 'number');
  entries.sort((a, b) => b[1] - a[1]);
  const strong = entries.filter(([, v]) => v >= 0.7).slice(0, 3).map(([f]) => t(`matches.reason.${f}.strong`));
  const weak = entries.filter(([, v]) => v < 0.3).slice(0, 2).map(([f]) => t(`matches.reason.${f}.weak`));
  return [...strong, ...weak];
}
