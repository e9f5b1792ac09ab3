import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../../../common/errors/app-error';
import { returningRows } from '../../../database/sql';
import type { EventGrid } from '../../events/event-grid';
import { MeetingRequest, type RequestStatus } from '../booking.entities';
import { MEETING_TRANSITIONS, REQUEST_TRANSITIONS, sourcesOf } from './booking-transitions';

/** A person claiming a slot, with their daily meeting cap (null: none). */
export interface Claimant {
  id: string;
  cap: number | null;
}

export interface NewMeeting {
  requestId: string;
  startupId: string;
  counterpartId: string;
  slot: number;
  table: number;
}

/** A request's new status; `reason` undefined keeps the stored one. */
export interface RequestChange {
  id: string;
  reason?: string | null;
}

/** Whose requests a bulk close touches: an account's (either side) or a demand's. */
export type RequestOwner = { accountId: string } | { demandId: string };

export interface CancelledMeeting {
  event_id: string;
  request_id: string;
  startup_id: string;
  counterpart_id: string;
  slot: number;
}

/** A meeting a schedule run moves to another slot or table (its people claim the new slot). */
export interface MeetingMove {
  meetingId: string;
  startupId: string;
  counterpartId: string;
  slot: number;
  table: number;
}

/**
 * A whole-schedule rewrite (a schedule run): what is cancelled, moved and created, and every re-planned request's
 * outcome. Meetings not named stay where they are, with their occupancy.
 */
export interface PlanWrite {
  cancel: string[];
  moves: MeetingMove[];
  /** New meetings, each with the id it is to have. */
  creates: (NewMeeting & { meetingId: string })[];
  booked: string[];
  unschedulable: { id: string; reason: string }[];
}

/** Temporary table offset while meetings swap places (the table × slot key is checked row by row). */
const PARKED = 1_000_000;
const ownerSql = (owner: RequestOwner) =>
  'accountId' in owner ? `(r.startup_id = $1 OR r.counterpart_id = $1)` : `EXISTS (SELECT 1 FROM matches m WHERE m.id = r.match_id AND m.demand_id = $1)`;
const ownerParam = (owner: RequestOwner) => ('accountId' in owner ? owner.accountId : owner.demandId);

/** Request outcomes as `setRequestOutcomes` sends them: ids, each with an index into its few distinct (status, reason) pairs. */
interface OutcomeChanges {
  count: number;
  params: [ids: string[], kinds: number[], statuses: RequestStatus[], reasons: (string | null)[], allowed: string[]];
}

/** Each change as an index into its few distinct (status, reason) pairs: far less to send than a text per request. */
function outcomeChanges(changes: { id: string; status: RequestStatus; reason: string | null }[]): OutcomeChanges {
  const allowed = (Object.keys(REQUEST_TRANSITIONS) as RequestStatus[]).flatMap((from) => REQUEST_TRANSITIONS[from].map((to) => `${from}>${to}`));
  const kindOf = new Map<string, number>();
  const kinds: { status: RequestStatus; reason: string | null }[] = [];
  const kind = changes.map((c) => {
    const key = `${c.status}\u0000${c.reason ?? '\u0001'}`;
    let k = kindOf.get(key);
    if (k === undefined) {
      k = kinds.length + 1;
      kindOf.set(key, k);
      kinds.push({ status: c.status, reason: c.reason });
    }
    return k;
  });
  return { count: changes.length, params: [changes.map((c) => c.id), kind, kinds.map((k) => k.status), kinds.map((k) => k.reason), allowed] };
}

/**
 * The one writer of booking state: meeting requests' statuses, meetings, the `occupancy` rows that keep a person
 * (and, with `meetings_table_slot_key`, a table) to one thing per slot, and the `day_load` counters that hold
 * investors to their daily caps. Every method runs in the caller's transaction; callers take the booking locks
 * (`booking-locks.ts`) and write notifications. Status changes are checked against `booking-transitions.ts`.
 *
 * Extending it: a new meeting or request status goes into the transitions table first, then a method here that
 * makes the change (e.g. marking a meeting held after check-ins); a new way to fill a freed slot calls
 * `createMeeting`, which claims the slot and books the request in one step.
 */
@Injectable()
export class MeetingLedger {
  // --- Requests -------------------------------------------------------------------------------------------------

