import { COLLABORATION_TYPES, SECTORS, STAGES, type SectorCode, type Stage } from '../../common/domain/sectors';
import type { Money } from '../../common/domain/money';
import type {
  DemoCorporate,
  DemoData,
  DemoDemand,
  DemoEvent,
  DemoInvestor,
  DemoIrSession,
  DemoOptions,
  DemoStartup,
} from './demo-data.types';
import {
  CORPORATE_NAME_PARTS,
  CORPORATES,
  DEMAND_REQUIREMENTS,
  DEMAND_SUPPORT,
  ENGLISH_BENEFITS,
  ENGLISH_GOALS,
  ENGLISH_NAME_PREFIXES,
  ENGLISH_THESIS_EXTRAS,
  ENGLISH_TRACTION,
  FOREIGN_COUNTRIES,
  FOREIGN_FIRST_NAMES,
  FOREIGN_LAST_NAMES,
  FOREIGN_VC_NAMES,
  KOREAN_BENEFITS,
  KOREAN_GIVEN_NAMES,
  KOREAN_GOALS,
  KOREAN_NAME_PREFIXES,
  KOREAN_SURNAMES,
  KOREAN_THESIS_EXTRAS,
  KOREAN_TRACTION,
  KOREAN_VC_NAMES,
  SECTOR_VOCABULARY,
  VC_NAME_PARTS,
} from './demo-vocabulary';
import { SeededRandom } from '../../common/random/seeded-random';

/** A demo event the size of the real conference's matchmaking pool. */
export const DEFAULT_DEMO_OPTIONS: Readonly<DemoOptions> = { seed: 2026, startups: 150, investors: 40, corporates: 10, demands: 25 };

const MAX_COUNT = 1_000_000;
const EMAIL_DOMAIN = 'demo.supergap.kr';
/** KRW per USD used to express the same ask in won (≈ 1 / DEFAULT_USD_RATES.KRW). */
const KRW_PER_USD = 1390;

const SECTOR_WEIGHTS: readonly (readonly [SectorCode, number])[] = [
  ['system-semiconductor', 14], ['bio-health', 12], ['future-mobility', 11], ['clean-energy', 11], ['robotics', 10],
  ['ai-big-data', 14], ['cybersecurity-network', 8], ['aerospace-ocean', 7], ['next-gen-nuclear', 5], ['quantum', 8],
];
const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ['pre-seed', 15], ['seed', 30], ['series-a', 30], ['series-b', 17], ['series-c-plus', 8],
];
/** Typical round size (USD), TRL, founding years and headcount per stage. */
const STAGE_PROFILE: Record<Stage, { usd: [number, number]; trl: [number, number]; founded: [number, number]; employees: [number, number] }> = {
  'pre-seed': { usd: [150_000, 800_000], trl: [2, 4], founded: [2023, 2025], employees: [2, 8] },
  seed: { usd: [500_000, 3_000_000], trl: [3, 6], founded: [2021, 2025], employees: [5, 20] },
  'series-a': { usd: [3_000_000, 15_000_000], trl: [5, 7], founded: [2018, 2023], employees: [15, 60] },
  'series-b': { usd: [15_000_000, 50_000_000], trl: [6, 8], founded: [2015, 2021], employees: [40, 150] },
  'series-c-plus': { usd: [40_000_000, 150_000_000], trl: [7, 9], founded: [2012, 2019], employees: [100, 400] },
};
const STAGE_KO: Record<Stage, string> = {
  'pre-seed': '프리시드', seed: '시드', 'series-a': '시리즈A', 'series-b': '시리즈B', 'series-c-plus': '시리즈C 이상',
};
const STAGE_EN: Record<Stage, string> = {
  'pre-seed': 'pre-seed', seed: 'seed', 'series-a': 'Series A', 'series-b': 'Series B', 'series-c-plus': 'Series C+',
};
const SECTOR_NAMES = new Map<SectorCode, { en: string; ko: string }>(SECTORS.map((s) => [s.code, s]));

/** Separate streams per kind, so that changing one count leaves the other kinds unchanged. */
function stream(seed: number, salt: number): SeededRandom {
  return new SeededRandom((seed ^ Math.imul(salt, 0x9e3779b9)) >>> 0);
}

