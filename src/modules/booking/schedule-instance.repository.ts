import { Injectable, Optional } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import type { EntityManager } from 'typeorm';
import type { EventEntity } from '../events/event.entities';
import type { EventGrid } from '../events/event-grid';
import { BookingStateRepository } from './booking-state.repository';
import type { ScheduleInstance } from './optimizer/schedule.types';
import { requestValue } from './request-value';
import { firstOpenSlot } from './started-slots';

export interface LiveMeeting {
  id: string;
  request_id: string;
  startup_id: string;
  counterpart_id: string;
  slot: number;
  table_no: number;
  created_at: Date;
}

export interface PlanningInput {
  instance: ScheduleInstance;
  /** Booked meetings by request id (fixed and re-plannable). */
  meetings: Map<string, LiveMeeting>;
  /** Requests the run may (re)place, and their current status. */
  statuses: Map<string, string>;
  /** The current reason of those requests that have one (unschedulable ones). */
  reasons: Map<string, string>;
  /**
   * Whether a request's two people are free at the same time only in slots that have already started (none still
   * open): the optimizer sees started slots as blocked for everyone, so this tells its "no common free slot" apart.
   */
  commonFreeOnlyStarted(requestId: string): boolean;
}

/**
 * Turns an event's accepted, booked and unschedulable requests into the optimizer's instance: slots from the
 * event grid, `blocked` from availability and IR pitches, investors' daily caps, values from score and mutual
 * interest. Meetings already published are `fixed`: the run keeps them where they are. While the event runs,
 * slots that have started are blocked for everyone and the meetings in them are fixed (started-slots.ts), so a
 * run never books, moves or drops anything in the past.
 */
@Injectable()
export class ScheduleInstanceRepository {
  constructor(
    private readonly state: BookingStateRepository,
    @Optional() private readonly clock: Clock = new Clock(),
  ) {}

  async build(tx: EntityManager, event: EventEntity, grid: EventGrid): Promise<PlanningInput> {
    const requests: {
      id: string; startup_id: string; counterpart_id: string; status: string; reason: string | null; score: number;
      startup_decision: string | null; counterpart_decision: string | null;
    }[] = await tx.query(
      `SELECT r.id, r.startup_id, r.counterpart_id, r.status, r.reason, m.score,
              ds.decision AS startup_decision, dc.decision AS counterpart_decision
         FROM meeting_requests r
         JOIN matches m ON m.id = r.match_id
         LEFT JOIN match_decisions ds ON ds.match_id = m.id AND ds.side = 'startup'
         LEFT JOIN match_decisions dc ON dc.match_id = m.id AND dc.side = 'counterpart'
        WHERE r.event_id = $1 AND r.status IN ('accepted', 'booked', 'unschedulable')
        ORDER BY r.accepted_at, r.id`,
      [event.id],
    );
    const meetingRows: LiveMeeting[] = await tx.query(
      `SELECT id, request_id, startup_id, counterpart_id, slot, table_no, created_at FROM meetings WHERE event_id = $1 AND status = 'booked'`,
      [event.id],
    );
    const meetings = new Map(meetingRows.map((m) => [m.request_id, m]));
    const blocked = await this.state.blockedSlots(tx, event.id, grid);
    // Only investors have daily caps, and only this run's people matter (not every investor on the platform).
    const caps = await this.state.caps(tx, [...new Set(requests.map((r) => r.counterpart_id))]);

    const open = firstOpenSlot(grid, this.clock.now());

    const participants = new Map<string, ScheduleInstance['participants'][number]>();
    const person = (id: string, side: 'startup' | 'counterpart') => {
      if (!participants.has(id)) {
        const cap = caps.get(id);
        const own = [...(blocked.get(id) ?? [])].filter((t) => t >= open).sort((a, b) => a - b);
        const started = Array.from({ length: open }, (_, t) => t);
        participants.set(id, { id, side, blocked: [...started, ...own], ...(cap !== undefined ? { maxPerDay: cap } : {}) });
      }
    };
    for (const r of requests) {
      person(r.startup_id, 'startup');
      person(r.counterpart_id, 'counterpart');
    }
    const published = event.schedulePublishedAt;
    const fixedRows = meetingRows.filter((m) => m.slot < open || (published !== null && m.created_at <= published));
    // A published or started meeting stays even if its people blocked that time later: they are told, the plan keeps it.
    for (const m of fixedRows) {
      for (const id of [m.startup_id, m.counterpart_id]) {
        const p = participants.get(id);
        if (p) p.blocked = p.blocked.filter((t) => t !== m.slot);
      }
    }
    const fixed = fixedRows.map((m) => ({ request: m.request_id, slot: m.slot, table: m.table_no }));
    // Who sat in a started slot's meeting was not free then.
    const startedMeetings = new Map<string, Set<number>>();
    for (const m of meetingRows) {
      if (m.slot >= open) continue;
      for (const id of [m.startup_id, m.counterpart_id]) (startedMeetings.get(id) ?? startedMeetings.set(id, new Set()).get(id)!).add(m.slot);
    }
    const pairs = new Map(requests.map((r) => [r.id, [r.startup_id, r.counterpart_id]]));
    const freeAt = (id: string, t: number) => !blocked.get(id)?.has(t) && !(t < open && startedMeetings.get(id)?.has(t));
    const commonFreeOnlyStarted = (requestId: string): boolean => {
      const pair = pairs.get(requestId);
      if (!pair || open === 0) return false;
      const common = (t: number) => freeAt(pair[0], t) && freeAt(pair[1], t);
      for (let t = open; t < grid.slotCount; t++) if (common(t)) return false;
      for (let t = 0; t < open; t++) if (common(t)) return true;
      return false;
    };
    return {
      instance: {
        days: grid.days.length,
        slotsPerDay: grid.slotsPerDay,
        tables: event.tables,
        participants: [...participants.values()],
        requests: requests.map((r) => ({
          id: r.id, startup: r.startup_id, counterpart: r.counterpart_id,
          value: requestValue(r.score, r.startup_decision, r.counterpart_decision),
        })),
        fixed,
      },
      meetings,
      statuses: new Map(requests.map((r) => [r.id, r.status])),
      reasons: new Map(requests.filter((r) => r.reason !== null).map((r) => [r.id, r.reason!])),
      commonFreeOnlyStarted,
    };
  }
}
