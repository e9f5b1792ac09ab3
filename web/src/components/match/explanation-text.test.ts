import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { explanationFallback } from './explanation-text';

const t = ((key: string) => key) as unknown as TFunction;

describe('explanationFallback', () => {
  it('names the strongest factors first and the weak ones after, skipping factors that do not apply', () => {
    const words = explanationFallback({ breakdown: { sector: 1, stage: 0.8, ticket: 0.1, geography: 0.9, trl: null, text: 0.5 } }, t);
    expect(words).toEqual(['matches.reason.sector.strong', 'matches.reason.geography.strong', 'matches.reason.stage.strong', 'matches.reason.ticket.weak']);
  });

  it('says nothing when every factor is middling', () => {
    expect(explanationFallback({ breakdown: { sector: 0.5, text: 0.4 } }, t)).toEqual([]);
  });
});