function hasFinalConsonant(word: string): boolean {
  const bare = word.replace(/\s*\([^)]*\)\s*$/, '').trim(); // the particle follows the word before a parenthesis
  const last = bare.charCodeAt(bare.length - 1);
  if (last >= 0xac00 && last <= 0xd7a3) return (last - 0xac00) % 28 !== 0;
  return /[lmnr]$/i.test(bare); // English acronyms read in Korean: 엘, 엠, 엔, 알
}

/** Word plus the Korean particle that fits its last syllable (은/는, 을/를, 과/와, 이/가). */
function josa(word: string, withFinal: string, withoutFinal: string): string {
  return word + (hasFinalConsonant(word) ? withFinal : withoutFinal);
}

function koreanPerson(r: SeededRandom): string {
  return r.pick(KOREAN_SURNAMES) + r.pick(KOREAN_GIVEN_NAMES);
}

function foreignPerson(r: SeededRandom): string {
  return `${r.pick(FOREIGN_FIRST_NAMES)} ${r.pick(FOREIGN_LAST_NAMES)}`;
}

/** A round amount near `usd`, in KRW (won) or USD (cents). */
function money(usd: number, currency: 'KRW' | 'USD'): Money {
  if (currency === 'USD') return { amount: Math.max(50_000, Math.round(usd / 50_000) * 50_000) * 100, currency };
  const won = usd * KRW_PER_USD;
  const unit = won >= 1e9 ? 1e8 : 1e7; // 억 above 10억, 천만 below
  return { amount: Math.max(unit, Math.round(won / unit) * unit), currency };
}

/** "System semiconductors" → "system semiconductors"; acronyms ("AI & big data") stay. */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

function englishList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function englishOnly(keywords: string[]): string[] {
  return keywords.filter((k) => !/[\uac00-\ud7a3]/.test(k));
}

function makeStartup(r: SeededRandom, n: number): DemoStartup {
  const sector = r.weighted(SECTOR_WEIGHTS);
  const stage = r.weighted(STAGE_WEIGHTS);
  const profile = STAGE_PROFILE[stage];
  const vocab = SECTOR_VOCABULARY[sector];
  const korean = r.chance(0.72);
  const country = korean ? 'KR' : r.weighted(FOREIGN_COUNTRIES);
  const englishName = `${r.pick(ENGLISH_NAME_PREFIXES)} ${r.pick(vocab.nameSuffix.en)}`;
  const name = korean && r.chance(0.85) ? r.pick(KOREAN_NAME_PREFIXES) + r.pick(vocab.nameSuffix.ko) : englishName;
  const keywordPool = korean ? vocab.keywords : englishOnly(vocab.keywords);
  const keywords = r.sample(keywordPool, r.int(3, 6));
  const [techA, techB] = r.sample(korean ? vocab.ko.tech : vocab.en.tech, 2);
  const skill = keywords.find((k) => !techB.toLowerCase().includes(k.toLowerCase())) ?? keywords[0];
  const description = korean
    ? `${josa(name, '은', '는')} ${techA} 기술을 바탕으로 ${r.pick(vocab.ko.application)} 분야의 ${josa(r.pick(vocab.ko.product), '을', '를')} 개발합니다. ` +
      `${josa(techB, '과', '와')} ${skill} 역량을 결합해 ${r.pick(KOREAN_BENEFITS)}. ${r.pick(KOREAN_TRACTION)}. ${r.pick(KOREAN_GOALS)}.`
    : `${name} builds ${r.pick(vocab.en.product)} for ${r.pick(vocab.en.application)}, based on ${techA}. ` +
      `Combining ${techB} with ${skill} expertise, ${r.pick(ENGLISH_BENEFITS)}. ${r.pick(ENGLISH_TRACTION)} ${r.pick(ENGLISH_GOALS)}`;
  const usd = profile.usd[0] + r.next() * (profile.usd[1] - profile.usd[0]);
  return {
    key: `s-${n}`,
    email: `startup-${n}@${EMAIL_DOMAIN}`,
    displayName: korean ? koreanPerson(r) : foreignPerson(r),
    name,
    country,
    sector,
    stage,
    trl: r.int(profile.trl[0], profile.trl[1]),
    fundingAsk: money(usd, korean ? 'KRW' : 'USD'),
    foundedYear: r.int(profile.founded[0], profile.founded[1]),
    employees: r.int(profile.employees[0], profile.employees[1]),
    keywords,
    description,
    ...(r.chance(0.6) ? { deckUrl: `https://${EMAIL_DOMAIN}/decks/s-${n}.pdf` } : {}),
  };
}

