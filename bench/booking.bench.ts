/**
 * `npm run bench -- booking [--seed N] [--tables 150,400] [--small N] [--tiny N] [--no-exact] [--pure]
 *   [--budgets 100,250,500,1000] [--no-shapes]`
 * The meeting-schedule optimizer on a conference like the one the product is built for, against its
 * upper bounds, against first-come-first-served, and against the exact optimum (HiGHS) on small instances;
 * its time-to-quality curve on differently shaped conferences of the same size; the service end to end.
 */
import {
  DEFAULT_TIME_BUDGET_MS,
  capacityReport,
  firstComeFirstServed,
  optimizeSchedule,
  verifyPlan,
  type ScheduleInstance,
  type SchedulePlan,
} from '../src/modules/booking/optimizer';
import { conferenceInstance, smallInstance, type ConferenceOptions } from '../src/modules/booking/optimizer/testing/generate-instance';
import { runBookingEndToEnd } from './booking-e2e';

interface BenchArgs {
  seed: number;
  tables: number[];
  small: number;
  tiny: number;
  exact: boolean;
  /** Also time the service end to end (PostgreSQL + Redis); off with --pure. */
  service: boolean;
  /** Time budgets (ms) of the time-to-quality curve; none with --no-shapes. */
  budgets: number[];
}

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  for (const tables of args.tables) conference(args.seed, tables);
  if (args.budgets.length) timeToQuality(args.budgets);
  if (args.exact && args.small > 0) await againstExact(args.seed, args.small);
  if (args.exact && args.tiny > 0) await tinyAgainstExact(args.tiny);
  if (args.service) await runBookingEndToEnd();
}

function conference(seed: number, tables: number): void {
  const instance = conferenceInstance({ seed, tables });
  const capacity = capacityReport(instance);
  console.log(
    `\n--- conference: ${instance.participants.length} participants, ${instance.requests.length} requests, ` +
      `${instance.days} days × ${instance.slotsPerDay} slots, ${tables} tables (advised: ${capacity.tablesNeeded}) ---`,
  );
  const plan = timed(() => optimizeSchedule(instance));
  const again = timed(() => optimizeSchedule(instance));
  const fcfs = timed(() => firstComeFirstServed(instance));
  report('optimizer', instance, plan.result, plan.ms);
  console.log(`  ${'optimizer (warm)'.padEnd(16)} ${again.ms.toFixed(0)} ms wall`);
  report('first-come', instance, fcfs.result, fcfs.ms);
  const o = plan.result.stats;
  const f = fcfs.result.stats;
  console.log(
    `  optimizer / first-come: meetings ×${ratio(o.booked, f.booked)}, value ×${ratio(o.value, f.value)}, ` +
      `startups with a meeting ×${ratio(o.startupsWithMeeting, f.startupsWithMeeting)}`,
  );
}

function report(name: string, instance: ScheduleInstance, plan: SchedulePlan, ms: number): void {
  const s = plan.stats;
  const errors = verifyPlan(instance, plan).length;
  console.log(
    `  ${name.padEnd(16)} ${s.booked} meetings / bound ${s.upperBound} = ${pct(s.booked, s.upperBound)}; ` +
      `value ${s.value} / bound ${s.valueUpperBound} = ${pct(s.value, s.valueUpperBound)}; ` +
      `${ms.toFixed(0)} ms wall; startups with ≥1 meeting ${s.startupsWithMeeting}/${s.startupsThatCanMeet} = ` +
      `${pct(s.startupsWithMeeting, s.startupsThatCanMeet)}; rule violations ${errors}`,
  );
}

/** Differently shaped conferences of the bench's size (20,000 requests, 150 tables), unseen by the tuning. */
const SHAPES: { name: string; options: ConferenceOptions }[] = [
  { name: 'the bench conference', options: { seed: 1 } },
  { name: 'skewed popularity (a few counterparts wanted by most)', options: { seed: 21, popularityExponent: 1.4 } },
  { name: 'many blocked slots (+35 % of every calendar)', options: { seed: 22, blockedShare: 0.35 } },
  { name: 'tight daily caps (2–4 a day)', options: { seed: 23, capMin: 2, capMax: 4 } },
  { name: 'few counterparts (60)', options: { seed: 24, investors: 45, corporates: 15, capMin: 14, capMax: 18 } },
  { name: 'many counterparts (1,200), fewer startups (600)', options: { seed: 25, investors: 900, corporates: 300, startups: 600 } },
];

/**
 * The anytime search under fixed time budgets: meetings and value against their upper bounds as the budget
 * grows, with the default budget and with the work budget alone (no clock) for reference.
 */
