import type { ScheduleInstance } from '../schedule.types';

export interface ExactResult {
  status: string;
  /** Best objective found (the optimum when status is "Optimal"). */
  objective: number;
  meetings: number;
  value: number;
  /** With `fairness`: the most startups any plan can seat. */
  seats?: number;
}

export interface ExactOptions {
  /** 'value' (default) maximises total value, 'count' the number of meetings. */
  objective?: 'value' | 'count';
  /** Solve the LP relaxation instead of the integer model. */
  relax?: boolean;
  timeLimitSeconds?: number;
  /**
   * Fairness floor first: maximise the number of startups with a meeting, then the objective among plans
   * seating that many (the optimizer's own priority).
   */
  fairness?: boolean;
}

/**
 * Exact optimum of the time-indexed model with HiGHS (devDependency, loaded on demand; tests and bench only):
 * x[r,t] ∈ {0,1} for slots free for both; each request once, each person once per slot, tables per slot,
 * daily caps; fixed meetings forced to 1. Table numbers are left out: any in-capacity slot load can be numbered.
 */
export async function exactOptimum(instance: ScheduleInstance, options: ExactOptions = {}): Promise<ExactResult> {
  const { default: loadHighs } = await import('highs');
  const highs = await loadHighs();
  const run = (lp: string) =>
    highs.solve(lp, {
      output_flag: false,
      time_limit: options.timeLimitSeconds ?? 120,
      ...(options.relax ? { solver: 'simplex' } : {}),
    });
  let seats: number | undefined;
  if (options.fairness) {
    const first = run(buildLp(instance, options, 'seats').text);
    seats = Math.round(first.ObjectiveValue);
  }
  const lp = buildLp(instance, options, 'objective', seats);
  const result = run(lp.text);
  let meetings = 0;
  let value = 0;
  const columns = result.Columns as Record<string, { Primal: number }>;
  for (const [name, r] of lp.requestOf) {
    const x = columns[name]?.Primal ?? 0;
    meetings += x;
    value += x * instance.requests[r].value;
  }
  return { status: result.Status, objective: result.ObjectiveValue, meetings, value, seats };
}

function buildLp(
  instance: ScheduleInstance,
  options: ExactOptions,
  goal: 'seats' | 'objective',
  minSeats?: number,
): { text: string; requestOf: Map<string, number> } {
  const { days, slotsPerDay } = instance;
  const slots = days * slotsPerDay;
  const people = new Map(instance.participants.map((p) => [p.id, p]));
  const blocked = new Map(instance.participants.map((p) => [p.id, new Set(p.blocked)]));
  const fixedSlot = new Map((instance.fixed ?? []).map((f) => [f.request, f.slot]));
  const requestOf = new Map<string, number>();
  const objective: string[] = [];
  const rows: string[] = [];
  const bounds: string[] = [];
  const byPersonSlot = new Map<string, string[]>();
  const byPersonDay = new Map<string, string[]>();
  const bySlot: string[][] = Array.from({ length: slots }, () => []);
  const byStartup = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, v: string): void => {
    const list = map.get(key);
    if (list) list.push(v);
    else map.set(key, [v]);
  };

  instance.requests.forEach((r, i) => {
    const vars: string[] = [];
    for (let t = 0; t < slots; t++) {
      if (blocked.get(r.startup)!.has(t) || blocked.get(r.counterpart)!.has(t)) continue;
      const name = `x${i}_${t}`;
      vars.push(name);
      requestOf.set(name, i);
      if (goal === 'objective') objective.push(`${options.objective === 'count' ? 1 : r.value} ${name}`);
      add(byStartup, r.startup, name);
      bySlot[t].push(name);
      const day = Math.floor(t / slotsPerDay);
      for (const id of [r.startup, r.counterpart]) {
        add(byPersonSlot, `${id}@${t}`, name);
        add(byPersonDay, `${id}@${day}`, name);
      }
      if (fixedSlot.get(r.id) === t) bounds.push(`${name} = 1`);
    }
    if (fixedSlot.has(r.id) && !vars.includes(`x${i}_${fixedSlot.get(r.id)}`)) throw new Error(`fixed ${r.id} in a blocked slot`);
    if (vars.length > 1) rows.push(row(rows.length, vars, 1));
  });
  for (const vars of byPersonSlot.values()) if (vars.length > 1) rows.push(row(rows.length, vars, 1));
  for (const [key, vars] of byPersonDay) {
    const cap = people.get(key.slice(0, key.lastIndexOf('@')))!.maxPerDay;
    if (cap !== undefined && vars.length > cap) rows.push(row(rows.length, vars, cap));
  }
  bySlot.forEach((vars, t) => {
    const tables = instance.tablesBySlot ? instance.tablesBySlot[t] : instance.tables;
    if (vars.length > tables) rows.push(row(rows.length, vars, tables));
  });

  // Seat indicators y_s ≤ Σ x of the startup's requests.
  const seatVars: string[] = [];
  if (goal === 'seats' || minSeats !== undefined) {
    [...byStartup.values()].forEach((vars, k) => {
      seatVars.push(`y${k}`);
      rows.push(` c${rows.length}: y${k} - ${wrap(vars.join(' - '))} <= 0`);
    });
    if (goal === 'seats') objective.push(...seatVars.map((y) => `1 ${y}`));
    if (minSeats !== undefined && seatVars.length) rows.push(` c${rows.length}: ${wrap(seatVars.join(' + '))} >= ${minSeats}`);
  }
  const names = [...requestOf.keys(), ...seatVars];
  const text = [
    'Maximize',
    ` obj: ${objective.length ? wrap(objective.join(' + ')) : '0 dummy'}`,
    'Subject To',
    ...(rows.length ? rows : [' dummyrow: 0 dummy >= 0']),
    'Bounds',
    ...names.map((n) => ` 0 <= ${n} <= 1`),
    ...bounds.map((b) => ` ${b}`),
    ...(options.relax || names.length === 0 ? [] : ['Generals', wrap(names.join(' '))]),
    'End',
  ].join('\n');
  return { text, requestOf };
}

function row(index: number, vars: string[], rhs: number): string {
  return ` c${index}: ${wrap(vars.join(' + '))} <= ${rhs}`;
}

/** LP files are safest with short lines. */
function wrap(text: string): string {
  return text.replace(/(.{200,}?) /g, '$1\n ');
}
