import type {
  FixedMeeting,
  ScheduleInstance,
  ScheduleParticipant,
  ScheduleRequest,
} from './schedule.types';

/** Size caps: keep one instance's working memory (participants × slots arrays) well under a few hundred MB. */
export const INSTANCE_LIMITS = {
  days: 60,
  slotsPerDay: 288,
  slots: 4096,
  tables: 100_000,
  participants: 200_000,
  requests: 2_000_000,
  participantSlots: 50_000_000,
} as const;

const MAX_ERRORS = 100;

/** Thrown by the optimizer entry points for an instance that fails validateInstance. */
export class InvalidScheduleInstanceError extends Error {
  constructor(readonly errors: string[]) {
    super(`invalid schedule instance: ${errors.slice(0, 5).join('; ')}${errors.length > 5 ? '; …' : ''}`);
    this.name = 'InvalidScheduleInstanceError';
  }
}

export type InstanceValidation = { ok: true; instance: ScheduleInstance } | { ok: false; errors: string[] };


type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `"${v}"` : typeof v === 'object' ? 'an object' : String(v);

/**
 * Checks an untrusted instance (a parsed JSON file or a service-built object) and returns a clean copy.
 * Every problem is reported with its JSON path, e.g. `requests[3].counterpart: unknown participant "i-9"`.
 * Fixed meetings must themselves obey every booking rule: a plan that keeps them could not be valid otherwise.
 */
export function validateInstance(json: unknown): InstanceValidation {
  const errors: string[] = [];
  const fail = (path: string, message: string): void => {
    errors.push(`${path}: ${message}`);
  };
  if (!isObject(json)) return { ok: false, errors: [`instance: expected an object, got ${describe(json)}`] };
  // Fields outside the format (a "name", a comment) are ignored, not errors: a tolerant reader of planning
  // files; everything the planner uses is checked strictly.

  const days = integerField(json, 'days', 'days', 1, INSTANCE_LIMITS.days, fail);
  const slotsPerDay = integerField(json, 'slotsPerDay', 'slotsPerDay', 1, INSTANCE_LIMITS.slotsPerDay, fail);
  const tables = integerField(json, 'tables', 'tables', 1, INSTANCE_LIMITS.tables, fail);
  let slots: number | undefined;
  if (days !== undefined && slotsPerDay !== undefined) {
    slots = days * slotsPerDay;
    if (slots > INSTANCE_LIMITS.slots) {
      fail('slotsPerDay', `days × slotsPerDay = ${slots} exceeds ${INSTANCE_LIMITS.slots} slots`);
      slots = undefined;
    }
  }

  let tablesBySlot: number[] | undefined;
  if (json.tablesBySlot !== undefined) {
    tablesBySlot = validateTablesBySlot(json.tablesBySlot, slots, tables, fail);
  }

  const participants = validateParticipants(json.participants, slots, fail);
  const requests = validateRequests(json.requests, participants, fail);
  let fixed: FixedMeeting[] | undefined;
  if (json.fixed !== undefined) {
    fixed = validateFixed(json.fixed, { slots, slotsPerDay, tables, tablesBySlot, participants, requests }, fail);
  }

  if (participants && slots !== undefined && participants.list.length * slots > INSTANCE_LIMITS.participantSlots) {
    fail('participants', `participants × slots exceeds ${INSTANCE_LIMITS.participantSlots}`);
  }
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  const instance: ScheduleInstance = {
    days: days!,
    slotsPerDay: slotsPerDay!,
    tables: tables!,
    participants: participants!.list,
    requests: requests!.list,
  };
  if (tablesBySlot) instance.tablesBySlot = tablesBySlot;
  if (fixed) instance.fixed = fixed;
  return { ok: true, instance };
}

type Fail = (path: string, message: string) => void;

function capErrors(errors: string[]): string[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [...errors.slice(0, MAX_ERRORS), `... and ${errors.length - MAX_ERRORS} more errors`];
}

function integerField(obj: Json, key: string, path: string, min: number, max: number, fail: Fail): number | undefined {
  const v = obj[key];
  if (v === undefined) {
    fail(path, 'is required');
    return undefined;
  }
  return checkInteger(v, path, min, max, fail);
}

function checkInteger(v: unknown, path: string, min: number, max: number, fail: Fail): number | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    fail(path, `expected an integer, got ${describe(v)}`);
    return undefined;
  }
  if (v < min || v > max) {
    fail(path, `must be between ${min} and ${max}, got ${v}`);
    return undefined;
  }
  return v;
}

