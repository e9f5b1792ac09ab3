/**
 * Random scoring inputs for tests, deliberately rich in edge cases the demo data never has: generalists,
 * empty texts, zero and absurd amounts, currencies without a rate, unknown stages, lower-case countries.
 */
import type { Money } from '../../../common/domain/money';
import { SECTOR_CODES, STAGES } from '../../../common/domain/sectors';
import { SECTOR_VOCABULARY } from '../../demo/demo-vocabulary';
import { SeededRandom } from '../../../common/random/seeded-random';
import type { DemandFeatures, InvestorFeatures, StartupFeatures } from './scoring.types';

const COUNTRIES = ['KR', 'US', 'SG', 'DE', 'kr', 'JP'];

function words(r: SeededRandom, sector: string, n: number): string {
  const v = SECTOR_VOCABULARY[sector as keyof typeof SECTOR_VOCABULARY];
  const pool = [...v.ko.tech, ...v.ko.product, ...v.en.tech, ...v.en.application, ...v.keywords];
  return Array.from({ length: n }, () => r.pick(pool)).join(' ');
}

function amount(r: SeededRandom): Money {
  const roll = r.next();
  if (roll < 0.05) return { amount: 0, currency: 'USD' };
  if (roll < 0.08) return { amount: Number.MAX_SAFE_INTEGER, currency: 'KRW' };
  if (roll < 0.1) return { amount: 5_000_000, currency: 'XYZ' }; // no rate
  const usd = 10 ** (5 + r.next() * 3); // $100k .. $100M
  const currency = r.pick(['USD', 'KRW', 'EUR']);
  const perMinor = currency === 'KRW' ? 1390 : currency === 'EUR' ? 92 : 100;
  return { amount: Math.round(usd * perMinor), currency };
}

export function randomStartup(r: SeededRandom, n: number): StartupFeatures {
  const known = r.pick(SECTOR_CODES);
  const sector = r.chance(0.02) ? 'space-elevators' : known; // a code no counterpart lists
  const textSector = r.chance(0.8) ? known : r.pick(SECTOR_CODES);
  return {
    id: `s${n}`,
    sector,
    stage: r.chance(0.03) ? 'growth' : r.pick(STAGES),
    trl: r.int(1, 9),
    fundingAsk: amount(r),
    country: r.pick(COUNTRIES),
    name: r.chance(0.5) ? `스타트업${n}` : `Startup ${n}`,
    description: r.chance(0.1) ? '' : words(r, textSector, r.int(3, 12)),
    keywords: r.chance(0.2) ? [] : words(r, r.pick(SECTOR_CODES), 3).split(' ').slice(0, 4),
  };
}

export function randomInvestor(r: SeededRandom, n: number): InvestorFeatures {
  const sectors = r.chance(0.08) ? [] : r.sample(SECTOR_CODES, r.int(1, 3));
  const a = amount(r);
  const b = amount(r);
  return {
    id: `i${n}`,
    sectors,
    stages: r.chance(0.1) ? [] : r.sample(STAGES, r.int(1, 3)),
    ticketMin: r.chance(0.1) ? b : a, // sometimes min > max
    ticketMax: r.chance(0.1) ? a : b,
    countries: r.chance(0.4) ? [] : r.sample(COUNTRIES, r.int(1, 2)),
    thesis: r.chance(0.05) ? '' : words(r, sectors[0] ?? r.pick(SECTOR_CODES), r.int(4, 14)),
    firm: `Firm ${n}`,
  };
}

export function randomDemand(r: SeededRandom, n: number): DemandFeatures {
  const sectors = r.chance(0.08) ? [] : r.sample(SECTOR_CODES, r.int(1, 2));
  const roll = r.next();
  return {
    id: `d${n}`,
    sectors,
    keywords: words(r, sectors[0] ?? 'robotics', 3).split(' ').slice(0, 3),
    minTrl: roll < 0.3 ? null : roll < 0.4 ? undefined : r.int(1, 9),
    title: words(r, sectors[0] ?? 'robotics', 3),
    description: r.chance(0.1) ? '' : words(r, sectors[0] ?? 'robotics', r.int(3, 10)),
  };
}

export function randomEvent(seed: number, startups: number, investors: number, demands: number) {
  const r = new SeededRandom(seed);
  return {
    startups: Array.from({ length: startups }, (_, k) => randomStartup(r, k)),
    investors: Array.from({ length: investors }, (_, k) => randomInvestor(r, k)),
    demands: Array.from({ length: demands }, (_, k) => randomDemand(r, k)),
  };
}
