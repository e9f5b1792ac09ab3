import type { Caller } from '../../common/auth/auth.decorators';

/** How the caller stands to a startup, as far as its profile's private fields go. */
export type StartupRelation = 'self' | 'matched-investor' | 'other';

/**
 * The deck-link rule: a startup's deck goes to the startup itself, organizers and investors matched to it.
 * (The catalogue does not look matches up, so there every member is `other`.)
 */
export function seesDeck(caller: Pick<Caller, 'role'>, relation: StartupRelation): boolean {
  return caller.role === 'organizer' || relation === 'self' || relation === 'matched-investor';
}