function checkString(v: unknown, path: string, fail: Fail): string | undefined {
  if (typeof v !== 'string' || v.length === 0) {
    fail(path, v === undefined ? 'is required' : `expected a non-empty string, got ${describe(v)}`);
    return undefined;
  }
  return v;
}

function checkArray(v: unknown, path: string, fail: Fail, max?: number): unknown[] | undefined {
  if (!Array.isArray(v)) {
    fail(path, v === undefined ? 'is required' : `expected an array, got ${describe(v)}`);
    return undefined;
  }
  if (max !== undefined && v.length > max) {
    fail(path, `at most ${max} entries, got ${v.length}`);
    return undefined;
  }
  return v;
}


function validateTablesBySlot(v: unknown, slots: number | undefined, tables: number | undefined, fail: Fail): number[] | undefined {
  const arr = checkArray(v, 'tablesBySlot', fail, INSTANCE_LIMITS.slots);
  if (!arr) return undefined;
  if (slots !== undefined && arr.length !== slots) {
    fail('tablesBySlot', `expected one entry per slot (${slots}), got ${arr.length}`);
    return undefined;
  }
  const out: number[] = [];
  let ok = true;
  arr.forEach((n, t) => {
    const k = checkInteger(n, `tablesBySlot[${t}]`, 0, tables ?? INSTANCE_LIMITS.tables, fail);
    if (k === undefined) ok = false;
    else out.push(k);
  });
  return ok ? out : undefined;
}

interface ParticipantIndex {
  list: ScheduleParticipant[];
  byId: Map<string, ScheduleParticipant>;
}

function validateParticipants(v: unknown, slots: number | undefined, fail: Fail): ParticipantIndex | undefined {
  const arr = checkArray(v, 'participants', fail, INSTANCE_LIMITS.participants);
  if (!arr) return undefined;
  const list: ScheduleParticipant[] = [];
  const byId = new Map<string, ScheduleParticipant>();
  arr.forEach((raw, i) => {
    const path = `participants[${i}]`;
    if (!isObject(raw)) return fail(path, `expected an object, got ${describe(raw)}`);
    const id = checkString(raw.id, `${path}.id`, fail);
    if (id !== undefined && byId.has(id)) fail(`${path}.id`, `duplicate participant id "${id}"`);
    const side = raw.side;
    if (side !== 'startup' && side !== 'counterpart') {
      fail(`${path}.side`, `expected "startup" or "counterpart", got ${describe(side)}`);
    }
    const blocked: number[] = [];
    if (raw.blocked !== undefined) {
      const b = checkArray(raw.blocked, `${path}.blocked`, fail);
      b?.forEach((t, k) => {
        const slot = checkInteger(t, `${path}.blocked[${k}]`, 0, (slots ?? INSTANCE_LIMITS.slots) - 1, fail);
        if (slot !== undefined) blocked.push(slot);
      });
    }
    let maxPerDay: number | undefined;
    if (raw.maxPerDay !== undefined && raw.maxPerDay !== null) {
      maxPerDay = checkInteger(raw.maxPerDay, `${path}.maxPerDay`, 0, 1_000_000_000, fail);
    }
    if (id === undefined || (side !== 'startup' && side !== 'counterpart')) return;
    const p: ScheduleParticipant = { id, side, blocked: [...new Set(blocked)].sort((a, b) => a - b) };
    if (maxPerDay !== undefined) p.maxPerDay = maxPerDay;
    if (!byId.has(id)) byId.set(id, p);
    list.push(p);
  });
  return { list, byId };
}

interface RequestIndex {
  list: ScheduleRequest[];
  byId: Map<string, ScheduleRequest>;
}

function validateRequests(v: unknown, participants: ParticipantIndex | undefined, fail: Fail): RequestIndex | undefined {
  const arr = checkArray(v, 'requests', fail, INSTANCE_LIMITS.requests);
  if (!arr) return undefined;
  const list: ScheduleRequest[] = [];
  const byId = new Map<string, ScheduleRequest>();
  arr.forEach((raw, i) => {
    const path = `requests[${i}]`;
    if (!isObject(raw)) return fail(path, `expected an object, got ${describe(raw)}`);
    const id = checkString(raw.id, `${path}.id`, fail);
    if (id !== undefined && byId.has(id)) fail(`${path}.id`, `duplicate request id "${id}"`);
    const startup = checkParty(raw.startup, `${path}.startup`, 'startup', participants, fail);
    const counterpart = checkParty(raw.counterpart, `${path}.counterpart`, 'counterpart', participants, fail);
    const value = raw.value;
    let valueOk = true;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      fail(`${path}.value`, `expected a finite number > 0, got ${describe(value)}`);
      valueOk = false;
    }
    if (id === undefined || startup === undefined || counterpart === undefined || !valueOk) return;
    const r: ScheduleRequest = { id, startup, counterpart, value: value as number };
    if (!byId.has(id)) byId.set(id, r);
    list.push(r);
  });
  return { list, byId };
}

