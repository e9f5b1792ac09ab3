import { computeBounds } from './bounds';
import { buildPlan } from './build-plan';
import { compileModel } from './schedule-model';
import { ScheduleState } from './schedule-state';
import type { ScheduleInstance, SchedulePlan } from './schedule.types';
import { InvalidScheduleInstanceError, validateInstance } from './validate-instance';

/**
 * Baseline for comparison: each request, in acceptance order, takes the earliest common free slot
 * and the first free table, and is never moved again. `order` lists request ids; requests it leaves
 * out follow in instance order.
 */
export function firstComeFirstServed(input: ScheduleInstance, order: string[] = []): SchedulePlan {
  const started = performance.now();
  const checked = validateInstance(input);
  if (!checked.ok) throw new InvalidScheduleInstanceError(checked.errors);
  const model = compileModel(checked.instance);
  const state = new ScheduleState(model);
  for (let r = 0; r < model.requests; r++) if (model.fixedSlot[r] >= 0) state.place(r, model.fixedSlot[r]);
  state.forget();
  const bounds = computeBounds(model, state);

  const index = new Map(checked.instance.requests.map((r, i) => [r.id, i]));
  const sequence: number[] = [];
  const listed = new Uint8Array(model.requests);
  for (const id of order) {
    const r = index.get(id);
    if (r === undefined) throw new Error(`firstComeFirstServed: unknown request "${id}" in order`);
    if (!listed[r]) sequence.push(r);
    listed[r] = 1;
  }
  for (let r = 0; r < model.requests; r++) if (!listed[r]) sequence.push(r);

  const cand = new Uint32Array(model.words);
  let startupsThatCanMeet = 0;
  const canMeet = new Uint8Array(model.persons);
  for (let r = 0; r < model.requests; r++) {
    if (state.isFixed(r) || state.candidates(r, cand)) canMeet[model.reqStartup[r]] = 1;
  }
  for (let p = 0; p < model.persons; p++) startupsThatCanMeet += canMeet[p];

  for (const r of sequence) {
    if (state.isPlaced(r) || !state.candidates(r, cand)) continue;
    const w = cand.findIndex((x) => x !== 0);
    state.place(r, (w << 5) + 31 - Math.clz32(cand[w] & -cand[w]));
  }
  state.forget();
  return buildPlan(model, state, bounds, { startupsThatCanMeet, ms: performance.now() - started });
}
