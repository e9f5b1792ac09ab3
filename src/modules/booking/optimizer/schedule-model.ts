import type { ScheduleInstance } from './schedule.types';

/** Stands in for "no daily cap": larger than any number of slots in a day. */
export const NO_CAP = 0x3fffffff;

/**
 * A validated instance turned into indexed typed arrays. Availability is a bitset per person
 * (`words` 32-bit words each), so "slots where both are free" is a few AND operations.
 */
export interface ScheduleModel {
  instance: ScheduleInstance;
  days: number;
  slotsPerDay: number;
  slots: number;
  words: number;
  persons: number;
  requests: number;
  personIds: string[];
  isStartup: Uint8Array;
  cap: Int32Array;
  /** Bit t of person p (word p*words + t>>5) set when p is not blocked in slot t. */
  avail: Uint32Array;
  /** Bits of the slots of each day, `days * words`. */
  dayMask: Uint32Array;
  dayOf: Int32Array;
  slotTables: Int32Array;
  reqStartup: Int32Array;
  reqCounterpart: Int32Array;
  reqValue: Float64Array;
  /** Requests of person p: adjReq[adjStart[p] .. adjStart[p+1]). */
  adjStart: Int32Array;
  adjReq: Int32Array;
  /** -1 unless the request is a fixed meeting. */
  fixedSlot: Int32Array;
  fixedTable: Int32Array;
}

export function compileModel(instance: ScheduleInstance): ScheduleModel {
  const { days, slotsPerDay } = instance;
  const slots = days * slotsPerDay;
  const words = (slots + 31) >>> 5;
  const persons = instance.participants.length;
  const personIndex = new Map<string, number>();
  const isStartup = new Uint8Array(persons);
  const cap = new Int32Array(persons);
  const avail = new Uint32Array(persons * words);
  const full = fullMask(slots, words);
  instance.participants.forEach((p, i) => {
    personIndex.set(p.id, i);
    isStartup[i] = p.side === 'startup' ? 1 : 0;
    cap[i] = p.maxPerDay === undefined ? NO_CAP : Math.min(p.maxPerDay, NO_CAP);
    avail.set(full, i * words);
    for (const t of p.blocked) avail[i * words + (t >>> 5)] &= ~(1 << (t & 31));
  });

  const dayMask = new Uint32Array(days * words);
  const dayOf = new Int32Array(slots);
  for (let t = 0; t < slots; t++) {
    const d = Math.floor(t / slotsPerDay);
    dayOf[t] = d;
    dayMask[d * words + (t >>> 5)] |= 1 << (t & 31);
  }
  const slotTables = new Int32Array(slots);
  for (let t = 0; t < slots; t++) slotTables[t] = instance.tablesBySlot ? instance.tablesBySlot[t] : instance.tables;

  const requests = instance.requests.length;
  const reqStartup = new Int32Array(requests);
  const reqCounterpart = new Int32Array(requests);
  const reqValue = new Float64Array(requests);
  const degree = new Int32Array(persons + 1);
  const requestIndex = new Map<string, number>();
  instance.requests.forEach((r, i) => {
    requestIndex.set(r.id, i);
    reqStartup[i] = personIndex.get(r.startup)!;
    reqCounterpart[i] = personIndex.get(r.counterpart)!;
    reqValue[i] = r.value;
    degree[reqStartup[i]]++;
    degree[reqCounterpart[i]]++;
  });
  const adjStart = new Int32Array(persons + 1);
  for (let p = 0; p < persons; p++) adjStart[p + 1] = adjStart[p] + degree[p];
  const fillAt = adjStart.slice(0, persons);
  const adjReq = new Int32Array(2 * requests);
  for (let r = 0; r < requests; r++) {
    adjReq[fillAt[reqStartup[r]]++] = r;
    adjReq[fillAt[reqCounterpart[r]]++] = r;
  }

  const fixedSlot = new Int32Array(requests).fill(-1);
  const fixedTable = new Int32Array(requests);
  for (const f of instance.fixed ?? []) {
    const r = requestIndex.get(f.request)!;
    fixedSlot[r] = f.slot;
    fixedTable[r] = f.table;
  }

  return {
    instance,
    days,
    slotsPerDay,
    slots,
    words,
    persons,
    requests,
    personIds: instance.participants.map((p) => p.id),
    isStartup,
    cap,
    avail,
    dayMask,
    dayOf,
    slotTables,
    reqStartup,
    reqCounterpart,
    reqValue,
    adjStart,
    adjReq,
    fixedSlot,
    fixedTable,
  };
}

function fullMask(slots: number, words: number): Uint32Array {
  const mask = new Uint32Array(words).fill(0xffffffff);
  const rest = slots & 31;
  if (rest) mask[words - 1] = (1 << rest) - 1;
  return mask;
}

/** Number of set bits in a 32-bit word. */
export function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

