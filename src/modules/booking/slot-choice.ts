import { onlyStartedInCommon } from './started-slots';

/** One participant's state as the booker sees it. */
export interface PartyLoad {
  label: string; // "the startup", "the investor"
  /** Slots taken by a meeting or pitch, or blocked by the participant. */
  busy: ReadonlySet<number>;
  /** Meetings per day so far (index = day). */
  dayLoad: readonly number[];
  /** Meetings per day at most; null = no cap. */
  cap: number | null;
}

export interface SlotChoiceInput {
  slotCount: number;
  slotsPerDay: number;
  tables: number;
  /** Table numbers taken per slot. */
  tablesUsed: ReadonlyMap<number, ReadonlySet<number>>;
  a: PartyLoad;
  b: PartyLoad;
  /** Slots closed to this booking: those that have started while the event runs (started-slots.ts), or outside a backfill's slot. */
  exclude?: ReadonlySet<number>;
}

export type SlotChoice = { slot: number; table: number } | { reason: string };

const dayName = (d: number) => `day ${d + 1}`;
const capReached = (p: PartyLoad, day: number) => p.cap !== null && (p.dayLoad[day] ?? 0) >= p.cap;

/**
 * The best slot for one accepted request: both free, both under their daily cap, a table free; among those
 * the least-loaded slot (spreading meetings keeps later requests placeable), then the earliest; the lowest
 * free table. When nothing fits, a reason a person can act on.
 */
export function chooseSlot(input: SlotChoiceInput): SlotChoice {
  const { a, b } = input;
  let best = -1;
  let bestLoad = Infinity;
  const commonFree: number[] = [];
  let closedCommonFree = 0;
  for (let t = 0; t < input.slotCount; t++) {
    if (a.busy.has(t) || b.busy.has(t)) continue;
    if (input.exclude?.has(t)) {
      closedCommonFree++;
      continue;
    }
    commonFree.push(t);
    const day = Math.floor(t / input.slotsPerDay);
    if (capReached(a, day) || capReached(b, day)) continue;
    const load = input.tablesUsed.get(t)?.size ?? 0;
    if (load >= input.tables) continue;
    if (load < bestLoad) {
      best = t;
      bestLoad = load;
    }
  }
  if (best >= 0) {
    const used = input.tablesUsed.get(best);
    let table = 1;
    while (used?.has(table)) table++;
    return { slot: best, table };
  }
  if (commonFree.length === 0 && closedCommonFree > 0) {
    return { reason: onlyStartedInCommon(a.label, b.label) };
  }
  if (commonFree.length === 0) return { reason: `no common free slot: ${a.label} and ${b.label} are never free at the same time` };
  const days = [...new Set(commonFree.map((t) => Math.floor(t / input.slotsPerDay)))];
  const cappedBy = (p: PartyLoad) => days.filter((d) => capReached(p, d));
  const capped = days.filter((d) => capReached(a, d) || capReached(b, d));
  if (capped.length === days.length) {
    const who = cappedBy(b).length ? b : a;
    return { reason: `${who.label}'s daily cap (${who.cap} meetings) is reached on ${days.map(dayName).join(' and ')}, the only days with a common free slot` };
  }
  return { reason: 'all tables are taken in every common free slot; add tables or free another slot' };
}