/** Curated names first, then composed ones; a repeated name gets a fund number ("… 2") to stay unique. */
function firmName(r: SeededRandom, korean: boolean, firms: FirmNames): { firm: string; home: string } {
  const curated = korean ? KOREAN_VC_NAMES : FOREIGN_VC_NAMES.map(([name]) => name);
  const n = korean ? ++firms.korean : ++firms.foreign;
  let base: string;
  let home: string;
  if (n <= curated.length) {
    base = curated[n - 1];
    home = korean ? 'KR' : FOREIGN_VC_NAMES[n - 1][1];
  } else {
    const parts = korean ? VC_NAME_PARTS.ko : VC_NAME_PARTS.en;
    base = `${r.pick(parts.head)}${korean ? '' : ' '}${r.pick(parts.tail)}`;
    home = korean ? 'KR' : r.weighted(FOREIGN_COUNTRIES);
  }
  const seen = (firms.used.get(base) ?? 0) + 1;
  firms.used.set(base, seen);
  return { firm: seen === 1 ? base : `${base} ${seen}`, home };
}

interface FirmNames {
  korean: number;
  foreign: number;
  used: Map<string, number>;
}

function makeInvestor(r: SeededRandom, n: number, firms: FirmNames): DemoInvestor {
  const korean = r.chance(0.65);
  const { firm, home } = firmName(r, korean, firms);
  const sectorCount = r.weighted([[1, 30], [2, 45], [3, 25]] as const);
  const sectors: SectorCode[] = [];
  while (sectors.length < sectorCount) {
    const s = r.weighted(SECTOR_WEIGHTS);
    if (!sectors.includes(s)) sectors.push(s);
  }
  const first = STAGES.indexOf(r.weighted(STAGE_WEIGHTS.slice(0, 4)));
  const last = Math.min(STAGES.length - 1, first + r.int(0, 2));
  const stages = STAGES.slice(first, last + 1);
  const currency = korean ? 'KRW' : 'USD';
  const ticketMin = money(STAGE_PROFILE[stages[0]].usd[0] * (0.6 + 0.6 * r.next()), currency);
  const ticketMax = money(STAGE_PROFILE[stages[stages.length - 1]].usd[1] * (0.5 + 0.6 * r.next()), currency);
  if (ticketMax.amount < ticketMin.amount) ticketMax.amount = ticketMin.amount;
  const roll = r.next();
  const countries = korean
    ? roll < 0.55 ? [] : roll < 0.85 ? ['KR'] : ['KR', ...r.sample(['US', 'SG', 'JP', 'VN'], r.int(1, 2))]
    : roll < 0.4 ? [] : roll < 0.7 ? [...new Set([home, 'KR'])] : [...new Set([home, 'KR', 'SG'])];

  const vocabs = sectors.map((s) => SECTOR_VOCABULARY[s]);
  const thesisInKorean = korean && r.chance(0.8);
  const stageRange = (names: Record<Stage, string>, to: string) =>
    stages.length === 1 ? names[stages[0]] : `${names[stages[0]]}${to}${names[stages[stages.length - 1]]}`;
  const techs = r.sample(vocabs.flatMap((v) => (thesisInKorean ? v.ko.tech : v.en.tech)), 2);
  const product = r.pick(vocabs.flatMap((v) => (thesisInKorean ? v.ko.product : v.en.product)));
  const thesis = thesisInKorean
    ? `${josa(firm, '은', '는')} ${sectors.map((s) => SECTOR_NAMES.get(s)!.ko).join(', ')} 분야의 ${stageRange(STAGE_KO, '~')} 단계 딥테크 스타트업에 투자합니다. ` +
      `특히 ${techs.join(', ')} 기술과 ${product} 사업화에 관심이 많으며, ${r.pick(KOREAN_THESIS_EXTRAS)}.`
    : `${firm} invests in ${stageRange(STAGE_EN, ' to ')} founders in ${englishList(sectors.map((s) => lowerFirst(SECTOR_NAMES.get(s)!.en)))}. ` +
      `We are especially interested in ${techs.join(' and ')}, and in ${product}. ${r.pick(ENGLISH_THESIS_EXTRAS)}`;
  return {
    key: `i-${n}`,
    email: `investor-${n}@${EMAIL_DOMAIN}`,
    displayName: home === 'KR' ? koreanPerson(r) : foreignPerson(r),
    firm,
    sectors,
    stages: [...stages],
    ticketMin,
    ticketMax,
    countries,
    thesis,
    maxMeetingsPerDay: r.int(8, 12),
  };
}

