import { forceSeats } from './fairness';
import type { MoveSearch } from './move-search';
import type { ScheduleModel } from './schedule-model';
import type { ScheduleState } from './schedule-state';
import { seededRandom } from '../../../common/random/seeded-random';

/**
 * Ruin and recreate: take out the meetings of a few people or of one slot, put requests back in a
 * shuffled value order (sometimes into a random free slot instead of the roomiest), re-seat startups
 * that lost their only meeting, and keep the result unless fewer startups are seated or value dropped.
 * It escapes the local optima of single moves, which matters most on small, tight instances.
 * The random stream is seeded from the instance size, so runs are repeatable.
 */
export function ruinAndRecreate(
  model: ScheduleModel,
  state: ScheduleState,
  search: MoveSearch,
  feasible: number[][],
  iterations: number,
): void {
  const m = model;
  const rand = seededRandom(m.requests * 7919 + m.persons * 104729 + m.slots);
  const touched = new Int32Array(m.persons).fill(-1);
  const pooled = new Int32Array(m.requests).fill(-1);
  const cand = new Uint32Array(m.words);
  for (let it = 0; it < iterations && !search.exhausted; it++) {
    const mark = state.mark();
    const value = state.value;
    const seated = state.seated;
    const people = ruin(m, state, rand, it, touched);
    const pool: number[] = [];
    for (const p of people) {
      for (let k = m.adjStart[p]; k < m.adjStart[p + 1]; k++) {
        const r = m.adjReq[k];
        if (state.isPlaced(r) || pooled[r] === it) continue;
        pooled[r] = it;
        pool.push(r);
      }
    }
    const put = (r: number): boolean => {
      if (state.isPlaced(r) || !state.candidates(r, cand)) return false;
      state.place(r, rand() < 0.3 ? randomBit(cand, m.words, rand) : search.bestSlot(r, cand));
      return true;
    };
    if (rand() < 0.5) {
      // Seats first: touched startups left without a meeting take one before value decides the rest.
      const waiting = people.filter((p) => m.isStartup[p] && state.meetingCount[p] === 0 && feasible[p].length > 0);
      const order = new Map(waiting.map((p) => [p, feasible[p].length + rand()]));
      waiting.sort((a, b) => order.get(a)! - order.get(b)! || a - b);
      for (const p of waiting) feasible[p].some(put);
    }
    const key = new Map(pool.map((r) => [r, m.reqValue[r] * (0.85 + 0.3 * rand())]));
    pool.sort((a, b) => key.get(b)! - key.get(a)! || a - b);
    search.spent += pool.length;
    pool.forEach(put);
    forceSeats(m, state, search, feasible, people);
    if (state.seated < seated || (state.seated === seated && state.value < value - 1e-9)) state.rollback(mark);
    state.forget();
  }
}

/** Takes out the meetings of the people of a random request, or of one random slot; returns who was touched. */
function ruin(m: ScheduleModel, state: ScheduleState, rand: () => number, it: number, touched: Int32Array): number[] {
  const people: number[] = [];
  const touch = (p: number): void => {
    if (touched[p] === it) return;
    touched[p] = it;
    people.push(p);
  };
  const drop = (r: number): void => {
    if (!state.isPlaced(r) || state.isFixed(r)) return;
    touch(m.reqStartup[r]);
    touch(m.reqCounterpart[r]);
    state.remove(r);
  };
  if (rand() < 0.3) {
    const t = Math.floor(rand() * m.slots);
    for (const r of state.meetingsIn(t)) drop(r);
    return people;
  }
  const groups = 1 + Math.floor(rand() * 2);
  for (let g = 0; g < groups; g++) {
    const r = Math.floor(rand() * m.requests);
    for (const p of [m.reqStartup[r], m.reqCounterpart[r]]) {
      touch(p);
      for (let t = 0; t < m.slots; t++) {
        const e = state.occupant[p * m.slots + t];
        if (e >= 0) drop(e);
      }
    }
  }
  return people;
}

function randomBit(cand: Uint32Array, words: number, rand: () => number): number {
  const bits: number[] = [];
  for (let w = 0; w < words; w++) {
    let x = cand[w];
    while (x !== 0) {
      const low = x & -x;
      x ^= low;
      bits.push((w << 5) + 31 - Math.clz32(low));
    }
  }
  return bits[Math.floor(rand() * bits.length)];
}
