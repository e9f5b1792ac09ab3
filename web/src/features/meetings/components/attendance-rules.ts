import type { FollowUpKind, MeetingDetail } from '../api/attendance';

/**
 * What a party may do with a meeting at a given moment: the server's attendance rules (src/modules/outcomes/
 * attendance-rules.ts) seen from the browser, so buttons appear when the server would accept them. The server
 * still decides; these only keep people from pressing what would be refused.
 */
export const CHECK_IN_OPENS_BEFORE_MS = 30 * 60_000;
export const CHECK_IN_CLOSES_AFTER_MS = 12 * 3600_000;

export const FOLLOW_UPS: FollowUpKind[] = ['nda', 'poc', 'mou', 'term-sheet', 'investment', 'procurement', 'none'];

export type CheckInState = 'not-yet' | 'open' | 'closed' | 'cancelled';

export interface MeetingActions {
  party: boolean;
  meCheckedIn: boolean;
  otherCheckedIn: boolean;
  otherId: string | null;
  checkIn: CheckInState;
  /** I may check in (alone); false once I have. */
  canCheckIn: boolean;
  /** I may type or scan the other party's code: it records both, so it is offered until both are in. */
  canUseCode: boolean;
  canMarkNoShow: boolean;
  /** Checked in and alone, but before the ten minutes are up: when the no-show button will appear. */
  noShowFrom: Date | null;
  canRecordOutcome: boolean;
}

export function meetingActions(m: MeetingDetail, me: string, now: Date): MeetingActions {
  const party = m.participants.includes(me);
  const otherId = party ? (m.participants.find((p) => p !== me) ?? null) : null;
  const checkedIn = new Set(m.checkIns.map((c) => c.accountId));
  const meCheckedIn = checkedIn.has(me);
  const otherCheckedIn = otherId !== null && checkedIn.has(otherId);
  const start = Date.parse(m.startsAt);
  const end = Date.parse(m.endsAt);
  const t = now.getTime();
  const checkIn: CheckInState =
    m.status === 'cancelled' ? 'cancelled' : t < start - CHECK_IN_OPENS_BEFORE_MS ? 'not-yet' : t > end + CHECK_IN_CLOSES_AFTER_MS ? 'closed' : 'open';
  const open = party && checkIn === 'open';
  const alone = meCheckedIn && !otherCheckedIn && m.status === 'booked' && m.noShow === null;
  const noShowFrom = Date.parse(m.noShowAllowedFrom);
  return {
    party,
    meCheckedIn,
    otherCheckedIn,
    otherId,
    checkIn,
    canCheckIn: open && !meCheckedIn,
    canUseCode: open && !(meCheckedIn && otherCheckedIn),
    canMarkNoShow: party && alone && t >= noShowFrom,
    noShowFrom: party && alone && t < noShowFrom ? new Date(noShowFrom) : null,
    // From the start; a meeting cancelled before it started has no outcome (one closed as a no-show has).
    canRecordOutcome: party && t >= start && (m.status !== 'cancelled' || m.noShow !== null),
  };
}

/** "none" stands alone: choosing it clears the others, choosing another clears it. */
export function toggleFollowUps(previous: FollowUpKind[], next: FollowUpKind[]): FollowUpKind[] {
  const added = next.filter((k) => !previous.includes(k));
  if (added.includes('none')) return ['none'];
  if (added.length > 0) return next.filter((k) => k !== 'none');
  return next;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const QR_PREFIX = 'SGM1:CHECKIN:';

/**
 * A typed code folded as the server folds it (case, spaces and dashes, O→0, I/L→1), or a scanned QR payload
 * as it is; null when it cannot be a code, so the form says so before asking the server.
 */
export function normalizeCode(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed.toUpperCase().startsWith(QR_PREFIX)) return trimmed;
  const folded = trimmed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return folded.length === 6 && [...folded].every((c) => ALPHABET.includes(c)) ? folded : null;
}

/** The meeting a scanned payload names (to refuse a code of another meeting before posting it). */
export function meetingOfPayload(payload: string): string | null {
  if (!payload.toUpperCase().startsWith(QR_PREFIX)) return null;
  const rest = payload.slice(QR_PREFIX.length);
  const sep = rest.lastIndexOf(':');
  return sep < 0 ? null : rest.slice(0, sep).toLowerCase();
}
