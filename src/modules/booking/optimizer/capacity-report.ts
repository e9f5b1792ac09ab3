import { NO_CAP, popcount, compileModel } from './schedule-model';
import type { ScheduleInstance } from './schedule.types';
import { InvalidScheduleInstanceError, validateInstance } from './validate-instance';

export interface BusyParticipant {
  id: string;
  side: 'startup' | 'counterpart';
  requests: number;
  /** Meetings the person could hold at most: free slots per day, up to the daily cap. */
  capacity: number;
  /** Requests beyond that capacity (cannot all be booked whatever the plan). */
  excess: number;
}

export interface CapacityReport {
  requests: number;
  slots: number;
  tables: number;
  tableSlots: number;
  /** requests / tableSlots; above 1, tables alone make some requests impossible (null: no table-slots). */
  tableUtilisation: number | null;
  /** ceil(requests / slots) plus 15 % headroom, the usual advice for sizing a meeting area. */
  tablesNeeded: number;
  overbookedParticipants: number;
  busiest: BusyParticipant[];
  warnings: string[];
}

/**
 * Capacity check an organizer reads before planning: do tables and people's time cover the requests?
 * Throws InvalidScheduleInstanceError.
 */
export function capacityReport(input: ScheduleInstance, top = 10): CapacityReport {
  const checked = validateInstance(input);
  if (!checked.ok) throw new InvalidScheduleInstanceError(checked.errors);
  const instance = checked.instance;
  const m = compileModel(instance);
  const tableSlots = m.slotTables.reduce((a, b) => a + b, 0);
  const busy: BusyParticipant[] = [];
  for (let p = 0; p < m.persons; p++) {
    const requests = m.adjStart[p + 1] - m.adjStart[p];
    if (requests === 0) continue;
    let capacity = 0;
    for (let d = 0; d < m.days; d++) {
      let free = 0;
      for (let w = 0; w < m.words; w++) free += popcount(m.avail[p * m.words + w] & m.dayMask[d * m.words + w]);
      capacity += m.cap[p] === NO_CAP ? free : Math.min(free, m.cap[p]);
    }
    busy.push({ id: m.personIds[p], side: m.isStartup[p] ? 'startup' : 'counterpart', requests, capacity, excess: Math.max(0, requests - capacity) });
  }
  busy.sort((a, b) => b.excess - a.excess || b.requests - a.requests || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const overbooked = busy.filter((b) => b.excess > 0);
  const tablesNeeded = Math.ceil(Math.ceil(m.requests / m.slots) * 1.15);
  const warnings: string[] = [];
  if (m.requests > tableSlots) {
    warnings.push(`${m.requests} requests but only ${tableSlots} table-slots: at least ${m.requests - tableSlots} cannot be booked`);
  }
  if (tablesNeeded > instance.tables) warnings.push(`about ${tablesNeeded} tables are advisable, ${instance.tables} are planned`);
  if (overbooked.length > 0) {
    const excess = overbooked.reduce((a, b) => a + b.excess, 0);
    warnings.push(`${overbooked.length} participants have more requests than free slots within their daily caps (${excess} requests in excess)`);
  }
  return {
    requests: m.requests,
    slots: m.slots,
    tables: instance.tables,
    tableSlots,
    tableUtilisation: tableSlots === 0 ? null : Math.round((m.requests / tableSlots) * 1000) / 1000,
    tablesNeeded,
    overbookedParticipants: overbooked.length,
    busiest: busy.slice(0, top),
    warnings,
  };
}
