import type { ScheduleInstance } from './schedule.types';

/**
 * Every way `plan` breaks the booking rules for `instance` (empty when valid): shape, each request exactly
 * once, slots and tables in range, blocked slots, one meeting per person and per table in a slot, tables per
 * slot, daily caps, fixed meetings kept, and stats consistent with the meetings. The instance is assumed
 * valid (see validateInstance); the plan is not trusted at all.
 */
export function verifyPlan(instance: ScheduleInstance, plan: unknown): string[] {
  const errors: string[] = [];
  if (typeof plan !== 'object' || plan === null) return ['plan: expected an object'];
  const { meetings, unscheduled, stats } = plan as Record<string, unknown>;
  if (!Array.isArray(meetings)) errors.push('meetings: expected an array');
  if (!Array.isArray(unscheduled)) errors.push('unscheduled: expected an array');
  if (errors.length > 0) return errors;

  const slots = instance.days * instance.slotsPerDay;
  // People and requests by index, and per-slot facts in typed arrays: a 20,000-request plan is checked in a few ms.
  const personIndex = new Map<string, number>();
  instance.participants.forEach((p, i) => personIndex.set(p.id, i));
  const requestIndex = new Map<string, number>();
  instance.requests.forEach((r, i) => requestIndex.set(r.id, i));
  const reqStartup = Int32Array.from(instance.requests, (r) => personIndex.get(r.startup)!);
  const reqCounterpart = Int32Array.from(instance.requests, (r) => personIndex.get(r.counterpart)!);
  const blocked = new Uint8Array(instance.participants.length * slots);
  instance.participants.forEach((p, i) => {
    for (const t of p.blocked) if (t >= 0 && t < slots) blocked[i * slots + t] = 1;
  });
  /** Where each request was listed: i + 1 for meetings[i], -(i + 1) for unscheduled[i], 0 not yet. */
  const seenAt = new Int32Array(instance.requests.length);
  const pathOf = (at: number) => (at > 0 ? `meetings[${at - 1}]` : `unscheduled[${-at - 1}]`);
  /** Request index + 1 meeting person p in slot t. */
  const personSlot = new Int32Array(instance.participants.length * slots);
  /** Meeting index + 1 at table k in slot t (key t * (most tables + 1) + k). */
  let mostTables = instance.tables;
  for (const n of instance.tablesBySlot ?? []) mostTables = Math.max(mostTables, n);
  const tableSlot = new Int32Array(slots * (mostTables + 1));
  const perSlot = new Int32Array(slots);
  const perDay = new Int32Array(instance.participants.length * instance.days);
  const placedSlot = new Int32Array(instance.requests.length).fill(-1);
  const placedTable = new Int32Array(instance.requests.length);
  let value = 0;

  const claim = (id: unknown, at: number): number => {
    const r = typeof id === 'string' ? requestIndex.get(id) : undefined;
    if (r === undefined) {
      errors.push(`${pathOf(at)}.request: unknown request ${JSON.stringify(id)}`);
      return -1;
    }
    if (seenAt[r] !== 0) {
      errors.push(`${pathOf(at)}.request: request "${id as string}" is also listed at ${pathOf(seenAt[r])}`);
      return -1;
    }
    seenAt[r] = at;
    return r;
  };

  const meetingList = meetings as unknown[];
  for (let i = 0; i < meetingList.length; i++) {
    const raw = meetingList[i];
    const path = `meetings[${i}]`;
    if (typeof raw !== 'object' || raw === null) {
      errors.push(`${path}: expected an object`);
      continue;
    }
    const { request, slot, table } = raw as Record<string, unknown>;
    const r = claim(request, i + 1);
    if (typeof slot !== 'number' || !Number.isInteger(slot) || slot < 0 || slot >= slots) {
      errors.push(`${path}.slot: expected an integer slot 0..${slots - 1}, got ${JSON.stringify(slot)}`);
      continue;
    }
    const tables = instance.tablesBySlot ? instance.tablesBySlot[slot] : instance.tables;
    if (typeof table !== 'number' || !Number.isInteger(table) || table < 1 || table > tables) {
      errors.push(`${path}.table: expected an integer table 1..${tables} in slot ${slot}, got ${JSON.stringify(table)}`);
      continue;
    }
    if (++perSlot[slot] === tables + 1) errors.push(`slot ${slot}: more than ${tables} meetings`);
    const tableKey = slot * (mostTables + 1) + table;
    const atTable = tableSlot[tableKey];
    if (atTable) errors.push(`${path}: table ${table} in slot ${slot} is also used by request "${String((meetingList[atTable - 1] as Record<string, unknown>).request)}"`);
    else tableSlot[tableKey] = i + 1;
    if (r < 0) continue;
    placedSlot[r] = slot;
    placedTable[r] = table;
    value += instance.requests[r].value;
    const day = Math.floor(slot / instance.slotsPerDay);
    for (const p of [reqStartup[r], reqCounterpart[r]]) {
      const personId = instance.participants[p].id;
      if (blocked[p * slots + slot]) errors.push(`${path}: "${personId}" is blocked in slot ${slot}`);
      const other = personSlot[p * slots + slot];
      if (other) errors.push(`${path}: "${personId}" already meets in slot ${slot} (request "${instance.requests[other - 1].id}")`);
      else personSlot[p * slots + slot] = r + 1;
      const cap = instance.participants[p].maxPerDay;
      const n = ++perDay[p * instance.days + day];
      if (cap !== undefined && n === cap + 1) errors.push(`"${personId}" has more than maxPerDay ${cap} meetings on day ${day}`);
    }
  }

  const unscheduledList = unscheduled as unknown[];
  for (let i = 0; i < unscheduledList.length; i++) {
    const raw = unscheduledList[i];
    if (typeof raw !== 'object' || raw === null) {
      errors.push(`unscheduled[${i}]: expected an object`);
      continue;
    }
    const { request, reason } = raw as Record<string, unknown>;
    claim(request, -(i + 1));
    if (typeof reason !== 'string' || reason.length === 0) errors.push(`unscheduled[${i}].reason: expected a non-empty string`);
  }

  instance.requests.forEach((r, i) => {
    if (seenAt[i] === 0) errors.push(`request "${r.id}" is neither in meetings nor in unscheduled`);
  });
  for (const f of instance.fixed ?? []) {
    const r = requestIndex.get(f.request);
    if (r === undefined || placedSlot[r] !== f.slot || placedTable[r] !== f.table) {
      errors.push(`fixed request "${f.request}" must stay in slot ${f.slot} at table ${f.table}`);
    }
  }

  if (typeof stats === 'object' && stats !== null) {
    const st = stats as Record<string, unknown>;
    const n = (meetings as unknown[]).length;
    if (st.requests !== instance.requests.length) errors.push(`stats.requests: expected ${instance.requests.length}`);
    if (st.booked !== n) errors.push(`stats.booked: expected ${n}, the number of meetings`);
    if (typeof st.value !== 'number' || Math.abs(st.value - value) > 1e-4 + 1e-9 * value) {
      errors.push(`stats.value: expected ${value}, the sum of booked values`);
    }
    if (typeof st.upperBound !== 'number' || st.upperBound < n) errors.push('stats.upperBound: below the meetings booked');
    if (typeof st.valueUpperBound !== 'number' || st.valueUpperBound < value - 1e-4 - 1e-9 * value) {
      errors.push('stats.valueUpperBound: below the value booked');
    }
  } else {
    errors.push('stats: expected an object');
  }
  return errors;
}
