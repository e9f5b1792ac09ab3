import { MaxFlow } from './max-flow';
import { NO_CAP, popcount, type ScheduleModel } from './schedule-model';
import type { ScheduleState } from './schedule-state';
import type { CountBounds } from './schedule.types';
import { bMatchingValueBound } from './value-bound';

export interface ScheduleBounds {
  countBounds: CountBounds;
  upperBound: number;
  valueUpperBound: number;
}

/**
 * Upper bounds on the meeting count and value of ANY valid plan that keeps the fixed meetings.
 * `state` must hold exactly the fixed meetings. Such a plan is the fixed meetings plus a plan of the
 * residual problem (slots, tables and caps the fixed ones leave), so each bound is
 * fixed + a bound of the residual problem. In the residual problem:
 *  - a request can only be booked in a slot of its candidate set C(r) = both free (not blocked, under
 *    cap, not taken by a fixed meeting) and a table left, so requests with empty C(r) never count;
 *  - person p meets at most b(p) = min(#requests with C ≠ ∅, Σ_days min(usable slots that day, cap left)),
 *    where usable = the union of C(r) over p's requests; so Σ b over either side bounds the count;
 *  - slot t holds at most min(tables left, startups usable at t, counterparts usable at t);
 *  - a plan is a flow source → startup (≤ b) → counterpart (≤ 1 per request) → sink (≤ b), so max flow bounds it;
 *  - its value is at most the best b-matching with at most `upperBound` edges (see value-bound.ts), whose search
 *    for tight prices stops refining at `deadline` (ms, performance.now()): any prices give a true bound.
 */
export function computeBounds(model: ScheduleModel, state: ScheduleState, deadline = Infinity): ScheduleBounds {
  const { persons, words, days, slots, requests } = model;
  const cand = new Uint32Array(words);
  const usable = new Uint32Array(persons * words);
  const feasibleDegree = new Int32Array(persons);
  const feasible: number[] = [];
  let fixedCount = 0;
  let fixedValue = 0;
  for (let r = 0; r < requests; r++) {
    if (state.isFixed(r)) {
      fixedCount++;
      fixedValue += model.reqValue[r];
      continue;
    }
    if (!state.candidates(r, cand)) continue;
    feasible.push(r);
    const s = model.reqStartup[r];
    const j = model.reqCounterpart[r];
    feasibleDegree[s]++;
    feasibleDegree[j]++;
    for (let w = 0; w < words; w++) {
      usable[s * words + w] |= cand[w];
      usable[j * words + w] |= cand[w];
    }
  }

  const capacity = new Int32Array(persons);
  let startupCapacity = 0;
  let counterpartCapacity = 0;
  for (let p = 0; p < persons; p++) {
    if (feasibleDegree[p] === 0) continue;
    let slotsLeft = 0;
    for (let d = 0; d < days; d++) {
      let n = 0;
      for (let w = 0; w < words; w++) n += popcount(usable[p * words + w] & model.dayMask[d * words + w]);
      const capLeft = model.cap[p] === NO_CAP ? n : model.cap[p] - state.dayCount[p * days + d];
      slotsLeft += Math.max(0, Math.min(n, capLeft));
    }
    capacity[p] = Math.min(feasibleDegree[p], slotsLeft);
    if (model.isStartup[p]) startupCapacity += capacity[p];
    else counterpartCapacity += capacity[p];
  }

  let slotCapacity = 0;
  const startupsAt = new Int32Array(slots);
  const counterpartsAt = new Int32Array(slots);
  for (let p = 0; p < persons; p++) {
    if (capacity[p] === 0) continue;
    const at = model.isStartup[p] ? startupsAt : counterpartsAt;
    for (let t = 0; t < slots; t++) if (usable[p * words + (t >>> 5)] & (1 << (t & 31))) at[t]++;
  }
  for (let t = 0; t < slots; t++) {
    slotCapacity += Math.max(0, Math.min(model.slotTables[t] - state.load[t], startupsAt[t], counterpartsAt[t]));
  }

  const source = persons;
  const sink = persons + 1;
  const flow = new MaxFlow(persons + 2);
  for (let p = 0; p < persons; p++) {
    if (model.isStartup[p]) flow.addEdge(source, p, capacity[p]);
    else flow.addEdge(p, sink, capacity[p]);
  }
  for (const r of feasible) flow.addEdge(model.reqStartup[r], model.reqCounterpart[r], 1);
  const maxFlow = flow.run(source, sink);

  const limit = Math.min(feasible.length, startupCapacity, counterpartCapacity, slotCapacity, maxFlow);
  const valueBound = residualValueBound(model, feasible, capacity, limit, counterpartCapacity <= startupCapacity, deadline);
  return {
    countBounds: {
      feasibleRequests: fixedCount + feasible.length,
      startupCapacity: fixedCount + startupCapacity,
      counterpartCapacity: fixedCount + counterpartCapacity,
      slotCapacity: fixedCount + slotCapacity,
      maxFlow: fixedCount + maxFlow,
    },
    upperBound: fixedCount + limit,
    valueUpperBound: fixedValue + valueBound,
  };
}

function residualValueBound(
  model: ScheduleModel,
  feasible: number[],
  capacity: Int32Array,
  limit: number,
  counterpartsFirst: boolean,
  deadline: number,
): number {
  const n = feasible.length;
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  const w = new Float64Array(n);
  const adjStart = new Int32Array(model.persons + 1);
  feasible.forEach((r, e) => {
    a[e] = model.reqStartup[r];
    b[e] = model.reqCounterpart[r];
    w[e] = model.reqValue[r];
    adjStart[a[e] + 1]++;
    adjStart[b[e] + 1]++;
  });
  for (let p = 0; p < model.persons; p++) adjStart[p + 1] += adjStart[p];
  const fill = adjStart.slice(0, model.persons);
  const adjEdge = new Int32Array(2 * n);
  for (let e = 0; e < n; e++) {
    adjEdge[fill[a[e]]++] = e;
    adjEdge[fill[b[e]]++] = e;
  }
  const order = new Int32Array(model.persons);
  let k = 0;
  for (const first of [true, false]) {
    for (let p = 0; p < model.persons; p++) if ((model.isStartup[p] === 0) === (counterpartsFirst === first)) order[k++] = p;
  }
  return bMatchingValueBound({ persons: model.persons, a, b, w, adjStart, adjEdge, capacity, limit, order }, deadline);
}
