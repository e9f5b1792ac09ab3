import type { Caller } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import type { Demand } from './demand.entity';

/**
 * Who may do what with a demand: every member and organizer reads it; its owner (a corporate) edits it (the route
 * admits corporates only); the owner deletes it and organizers remove it with a reason (moderation). Another
 * company's demand is 403, not 404, since it can see it.
 */
export function assertMayChangeDemand(caller: Pick<Caller, 'id' | 'role'>, demand: Pick<Demand, 'ownerId'>): void {
  if (caller.role !== 'organizer' && demand.ownerId !== caller.id) throw AppError.forbidden('This demand belongs to another company');
}
