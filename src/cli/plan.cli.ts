import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import {
  capacityReport,
  optimizeSchedule,
  validateInstance,
  verifyPlan,
  type SchedulePlan,
} from '../modules/booking/optimizer';

const USAGE = `Offline meeting planner.

Usage: npm run plan -- --in <instance.json> [--out <plan.json>] [--capacity]

  --in <file>     the instance (see "Offline planner" in PRODUCT.md); "-" reads stdin
  --out <file>    where to write the plan; "-" or no --out writes it to stdout
  --capacity      also print a capacity check (tables, busiest participants) to stderr
  --help          this text

Relative paths are taken from the directory npm was started in. Exit codes: 0 plan written,
1 unreadable or invalid instance (nothing written), 2 bad arguments.`;

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

interface Args {
  input?: string;
  output?: string;
  capacity: boolean;
  help: boolean;
}

/** Runs the planner for the given arguments; returns the exit code. Never leaves a partial or invalid plan. */
export function runPlanCli(argv: string[], io: CliIo): number {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`plan: ${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (!args.input) {
    io.stderr(`plan: --in is required\n\n${USAGE}\n`);
    return 2;
  }
  const source = args.input === '-' ? 'stdin' : resolve(io.cwd, args.input);
  let json: unknown;
  try {
    const text = args.input === '-' ? io.readStdin() : readFileSync(source, 'utf8');
    json = JSON.parse(text);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err instanceof SyntaxError ? `not valid JSON (${err.message})` : `cannot read it (${err.code ?? err.message})`;
    io.stderr(`plan: ${source}: ${why}\n`);
    return 1;
  }
  const checked = validateInstance(json);
  if (!checked.ok) {
    io.stderr(`plan: ${source} is not a valid instance:\n${checked.errors.map((e) => `  ${e}`).join('\n')}\n`);
    return 1;
  }
  const instance = checked.instance;
  if (args.capacity) io.stderr(`${JSON.stringify(capacityReport(instance), null, 2)}\n`);

  const plan = optimizeSchedule(instance);
  const problems = verifyPlan(instance, plan);
  if (problems.length > 0) {
    // The optimizer's own safety net: report instead of writing a plan that breaks a booking rule.
    io.stderr(`plan: internal error, the plan breaks booking rules:\n${problems.slice(0, 20).map((e) => `  ${e}`).join('\n')}\n`);
    return 1;
  }
  const text = `${JSON.stringify(plan, null, 2)}\n`;
  if (!args.output || args.output === '-') {
    io.stdout(text);
  } else {
    const target = resolve(io.cwd, args.output);
    try {
      writeAtomically(target, text);
    } catch (e) {
      io.stderr(`plan: cannot write ${target} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 1;
    }
  }
  io.stderr(`${summary(plan)}${args.output && args.output !== '-' ? ` → ${resolve(io.cwd, args.output)}` : ''}\n`);
  return 0;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { capacity: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--in') args.input = value();
    else if (flag === '--out') args.output = value();
    else if (flag === '--capacity') args.capacity = true;
    else if (flag === '--help' || flag === '-h') args.help = true;
    else throw new Error(`unknown argument "${arg}"`);
  }
  return args;
}

/** Write next to the target, then rename: readers never see half a plan. */
function writeAtomically(target: string, text: string): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, target);
}

function summary(plan: SchedulePlan): string {
  const s = plan.stats;
  const pct = (a: number, b: number): string => (b > 0 ? `${((100 * a) / b).toFixed(2)} %` : '—');
  return (
    `planned ${s.booked} of ${s.requests} requests (${pct(s.booked, s.upperBound)} of the upper bound ${s.upperBound}), ` +
    `value ${s.value} (${pct(s.value, s.valueUpperBound)} of ≤ ${s.valueUpperBound}), ` +
    `${s.startupsWithMeeting} of ${s.startupsThatCanMeet} startups that can meet have a meeting, ${s.ms} ms`
  );
}

// Runs only when executed as the planner script (not when a test imports this module).
if (process.argv[1] && /plan\.cli\.[jt]s$/.test(process.argv[1])) {
  // A reader that stops early (`| head`) is not an error of the planner.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
  });
  const code = runPlanCli(process.argv.slice(2), {
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readFileSync(0, 'utf8'),
  });
  process.exitCode = code;
}
