import type { MoveSearch } from './move-search';
import { NO_CAP, popcount, type ScheduleModel } from './schedule-model';
import type { ScheduleState } from './schedule-state';

/**
 * The fairness floor: every startup that can meet at all should get at least one meeting.
 * `feasible[s]` lists startup s's requests that have a common free slot, best value first.
 */

/**
 * Maximum matching of startups without a meeting to one request each, where a counterpart takes at most as
 * many startups as its free slots and daily caps allow (greedy by scarcity, then Kuhn's augmenting paths).
 * Any plan's seated startups, one meeting each, form such a matching, so its size bounds how many more
 * startups any plan can seat. Returns the matched request per startup (-1 if none).
 */
export function matchStartups(model: ScheduleModel, state: ScheduleState, feasible: number[][]): Int32Array {
  const m = model;
  const room = counterpartRoom(model, state);
  const used = new Int32Array(m.persons);
  const matched = new Int32Array(m.persons).fill(-1);
  const holders: number[][] = Array.from({ length: m.persons }, () => []); // counterpart → startups
  const order = waitingStartups(model, state, feasible);
  const take = (s: number, r: number): void => {
    const j = m.reqCounterpart[r];
    matched[s] = r;
    used[j]++;
    holders[j].push(s);
  };
  const release = (s: number): void => {
    const j = m.reqCounterpart[matched[s]];
    used[j]--;
    holders[j].splice(holders[j].indexOf(s), 1);
    matched[s] = -1;
  };
  for (const s of order) {
    const r = feasible[s].find((q) => used[m.reqCounterpart[q]] < room[m.reqCounterpart[q]]);
    if (r !== undefined) take(s, r);
  }
  // Breadth-first augmenting paths (no recursion, so no stack limit on large events): from an unmatched
  // startup through requests to counterparts, and from a full counterpart on to the startups it holds.
  const seenCounterpart = new Int32Array(m.persons).fill(-1);
  const seenStartup = new Int32Array(m.persons).fill(-1);
  const reachedBy = new Int32Array(m.persons); // counterpart → request that reached it
  const augment = (s0: number, stamp: number): boolean => {
    const queue = [s0];
    seenStartup[s0] = stamp;
    for (let head = 0; head < queue.length; head++) {
      for (const r of feasible[queue[head]]) {
        const j = m.reqCounterpart[r];
        if (seenCounterpart[j] === stamp) continue;
        seenCounterpart[j] = stamp;
        reachedBy[j] = r;
        if (used[j] < room[j]) {
          // Shift every startup on the path to the request that reached the next counterpart.
          for (let at = j; ; ) {
            const request = reachedBy[at];
            const u = m.reqStartup[request];
            const left = matched[u] >= 0 ? m.reqCounterpart[matched[u]] : -1;
            if (left >= 0) release(u);
            take(u, request);
            if (u === s0) return true;
            at = left;
          }
        }
        for (const other of holders[j]) {
          if (seenStartup[other] === stamp) continue;
          seenStartup[other] = stamp;
          queue.push(other);
        }
      }
    }
    return false;
  };
  order.forEach((s, stamp) => {
    if (matched[s] < 0) augment(s, stamp);
  });
  return matched;
}

/**
 * Seats first (used when filling by value first left seatable startups out): places each startup's
 * matched request, most constrained first, moving other seats out of the way if needed.
 */
export function seatMatched(model: ScheduleModel, state: ScheduleState, search: MoveSearch, feasible: number[][], matched: Int32Array): void {
  const m = model;
  const cand = new Uint32Array(m.words);
  const options = (r: number): number => {
    state.candidates(r, cand);
    let n = 0;
    for (let w = 0; w < m.words; w++) n += popcount(cand[w]);
    return n;
  };
  const seats = waitingStartups(model, state, feasible)
    .filter((s) => matched[s] >= 0)
    .map((s) => ({ s, r: matched[s], options: options(matched[s]) }))
    .sort((a, b) => a.options - b.options || m.reqValue[b.r] - m.reqValue[a.r] || a.r - b.r);
  for (const { s, r } of seats) {
    if (state.meetingCount[s] > 0 || search.insert(r, 2)) continue;
    for (const q of feasible[s]) if (q !== r && search.insert(q, 1)) break;
  }
}

/**
 * Seats last: a startup still without a meeting gets the one that costs least, by moving meetings
 * or dropping meetings of startups that keep at least one.
 */
export function forceSeats(
  model: ScheduleModel,
  state: ScheduleState,
  search: MoveSearch,
  feasible: number[][],
  among?: number[],
): void {
  for (const s of waitingStartups(model, state, feasible, among)) {
    if (state.meetingCount[s] > 0 || feasible[s].some((r) => search.insert(r, 2))) continue;
    // Cheapest displacement first; deeper chains of moves only when that finds nothing.
    for (const depth of [0, 1]) {
      let best = -1;
      let bestGain = -Infinity;
      const how = { minSeatGain: 1, moveDepth: depth, chainDepth: depth };
      for (const r of feasible[s]) {
        const gain = search.replace(r, { ...how, minGain: bestGain, dryRun: true });
        if (gain !== null && gain > bestGain) {
          best = r;
          bestGain = gain;
        }
      }
      if (best >= 0 && search.replace(best, { ...how, minGain: -Infinity }) !== null) break;
    }
  }
}

/** Startups (all, or those listed) that can meet but have no meeting yet, those with the fewest options first. */
function waitingStartups(model: ScheduleModel, state: ScheduleState, feasible: number[][], among?: number[]): number[] {
  const out: number[] = [];
  const consider = (s: number): void => {
    if (model.isStartup[s] && feasible[s].length > 0 && state.meetingCount[s] === 0) out.push(s);
  };
  if (among) among.forEach(consider);
  else for (let s = 0; s < model.persons; s++) consider(s);
  return out.sort((a, b) => feasible[a].length - feasible[b].length || a - b);
}

/** How many more meetings each counterpart can take: free slots per day, up to the cap left that day. */
function counterpartRoom(model: ScheduleModel, state: ScheduleState): Int32Array {
  const m = model;
  const room = new Int32Array(m.persons);
  for (let p = 0; p < m.persons; p++) {
    if (m.isStartup[p]) continue;
    for (let d = 0; d < m.days; d++) {
      let n = 0;
      for (let w = 0; w < m.words; w++) n += popcount(state.free[p * m.words + w] & m.dayMask[d * m.words + w]);
      const left = m.cap[p] === NO_CAP ? n : m.cap[p] - state.dayCount[p * m.days + d];
      room[p] += Math.max(0, Math.min(n, left));
    }
  }
  return room;
}