interface CorporateSpec {
  corporate: DemoCorporate;
  sectors: SectorCode[];
  korean: boolean;
}

function makeCorporate(r: SeededRandom, n: number): CorporateSpec {
  const known = CORPORATES[n - 1];
  const korean = known ? known.country === 'KR' : true;
  const company = known ? (korean ? known.ko : known.en) : `${r.pick(CORPORATE_NAME_PARTS.head)}${r.pick(CORPORATE_NAME_PARTS.tail)}`;
  const sectors = known ? known.sectors : r.sample(SECTORS.map((s) => s.code), r.int(1, 3));
  const fields = sectors.map((s) => (korean ? SECTOR_NAMES.get(s)!.ko : lowerFirst(SECTOR_NAMES.get(s)!.en)));
  const description = korean
    ? `${josa(company, '은', '는')} ${fields.join(', ')} 분야 오픈이노베이션 프로그램을 운영하며 스타트업과의 PoC, 공동개발, 전략적 투자를 추진합니다.`
    : `${company} runs an open-innovation programme in ${englishList(fields)} and partners with startups on pilots, joint development and procurement.`;
  return {
    corporate: {
      key: `c-${n}`,
      email: `corporate-${n}@${EMAIL_DOMAIN}`,
      displayName: korean ? koreanPerson(r) : foreignPerson(r),
      company,
      country: known?.country ?? 'KR',
      description,
    },
    sectors,
    korean,
  };
}

function makeDemand(r: SeededRandom, n: number, owner: CorporateSpec, startDate: string): DemoDemand {
  const sectors = r.sample(owner.sectors, r.weighted([[1, 65], [2, 35]] as const));
  const vocab = SECTOR_VOCABULARY[sectors[0]];
  const collaboration = r.sample(COLLABORATION_TYPES, r.int(1, 2));
  const minTrl = r.chance(0.7) ? r.int(4, 7) : undefined;
  const keywords = r.sample(sectors.flatMap((s) => SECTOR_VOCABULARY[s].keywords), r.int(3, 5));
  const company = owner.corporate.company;
  let title: string;
  let description: string;
  if (owner.korean) {
    const tech = r.pick(vocab.ko.tech);
    const product = r.pick(vocab.ko.product);
    const application = r.pick(vocab.ko.application);
    title = r.pick([`${tech} 기반 ${application} 솔루션 공동개발`, `${product} PoC 파트너 모집`, `${application}용 ${product} 기술 실증`, `${tech} 스타트업 전략적 협력`]);
    description =
      `${josa(company, '은', '는')} ${application} 분야에서 ${josa(tech, '을', '를')} 보유한 스타트업을 찾고 있습니다. ` +
      `${minTrl ? `TRL ${minTrl} 이상의 기술이 필요하며, ` : ''}${r.pick(DEMAND_REQUIREMENTS)} 선정 기업에는 ${josa(r.pick(DEMAND_SUPPORT), '을', '를')} 제공합니다.`;
  } else {
    const tech = r.pick(vocab.en.tech);
    const application = r.pick(vocab.en.application);
    title = r.pick([`Pilot partners for ${tech}`, `Joint development: ${tech} for ${application}`]);
    description =
      `${company} is looking for startups with ${tech} for ${application}. ` +
      `${minTrl ? `Technology at TRL ${minTrl} or above is required. ` : ''}Selected teams get a funded pilot at our plant.`;
  }
  return {
    key: `d-${n}`,
    ownerKey: owner.corporate.key,
    title,
    description,
    sectors,
    keywords,
    ...(minTrl !== undefined ? { minTrl } : {}),
    collaboration,
    ...(r.chance(0.8) ? { deadline: addDays(startDate, r.int(4, 60)) } : {}),
  };
}

const DEFAULT_START_DATE = '2026-10-28';

