import type { EventGrid } from '../events/event-grid';
import { NO_COMMON_SLOT } from './optimizer/unscheduled-reasons';

/**
 * Never book into the past, in one place: while an event runs, a slot whose start has passed is closed to every
 * new placement — the instant booker, a backfill, a move and a schedule run (which also keeps meetings already in
 * such slots where they are). Slots run in time order, so the started ones are a prefix: this returns the first
 * slot still open (0 before the event). After the event's last slot has ended every slot counts again, so planning,
 * what-if runs on past events and tests that book into them behave as before.
 */
export function firstOpenSlot(grid: EventGrid, now: Date): number {
  return slotsPassed(grid, now, (t) => grid.slotStart(t));
}

/**
 * The first slot that has not ended (0 outside the event). Only a backfill uses it: the slot a no-show or a late
 * cancellation frees is still running, its present party is at the table, so the time left is offered at once.
 */
export function firstUnendedSlot(grid: EventGrid, now: Date): number {
  return slotsPassed(grid, now, (t) => grid.slotEnd(t));
}

/** While the event runs, how many slots have `edge(slot) <= now` (a prefix, as slots run in time order); else 0. */
function slotsPassed(grid: EventGrid, now: Date, edge: (slot: number) => Date): number {
  const n = grid.slotCount;
  const ms = now.getTime();
  if (n === 0 || ms < grid.slotStart(0).getTime() || ms >= grid.slotEnd(n - 1).getTime()) return 0;
  let lo = 0;
  let hi = n; // invariant: slots < lo have passed, slots >= hi have not
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edge(mid).getTime() <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A schedule run's reason for a request it could not place, said right while the event runs: the optimizer counts
 * started slots as blocked, so "no common free slot" there may mean "only in slots that have already started"
 * (`commonFreeOnlyStarted`: the two were free together in a started slot and in no open one).
 */
export function startedAwareReason(reason: string, commonFreeOnlyStarted: () => boolean): string {
  if (!NO_COMMON_SLOT_REASONS.has(reason) || !commonFreeOnlyStarted()) return reason;
  return onlyStartedInCommon('the startup', 'the counterpart');
}

const NO_COMMON_SLOT_REASONS = new Set<string>(Object.values(NO_COMMON_SLOT));

/** Why two people cannot meet while the event runs when the only times both are free have already started. */
export const onlyStartedInCommon = (a: string, b: string) =>
  `no common free slot left: ${a} and ${b} are free at the same time only in slots that have already started`;

export const hasStarted = (grid: EventGrid, slot: number, now: Date): boolean => slot < firstOpenSlot(grid, now);

/** The started slots as a set (for the slot choice's `exclude`). */
export function startedSlots(grid: EventGrid, now: Date): Set<number> {
  return new Set(Array.from({ length: firstOpenSlot(grid, now) }, (_, t) => t));
}
