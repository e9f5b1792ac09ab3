import type { ScheduleInstance, ScheduleParticipant, ScheduleRequest } from '../schedule.types';
import { seededRandom } from '../../../../common/random/seeded-random';

export { seededRandom };

export interface ConferenceOptions {
  seed?: number;
  tables?: number;
  days?: number;
  slotsPerDay?: number;
  startups?: number;
  /** Extra startups that joined but have no accepted request. */
  idleStartups?: number;
  investors?: number;
  corporates?: number;
  requests?: number;
  irPitches?: number;
  capMin?: number;
  capMax?: number;
  /** How steeply popularity falls with a counterpart's rank (default 0.8; higher: a few are wanted by far more). */
  popularityExponent?: number;
  /** Extra share of slots every participant has blocked, each slot at random (default none). */
  blockedShare?: number;
}

/**
 * A conference like the one the product is built for: skewed popularity (a few counterparts wanted by
 * hundreds), startups of varying activity, values from a match score plus a bonus for mutual interest,
 * random blocked times, IR pitches blocking startups, investors watching pitch sessions, daily caps.
 */
export function conferenceInstance(options: ConferenceOptions = {}): ScheduleInstance {
  const o = {
    seed: 1, tables: 150, days: 2, slotsPerDay: 18, startups: 1500, idleStartups: 100, investors: 300,
    corporates: 100, requests: 20_000, irPitches: 200, capMin: 8, capMax: 12, popularityExponent: 0.8, blockedShare: 0, ...options,
  };
  const rand = seededRandom(o.seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const slots = o.days * o.slotsPerDay;
  const blockRun = (blocked: Set<number>, length: number): void => {
    const day = int(0, o.days - 1);
    const start = int(0, o.slotsPerDay - length);
    for (let k = 0; k < length; k++) blocked.add(day * o.slotsPerDay + start + k);
  };

  const startups: ScheduleParticipant[] = [];
  const startupBlocks: Set<number>[] = [];
  for (let i = 0; i < o.startups + o.idleStartups; i++) {
    const blocked = new Set<number>();
    if (rand() < 0.4) blockRun(blocked, int(2, 6));
    if (rand() < 0.15) blockRun(blocked, int(1, 4));
    startupBlocks.push(blocked);
    const p: ScheduleParticipant = { id: `s-${i + 1}`, side: 'startup', blocked: [] };
    if (rand() < 0.1) p.maxPerDay = 6;
    startups.push(p);
  }
  for (let k = 0; k < o.irPitches; k++) {
    const pitch = int(0, slots - 2); // the pitch and the slot before it, for set-up
    startupBlocks[int(0, o.startups - 1)].add(pitch).add(pitch + 1);
  }
  startups.forEach((p, i) => (p.blocked = [...startupBlocks[i]].sort((a, b) => a - b)));

  const counterparts: ScheduleParticipant[] = [];
  for (let i = 0; i < o.investors + o.corporates; i++) {
    const investor = i < o.investors;
    const blocked = new Set<number>();
    if (rand() < 0.5) blockRun(blocked, int(2, 8));
    if (investor && rand() < 0.3) blockRun(blocked, 4); // watching an IR session
    counterparts.push({
      id: investor ? `i-${i + 1}` : `c-${i - o.investors + 1}`,
      side: 'counterpart',
      blocked: [...blocked].sort((a, b) => a - b),
      maxPerDay: int(o.capMin, o.capMax),
    });
  }

  // Zipf-like popularity in a shuffled order, so popular counterparts are not just the first ids.
  const rank = counterparts.map((_, i) => i);
  for (let i = rank.length - 1; i > 0; i--) {
    const k = int(0, i);
    [rank[i], rank[k]] = [rank[k], rank[i]];
  }
  const popularity = cumulative(rank.map((r) => Math.pow(r + 5, -o.popularityExponent)));
  const activity = cumulative(Array.from({ length: o.startups }, () => 0.3 + 1.4 * rand()));
  if (o.blockedShare > 0) {
    for (const p of [...startups, ...counterparts]) {
      const blocked = new Set(p.blocked);
      for (let t = 0; t < slots; t++) if (rand() < o.blockedShare) blocked.add(t);
      p.blocked = [...blocked].sort((a, b) => a - b);
    }
  }
  const requests: ScheduleRequest[] = [];
  const pairs = new Set<number>();
  const target = Math.min(o.requests, Math.floor(o.startups * counterparts.length * 0.5));
  while (requests.length < target) {
    const s = pick(activity, rand());
    const j = pick(popularity, rand());
    const key = s * counterparts.length + j;
    if (pairs.has(key)) continue;
    pairs.add(key);
    const score = 35 + 65 * Math.pow(rand(), 0.7);
    const value = Math.round((score + (rand() < 0.3 ? 25 : 0)) * 10) / 10;
    requests.push({ id: `r-${requests.length + 1}`, startup: startups[s].id, counterpart: counterparts[j].id, value });
  }
  return { days: o.days, slotsPerDay: o.slotsPerDay, tables: o.tables, participants: [...startups, ...counterparts], requests };
}

export interface SmallOptions {
  seed: number;
  days?: number;
  slotsPerDay?: number;
  tables?: number;
  startups?: number;
  counterparts?: number;
  requests?: number;
  /** Share of slots each participant has blocked, on average. */
  blockedShare?: number;
  /** Probability that a participant has a daily cap, drawn from `caps` (default 1..3). */
  capShare?: number;
  caps?: [number, number];
  fixed?: number;
}

/** A small random instance for exact comparisons; every feature (caps both sides, fixed meetings) can occur. */
export function smallInstance(options: SmallOptions): ScheduleInstance {
  const rand = seededRandom(options.seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const days = options.days ?? int(1, 2);
  const slotsPerDay = options.slotsPerDay ?? int(2, 5);
  const slots = days * slotsPerDay;
  const tables = options.tables ?? int(1, 4);
  const nS = options.startups ?? int(3, 9);
  const nC = options.counterparts ?? int(2, 6);
  const blockedShare = options.blockedShare ?? 0.3;
  const capShare = options.capShare ?? 0.3;
  const participants: ScheduleParticipant[] = [];
  const person = (id: string, side: 'startup' | 'counterpart'): void => {
    const blocked: number[] = [];
    for (let t = 0; t < slots; t++) if (rand() < blockedShare) blocked.push(t);
    const p: ScheduleParticipant = { id, side, blocked };
    if (rand() < capShare) p.maxPerDay = int(...(options.caps ?? [1, 3]));
    participants.push(p);
  };
  for (let i = 1; i <= nS; i++) person(`s-${i}`, 'startup');
  for (let i = 1; i <= nC; i++) person(`c-${i}`, 'counterpart');
  const wanted = options.requests ?? int(3, Math.min(30, nS * nC));
  const pairs: [number, number][] = [];
  for (let s = 1; s <= nS; s++) for (let c = 1; c <= nC; c++) pairs.push([s, c]);
  for (let i = pairs.length - 1; i > 0; i--) {
    const k = int(0, i);
    [pairs[i], pairs[k]] = [pairs[k], pairs[i]];
  }
  const requests = pairs.slice(0, wanted).map(([s, c], i) => ({
    id: `r-${i + 1}`,
    startup: `s-${s}`,
    counterpart: `c-${c}`,
    value: int(1, 100),
  }));
  const instance: ScheduleInstance = { days, slotsPerDay, tables, participants, requests };
  if (options.fixed) instance.fixed = pickFixed(instance, options.fixed, rand);
  return instance;
}

/** Some requests placed greedily in random free slots, to act as already-published meetings. */
function pickFixed(instance: ScheduleInstance, count: number, rand: () => number): ScheduleInstance['fixed'] {
  const people = new Map(instance.participants.map((p) => [p.id, p]));
  const slots = instance.days * instance.slotsPerDay;
  const busy = new Set<string>();
  const perDay = new Map<string, number>();
  const tableUse = new Map<number, number>();
  const fixed: NonNullable<ScheduleInstance['fixed']> = [];
  for (const r of instance.requests) {
    if (fixed.length >= count) break;
    const start = Math.floor(rand() * slots);
    for (let k = 0; k < slots; k++) {
      const t = (start + k) % slots;
      const day = Math.floor(t / instance.slotsPerDay);
      const ok = [r.startup, r.counterpart].every((id) => {
        const p = people.get(id)!;
        return !p.blocked.includes(t) && !busy.has(`${id}@${t}`) && (perDay.get(`${id}@${day}`) ?? 0) < (p.maxPerDay ?? Infinity);
      });
      if (!ok || (tableUse.get(t) ?? 0) >= instance.tables) continue;
      for (const id of [r.startup, r.counterpart]) {
        busy.add(`${id}@${t}`);
        perDay.set(`${id}@${day}`, (perDay.get(`${id}@${day}`) ?? 0) + 1);
      }
      const table = instance.tables - (tableUse.get(t) ?? 0); // from the top, so numbering gaps get exercised
      tableUse.set(t, (tableUse.get(t) ?? 0) + 1);
      fixed.push({ request: r.id, slot: t, table });
      break;
    }
  }
  return fixed;
}

function cumulative(weights: number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  return out;
}

function pick(cdf: Float64Array, u: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
