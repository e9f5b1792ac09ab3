import { NO_CAP, popcount, type ScheduleModel } from './schedule-model';
import type { ScheduleState } from './schedule-state';

export interface ReplaceOptions {
  minGain: number;
  /**
   * Startups newly seated (r's startup, if it had no meeting) minus startups left without any meeting;
   * a replacement below this is refused. 0 keeps the fairness floor; 1 demands one more startup seated.
   */
  minSeatGain: number;
  moveDepth?: number;
  chainDepth?: number;
  dryRun?: boolean;
}

/** A slot where r could go once the meetings in `out` leave (none of them fixed). */
interface Ejection {
  slot: number;
  out: number[];
  /** Total value of `out`: what is lost if none of them finds another slot. */
  cost: number;
  /** Whether a meeting leaves only to free a day under a daily cap (it frees a table in another slot). */
  capLeaver: boolean;
}

/**
 * Local moves on a ScheduleState: direct placement into the least-loaded common free slot, insertion that
 * first moves blocking meetings elsewhere (Kempe-style chains, depth-limited), and value-improving
 * replacement that may drop cheaper meetings. Work is counted in operations, so the result is the same on
 * every machine unless the optional `deadline` (a time budget) cuts the search short first.
 */
export class MoveSearch {
  /** Operations spent so far; searches stop once `budget` is reached. */
  spent = 0;
  private readonly model: ScheduleModel;
  /** Scratch for candidate slots; every use reads it at once, so one buffer serves all recursion levels. */
  private readonly cand: Uint32Array;
  /** Most meetings each person can ever hold: free slots per day up to the daily cap. */
  private readonly reach: Int32Array;
  private readonly cheapVersion: Int32Array;
  private readonly cheapMeeting: Int32Array;

  constructor(
    private readonly state: ScheduleState,
    public budget: number,
  ) {
    this.model = state.model;
    this.cand = new Uint32Array(state.model.words);
    this.reach = personReach(state.model);
    this.cheapVersion = new Int32Array(state.model.slots).fill(-1);
    this.cheapMeeting = new Int32Array(state.model.slots);
  }

  /** `performance.now()` at which searches stop as well (a time budget); Infinity: only the work budget counts. */
  deadline = Infinity;

  get exhausted(): boolean {
    return this.spent >= this.budget || (this.deadline !== Infinity && performance.now() >= this.deadline);
  }

  /** True when r's startup or counterpart already holds all the meetings they ever can: no move adds r. */
  saturated(r: number): boolean {
    const s = this.model.reqStartup[r];
    const j = this.model.reqCounterpart[r];
    return this.state.meetingCount[s] >= this.reach[s] || this.state.meetingCount[j] >= this.reach[j];
  }

  /** True when no slot has a table left: then no chain of moves can add a meeting. */
  get tablesFull(): boolean {
    return this.state.open.every((x) => x === 0);
  }

  /** Puts r into its best directly available slot; false if there is none. */
  placeDirect(r: number): boolean {
    this.spent++;
    if (!this.state.candidates(r, this.cand)) return false;
    this.state.place(r, this.bestSlot(r, this.cand));
    return true;
  }

  /**
   * The slot with the most tables left (spreads load so later requests still find room),
   * then the day where both parties have had the fewest meetings, then the earliest.
   */
  bestSlot(r: number, cand: Uint32Array): number {
    const m = this.model;
    const st = this.state;
    const s = m.reqStartup[r] * m.days;
    const j = m.reqCounterpart[r] * m.days;
    let best = -1;
    let bestRoom = -Infinity;
    let bestDay = Infinity;
    for (let w = 0; w < m.words; w++) {
      let x = cand[w];
      while (x !== 0) {
        const low = x & -x;
        x ^= low;
        const t = (w << 5) + 31 - Math.clz32(low);
        const room = m.slotTables[t] - st.load[t];
        const d = m.dayOf[t];
        const dayLoad = st.dayCount[s + d] + st.dayCount[j + d];
        if (room > bestRoom || (room === bestRoom && dayLoad < bestDay)) {
          best = t;
          bestRoom = room;
          bestDay = dayLoad;
        }
      }
    }
    return best;
  }

  /**
   * Places r, first moving the meetings in its way to other slots (recursively, `depth` levels).
   * Never drops a meeting; leaves the state unchanged when it fails.
   */
  insert(r: number, depth: number): boolean {
    if (this.placeDirect(r)) return true;
    if (depth <= 0 || this.exhausted || this.saturated(r) || this.tablesFull) return false;
    const st = this.state;
    const options = this.ejections(r).sort((p, q) => p.out.length - q.out.length || p.slot - q.slot);
    for (const { slot, out } of options) {
      if (this.exhausted) break;
      const mark = st.mark();
      for (const e of out) st.remove(e);
      st.place(r, slot);
      this.spent += out.length + 1;
      let ok = true;
      for (const e of out) {
        if (!this.insert(e, depth - 1)) {
          ok = false;
          break;
        }
      }
      if (ok) return true;
      st.rollback(mark);
    }
    return false;
  }

