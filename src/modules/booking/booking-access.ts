import type { Caller } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';

/**
 * Who may see and act on booking resources. Requests, meetings and IR requests are private to their parties and
 * organizers: anyone else gets 404, as if they did not exist.
 */
type Who = Pick<Caller, 'id' | 'role'>;

/** A meeting request: its sender, its recipient and organizers. */
export function seesRequest(caller: Who, r: { senderId: string; recipientId: string }): boolean {
  return caller.role === 'organizer' || caller.id === r.senderId || caller.id === r.recipientId;
}

/** Only the recipient accepts or declines, only the sender withdraws (the other party gets 403). */
export function assertRequestActor(caller: Who, r: { senderId: string; recipientId: string }, who: 'sender' | 'recipient'): void {
  if (caller.id !== (who === 'sender' ? r.senderId : r.recipientId)) throw AppError.forbidden(`Only the ${who} of a request may do this`);
}

/** A meeting (to see or cancel it): either party and organizers. */
export function seesMeeting(caller: Who, m: { startup_id: string; counterpart_id: string }): boolean {
  return caller.role === 'organizer' || caller.id === m.startup_id || caller.id === m.counterpart_id;
}

/** An IR request (to see or withdraw it): its startup and organizers. */
export function seesIrRequest(caller: Who, r: { startup_id: string }): boolean {
  return caller.role === 'organizer' || caller.id === r.startup_id;
}
