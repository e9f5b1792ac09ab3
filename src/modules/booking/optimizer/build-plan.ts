import type { PreparedSchedule } from './prepare-schedule';
import type { ScheduleModel } from './schedule-model';
import type { ScheduleState } from './schedule-state';
import type { PlannedMeeting, SchedulePlan, UnscheduledRequest } from './schedule.types';
import { unscheduledReason } from './unscheduled-reasons';

/** Values are summed in floating point; 4 decimals keep the output free of summation noise. */
export const roundValue = (v: number): number => Math.round(v * 1e4) / 1e4;
/** Rounds a bound up to 4 decimals, ignoring noise below ~1e-10 of its size. */
const roundUp = (v: number): number => Math.ceil(v * 1e4 - 1e-6 * Math.max(1, Math.abs(v))) / 1e4;

/**
 * Turns a final state into the plan file: table numbers (fixed meetings keep theirs, the others take the
 * lowest free numbers, which stay within the slot's tables because the load never exceeds them),
 * a reason for every unscheduled request, and the stats.
 */
export function buildPlan(model: ScheduleModel, state: ScheduleState, prepared: PreparedSchedule, ms: number): SchedulePlan {
  const { bounds } = prepared;
  const { instance } = model;
  const meetings: PlannedMeeting[] = [];
  const unscheduled: UnscheduledRequest[] = [];
  const table = assignTables(model, state);
  let value = 0;
  for (let r = 0; r < model.requests; r++) {
    const slot = state.slotOf[r];
    if (slot >= 0) {
      meetings.push({ request: instance.requests[r].id, slot, table: table[r] });
      value += model.reqValue[r];
    } else {
      unscheduled.push({ request: instance.requests[r].id, reason: unscheduledReason(model, state, r) });
    }
  }
  meetings.sort((a, b) => a.slot - b.slot || a.table - b.table);

  let startupsWithRequests = 0;
  let startupsWithMeeting = 0;
  for (let p = 0; p < model.persons; p++) {
    if (!model.isStartup[p]) continue;
    if (model.adjStart[p + 1] > model.adjStart[p]) startupsWithRequests++;
    if (state.meetingCount[p] > 0) startupsWithMeeting++;
  }
  const roundedValue = roundValue(value);
  return {
    meetings,
    unscheduled,
    stats: {
      requests: model.requests,
      booked: meetings.length,
      value: roundedValue,
      upperBound: bounds.upperBound,
      // The bound is exact arithmetic on paper; the max() only absorbs floating-point summation order.
      valueUpperBound: Math.max(roundUp(bounds.valueUpperBound), roundedValue),
      ms: Math.round(ms),
      fixed: model.instance.fixed?.length ?? 0,
      unscheduled: unscheduled.length,
      startupsWithRequests,
      startupsThatCanMeet: prepared.startupsThatCanMeet,
      startupsSeatable: prepared.startupsSeatable,
      startupsWithMeeting,
      countBounds: bounds.countBounds,
    },
  };
}

function assignTables(model: ScheduleModel, state: ScheduleState): Int32Array {
  const table = new Int32Array(model.requests);
  const taken = new Uint8Array(model.instance.tables + 2);
  for (let t = 0; t < model.slots; t++) {
    const inSlot = state.meetingsIn(t).sort((a, b) => a - b);
    taken.fill(0);
    for (const r of inSlot) {
      if (state.isFixed(r)) {
        table[r] = model.fixedTable[r];
        taken[table[r]] = 1;
      }
    }
    let next = 1;
    for (const r of inSlot) {
      if (state.isFixed(r)) continue;
      while (taken[next]) next++;
      table[r] = next++;
    }
  }
  return table;
}