  /**
   * Places r where that gains the most value: the meetings in its way move elsewhere if they can
   * (`moveDepth` levels of moves), or themselves displace cheaper meetings (`chainDepth` levels), or
   * are dropped. Accepts only a net gain above `minGain` (-Infinity forces r in, e.g. for a startup's
   * first meeting) and a seat balance of at least `minSeatGain`.
   * Returns the realised gain, or null when nothing was changed; `dryRun` only reports the gain.
   */
  replace(r: number, how: ReplaceOptions): number | null {
    const st = this.state;
    const value = this.model.reqValue[r];
    const { minGain, moveDepth = 0, chainDepth = 0 } = how;
    if (value - this.saturatedLoss(r) <= minGain + 1e-9) return null;
    // With every table taken, meetings that leave can only come back through a table another leaver
    // freed; without a cap leaver there is none, so the gain is known without trying.
    const exact = moveDepth === 0 && chainDepth === 0 && this.tablesFull;
    const options = this.ejections(r).sort((p, q) => p.cost - q.cost || p.slot - q.slot);
    let best: Ejection | null = null;
    let bestGain = minGain;
    for (const option of options) {
      if (this.exhausted || bestGain >= value - 1e-9) break;
      let gain: number | null;
      if (exact && !option.capLeaver) {
        if (value - option.cost <= bestGain + 1e-9) break; // sorted by cost: no later option does better
        gain = this.seatGain(r, option.out) < how.minSeatGain ? null : value - option.cost;
      } else {
        const mark = st.mark();
        gain = this.applyReplacement(r, option, how);
        st.rollback(mark);
      }
      if (gain !== null && gain > bestGain + 1e-9) {
        best = option;
        bestGain = gain;
      }
    }
    if (!best) return null;
    if (how.dryRun) return bestGain;
    // Replaying the best option normally repeats its evaluation; check anyway, it must not make things worse.
    const mark = st.mark();
    const gain = this.applyReplacement(r, best, how);
    if (gain === null || gain <= minGain + 1e-9) {
      st.rollback(mark);
      return null;
    }
    return gain;
  }

  /**
   * Value surely lost by booking r: a party that already holds all the meetings it ever can must drop
   * one of its (unfixed) meetings for good, at least its cheapest.
   */
  private saturatedLoss(r: number): number {
    const m = this.model;
    let loss = 0;
    for (let side = 0; side < 2; side++) {
      const p = side === 0 ? m.reqStartup[r] : m.reqCounterpart[r];
      if (this.state.meetingCount[p] < this.reach[p]) continue;
      let cheapest = Infinity;
      for (let k = p * m.slots, end = k + m.slots; k < end; k++) {
        const e = this.state.occupant[k];
        if (e >= 0 && !this.state.isFixed(e)) cheapest = Math.min(cheapest, m.reqValue[e]);
      }
      loss = Math.max(loss, cheapest);
    }
    return loss;
  }

  /** Seat balance of booking r and dropping all of `out` (see ReplaceOptions.minSeatGain). */
  private seatGain(r: number, out: number[]): number {
    const m = this.model;
    const s = m.reqStartup[r];
    let gain = this.state.meetingCount[s] === 0 ? 1 : 0;
    out.forEach((e, i) => {
      const owner = m.reqStartup[e];
      if (owner === s || out.findIndex((f) => m.reqStartup[f] === owner) !== i) return;
      let leaving = 0;
      for (const f of out) if (m.reqStartup[f] === owner) leaving++;
      if (this.state.meetingCount[owner] === leaving) gain--;
    });
    return gain;
  }

  private applyReplacement(r: number, option: Ejection, how: ReplaceOptions): number | null {
    const st = this.state;
    const m = this.model;
    const { moveDepth = 0, chainDepth = 0 } = how;
    const seatedBefore = st.seated;
    for (const e of option.out) st.remove(e);
    st.place(r, option.slot);
    this.spent += option.out.length + 1;
    let lost = 0;
    for (const e of option.out) {
      if (this.insert(e, moveDepth)) continue;
      const regained =
        chainDepth > 0 ? this.replace(e, { minGain: 0, minSeatGain: 0, chainDepth: chainDepth - 1 }) : null;
      lost += m.reqValue[e] - (regained ?? 0);
    }
    return st.seated - seatedBefore < how.minSeatGain ? null : m.reqValue[r] - lost;
  }

  /** Every slot free of blocked time for both parties where r could go after some meetings leave. */
  private ejections(r: number): Ejection[] {
    const m = this.model;
    const s = m.reqStartup[r] * m.words;
    const j = m.reqCounterpart[r] * m.words;
    const options: Ejection[] = [];
    if (m.cap[m.reqStartup[r]] === 0 || m.cap[m.reqCounterpart[r]] === 0) return options;
    const full = this.tablesFull;
    for (let w = 0; w < m.words; w++) {
      let x = m.avail[s + w] & m.avail[j + w];
      while (x !== 0) {
        const low = x & -x;
        x ^= low;
        const option = this.blockers(r, (w << 5) + 31 - Math.clz32(low), full);
        if (option) options.push(option);
      }
    }
    this.spent += options.length;
    return options;
  }

