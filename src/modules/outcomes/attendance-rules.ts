/**
 * The rules of attendance in one place (pure; the services feed them the database's clock).
 *
 * - Check-in opens 30 minutes before a meeting starts and closes 12 hours after it ends.
 * - Ten minutes after the start, a party that checked in may mark the other, still absent, as a no-show.
 * - A meeting is `held` when both parties checked in, or when both parties' outcomes say it was held
 *   (people who forgot to check in still report it). The reports count "held" with the same rule in SQL
 *   (reports.repository.ts, HELD_SQL); a test checks that both agree.
 * - A meeting "took place as booked" when it was still booked at its start: it is booked now, or it was
 *   cancelled only after its start (a marked no-show releases the slot that way). No-shows, outcomes and
 *   reminders concern only such meetings.
 */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
export const CHECK_IN_CLOSES_AFTER_MS = 12 * 3600_000;
export const NO_SHOW_AFTER_MS = 10 * 60_000;

export const FOLLOW_UP_KINDS = ['nda', 'poc', 'mou', 'term-sheet', 'investment', 'procurement', 'none'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

export type MeetingStatus = 'booked' | 'cancelled' | 'held';

export function isHeld(checkIns: number, heldReports: number): boolean {
  return checkIns >= 2 || heldReports >= 2;
}

export function meetingStatus(stored: 'booked' | 'cancelled', checkIns: number, heldReports: number): MeetingStatus {
  return isHeld(checkIns, heldReports) ? 'held' : stored;
}

export function bookedAtStart(m: { status: 'booked' | 'cancelled'; cancelledAt: Date | null; startsAt: Date }): boolean {
  return m.status === 'booked' || (m.cancelledAt !== null && m.cancelledAt.getTime() >= m.startsAt.getTime());
}

export type CheckInWindow = 'open' | 'not-yet' | 'closed';
export function checkInWindow(now: Date, startsAt: Date, endsAt: Date): CheckInWindow {
  if (now.getTime() < startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS) return 'not-yet';
  if (now.getTime() > endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS) return 'closed';
  return 'open';
}

export const noShowAllowedFrom = (startsAt: Date) => new Date(startsAt.getTime() + NO_SHOW_AFTER_MS);