function timeToQuality(budgets: number[]): void {
  console.log(`\n--- time to quality: 20,000 requests, 150 tables, by shape (time budget → wall, meetings / bound, value / bound, startups seated / seatable) ---`);
  for (const shape of SHAPES) {
    const instance = conferenceInstance({ tables: 150, ...shape.options });
    console.log(`  ${shape.name}: ${instance.participants.length} participants, ${instance.requests.length} requests`);
    const runs: [string, number][] = [...budgets.map((b): [string, number] => [`${b} ms`, b]), [`default ${DEFAULT_TIME_BUDGET_MS} ms`, DEFAULT_TIME_BUDGET_MS], ['no clock', Infinity]];
    for (const [label, timeBudgetMs] of runs) {
      const { result, ms } = timed(() => optimizeSchedule(instance, { timeBudgetMs }));
      const s = result.stats;
      const errors = verifyPlan(instance, result).length;
      console.log(
        `    ${label.padEnd(16)} ${ms.toFixed(0).padStart(5)} ms wall  meetings ${pct(s.booked, s.upperBound).padStart(8)}  value ${pct(s.value, s.valueUpperBound).padStart(8)}  ` +
          `seated ${s.startupsWithMeeting}/${s.startupsSeatable}${errors ? `  RULE VIOLATIONS ${errors}` : ''}`,
      );
    }
  }
}

/** Small instances against HiGHS: the optimizer's own objective (most startups seated, then value) and plain value. */
async function againstExact(seed: number, count: number): Promise<void> {
  const { exactOptimum } = await import('../src/modules/booking/optimizer/testing/exact-optimum');
  console.log(`\n--- small instances vs the exact optimum (HiGHS) ---`);
  const ratios: number[] = [];
  for (let k = 0; k < count; k++) {
    const instance = smallInstance({
      seed: seed * 1000 + k,
      days: 2,
      slotsPerDay: 8,
      tables: 10 + 2 * k,
      startups: 40 + 5 * k,
      counterparts: 15,
      requests: 200 + 25 * k,
      blockedShare: 0.2,
      capShare: 0.7,
      caps: [3, 6],
      fixed: 3,
    });
    const plan = timed(() => optimizeSchedule(instance));
    const started = performance.now();
    const fair = await exactOptimum(instance, { fairness: true });
    const plain = await exactOptimum(instance);
    const exactMs = performance.now() - started;
    const s = plan.result.stats;
    ratios.push(s.value / fair.value);
    console.log(
      `  #${k + 1}: ${instance.requests.length} requests, ${s.booked} meetings; value ${s.value} = ` +
        `${pct(s.value, fair.value)} of the optimum with the fairness floor (${fair.value}, ${fair.status}), ` +
        `${pct(s.value, plain.value)} of the plain value optimum (${plain.value}); startups ${s.startupsWithMeeting}/${fair.seats}; ` +
        `${plan.ms.toFixed(0)} ms vs HiGHS ${exactMs.toFixed(0)} ms`,
    );
  }
  console.log(`  worst ${pct(Math.min(...ratios), 1)}, mean ${pct(ratios.reduce((a, b) => a + b, 0) / ratios.length, 1)} of the optimum`);
}

/** Many tiny, tight instances (a few slots, 1–4 tables, caps of 1–3): the hardest case for local search. */
async function tinyAgainstExact(count: number): Promise<void> {
  const { exactOptimum } = await import('../src/modules/booking/optimizer/testing/exact-optimum');
  const ratios: number[] = [];
  let seatsMatched = 0;
  for (let seed = 1; seed <= count; seed++) {
    const instance = smallInstance({ seed, fixed: seed % 3 === 0 ? 2 : 0 });
    const { stats } = optimizeSchedule(instance);
    const exact = await exactOptimum(instance, { fairness: true });
    if (stats.startupsWithMeeting === exact.seats) seatsMatched++;
    ratios.push(exact.value > 0 ? stats.value / exact.value : 1);
  }
  const optimal = ratios.filter((r) => r >= 1 - 1e-9).length;
  console.log(
    `\n--- ${count} tiny instances (3–30 requests) vs the exact optimum ---\n` +
      `  startups seated as in the optimum: ${seatsMatched}/${count}; value optimal in ${optimal}/${count}; ` +
      `worst ${pct(Math.min(...ratios), 1)}, mean ${pct(ratios.reduce((a, b) => a + b, 0) / ratios.length, 1)}`,
  );
}

function parseArgs(argv: string[]): BenchArgs {
  const args: BenchArgs = { seed: 1, tables: [150, 400], small: 5, tiny: 100, exact: true, service: true, budgets: [100, 250, 500, 1000] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--seed') args.seed = Number(argv[++i]);
    else if (flag === '--tables') args.tables = argv[++i].split(',').map(Number);
    else if (flag === '--small') args.small = Number(argv[++i]);
    else if (flag === '--tiny') args.tiny = Number(argv[++i]);
    else if (flag === '--no-exact') args.exact = false;
    else if (flag === '--pure') args.service = false;
    else if (flag === '--budgets') args.budgets = argv[++i].split(',').map(Number);
    else if (flag === '--no-shapes') args.budgets = [];
    else throw new Error(`booking bench: unknown argument "${flag}"`);
  }
  return args;
}

function timed<T>(fn: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = fn();
  return { result, ms: performance.now() - started };
}

const pct = (a: number, b: number): string => (b > 0 ? `${((100 * a) / b).toFixed(2)} %` : '—');
const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(3) : '—');
