import type { BoardMeeting, BoardPitch } from '../api/board';

export type Conflict =
  | { kind: 'table'; with: BoardMeeting }
  | { kind: 'person'; name: string; with: BoardMeeting }
  | { kind: 'pitch'; name: string; pitch: BoardPitch };

/**
 * What would clash if `meeting` moved to start at `startsAt` (ms) at `table`: the table taken, either person
 * already meeting then, or pitching during it. The server checks again (blocked time, daily caps).
 */
export function moveConflicts(
  meeting: BoardMeeting,
  startsAt: number,
  table: number,
  slotMs: number,
  meetings: BoardMeeting[],
  pitches: BoardPitch[],
): Conflict[] {
  const out: Conflict[] = [];
  const end = startsAt + slotMs;
  const people = new Map([
    [meeting.startup.accountId, meeting.startup.name],
    [meeting.counterpart.accountId, meeting.counterpart.name],
  ]);
  for (const m of meetings) {
    if (m.id === meeting.id || m.startsAt !== startsAt) continue;
    if (m.table === table) out.push({ kind: 'table', with: m });
    for (const p of [m.startup, m.counterpart]) if (people.has(p.accountId)) out.push({ kind: 'person', name: people.get(p.accountId)!, with: m });
  }
  for (const p of pitches) {
    if (!people.has(p.person.accountId)) continue;
    if (p.startsAt < end && p.endsAt > startsAt) out.push({ kind: 'pitch', name: people.get(p.person.accountId)!, pitch: p });
  }
  return out;
}

/** Where a meeting would go: a slot start (ms) and a table. */
export interface MoveTarget {
  startsAt: number;
  table: number;
}

export interface MovePlan {
  target: MoveTarget;
  /** Same slot and table as now: nothing to save. */
  unchanged: boolean;
  conflicts: Conflict[];
}

/** The one check behind both ways of moving (dialog and drag): what changes and what would clash. */
export function planMove(meeting: BoardMeeting, target: MoveTarget, slotMs: number, schedule: { meetings: BoardMeeting[]; pitches: BoardPitch[] }): MovePlan {
  return {
    target,
    unchanged: target.startsAt === meeting.startsAt && target.table === meeting.table,
    conflicts: moveConflicts(meeting, target.startsAt, target.table, slotMs, schedule.meetings, schedule.pitches),
  };
}

/** The board cell (slot, table) an element of the board belongs to, read from the cell's data-slot and data-table; null outside a cell. */
export function cellTarget(element: EventTarget | null): MoveTarget | null {
  const cell = element instanceof Element ? element.closest<HTMLElement>('[data-slot][data-table]') : null;
  if (!cell) return null;
  const startsAt = Number(cell.dataset.slot);
  const table = Number(cell.dataset.table);
  return Number.isFinite(startsAt) && Number.isInteger(table) && table >= 1 ? { startsAt, table } : null;
}

export const cellKey = (target: MoveTarget) => `${target.table}@${target.startsAt}`;

/** Meetings indexed by table and slot start, for the board's cells. */
export function boardIndex(meetings: BoardMeeting[]): Map<string, BoardMeeting> {
  return new Map(meetings.map((m) => [cellKey(m), m]));
}

/**
 * The board as it would look with `meeting` at `target` (a dropped move awaiting confirmation), or `index` itself
 * when another meeting holds that cell (both stay visible; the dialog names the clash). `index` is never changed.
 */
export function withMove(index: Map<string, BoardMeeting>, meeting: BoardMeeting, target: MoveTarget): Map<string, BoardMeeting> {
  const occupant = index.get(cellKey(target));
  if (occupant && occupant.id !== meeting.id) return index;
  const next = new Map(index);
  const from = cellKey(meeting);
  if (next.get(from)?.id === meeting.id) next.delete(from);
  next.set(cellKey(target), meeting);
  return next;
}

export function involves(m: BoardMeeting, accountId: string | null): boolean {
  return !accountId || m.startup.accountId === accountId || m.counterpart.accountId === accountId;
}

/**
 * Where the board opens for a day (and the person filtered on, if any): the column of the day's first meeting and
 * the lowest table at that time; null when the day has none. `slots` are the day's slot starts, in order.
 */
export function firstMeetingCell(meetings: BoardMeeting[], slots: number[], person: string | null): { col: number; table: number } | null {
  const column = new Map(slots.map((s, col) => [s, col]));
  let best: { col: number; table: number } | null = null;
  for (const m of meetings) {
    const col = column.get(m.startsAt);
    if (col === undefined || !involves(m, person)) continue;
    if (!best || col < best.col || (col === best.col && m.table < best.table)) best = { col, table: m.table };
  }
  return best;
}

/** A run of rows or columns, `from` included, `to` not. */
export interface Span {
  from: number;
  to: number;
}

/**
 * The rows (or columns) of fixed `size` px to render when the viewport shows `viewport` px from `offset`: those in
 * view plus `overscan` either side, within `count`. Both axes of the board use it.
 */
export function visibleSpan(offset: number, viewport: number, size: number, count: number, overscan: number): Span {
  if (count <= 0 || size <= 0) return { from: 0, to: 0 };
  const start = Math.max(0, offset);
  const first = Math.min(count, Math.floor(start / size));
  const last = Math.min(count, Math.ceil((start + Math.max(0, viewport)) / size));
  return { from: Math.max(0, first - overscan), to: Math.min(count, Math.max(first + 1, last) + overscan) };
}

export const sameSpan = (a: Span, b: Span) => a.from === b.from && a.to === b.to;

/** The meeting a click or drag on the board started from: the element with data-meeting-id, or null. */
export function meetingIdOf(element: EventTarget | null): string | null {
  const el = element instanceof Element ? element.closest<HTMLElement>('[data-meeting-id]') : null;
  return el?.dataset.meetingId ?? null;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/** The arrow keys that move between meetings on the board. */
export const ARROW_DIRECTIONS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The cell a keyboard user reaches from `from` with an arrow key: along its table (left, right) to the nearest slot of
 * the day holding a meeting, or along its slot (up, down) to the nearest table holding one; null at the edge. `slots`
 * are the day's slot starts in order, tables run 1..`tables`.
 */
export function nextMeetingCell(index: Map<string, BoardMeeting>, slots: number[], tables: number, from: MoveTarget, direction: Direction): MoveTarget | null {
  if (direction === 'left' || direction === 'right') {
    const step = direction === 'right' ? 1 : -1;
    for (let col = slots.indexOf(from.startsAt) + step; col >= 0 && col < slots.length; col += step) {
      const cell = { table: from.table, startsAt: slots[col] };
      if (index.has(cellKey(cell))) return cell;
    }
    return null;
  }
  const step = direction === 'down' ? 1 : -1;
  for (let table = from.table + step; table >= 1 && table <= tables; table += step) {
    const cell = { table, startsAt: from.startsAt };
    if (index.has(cellKey(cell))) return cell;
  }
  return null;
}