  /**
   * The meetings that must leave slot t's way for r: whoever of the two parties is busy there; one more
   * meeting that day for a party at its daily cap; one meeting of the slot when its tables are all taken.
   * Null when a fixed meeting is in the way.
   */
  private blockers(r: number, t: number, full: boolean): Ejection | null {
    const m = this.model;
    const st = this.state;
    const s = m.reqStartup[r];
    const j = m.reqCounterpart[r];
    if (m.slotTables[t] === 0) return null;
    const out: number[] = [];
    let cost = 0;
    let capLeaver = false;
    const a = st.occupant[s * m.slots + t];
    if (a >= 0) {
      if (st.isFixed(a)) return null;
      out.push(a);
      cost += m.reqValue[a];
    }
    const b = st.occupant[j * m.slots + t];
    if (b >= 0 && b !== a) {
      if (st.isFixed(b)) return null;
      out.push(b);
      cost += m.reqValue[b];
    }
    const d = m.dayOf[t];
    for (let side = 0; side < 2; side++) {
      const p = side === 0 ? s : j;
      // Everything leaving so far sits on day d.
      let count = st.dayCount[p * m.days + d];
      for (const e of out) if (m.reqStartup[e] === p || m.reqCounterpart[e] === p) count--;
      if (count < m.cap[p]) continue;
      const e = this.dayLeaver(p, d, out);
      if (e < 0) return null;
      out.push(e);
      cost += m.reqValue[e];
      capLeaver = true;
    }
    if (a < 0 && b < 0 && st.load[t] >= m.slotTables[t]) {
      const e = full ? this.cheapestIn(t) : this.slotLeaver(t);
      if (e < 0) return null;
      out.push(e);
      cost += m.reqValue[e];
    }
    return { slot: t, out, cost, capLeaver };
  }

  /** A meeting of p on day d (not fixed, not already leaving) to make room under p's cap. */
  private dayLeaver(p: number, d: number, out: number[]): number {
    const m = this.model;
    const st = this.state;
    const from = p * m.slots + d * m.slotsPerDay;
    let movable = -1;
    let cheapest = -1;
    for (let k = 0; k < m.slotsPerDay; k++) {
      const e = st.occupant[from + k];
      if (e < 0 || st.isFixed(e) || out.includes(e)) continue;
      if (cheapest < 0 || m.reqValue[e] < m.reqValue[cheapest]) cheapest = e;
      if ((movable < 0 || m.reqValue[e] < m.reqValue[movable]) && st.candidates(e, this.cand)) movable = e;
    }
    return movable >= 0 ? movable : cheapest;
  }

  /** A meeting of slot t that can move straight to another slot (the cheapest such), else the cheapest. */
  private slotLeaver(t: number): number {
    const m = this.model;
    const st = this.state;
    // A meeting can move straight only into a slot with a table left; there are usually few of those.
    const openSlots: number[] = [];
    for (let w = 0; w < m.words; w++) {
      let x = st.open[w];
      while (x !== 0) {
        const low = x & -x;
        x ^= low;
        openSlots.push((w << 5) + 31 - Math.clz32(low));
      }
    }
    let movable = -1;
    for (const e of st.meetingsIn(t)) {
      if (st.isFixed(e) || (movable >= 0 && m.reqValue[e] >= m.reqValue[movable])) continue;
      const s = m.reqStartup[e] * m.words;
      const j = m.reqCounterpart[e] * m.words;
      for (const u of openSlots) {
        if (st.free[s + (u >>> 5)] & st.free[j + (u >>> 5)] & (1 << (u & 31))) {
          movable = e;
          break;
        }
      }
    }
    this.spent += (st.load[t] * (1 + openSlots.length)) >>> 4;
    return movable >= 0 ? movable : this.cheapestIn(t);
  }

  private cheapestIn(t: number): number {
    const version = this.state.slotVersion[t];
    if (this.cheapVersion[t] !== version) {
      this.cheapMeeting[t] = this.state.cheapestIn(t);
      this.cheapVersion[t] = version;
      this.spent += this.state.load[t] >>> 4;
    }
    return this.cheapMeeting[t];
  }

}

function personReach(m: ScheduleModel): Int32Array {
  const reach = new Int32Array(m.persons);
  for (let p = 0; p < m.persons; p++) {
    for (let d = 0; d < m.days; d++) {
      let n = 0;
      for (let w = 0; w < m.words; w++) n += popcount(m.avail[p * m.words + w] & m.dayMask[d * m.words + w]);
      reach[p] += m.cap[p] === NO_CAP ? n : Math.min(n, m.cap[p]);
    }
  }
  return reach;
}
