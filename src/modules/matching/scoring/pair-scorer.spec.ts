import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../../../common/random/seeded-random';
import { buildTextIndex } from './event-corpus';
import { combineScore, NOT_APPLICABLE, ticketFit } from './match-model';
import { scorePair, scoreStartupDemand, scoreStartupInvestor, type PairContext } from './pair-scorer';
import { randomEvent } from './scoring.fixtures';
import { DEFAULT_MATCH_WEIGHTS, type DemandFeatures, type InvestorFeatures, type StartupFeatures } from './scoring.types';
import { DEFAULT_USD_RATES } from '../../../common/domain/money';

const usd = (dollars: number) => ({ amount: Math.round(dollars * 100), currency: 'USD' });
const krw = (won: number) => ({ amount: won, currency: 'KRW' });

function startup(over: Partial<StartupFeatures> = {}): StartupFeatures {
  return {
    id: 's',
    sector: 'quantum',
    stage: 'seed',
    trl: 5,
    fundingAsk: usd(1_000_000),
    country: 'KR',
    name: '큐비트랩',
    description: '초전도 큐비트 기반 양자컴퓨팅 제어 시스템을 개발합니다.',
    keywords: ['qubit', 'quantum computing'],
    ...over,
  };
}

function investor(over: Partial<InvestorFeatures> = {}): InvestorFeatures {
  return {
    id: 'i',
    sectors: ['quantum'],
    stages: ['seed', 'series-a'],
    ticketMin: usd(500_000),
    ticketMax: usd(3_000_000),
    countries: [],
    thesis: '양자 컴퓨팅과 양자센서 분야 시드 단계 스타트업에 투자합니다. Quantum computing and qubit control.',
    firm: 'Qubit Ventures',
    ...over,
  };
}

function demand(over: Partial<DemandFeatures> = {}): DemandFeatures {
  return {
    id: 'd',
    sectors: ['quantum'],
    keywords: ['qubit'],
    minTrl: 4,
    title: '양자컴퓨팅 제어 시스템 PoC',
    description: '초전도 큐비트 제어 기술을 보유한 스타트업을 찾습니다.',
    ...over,
  };
}

const others: string[] = [
  '수소 연료전지 스택과 수전해 설비를 개발합니다.',
  'Automotive lidar and imaging radar for robotaxis.',
  '자율주행 라이다 센서 퓨전 소프트웨어',
  'Battery recycling for electric vehicles',
];
const ctx: PairContext = {
  text: buildTextIndex({
    startups: [startup(), ...others.map((description, k) => startup({ id: `o${k}`, description, name: '', keywords: [] }))],
    investors: [investor(), investor({ thesis: 'We invest in hydrogen fuel cells and battery recycling.' })],
    demands: [demand()],
  }),
};
const KEYS = ['sector', 'stage', 'ticket', 'geography', 'trl', 'text', 'excluded'];

describe('scoreStartupInvestor', () => {
  it('gives a 0–100 score with one decimal and all six factor keys', () => {
    const { score, breakdown } = scoreStartupInvestor(startup(), investor(), ctx);
    expect(Object.keys(breakdown).sort()).toEqual([...KEYS].sort());
    expect(breakdown).toMatchObject({ sector: 1, stage: 1, ticket: 1, geography: 1, trl: null, excluded: null });
    expect(breakdown.text).toBeGreaterThan(0.3);
    expect(score).toBeGreaterThan(80);
    expect(score).toBeLessThanOrEqual(100);
    expect(Math.round(score * 10) / 10).toBe(score);
  });

  it('excludes a sector mismatch visibly, keeping the other factors', () => {
    const result = scoreStartupInvestor(startup(), investor({ sectors: ['robotics', 'bio-health'] }), ctx);
    expect(result.score).toBe(0);
    expect(result.breakdown).toMatchObject({ sector: 0, stage: 1, ticket: 1, excluded: 'sector-mismatch' });
  });

  it('treats an investor without sectors as a generalist, not an exclusion', () => {
    const result = scoreStartupInvestor(startup(), investor({ sectors: [] }), ctx);
    expect(result.breakdown.sector).toBe(0.5);
    expect(result.breakdown.excluded).toBeNull();
    expect(result.score).toBeLessThan(scoreStartupInvestor(startup(), investor(), ctx).score);
  });

  it('gives adjacent stages partial credit and distant ones none', () => {
    expect(scoreStartupInvestor(startup({ stage: 'pre-seed' }), investor(), ctx).breakdown.stage).toBe(0.5);
    expect(scoreStartupInvestor(startup({ stage: 'series-c-plus' }), investor(), ctx).breakdown.stage).toBe(0);
    expect(scoreStartupInvestor(startup({ stage: 'series-c-plus' }), investor({ stages: [] }), ctx).breakdown.stage).toBe(1);
  });

  it('matches countries case-insensitively, an empty list meaning any', () => {
    expect(scoreStartupInvestor(startup({ country: 'SG' }), investor({ countries: ['kr', 'US'] }), ctx).breakdown.geography).toBe(0);
    expect(scoreStartupInvestor(startup({ country: 'us' }), investor({ countries: ['KR', 'US'] }), ctx).breakdown.geography).toBe(1);
  });
});

