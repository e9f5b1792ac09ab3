import { describe, expect, it } from '@jest/globals';
import { explainMatch, type ExplanationFacts } from './match-explanation';

const investorPair = (over: Partial<ExplanationFacts> = {}): ExplanationFacts => ({
  kind: 'investor',
  breakdown: { sector: 1, stage: 0.5, ticket: 1, geography: 0, trl: null, text: 0.7 },
  excluded: null,
  sharedConcepts: ['solid-electrolyte', 'cathode'],
  startup: { sector: 'future-mobility', stage: 'seed', country: 'kr', trl: 5 },
  ...over,
});

describe('explainMatch', () => {
  it('names the shared concepts in both languages and gives one reason per applicable factor', () => {
    const e = explainMatch(investorPair());
    expect(e.sharedConcepts).toEqual([
      { id: 'solid-electrolyte', en: 'solid electrolyte', ko: '고체전해질' },
      { id: 'cathode', en: 'cathode material', ko: '양극재' },
    ]);
    expect(e.reasons.map((r) => r.factor)).toEqual(['sector', 'stage', 'ticket', 'geography', 'text']);
    expect(e.reasons.find((r) => r.factor === 'text')).toEqual({
      factor: 'text',
      en: 'Both work on: solid electrolyte, cathode material (고체전해질, 양극재)',
      ko: '공통 기술: 고체전해질, 양극재 (solid electrolyte, cathode material)',
    });
    expect(e.reasons.find((r) => r.factor === 'sector')!.ko).toBe('분야 일치: 미래 모빌리티');
    expect(e.reasons.find((r) => r.factor === 'stage')!.en).toBe("Stage seed is one step from the investor's stages");
    expect(e.reasons.find((r) => r.factor === 'geography')!.en).toBe("KR is outside the investor's countries");
  });

  it('drops concepts the catalogue no longer has and falls back to the text fit without shared concepts', () => {
    const e = explainMatch(investorPair({ sharedConcepts: ['no-such-concept'], breakdown: { sector: 0.5, stage: 1, ticket: null, geography: 1, trl: null, text: 0.1 } }));
    expect(e.sharedConcepts).toEqual([]);
    expect(e.reasons.find((r) => r.factor === 'text')!.en).toBe('Little in common in the descriptions');
    expect(e.reasons.find((r) => r.factor === 'ticket')!.en).toMatch(/no exchange rate/);
    expect(e.reasons.find((r) => r.factor === 'sector')!.en).toMatch(/^Open to every field/);
  });

  it('explains demand pairs by sector, TRL and text, naming an exclusion', () => {
    const e = explainMatch({
      kind: 'demand',
      breakdown: { sector: 1, stage: null, ticket: null, geography: null, trl: 0, text: 0.3 },
      excluded: 'trl-below-minimum',
      sharedConcepts: [],
      startup: { sector: 'quantum', stage: 'seed', country: 'KR', trl: 3 },
      minTrl: 6,
    });
    expect(e.reasons.map((r) => r.factor)).toEqual(['sector', 'trl', 'text']);
    expect(e.reasons[1]).toEqual({ factor: 'trl', en: 'TRL 3 is below the required 6', ko: '기술성숙도(TRL) 3: 요구 수준 6 미만' });
  });
});
