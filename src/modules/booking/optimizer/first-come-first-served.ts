import { buildPlan } from './build-plan';
import { prepareSchedule, stateWithFixed } from './prepare-schedule';
import type { ScheduleInstance, SchedulePlan } from './schedule.types';

/**
 * Baseline for comparison: each request, in acceptance order, takes the earliest common free slot
 * and the first free table, and is never moved again. `order` lists request ids; requests it leaves
 * out follow in instance order. Throws InvalidScheduleInstanceError.
 */
export function firstComeFirstServed(input: ScheduleInstance, order: string[] = []): SchedulePlan {
  const started = performance.now();
  const prepared = prepareSchedule(input);
  const { model } = prepared;
  const index = new Map(model.instance.requests.map((r, i) => [r.id, i]));
  const sequence: number[] = [];
  const listed = new Uint8Array(model.requests);
  for (const id of order) {
    const r = index.get(id);
    if (r === undefined) throw new Error(`firstComeFirstServed: unknown request "${id}" in order`);
    if (!listed[r]) sequence.push(r);
    listed[r] = 1;
  }
  for (let r = 0; r < model.requests; r++) if (!listed[r]) sequence.push(r);

  const state = stateWithFixed(model);
  const cand = new Uint32Array(model.words);
  for (const r of sequence) {
    if (state.isPlaced(r) || !state.candidates(r, cand)) continue;
    const w = cand.findIndex((x) => x !== 0);
    state.place(r, (w << 5) + 31 - Math.clz32(cand[w] & -cand[w]));
  }
  state.forget();
  const plan = buildPlan(model, state, prepared, 0);
  plan.stats.ms = Math.round(performance.now() - started);
  return plan;
}
