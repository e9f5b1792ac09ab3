import { computeBounds } from './bounds';
import { buildPlan } from './build-plan';
import { forceSeats, matchStartups, seatMatched } from './fairness';
import { MoveSearch } from './move-search';
import { ruinAndRecreate } from './large-neighbourhood';
import { compileModel, type ScheduleModel } from './schedule-model';
import { ScheduleState } from './schedule-state';
import type { ScheduleInstance, SchedulePlan } from './schedule.types';
import { InvalidScheduleInstanceError, validateInstance } from './validate-instance';

const CHAIN_DEPTH = Number(process.env.CHAIN ?? 1);

export interface OptimizeOptions {
  /** Scales the local-search work budget (default 1); the result depends on it, never on the clock. */
  effort?: number;
  /** Most repair/improvement rounds after the greedy fill (default 3). */
  rounds?: number;
}

/**
 * Best schedule for an instance, with the fairness floor: requests by descending value into their
 * least-loaded common free slot, rounds of repair (move blocking meetings away) and improvement (trade
 * cheaper meetings for dearer ones), then a meeting for each startup still without one at the least
 * loss of value. Should that leave out startups a matching says could be seated, the plan is also
 * built seats-first (a maximum matching of startups placed before anything else) and the better
 * plan (more startups seated, then more value) is kept.
 * Deterministic: the same instance and options give the same plan. Throws InvalidScheduleInstanceError.
 */
export function optimizeSchedule(input: ScheduleInstance, options: OptimizeOptions = {}): SchedulePlan {
  const started = performance.now();
  const checked = validateInstance(input);
  if (!checked.ok) throw new InvalidScheduleInstanceError(checked.errors);
  const model = compileModel(checked.instance);
  const base = withFixed(model);
  const bounds = computeBounds(model, base);
  const feasible = feasibleByStartup(model, base);
  const matched = matchStartups(model, base, feasible);
  let startupsThatCanMeet = 0;
  let seatable = 0;
  for (let p = 0; p < model.persons; p++) {
    if (!model.isStartup[p]) continue;
    if (feasible[p].length > 0 || base.meetingCount[p] > 0) startupsThatCanMeet++;
    if (matched[p] >= 0 || base.meetingCount[p] > 0) seatable++;
  }

  let best = solve(model, feasible, null, options);
  if (best.seated < seatable) {
    const seatsFirst = solve(model, feasible, matched, options);
    if (seatsFirst.seated > best.seated || (seatsFirst.seated === best.seated && seatsFirst.value > best.value + 1e-9)) {
      best = seatsFirst;
    }
  }
  return buildPlan(model, best, bounds, { startupsThatCanMeet, ms: performance.now() - started });
}

function solve(model: ScheduleModel, feasible: number[][], seatsFirst: Int32Array | null, options: OptimizeOptions): ScheduleState {
  const state = withFixed(model);
  const search = new MoveSearch(state, Math.round((options.effort ?? 1) * (100_000 + 200 * model.requests)));
  const rounds = options.rounds ?? 3;
  if (seatsFirst) seatMatched(model, state, search, feasible, seatsFirst);
  const byValue = Array.from({ length: model.requests }, (_, r) => r).sort(
    (a, b) => model.reqValue[b] - model.reqValue[a] || a - b,
  );
  for (const r of byValue) if (!state.isPlaced(r)) search.placeDirect(r);
  improve(model, state, search, byValue, rounds);
  forceSeats(model, state, search, feasible);
  improve(model, state, search, byValue, 1);
  const lns = Number(process.env.LNS ?? 0);
  if (lns > 0) {
    search.budget = search.spent + lns * 1000;
    ruinAndRecreate(model, state, search, feasible, 1e9);
  }
  state.forget();
  return state;
}

/**
 * Rounds over the unplaced requests, dearest first: insert by moving meetings out of the way, else
 * trade cheaper meetings for it (never leaving a startup without a meeting). A request that failed is
 * retried only once something changed around its startup, its counterpart or one of their common slots.
 */
function improve(model: ScheduleModel, state: ScheduleState, search: MoveSearch, byValue: number[], rounds: number): void {
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
      if (search.insert(r, 2) || search.replace(r, { minGain: 0, minSeatGain: 0, chainDepth: CHAIN_DEPTH }) !== null) {
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

function withFixed(model: ScheduleModel): ScheduleState {
  const state = new ScheduleState(model);
  for (let r = 0; r < model.requests; r++) if (model.fixedSlot[r] >= 0) state.place(r, model.fixedSlot[r]);
  state.forget();
  return state;
}

/** Per startup, its requests that have a common free slot once the fixed meetings are placed, best value first. */
function feasibleByStartup(model: ScheduleModel, state: ScheduleState): number[][] {
  const lists: number[][] = Array.from({ length: model.persons }, () => []);
  const cand = new Uint32Array(model.words);
  for (let r = 0; r < model.requests; r++) {
    if (!state.isFixed(r) && state.candidates(r, cand)) lists[model.reqStartup[r]].push(r);
  }
  for (const list of lists) list.sort((a, b) => model.reqValue[b] - model.reqValue[a] || a - b);
  return lists;
}