  async createRequest(
    tx: EntityManager,
    fields: Pick<MeetingRequest, 'eventId' | 'matchId' | 'senderId' | 'recipientId' | 'startupId' | 'counterpartId' | 'message' | 'value'>,
  ): Promise<MeetingRequest> {
    return tx.save(tx.create(MeetingRequest, { ...fields, status: 'pending', reason: null }));
  }

  /** Moves requests to `to`; a request whose current status may not make that change is a 409 (nothing written). */
  async setRequestStatus(tx: EntityManager, to: RequestStatus, changes: RequestChange[]): Promise<void> {
    if (changes.length === 0) return;
    const updated = await returningRows<{ id: string }>(tx,
      `UPDATE meeting_requests r SET status = $1::text,
              reason = CASE WHEN u.keep THEN r.reason ELSE u.reason END,
              accepted_at = CASE WHEN $1::text = 'accepted' THEN now() ELSE r.accepted_at END,
              updated_at = now()
         FROM unnest($2::uuid[], $3::text[], $4::bool[]) AS u(id, reason, keep)
        WHERE r.id = u.id AND r.status = ANY($5::text[])
        RETURNING r.id`,
      [to, changes.map((c) => c.id), changes.map((c) => c.reason ?? null), changes.map((c) => c.reason === undefined), sourcesOf(REQUEST_TRANSITIONS, to)],
    );
    if (updated.length < new Set(changes.map((c) => c.id)).size) {
      throw AppError.conflict(`A meeting request cannot become ${to} from its current status`, ErrorCode.InvalidTransition);
    }
  }

  /** Ends an owner's open, unbooked requests: pending ones are withdrawn, accepted and unschedulable ones cancelled. */
  async closeOpenRequests(tx: EntityManager, owner: RequestOwner, reason: string): Promise<void> {
    const open: { id: string; status: RequestStatus }[] = await tx.query(
      `SELECT r.id, r.status FROM meeting_requests r
        WHERE ${ownerSql(owner)} AND r.status IN ('pending', 'accepted', 'unschedulable') FOR UPDATE`,
      [ownerParam(owner)],
    );
    await this.setRequestStatus(tx, 'withdrawn', open.filter((r) => r.status === 'pending').map(({ id }) => ({ id, reason })));
    await this.setRequestStatus(tx, 'cancelled', open.filter((r) => r.status !== 'pending').map(({ id }) => ({ id, reason })));
  }

  /** Booked meetings of an owner's requests (to cancel them one by one before closing the requests). */
  async bookedMeetingsOf(tx: EntityManager, owner: RequestOwner): Promise<{ id: string; event_id: string }[]> {
    return tx.query(
      `SELECT m.id, m.event_id FROM meetings m JOIN meeting_requests r ON r.id = m.request_id
        WHERE ${ownerSql(owner)} AND m.status = 'booked'`,
      [ownerParam(owner)],
    );
  }

  // --- Slots ----------------------------------------------------------------------------------------------------

  /** Occupancy rows for the people of a meeting and their daily counters: the schema rejects any overlap or cap breach. */
  async claimSlot(tx: EntityManager, eventId: string, meetingId: string, people: Claimant[], slot: number, day: number): Promise<void> {
    await tx.query(
      `INSERT INTO occupancy (event_id, account_id, slot, meeting_id) SELECT $1, unnest($2::uuid[]), $3, $4`,
      [eventId, people.map((p) => p.id), slot, meetingId],
    );
    for (const person of people) {
      await tx.query(
        `INSERT INTO day_load (event_id, account_id, day, meetings, cap) VALUES ($1, $2, $3, 1, $4)
         ON CONFLICT (event_id, account_id, day) DO UPDATE SET meetings = day_load.meetings + 1, cap = EXCLUDED.cap`,
        [eventId, person.id, day, person.cap],
      );
    }
  }

  /** Frees a meeting's occupancy and daily counters; freeing twice is harmless (the counters follow the rows). */
  async releaseSlot(tx: EntityManager, meetingId: string, grid: EventGrid): Promise<void> {
    await tx.query(
      `WITH freed AS (DELETE FROM occupancy WHERE meeting_id = $1 RETURNING event_id, account_id, slot)
       UPDATE day_load d SET meetings = d.meetings - 1 FROM freed f
        WHERE d.event_id = f.event_id AND d.account_id = f.account_id AND d.day = f.slot / $2`,
      [meetingId, grid.slotsPerDay],
    );
  }

