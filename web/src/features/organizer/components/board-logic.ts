import type { ScheduleMeeting, SchedulePitch } from '../api/organizer';

export type Conflict =
  | { kind: 'table'; with: ScheduleMeeting }
  | { kind: 'person'; name: string; with: ScheduleMeeting }
  | { kind: 'pitch'; name: string; pitch: SchedulePitch };

/**
 * What would clash if `meeting` moved to start at `startsAt` (ms) at `table`: the table taken, either person
 * already meeting then, or pitching during it. The server checks again (blocked time, daily caps).
 */
export function moveConflicts(
  meeting: ScheduleMeeting,
  startsAt: number,
  table: number,
  slotMs: number,
  meetings: ScheduleMeeting[],
  pitches: SchedulePitch[],
): Conflict[] {
  const out: Conflict[] = [];
  const end = startsAt + slotMs;
  const people = new Map([
    [meeting.startup.accountId, meeting.startup.name],
    [meeting.counterpart.accountId, meeting.counterpart.name],
  ]);
  for (const m of meetings) {
    if (m.id === meeting.id || Date.parse(m.startsAt) !== startsAt) continue;
    if (m.table === table) out.push({ kind: 'table', with: m });
    for (const p of m.participants) if (people.has(p)) out.push({ kind: 'person', name: people.get(p)!, with: m });
  }
  for (const p of pitches) {
    if (!people.has(p.accountId)) continue;
    if (Date.parse(p.startsAt) < end && Date.parse(p.endsAt) > startsAt) out.push({ kind: 'pitch', name: people.get(p.accountId)!, pitch: p });
  }
  return out;
}

/** Meetings indexed by table and slot start, for the board's cells. */
export function boardIndex(meetings: ScheduleMeeting[]): Map<string, ScheduleMeeting> {
  return new Map(meetings.map((m) => [`${m.table}@${Date.parse(m.startsAt)}`, m]));
}

export function involves(m: ScheduleMeeting, accountId: string | null): boolean {
  return !accountId || m.participants.includes(accountId);
}
