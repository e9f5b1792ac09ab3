import type { Caller } from '../../common/auth/auth.decorators';
import { AppError } from '../../common/errors/app-error';
import { seesDeck } from '../profiles/startup-access';
import type { MatchSide } from './match.entities';
import type { MatchRow } from './matches.repository';

/**
 * Who may see and do what with a match, in one place:
 * - visibility: organizers see every match; a startup its own, an investor its own, a corporate those of its demands
 *   (others' matches are 404);
 * - side: the caller is the startup side, the counterpart side (investor or demand owner) or neither;
 * - deciding: only the two parties (an organizer, who can see it, gets 403);
 * - privacy: a decision, note and reason are seen by their author and organizers; the other side learns only `mutual`;
 * - deck links: the startup itself, organizers and the matched investor (see `startup-access.ts`).
 */

/** SQL condition (over `m` = matches, `d` = demands) for "the caller may see this match"; appends its parameter. */
export function matchVisibilitySql(caller: Caller, params: unknown[]): string {
  if (caller.role === 'organizer') return 'TRUE';
  params.push(caller.id);
  const p = `$${params.length}`;
  if (caller.role === 'startup') return `m.startup_id = ${p}`;
  // Through counterpart_id (= investor_id or demand_id), which the (event, counterpart) index covers.
  if (caller.role === 'investor') return `m.counterpart_id = ${p} AND m.investor_id IS NOT NULL`;
  return `m.counterpart_id IN (SELECT od.id FROM demands od WHERE od.owner_id = ${p}) AND d.owner_id = ${p}`;
}

/** The caller's side of a match, or null when the caller is not a party (organizers). */
export function sideOf(caller: Pick<Caller, 'id'>, row: MatchRow): MatchSide | null {
  if (caller.id === row.startup_id) return 'startup';
  if (caller.id === row.investor_id || caller.id === row.demand_owner_id) return 'counterpart';
  return null;
}

/** The side the caller decides for; 403 for anyone who sees the match without being a party. */
export function decidingSide(caller: Caller, row: MatchRow): MatchSide {
  const side = sideOf(caller, row);
  if (!side) throw AppError.forbidden('Only the two parties of a match decide on it');
  return side;
}

export function seesMatchDeck(caller: Caller, row: MatchRow): boolean {
  const side = sideOf(caller, row);
  return seesDeck(caller, side === 'startup' ? 'self' : side === 'counterpart' && row.investor_id !== null ? 'matched-investor' : 'other');
}

/** The decision fields the caller may read: its own side's, and both sides' for organizers. */
export function visibleDecisions(caller: Caller, row: MatchRow) {
  const mine = sideOf(caller, row);
  const of = (side: MatchSide) =>
    row[`${side}_decision`] ? { decision: row[`${side}_decision`]!, note: row[`${side}_note`], reason: row[`${side}_reason`] } : null;
  return {
    myDecision: mine ? row[`${mine}_decision`] : null,
    ...(mine ? { myNote: row[`${mine}_note`], myReason: row[`${mine}_reason`] } : {}),
    mutual: row.startup_decision === 'interested' && row.counterpart_decision === 'interested',
    ...(caller.role === 'organizer' ? { decisions: { startup: of('startup'), counterpart: of('counterpart') } } : {}),
  };
}