/** `date` (YYYY-MM-DD) plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Two days at COEX, one IR session per sector in two rooms, each ending by 18:00. */
function makeEvent(r: SeededRandom, day1: string): DemoEvent {
  const day2 = addDays(day1, 1);
  const times = [
    [day1, '10:00', 'Room 300'], [day1, '10:00', 'Room 401'], [day1, '13:30', 'Room 300'],
    [day1, '13:30', 'Room 401'], [day1, '16:00', 'Room 300'], [day2, '10:00', 'Room 300'],
    [day2, '10:00', 'Room 401'], [day2, '13:30', 'Room 300'], [day2, '13:30', 'Room 401'],
    [day2, '16:00', 'Room 300'],
  ] as const;
  const irSessions: DemoIrSession[] = SECTORS.map((sector, k) => {
    const [date, time, room] = times[k];
    return {
      title: `IR Pitch · ${sector.en} (${sector.ko})`,
      room,
      startsAt: `${date}T${time}:00+09:00`,
      slotMinutes: 10,
      slotCount: r.int(8, 12),
      sectors: [sector.code],
    };
  });
  return {
    name: '2026 Global Super-Gap Tech Conference (글로벌 초격차 기술 컨퍼런스)',
    venue: 'COEX, Seoul',
    timezone: 'Asia/Seoul',
    startDate: day1,
    endDate: day2,
    meetingGrid: { dayStart: '09:00', dayEnd: '18:00', slotMinutes: 30, tables: 40 },
    irSessions,
  };
}

function validateOptions(opts: DemoOptions): void {
  if (!Number.isSafeInteger(opts.seed)) throw new RangeError(`seed must be an integer, got ${opts.seed}`);
  if (opts.startDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.startDate)) throw new RangeError(`startDate must be YYYY-MM-DD, got ${opts.startDate}`);
  for (const key of ['startups', 'investors', 'corporates', 'demands'] as const) {
    const v = opts[key];
    if (!Number.isInteger(v) || v < 0 || v > MAX_COUNT) throw new RangeError(`${key} must be an integer between 0 and ${MAX_COUNT}, got ${v}`);
  }
  if (opts.demands > 0 && opts.corporates === 0) throw new RangeError('demands need at least one corporate to own them');
}

/** A deterministic demo event: the same options always give the same data. */
export function generateDemoData(opts: DemoOptions = DEFAULT_DEMO_OPTIONS): DemoData {
  validateOptions(opts);
  const event = makeEvent(stream(opts.seed, 1), opts.startDate ?? DEFAULT_START_DATE);

  const rs = stream(opts.seed, 2);
  const startups = Array.from({ length: opts.startups }, (_, k) => makeStartup(rs, k + 1));

  const ri = stream(opts.seed, 3);
  const firms: FirmNames = { korean: 0, foreign: 0, used: new Map() };
  const investors = Array.from({ length: opts.investors }, (_, k) => makeInvestor(ri, k + 1, firms));

  const rc = stream(opts.seed, 4);
  const corporateSpecs = Array.from({ length: opts.corporates }, (_, k) => makeCorporate(rc, k + 1));

  const rd = stream(opts.seed, 5);
  // Round-robin owners so every corporate posts at least one demand when there are enough.
  const demands = Array.from({ length: opts.demands }, (_, k) => makeDemand(rd, k + 1, corporateSpecs[k % corporateSpecs.length], opts.startDate ?? DEFAULT_START_DATE));

  return { event, startups, investors, corporates: corporateSpecs.map((c) => c.corporate), demands };
}

const FLAGS: Record<string, Exclude<keyof DemoOptions, 'startDate'>> = {
  '--seed': 'seed',
  '--startups': 'startups',
  '--investors': 'investors',
  '--corporates': 'corporates',
  '--demands': 'demands',
};

/** Parses `--seed N --startups N --investors N --corporates N --demands N` (or `--flag=N`) over the defaults. */
export function parseDemoArgs(argv: readonly string[]): DemoOptions {
  const opts: DemoOptions = { ...DEFAULT_DEMO_OPTIONS };
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    const eq = arg.indexOf('=');
    const flag = eq >= 0 ? arg.slice(0, eq) : arg;
    const key = FLAGS[flag];
    if (!key) throw new Error(`unknown option "${arg}"; expected ${Object.keys(FLAGS).join(', ')} followed by a number`);
    const raw = eq >= 0 ? arg.slice(eq + 1) : argv[++k];
    if (raw === undefined || raw === '') throw new Error(`${flag} needs a value`);
    if (!/^-?\d+$/.test(raw)) throw new Error(`${flag} must be an integer, got "${raw}"`);
    opts[key] = Number(raw);
  }
  try {
    validateOptions(opts);
  } catch (err) {
    throw new Error(`invalid options: ${(err as Error).message}`);
  }
  return opts;
}
