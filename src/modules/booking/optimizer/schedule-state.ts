import type { ScheduleModel } from './schedule-model';

/**
 * The mutable plan: which slot each request holds, who is busy when, loads and daily counts.
 * `free` keeps, per person, the slots where a new meeting could go (not blocked, not busy, day under cap),
 * so the common free slots of a request are `free[s] & free[j] & open`.
 * Every change is journaled, so a search can try a chain of moves and roll it back.
 */
export class ScheduleState {
  readonly slotOf: Int32Array;
  readonly occupant: Int32Array;
  readonly busy: Uint32Array;
  readonly free: Uint32Array;
  readonly dayCount: Int32Array;
  readonly load: Int32Array;
  readonly open: Uint32Array;
  readonly meetingCount: Int32Array;
  /** Meetings of each slot as doubly linked lists (a request sits in at most one slot). */
  private readonly slotHead: Int32Array;
  /** Bumped whenever a slot's meetings change, so callers can cache per-slot facts. */
  readonly slotVersion: Int32Array;
  private readonly nextInSlot: Int32Array;
  private readonly prevInSlot: Int32Array;
  booked = 0;
  value = 0;
  /** Startups with at least one meeting. */
  seated = 0;
  private readonly journal: number[] = [];
  private clock = 0;

  constructor(readonly model: ScheduleModel) {
    const { persons, slots, words, days, requests } = model;
    this.slotOf = new Int32Array(requests).fill(-1);
    this.occupant = new Int32Array(persons * slots).fill(-1);
    this.busy = new Uint32Array(persons * words);
    this.free = model.avail.slice();
    this.dayCount = new Int32Array(persons * days);
    this.load = new Int32Array(slots);
    this.open = new Uint32Array(words);
    this.meetingCount = new Int32Array(persons);
    this.slotHead = new Int32Array(slots).fill(-1);
    this.slotVersion = new Int32Array(slots);
    this.nextInSlot = new Int32Array(requests).fill(-1);
    this.prevInSlot = new Int32Array(requests).fill(-1);
    for (let t = 0; t < slots; t++) if (model.slotTables[t] > 0) this.open[t >>> 5] |= 1 << (t & 31);
    for (let p = 0; p < persons; p++) if (model.cap[p] === 0) this.free.fill(0, p * words, (p + 1) * words);
  }

  isPlaced(r: number): boolean {
    return this.slotOf[r] >= 0;
  }

  isFixed(r: number): boolean {
    return this.model.fixedSlot[r] >= 0;
  }

  /** Writes the slots where r could go right now into `out`; returns whether there is any. */
  candidates(r: number, out: Uint32Array): boolean {
    const { words } = this.model;
    const s = this.model.reqStartup[r] * words;
    const j = this.model.reqCounterpart[r] * words;
    let any = 0;
    for (let w = 0; w < words; w++) {
      const x = this.free[s + w] & this.free[j + w] & this.open[w];
      out[w] = x;
      any |= x;
    }
    return any !== 0;
  }

  canPlace(r: number, t: number): boolean {
    const { words } = this.model;
    const w = t >>> 5;
    const bit = 1 << (t & 31);
    return (
      (this.free[this.model.reqStartup[r] * words + w] & this.free[this.model.reqCounterpart[r] * words + w] & this.open[w] & bit) !== 0
    );
  }

  place(r: number, t: number): void {
    this.slotOf[r] = t;
    this.occupy(this.model.reqStartup[r], t, r);
    this.occupy(this.model.reqCounterpart[r], t, r);
    if (++this.load[t] >= this.model.slotTables[t]) this.open[t >>> 5] &= ~(1 << (t & 31));
    this.slotVersion[t]++;
    const head = this.slotHead[t];
    this.nextInSlot[r] = head;
    this.prevInSlot[r] = -1;
    if (head >= 0) this.prevInSlot[head] = r;
    this.slotHead[t] = r;
    this.booked++;
    this.value += this.model.reqValue[r];
    this.journal.push(r, t);
  }