function checkParty(
  v: unknown,
  path: string,
  side: 'startup' | 'counterpart',
  participants: ParticipantIndex | undefined,
  fail: Fail,
): string | undefined {
  const id = checkString(v, path, fail);
  if (id === undefined || !participants) return undefined;
  const p = participants.byId.get(id);
  if (!p) {
    fail(path, `unknown participant "${id}"`);
    return undefined;
  }
  if (p.side !== side) {
    fail(path, `participant "${id}" is a ${p.side}, expected a ${side}`);
    return undefined;
  }
  return id;
}

interface FixedContext {
  slots: number | undefined;
  slotsPerDay: number | undefined;
  tables: number | undefined;
  tablesBySlot: number[] | undefined;
  participants: ParticipantIndex | undefined;
  requests: RequestIndex | undefined;
}

/** Fixed meetings are checked against every rule, since the optimizer must keep them unchanged. */
function validateFixed(v: unknown, ctx: FixedContext, fail: Fail): FixedMeeting[] | undefined {
  const arr = checkArray(v, 'fixed', fail);
  if (!arr) return undefined;
  const out: FixedMeeting[] = [];
  const seenRequest = new Set<string>();
  const personSlot = new Map<string, string>(); // "person@slot" → request id
  const tableSlot = new Map<string, string>(); // "table@slot" → request id
  const perDay = new Map<string, number>(); // "person@day" → count
  arr.forEach((raw, i) => {
    const path = `fixed[${i}]`;
    if (!isObject(raw)) return fail(path, `expected an object, got ${describe(raw)}`);
    const requestId = checkString(raw.request, `${path}.request`, fail);
    const slot = checkInteger(raw.slot, `${path}.slot`, 0, (ctx.slots ?? INSTANCE_LIMITS.slots) - 1, fail);
    const tableCap = slot !== undefined && ctx.tablesBySlot ? ctx.tablesBySlot[slot] : ctx.tables;
    const table = checkInteger(raw.table, `${path}.table`, 1, Math.max(1, tableCap ?? INSTANCE_LIMITS.tables), fail);
    if (table !== undefined && tableCap === 0) fail(`${path}.table`, `no table is available in slot ${slot}`);
    if (requestId === undefined || !ctx.requests) return;
    const request = ctx.requests.byId.get(requestId);
    if (!request) return fail(`${path}.request`, `unknown request "${requestId}"`);
    if (seenRequest.has(requestId)) return fail(`${path}.request`, `request "${requestId}" is fixed twice`);
    seenRequest.add(requestId);
    if (slot === undefined || table === undefined) return;
    const tableKey = `${table}@${slot}`;
    const otherAtTable = tableSlot.get(tableKey);
    if (otherAtTable) fail(`${path}.table`, `table ${table} in slot ${slot} is also taken by fixed request "${otherAtTable}"`);
    else tableSlot.set(tableKey, requestId);
    for (const personId of [request.startup, request.counterpart]) {
      const person = ctx.participants?.byId.get(personId);
      if (!person) continue;
      if (person.blocked.includes(slot)) fail(`${path}.slot`, `participant "${personId}" is blocked in slot ${slot}`);
      const key = `${personId}@${slot}`;
      const other = personSlot.get(key);
      if (other) fail(`${path}.slot`, `participant "${personId}" already meets in slot ${slot} (fixed request "${other}")`);
      else personSlot.set(key, requestId);
      if (person.maxPerDay !== undefined && ctx.slotsPerDay !== undefined) {
        const day = Math.floor(slot / ctx.slotsPerDay);
        const dayKey = `${personId}@${day}`;
        const n = (perDay.get(dayKey) ?? 0) + 1;
        perDay.set(dayKey, n);
        if (n === person.maxPerDay + 1) {
          fail(`${path}.slot`, `participant "${personId}" exceeds maxPerDay ${person.maxPerDay} on day ${day}`);
        }
      }
    }
    out.push({ request: requestId, slot, table });
  });
  return out;
}
