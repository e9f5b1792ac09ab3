import type { MeetingStatus, RequestStatus } from '../booking.entities';

/**
 * Every status change a meeting request may make; the meeting ledger refuses any other. Self-transitions are
 * re-plans (a schedule run re-books a booked request, or refreshes an unschedulable one's reason).
 */
export const REQUEST_TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  pending: ['accepted', 'declined', 'withdrawn'],
  accepted: ['booked', 'unschedulable', 'cancelled'],
  booked: ['booked', 'unschedulable', 'cancelled'],
  unschedulable: ['booked', 'unschedulable', 'cancelled'],
  declined: [],
  withdrawn: [],
  cancelled: [],
};

/** Every status change a meeting may make (extend here, e.g. a `held` status after check-in). */
export const MEETING_TRANSITIONS: Record<MeetingStatus, readonly MeetingStatus[]> = {
  booked: ['cancelled'],
  cancelled: [],
};

export const canRequestBecome = (from: RequestStatus, to: RequestStatus): boolean => REQUEST_TRANSITIONS[from].includes(to);

/** The statuses a request or meeting may be in for a change to `to`: the WHERE clause of the ledger's updates. */
export function sourcesOf<S extends string>(table: Record<S, readonly S[]>, to: S): S[] {
  return (Object.keys(table) as S[]).filter((from) => table[from].includes(to));
}