describe('ticket fit', () => {
  const fit = (ask: { amount: number; currency: string }, rates = DEFAULT_USD_RATES) =>
    ticketFit(ask, usd(1_000_000), usd(10_000_000), rates);

  it('is 1 inside the range and falls off smoothly on a log scale', () => {
    expect(fit(usd(1_000_000))).toBe(1);
    expect(fit(usd(10_000_000))).toBe(1);
    expect(fit(usd(100_000_000))).toBeCloseTo(0.2, 10); // one decade out
    expect(fit(usd(100_000))).toBeCloseTo(0.2, 10);
    expect(fit(usd(3_162_277.66 * 10))).toBeCloseTo(0.5, 3); // half a decade out
    const below = [10_000, 100_000, 300_000, 900_000, 1_000_000].map((d) => fit(usd(d)));
    for (let k = 1; k < below.length; k++) expect(below[k]).toBeGreaterThan(below[k - 1]);
  });

  it('stays finite for zero, negative and absurd amounts', () => {
    for (const ask of [usd(0), usd(-5), { amount: Number.MAX_SAFE_INTEGER, currency: 'KRW' }, usd(1e15)]) {
      const f = fit(ask);
      expect(Number.isFinite(f)).toBe(true);
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(0.1);
    }
    expect(ticketFit(usd(5), usd(0), usd(0), DEFAULT_USD_RATES)).toBeGreaterThan(0);
  });

  it('converts currencies with the rate table, and a swapped range still works', () => {
    expect(fit(krw(2_000_000_000))).toBe(1); // ≈ $1.44M
    expect(fit(krw(2_000_000_000), { ...DEFAULT_USD_RATES, KRW: 0.0001 })).toBeLessThan(1); // now $200k
    expect(ticketFit(usd(2_000_000), usd(10_000_000), usd(1_000_000), DEFAULT_USD_RATES)).toBe(1);
  });

  it('is not applicable (null) when a currency has no rate, without breaking the score', () => {
    const result = scoreStartupInvestor(startup({ fundingAsk: { amount: 100, currency: 'XYZ' } }), investor(), ctx);
    expect(result.breakdown.ticket).toBeNull();
    expect(result.score).toBeGreaterThan(0);
  });
});

describe('scoreStartupDemand', () => {
  it('uses sector, trl and text only', () => {
    const { score, breakdown } = scoreStartupDemand(startup(), demand(), ctx);
    expect(breakdown).toMatchObject({ sector: 1, stage: null, ticket: null, geography: null, excluded: null });
    expect(breakdown.trl).toBeCloseTo(0.5 + 0.5 * (1 / 5), 3);
    expect(score).toBeGreaterThan(50);
  });

  it('excludes a startup below the minimum TRL visibly', () => {
    const result = scoreStartupDemand(startup({ trl: 3 }), demand({ minTrl: 4 }), ctx);
    expect(result).toEqual({ score: 0, breakdown: expect.objectContaining({ trl: 0, excluded: 'trl-below-minimum' }) });
    expect(scoreStartupDemand(startup({ trl: 4 }), demand({ minTrl: 4 }), ctx).breakdown.trl).toBe(0.5);
    expect(scoreStartupDemand(startup({ trl: 9 }), demand({ minTrl: 9 }), ctx).breakdown.trl).toBe(1);
    expect(scoreStartupDemand(startup({ trl: 1 }), demand({ minTrl: null }), ctx).breakdown.excluded).toBeNull();
  });

  it('reports a sector mismatch before a TRL shortfall', () => {
    const result = scoreStartupDemand(startup({ trl: 1 }), demand({ sectors: ['robotics'], minTrl: 7 }), ctx);
    expect(result.breakdown.excluded).toBe('sector-mismatch');
  });
});

