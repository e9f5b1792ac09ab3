import { describe, expect, it } from '@jest/globals';
import { evaluateRelevance } from './relevance';
import { relevanceSet } from './relevance-set';

describe('cross-language relevance (the repository set)', () => {
  const set = relevanceSet();

  it('is what it claims: ≥ 4 fields × 3 subfields, Korean-only and English-only startups and investors in each', () => {
    const subfields = new Map<string, Set<string>>();
    for (const p of [...set.startups, ...set.investors]) subfields.set(p.sector, (subfields.get(p.sector) ?? new Set()).add(p.subfield));
    expect(subfields.size).toBeGreaterThanOrEqual(4);
    for (const subs of subfields.values()) expect(subs.size).toBeGreaterThanOrEqual(3);
    for (const subs of subfields.values()) {
      for (const sub of subs) {
        for (const lang of ['ko', 'en']) {
          expect(set.startups.some((p) => p.subfield === sub && p.lang === lang)).toBe(true);
          expect(set.investors.some((p) => p.subfield === sub && p.lang === lang)).toBe(true);
        }
      }
    }
    const hangul = /[\uac00-\ud7a3]/;
    for (const p of [...set.startups, ...set.investors]) expect(hangul.test(p.text)).toBe(p.lang === 'ko');
  });

  it('meets the targets: cross-language top-1 ≥ 90 %, same-language top-1 ≥ 95 %', () => {
    const report = evaluateRelevance(set);
    expect(report.crossLanguage.queries).toBe(150);
    expect(report.crossLanguage.top1).toBeGreaterThanOrEqual(0.9);
    expect(report.sameLanguage.top1).toBeGreaterThanOrEqual(0.95);
  });

  it('is a set words alone cannot solve across languages (so the targets measure the concepts)', () => {
    expect(evaluateRelevance(set, { concepts: false }).crossLanguage.top1).toBeLessThan(0.5);
  });
});
