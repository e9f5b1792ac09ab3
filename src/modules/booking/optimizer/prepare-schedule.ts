import { computeBounds, type ScheduleBounds } from './bounds';
import { matchStartups } from './fairness';
import { compileModel, type ScheduleModel } from './schedule-model';
import { ScheduleState } from './schedule-state';
import type { ScheduleInstance } from './schedule.types';
import { InvalidScheduleInstanceError, validateInstance } from './validate-instance';

/** What every planner needs before it starts: the checked model, its bounds and the fairness facts. */
export interface PreparedSchedule {
  model: ScheduleModel;
  bounds: ScheduleBounds;
  /** Per startup, its requests with a common free slot once the fixed meetings are in, best value first. */
  feasible: number[][];
  /** A maximum matching of startups without a fixed meeting to one request each (-1: none). */
  matched: Int32Array;
  startupsThatCanMeet: number;
  startupsSeatable: number;
}

/**
 * Validates (throwing InvalidScheduleInstanceError), compiles, and computes bounds and fairness facts; the value
 * bound's refinement stops at `boundDeadline` (ms, performance.now()), still a true bound.
 */
export function prepareSchedule(input: ScheduleInstance, boundDeadline = Infinity): PreparedSchedule {
  const checked = validateInstance(input);
  if (!checked.ok) throw new InvalidScheduleInstanceError(checked.errors);
  const model = compileModel(checked.instance);
  const base = stateWithFixed(model);
  const bounds = computeBounds(model, base, boundDeadline);
  const feasible: number[][] = Array.from({ length: model.persons }, () => []);
  const cand = new Uint32Array(model.words);
  for (let r = 0; r < model.requests; r++) {
    if (!base.isFixed(r) && base.candidates(r, cand)) feasible[model.reqStartup[r]].push(r);
  }
  for (const list of feasible) list.sort((a, b) => model.reqValue[b] - model.reqValue[a] || a - b);
  const matched = matchStartups(model, base, feasible);
  let startupsThatCanMeet = 0;
  let startupsSeatable = 0;
  for (let p = 0; p < model.persons; p++) {
    if (!model.isStartup[p]) continue;
    if (feasible[p].length > 0 || base.meetingCount[p] > 0) startupsThatCanMeet++;
    if (matched[p] >= 0 || base.meetingCount[p] > 0) startupsSeatable++;
  }
  return { model, bounds, feasible, matched, startupsThatCanMeet, startupsSeatable };
}

/** A fresh state holding just the fixed meetings. */
export function stateWithFixed(model: ScheduleModel): ScheduleState {
  const state = new ScheduleState(model);
  for (let r = 0; r < model.requests; r++) if (model.fixedSlot[r] >= 0) state.place(r, model.fixedSlot[r]);
  state.forget();
  return state;
}