describe('text factor', () => {
  const thesis = (t: string) => scoreStartupInvestor(startup(), investor({ thesis: t }), ctx).breakdown.text!;

  it('works for Korean-only text, with spacing and particles', () => {
    expect(thesis('양자 컴퓨팅을 위한 초전도 큐비트')).toBeGreaterThan(thesis('수소 연료전지 스택과 수전해 설비'));
  });

  it('works for English-only text', () => {
    const s = startup({ name: 'Qubit Labs', description: 'Control electronics for superconducting qubits.', keywords: [] });
    const text = (t: string) => scoreStartupInvestor(s, investor({ thesis: t }), ctx).breakdown.text!;
    expect(text('superconducting qubit control')).toBeGreaterThan(text('battery recycling for electric vehicles'));
  });

  it('bridges mixed Korean/English profiles through shared English keywords', () => {
    expect(thesis('We back quantum computing and qubit startups')).toBeGreaterThan(thesis('We back lidar and radar startups'));
  });

  it('scores empty descriptions and keywords as no text overlap, not NaN', () => {
    const result = scoreStartupInvestor(startup({ name: '', description: '', keywords: [] }), investor({ thesis: '' }), ctx);
    expect(result.breakdown.text).toBe(0);
    expect(Number.isFinite(result.score)).toBe(true);
    expect(result.score).toBeGreaterThan(0);
  });
});

describe('the combined score', () => {
  it('never drops when any single factor improves (property over random fits)', () => {
    const r = new SeededRandom(11);
    for (let n = 0; n < 5000; n++) {
      const fits = Array.from({ length: 6 }, () => (r.chance(0.2) ? NOT_APPLICABLE : r.next()));
      const base = combineScore(DEFAULT_MATCH_WEIGHTS, ...(fits as [number, number, number, number, number, number]));
      const k = r.int(0, 5);
      if (fits[k] === NOT_APPLICABLE) continue;
      const better = [...fits];
      better[k] = fits[k] + r.next() * (1 - fits[k]);
      expect(combineScore(DEFAULT_MATCH_WEIGHTS, ...(better as [number, number, number, number, number, number]))).toBeGreaterThanOrEqual(base);
    }
  });

  it('never drops when a profile is changed to fit better (random pairs)', () => {
    const { startups, investors, demands } = randomEvent(5, 60, 30, 20);
    const text = buildTextIndex({ startups, investors, demands });
    const c = { text };
    for (const s of startups) {
      for (const inv of investors) {
        const base = scoreStartupInvestor(s, inv, c).score;
        const improved: InvestorFeatures[] = [
          { ...inv, stages: [...inv.stages, s.stage] },
          { ...inv, countries: inv.countries.length ? [...inv.countries, s.country] : [] },
          { ...inv, ticketMin: s.fundingAsk, ticketMax: s.fundingAsk.currency === 'XYZ' ? inv.ticketMax : s.fundingAsk },
        ];
        for (const better of improved) expect(scoreStartupInvestor(s, better, c).score).toBeGreaterThanOrEqual(base);
      }
      for (const d of demands) {
        const base = scoreStartupDemand(s, d, c).score;
        expect(scoreStartupDemand({ ...s, trl: Math.min(9, s.trl + 1) }, d, c).score).toBeGreaterThanOrEqual(base);
      }
    }
  });

  it('uses the weights given and rejects invalid ones via the batch scorer', () => {
    const textOnly = { ...ctx, weights: { sector: 0, stage: 0, ticket: 0, geography: 0, trl: 0, text: 1 } };
    const result = scoreStartupInvestor(startup(), investor(), textOnly);
    expect(result.score).toBe(Math.round(1000 * result.breakdown.text!) / 10);
    const none = { ...ctx, weights: { sector: 0, stage: 0, ticket: 0, geography: 0, trl: 0, text: 0 } };
    expect(scoreStartupInvestor(startup(), investor(), none).score).toBe(0);
  });

  it('dispatches scorePair by counterpart kind', () => {
    expect(scorePair(startup(), { kind: 'investor', investor: investor() }, ctx)).toEqual(scoreStartupInvestor(startup(), investor(), ctx));
    expect(scorePair(startup(), { kind: 'demand', demand: demand() }, ctx)).toEqual(scoreStartupDemand(startup(), demand(), ctx));
  });
});