  async claimPitchSlots(tx: EntityManager, eventId: string, accountId: string, pitchId: string, slots: number[]): Promise<void> {
    if (slots.length === 0) return;
    await tx.query(
      `INSERT INTO occupancy (event_id, account_id, slot, pitch_id) SELECT $1, $2, unnest($3::int[]), $4`,
      [eventId, accountId, slots, pitchId],
    );
  }

  async releasePitchSlots(tx: EntityManager, pitchIds: string[]): Promise<void> {
    if (pitchIds.length === 0) return;
    await tx.query(`DELETE FROM occupancy WHERE pitch_id = ANY($1::uuid[])`, [pitchIds]);
  }

  // --- Meetings -------------------------------------------------------------------------------------------------

  /** Books a request: the meeting, its slot claim and the request's `booked` status. Returns the meeting id. */
  async createMeeting(tx: EntityManager, eventId: string, grid: EventGrid, m: NewMeeting, people: Claimant[]): Promise<string> {
    const [meeting] = await tx.query(
      `INSERT INTO meetings (event_id, request_id, startup_id, counterpart_id, slot, table_no, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [eventId, m.requestId, m.startupId, m.counterpartId, m.slot, m.table, grid.slotStart(m.slot), grid.slotEnd(m.slot)],
    );
    await this.claimSlot(tx, eventId, meeting.id, people, m.slot, grid.dayOf(m.slot));
    await this.setRequestStatus(tx, 'booked', [{ id: m.requestId, reason: null }]);
    return meeting.id;
  }

  /** Moves a meeting whose slot was released to a new slot and table (same id and calendar UID, higher SEQUENCE). */
  async moveMeeting(tx: EntityManager, eventId: string, grid: EventGrid, meetingId: string, to: { slot: number; table: number }, people: Claimant[]): Promise<void> {
    await tx.query(
      `UPDATE meetings SET slot = $2, table_no = $3, starts_at = $4, ends_at = $5, sequence = sequence + 1, updated_at = now() WHERE id = $1`,
      [meetingId, to.slot, to.table, grid.slotStart(to.slot), grid.slotEnd(to.slot)],
    );
    await this.claimSlot(tx, eventId, meetingId, people, to.slot, grid.dayOf(to.slot));
  }

  /**
   * Cancels a booked meeting (higher SEQUENCE, so calendars drop it), frees its slot and moves its request to
   * `request.status` (cancelled, or unschedulable when a move found no slot). Null when it was not booked.
   */
  async cancelMeeting(
    tx: EntityManager,
    meetingId: string,
    grid: EventGrid,
    request: { status: 'cancelled' | 'unschedulable'; reason: string },
  ): Promise<CancelledMeeting | null> {
    const [m] = await returningRows<CancelledMeeting>(tx,
      `UPDATE meetings SET status = 'cancelled', sequence = sequence + 1, cancelled_at = now(), updated_at = now()
        WHERE id = $1 AND status = ANY($2::text[]) RETURNING event_id, request_id, startup_id, counterpart_id, slot`,
      [meetingId, sourcesOf(MEETING_TRANSITIONS, 'cancelled')],
    );
    if (!m) return null;
    await this.releaseSlot(tx, meetingId, grid);
    await this.setRequestStatus(tx, request.status, [{ id: m.request_id, reason: request.reason }]);
    return m;
  }

  /**
   * Writes a whole re-planned schedule with one set-based statement per table and step (arrays in, no row-by-row
   * round trips), touching only what changed: freed occupancy of cancelled and moved meetings, the moves, the new
   * meetings, their occupancy, the daily counters that differ, and the requests whose status or reason differs.
   * The schema still rejects any overlap or cap breach the plan might hold.
   */
  async applyPlan(tx: EntityManager, eventId: string, grid: EventGrid, plan: PlanWrite): Promise<void> {
    // 1. Free the slots of what leaves them, and park moved meetings' tables out of the way (the table × slot key is checked row by row).
    const movedIds = plan.moves.map((m) => m.meetingId);
    const leaving = [...plan.cancel, ...movedIds];
    const freed: { account_id: string; slot: number }[] = leaving.length
      ? await returningRows(tx, `DELETE FROM occupancy WHERE meeting_id = ANY($1::uuid[]) RETURNING account_id, slot`, [leaving])
      : [];
    if (movedIds.length) await tx.query(`UPDATE meetings SET table_no = table_no + ${PARKED} WHERE id = ANY($1::uuid[])`, [movedIds]);
    // 2. Cancel meetings the plan no longer holds.
    if (plan.cancel.length) {
      await tx.query(
        `UPDATE meetings SET status = 'cancelled', sequence = sequence + 1, cancelled_at = now(), updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = ANY($2::text[])`,
        [plan.cancel, sourcesOf(MEETING_TRANSITIONS, 'cancelled')],
      );
    }

    // 3. Moves, and the occupancy of their new slots.
    if (plan.moves.length) {
      await tx.query(
        `UPDATE meetings m SET slot = u.slot, table_no = u.table_no, starts_at = u.starts_at, ends_at = u.ends_at,
                sequence = m.sequence + 1, updated_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::int[], $4::timestamptz[], $5::timestamptz[]) AS u(id, slot, table_no, starts_at, ends_at)
          WHERE m.id = u.id`,
        [movedIds, plan.moves.map((p) => p.slot), plan.moves.map((p) => p.table), plan.moves.map((p) => grid.slotStart(p.slot)), plan.moves.map((p) => grid.slotEnd(p.slot))],
      );
      await this.claimSlots(tx, eventId, plan.moves);
    }
    // 4. New meetings and their occupancy in one statement (kept meetings keep theirs); the person-days to recount
    //    are worked out while PostgreSQL inserts them.
    let creating: Promise<unknown> = Promise.resolve();
    if (plan.creates.length) {
      const c = plan.creates;
      // Times go as one array per grid slot (indexed by slot + 1), not one Date per meeting.
      const slots = Array.from({ length: grid.slotCount }, (_, t) => t);
      creating = tx.query(
        `WITH created AS (
           INSERT INTO meetings (id, event_id, request_id, startup_id, counterpart_id, slot, table_no, starts_at, ends_at)
           SELECT u.id, $1, u.request_id, u.startup_id, u.counterpart_id, u.slot, u.table_no, ($8::timestamptz[])[u.slot + 1], ($9::timestamptz[])[u.slot + 1]
             FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::int[], $7::int[]) AS u(id, request_id, startup_id, counterpart_id, slot, table_no)
           RETURNING id, startup_id, counterpart_id, slot
         )
         INSERT INTO occupancy (event_id, account_id, slot, meeting_id)
         SELECT $1, p.account_id, m.slot, m.id FROM created m CROSS JOIN LATERAL (VALUES (m.startup_id), (m.counterpart_id)) AS p(account_id)`,
        [
          eventId, c.map((m) => m.meetingId), c.map((m) => m.requestId), c.map((m) => m.startupId), c.map((m) => m.counterpartId),
          c.map((m) => m.slot), c.map((m) => m.table), slots.map((t) => grid.slotStart(t)), slots.map((t) => grid.slotEnd(t)),
        ],
      );
      creating.catch(() => undefined); // awaited below; this only keeps a failure from counting as unhandled meanwhile
      await new Promise((resolve) => setImmediate(resolve)); // lets the statement go out before the work below
    }

    // 5. Daily counters of the person-days whose meetings changed, recounted from their occupancy; only rows that differ are written.
    const touched = new Map<string, [string, number]>();
    const touch = (accountId: string, slot: number) => {
      const day = grid.dayOf(slot);
      touched.set(`${accountId}:${day}`, [accountId, day]);
    };
    for (const f of freed) touch(f.account_id, f.slot);
    for (const c of [...plan.moves, ...plan.creates]) {
      touch(c.startupId, c.slot);
      touch(c.counterpartId, c.slot);
    }
    // 6. Request outcomes, in one statement (its parameters also made ready while the inserts run).
    const outcomes = outcomeChanges([
      ...plan.booked.map((id) => ({ id, status: 'booked' as const, reason: null })),
      ...plan.unschedulable.map((u) => ({ id: u.id, status: 'unschedulable' as const, reason: u.reason })),
    ]);
    await creating;
    await this.recountDayLoads(tx, eventId, grid, [...touched.values()]);
    await this.setRequestOutcomes(tx, outcomes);
  }

  /** Occupancy rows for meetings at their (new) slots, both people each. */
  private async claimSlots(tx: EntityManager, eventId: string, claims: MeetingMove[]): Promise<void> {
    await tx.query(
      `INSERT INTO occupancy (event_id, account_id, slot, meeting_id)
       SELECT $1, p.account_id, u.slot, u.meeting_id
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::int[]) AS u(meeting_id, startup_id, counterpart_id, slot)
         CROSS JOIN LATERAL (VALUES (u.startup_id), (u.counterpart_id)) AS p(account_id)`,
      [eventId, claims.map((c) => c.meetingId), claims.map((c) => c.startupId), claims.map((c) => c.counterpartId), claims.map((c) => c.slot)],
    );
  }

  /**
   * Sets the daily counters of the given person-days to their meetings in occupancy (the truth for slots) and the
   * caps to the investors' current ones, writing only rows that differ. The schema checks each against its cap.
   */
  private async recountDayLoads(tx: EntityManager, eventId: string, grid: EventGrid, days: [accountId: string, day: number][]): Promise<void> {
    if (days.length === 0) return;
    await tx.query(
      `WITH want AS MATERIALIZED (
         SELECT k.account_id, k.day, ip.max_meetings_per_day AS cap,
                (SELECT count(*)::int FROM occupancy o
                  WHERE o.event_id = $1 AND o.account_id = k.account_id AND o.slot >= k.day * $4 AND o.slot < (k.day + 1) * $4
                    AND o.meeting_id IS NOT NULL) AS meetings
           FROM unnest($2::uuid[], $3::int[]) AS k(account_id, day)
           LEFT JOIN investor_profiles ip ON ip.account_id = k.account_id
       ), emptied AS (
         UPDATE day_load d SET meetings = 0, cap = w.cap FROM want w
          WHERE w.meetings = 0 AND d.event_id = $1 AND d.account_id = w.account_id AND d.day = w.day
            AND (d.meetings, d.cap) IS DISTINCT FROM (0, w.cap)
       )
       INSERT INTO day_load (event_id, account_id, day, meetings, cap) SELECT $1, account_id, day, meetings, cap FROM want WHERE meetings > 0
       ON CONFLICT (event_id, account_id, day) DO UPDATE SET meetings = EXCLUDED.meetings, cap = EXCLUDED.cap
        WHERE (day_load.meetings, day_load.cap) IS DISTINCT FROM (EXCLUDED.meetings, EXCLUDED.cap)`,
      [eventId, days.map((d) => d[0]), days.map((d) => d[1]), grid.slotsPerDay],
    );
  }

  /**
   * Gives each request its status and reason in one statement; a request already there is left untouched (no
   * rewrite, no new `updated_at`). A request whose status may not make its change is a 409 (nothing written).
   */
  private async setRequestOutcomes(tx: EntityManager, { count, params }: OutcomeChanges): Promise<void> {
    if (count === 0) return;
    const changeRows = `(SELECT x.id, ($3::text[])[x.k] AS status, ($4::text[])[x.k] AS reason FROM unnest($1::uuid[], $2::int[]) AS x(id, k))`;
    // The UPDATE checks the row it writes (a concurrent change is seen there); only when it wrote fewer rows than it
    // was given is it asked why: a request already there is fine, one whose status may not make the change is not.
    const [{ updated }]: { updated: number }[] = await tx.query(
      `WITH changed AS (
         UPDATE meeting_requests r SET status = u.status, reason = u.reason, updated_at = now()
           FROM ${changeRows} AS u
          WHERE r.id = u.id AND (r.status || '>' || u.status) = ANY($5::text[])
            AND (r.status <> u.status OR r.reason IS DISTINCT FROM u.reason)
          RETURNING 1)
       SELECT count(*)::int AS updated FROM changed`,
      params,
    );
    if (updated === count) return;
    const [counts]: { requests: number; allowed: number; differ: number }[] = await tx.query(
      `SELECT count(*)::int AS requests,
              count(*) FILTER (WHERE (r.status || '>' || u.status) = ANY($5::text[]))::int AS allowed,
              count(*) FILTER (WHERE (r.status || '>' || u.status) = ANY($5::text[])
                                 AND (r.status <> u.status OR r.reason IS DISTINCT FROM u.reason))::int AS differ
         FROM ${changeRows} AS u LEFT JOIN meeting_requests r ON r.id = u.id`,
      params,
    );
    // After its own update every allowed row it wrote now equals its target, so a shortfall shows as `differ` > 0.
    if (counts.allowed < counts.requests || counts.differ > 0) {
      throw AppError.conflict('A meeting request cannot take its planned status from its current one', ErrorCode.InvalidTransition);
    }
  }
}