  remove(r: number): void {
    const t = this.slotOf[r];
    this.slotOf[r] = -1;
    this.vacate(this.model.reqStartup[r], t);
    this.vacate(this.model.reqCounterpart[r], t);
    this.load[t]--;
    this.open[t >>> 5] |= 1 << (t & 31);
    this.slotVersion[t]++;
    const next = this.nextInSlot[r];
    const prev = this.prevInSlot[r];
    if (prev >= 0) this.nextInSlot[prev] = next;
    else this.slotHead[t] = next;
    if (next >= 0) this.prevInSlot[next] = prev;
    this.booked--;
    this.value -= this.model.reqValue[r];
    this.journal.push(r, -1 - t);
  }

  /** The meetings held in slot t. */
  meetingsIn(t: number): number[] {
    const out: number[] = [];
    for (let r = this.slotHead[t]; r >= 0; r = this.nextInSlot[r]) out.push(r);
    return out;
  }

  /** The lowest-value meeting in slot t that is not fixed, or -1. */
  cheapestIn(t: number): number {
    let best = -1;
    for (let r = this.slotHead[t]; r >= 0; r = this.nextInSlot[r]) {
      if (!this.isFixed(r) && (best < 0 || this.model.reqValue[r] < this.model.reqValue[best] || (this.model.reqValue[r] === this.model.reqValue[best] && r < best))) best = r;
    }
    return best;
  }

  /** A point to roll back to. */
  mark(): number {
    return this.journal.length;
  }

  rollback(mark: number): void {
    const j = this.journal;
    while (j.length > mark) {
      const t = j.pop()!;
      const r = j.pop()!;
      if (t >= 0) this.remove(r);
      else this.place(r, -1 - t);
      j.length -= 2; // the inverse operation journaled itself
    }
  }

  /**
   * Stamps the people and slots changed since `mark` with a new clock value (rolled-back attempts
   * leave no stamp), so later passes can skip requests whose surroundings did not change. A slot with
   * tables to spare is not stamped: who else meets in it does not matter to anyone.
   */
  stampSince(mark: number, personStamp: Int32Array, slotStamp: Int32Array): void {
    const clock = ++this.clock;
    const j = this.journal;
    for (let k = mark; k < j.length; k += 2) {
      const r = j[k];
      const t = j[k + 1];
      personStamp[this.model.reqStartup[r]] = clock;
      personStamp[this.model.reqCounterpart[r]] = clock;
      const slot = t >= 0 ? t : -1 - t;
      if (this.load[slot] >= this.model.slotTables[slot] - 1) slotStamp[slot] = clock;
    }
  }

  /** Current stamp clock: anything stamped later changed after this moment. */
  get now(): number {
    return this.clock;
  }

  /** Drops the journal once no search can roll back any more. */
  forget(): void {
    this.journal.length = 0;
  }

  private occupy(p: number, t: number, r: number): void {
    const m = this.model;
    const w = p * m.words + (t >>> 5);
    const bit = 1 << (t & 31);
    this.occupant[p * m.slots + t] = r;
    this.busy[w] |= bit;
    this.free[w] &= ~bit;
    if (this.meetingCount[p]++ === 0 && m.isStartup[p]) this.seated++;
    const d = m.dayOf[t];
    if (++this.dayCount[p * m.days + d] === m.cap[p]) {
      for (let k = 0; k < m.words; k++) this.free[p * m.words + k] &= ~m.dayMask[d * m.words + k];
    }
  }

  private vacate(p: number, t: number): void {
    const m = this.model;
    const base = p * m.words;
    const bit = 1 << (t & 31);
    this.occupant[p * m.slots + t] = -1;
    this.busy[base + (t >>> 5)] &= ~bit;
    if (--this.meetingCount[p] === 0 && m.isStartup[p]) this.seated--;
    const d = m.dayOf[t];
    if (this.dayCount[p * m.days + d]-- === m.cap[p]) {
      for (let k = 0; k < m.words; k++) {
        this.free[base + k] |= m.dayMask[d * m.words + k] & m.avail[base + k] & ~this.busy[base + k];
      }
    } else {
      this.free[base + (t >>> 5)] |= bit;
    }
  }
}
