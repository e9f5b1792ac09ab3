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
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const people = new Map(instance.participants.map((p) => [p.id, p]));
  const blocked = new Map(instance.participants.map((p) => [p.id, new Set(p.blocked)]));
  const seen = new Map<string, string>(); // request id → where it was listed
  const personSlot = new Map<string, string>();
  const tableSlot = new Map<string, string>();
  const perSlot = new Int32Array(slots);
  const perDay = new Map<string, number>();
  const placed = new Map<string, { slot: number; table: number }>();
  let value = 0;

  const claim = (id: unknown, path: string): string | undefined => {
    if (typeof id !== 'string' || !requests.has(id)) {
      errors.push(`${path}.request: unknown request ${JSON.stringify(id)}`);
      return undefined;
    }
    const before = seen.get(id);
    if (before) errors.push(`${path}.request: request "${id}" is also listed at ${before}`);
    else seen.set(id, path);
    return before ? undefined : id;
  };

  (meetings as unknown[]).forEach((raw, i) => {
    const path = `meetings[${i}]`;
    if (typeof raw !== 'object' || raw === null) return void errors.push(`${path}: expected an object`);
    const { request, slot, table } = raw as Record<string, unknown>;
    const id = claim(request, path);
    if (typeof slot !== 'number' || !Number.isInteger(slot) || slot < 0 || slot >= slots) {
      return void errors.push(`${path}.slot: expected an integer slot 0..${slots - 1}, got ${JSON.stringify(slot)}`);
    }
    const tables = instance.tablesBySlot ? instance.tablesBySlot[slot] : instance.tables;
    if (typeof table !== 'number' || !Number.isInteger(table) || table < 1 || table > tables) {
      return void errors.push(`${path}.table: expected an integer table 1..${tables} in slot ${slot}, got ${JSON.stringify(table)}`);
    }
    if (++perSlot[slot] === tables + 1) errors.push(`slot ${slot}: more than ${tables} meetings`);
    const tableKey = `${table}@${slot}`;
    const atTable = tableSlot.get(tableKey);
    if (atTable) errors.push(`${path}: table ${table} in slot ${slot} is also used by request "${atTable}"`);
    else tableSlot.set(tableKey, String(request));
    if (!id) return;
    placed.set(id, { slot, table });
    const r = requests.get(id)!;
    value += r.value;
    const day = Math.floor(slot / instance.slotsPerDay);
    for (const personId of [r.startup, r.counterpart]) {
      if (blocked.get(personId)!.has(slot)) errors.push(`${path}: "${personId}" is blocked in slot ${slot}`);
      const key = `${personId}@${slot}`;
      const other = personSlot.get(key);
      if (other) errors.push(`${path}: "${personId}" already meets in slot ${slot} (request "${other}")`);
      else personSlot.set(key, id);
      const cap = people.get(personId)!.maxPerDay;
      const dayKey = `${personId}@${day}`;
      const n = (perDay.get(dayKey) ?? 0) + 1;
      perDay.set(dayKey, n);
      if (cap !== undefined && n === cap + 1) errors.push(`"${personId}" has more than maxPerDay ${cap} meetings on day ${day}`);
    }
  });

  (unscheduled as unknown[]).forEach((raw, i) => {
    const path = `unscheduled[${i}]`;
    if (typeof raw !== 'object' || raw === null) return void errors.push(`${path}: expected an object`);
    const { request, reason } = raw as Record<string, unknown>;
    claim(request, path);
    if (typeof reason !== 'string' || reason.length === 0) errors.push(`${path}.reason: expected a non-empty string`);
  });

  for (const r of instance.requests) if (!seen.has(r.id)) errors.push(`request "${r.id}" is neither in meetings nor in unscheduled`);
  for (const f of instance.fixed ?? []) {
    const at = placed.get(f.request);
    if (!at || at.slot !== f.slot || at.table !== f.table) {
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
