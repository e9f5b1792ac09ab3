import { buildPlan } from './build-plan';
import { forceSeats, seatMatched } from './fairness';
import { ruinAndRecreate } from './large-neighbourhood';
import { MoveSearch } from './move-search';
import { prepareSchedule, stateWithFixed } from './prepare-schedule';
import type { ScheduleModel } from './schedule-model';
import type { ScheduleState } from './schedule-state';
import type { ScheduleInstance, SchedulePlan } from './schedule.types';

/** Ruin-and-recreate work per solve, in request visits (divided among the requests, at most 3,000 rounds). */
const LNS_WORK_BUDGET = 1e6;

/**
 * Default wall-clock budget of one optimizeSchedule call: a 20,000-request, 150-table conference is planned
 * in well under a second on a 2-core machine, whatever its shape.
 */
export const DEFAULT_TIME_BUDGET_MS = 700;

/** The share of the time budget by which the value bound stops refining its prices (from the start of the call). */
const VALUE_BOUND_SHARE = 0.25;

export interface OptimizeOptions {
  /** Scales the local-search work budget (default 1). */
  effort?: number;
  /** Most repair/improvement rounds after the greedy fill (default 3). */
  rounds?: number;
  /**
   * Wall-clock budget of the whole call in ms (default DEFAULT_TIME_BUDGET_MS). The search is anytime: when the
   * budget runs out it stops and the best plan so far is returned. The greedy fill and the fairness floor
   * always complete, so a tiny budget still gives a valid, fair plan. Infinity: only the work budget limits
   * the search, and the plan is the same on every machine.
   */
  timeBudgetMs?: number;
}

/**
 * Best schedule for an instance: first as many startups with a meeting as possible (the fairness floor),
 * then the most value. Requests go by descending value into their least-loaded common free slot; rounds of
 * repair (move blocking meetings away) and improvement (trade cheaper meetings for dearer ones) follow;
 * each startup still without a meeting gets one at the least loss of value; ruin-and-recreate polishes.
 * Should startups a matching says could be seated still be left out, the plan is also built seats-first
 * (the matching placed before anything else) and the better plan (more startups seated, then more value)
 * is kept. Deterministic (the same instance and options give the same plan, on any machine) as long as the
 * work budget, not the time budget, ends the search (`timeBudgetMs: Infinity` makes sure of it).
 * Throws InvalidScheduleInstanceError for an invalid instance.
 */
export function optimizeSchedule(input: ScheduleInstance, options: OptimizeOptions = {}): SchedulePlan {
  const started = performance.now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  // The value bound's refinement gets at most a share of the budget (it is a true bound whenever it stops).
  const prepared = prepareSchedule(input, started + VALUE_BOUND_SHARE * budget);
  const { model, feasible } = prepared;
  // Writing the plan (a reason for every unscheduled request) costs about half of preparing it: keep that back.
  const deadline = started + budget - 0.5 * (performance.now() - started);
  const byValue = Array.from({ length: model.requests }, (_, r) => r).sort((a, b) => model.reqValue[b] - model.reqValue[a] || a - b);
  let best = solve(model, feasible, byValue, null, options, deadline);
  if (best.seated < prepared.startupsSeatable) {
    const seatsFirst = solve(model, feasible, byValue, prepared.matched, options, deadline);
    if (seatsFirst.seated > best.seated || (seatsFirst.seated === best.seated && seatsFirst.value > best.value + 1e-9)) {
      best = seatsFirst;
    }
  }
  const plan = buildPlan(model, best, prepared, 0);
  // The optimizer's own time is the whole call, writing the plan (a reason per unscheduled request) included.
  plan.stats.ms = Math.round(performance.now() - started);
  return plan;
}

/** One plan: `byValue` lists the requests dearest first (ties by index); `seatsFirst` places a matching before anything else. */
function solve(
  model: ScheduleModel, feasible: number[][], byValue: readonly number[], seatsFirst: Int32Array | null, options: OptimizeOptions, deadline: number,
): ScheduleState {
  const state = stateWithFixed(model);
  const effort = options.effort ?? 1;
  const search = new MoveSearch(state, Math.round(effort * (100_000 + 200 * model.requests)));
  search.deadline = deadline;
  const rounds = options.rounds ?? 3;
  if (seatsFirst) seatMatched(model, state, search, feasible, seatsFirst);
  for (const r of byValue) if (!state.isPlaced(r)) search.placeDirect(r);
  improve(model, state, search, byValue, rounds);
  // The fairness floor is not cut short by the clock (only by the work budget, as always).
  search.deadline = Infinity;
  forceSeats(model, state, search, feasible);
  search.deadline = deadline;
  improve(model, state, search, byValue, 1);
  // Ruin-and-recreate pays off on small, tight instances; on large ones single moves already come close.
  search.budget = search.spent + Math.round(effort * (200_000 + 50 * model.requests));
  ruinAndRecreate(model, state, search, feasible, Math.round(effort * Math.min(3000, LNS_WORK_BUDGET / Math.max(1, model.requests))));
  state.forget();
  return state;
}

/**
 * Rounds over the unplaced requests, dearest first: insert by moving meetings out of the way, else
 * trade cheaper meetings for it (never seating fewer startups). A request that failed is
 * retried only once something changed around its startup, its counterpart or one of their common slots.
 */
function improve(model: ScheduleModel, state: ScheduleState, search: MoveSearch, byValue: readonly number[], rounds: number): void {
  const personStamp = new Int32Array(model.persons);
  const slotStamp = new Int32Array(model.slots);
  const triedAt = new Int32Array(model.requests).fill(-1);
  const changedSince = (r: number, at: number): boolean => {
    const s = model.reqStartup[r];
    const j = model.reqCounterpart[r];
    if (personStamp[s] > at || personStamp[j] > at) return true;
    for (let w = 0; w < model.words; w++) {
      let x = model.avail[s * model.words + w] & model.avail[j * model.words + w];
      while (x !== 0) {
        const low = x & -x;
        x ^= low;
        if (slotStamp[(w << 5) + 31 - Math.clz32(low)] > at) return true;
      }
    }
    return false;
  };
  for (let round = 0; round < rounds; round++) {
    let changed = false;
    for (const r of byValue) {
      if (state.isPlaced(r) || search.exhausted) continue;
      if (triedAt[r] >= 0 && !changedSince(r, triedAt[r])) continue;
      const mark = state.mark();
      if (search.insert(r, 2) || search.replace(r, { minGain: 0, minSeatGain: 0 }) !== null) {
        state.stampSince(mark, personStamp, slotStamp);
        changed = true;
      } else {
        triedAt[r] = state.now;
      }
      state.forget();
    }
    if (!changed) break;
  }
}
