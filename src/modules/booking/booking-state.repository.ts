import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventGrid } from '../events/event-grid';
import type { PartyLoad } from './slot-choice';

/** Reads what booking decisions depend on: who is busy when, daily loads and caps, tables in use. */
@Injectable()
export class BookingStateRepository {
  /** Slots each account cannot meet in: taken by a meeting or pitch, or overlapping a blocked interval. */
  async busySlots(tx: EntityManager, eventId: string, grid: EventGrid, accountIds: string[] | 'all'): Promise<Map<string, Set<number>>> {
    const filter = accountIds === 'all' ? '' : 'AND account_id = ANY($2::uuid[])';
    const params = accountIds === 'all' ? [eventId] : [eventId, accountIds];
    const busy = new Map<string, Set<number>>();
    const of = (id: string) => busy.get(id) ?? busy.set(id, new Set()).get(id)!;
    const occupied: { account_id: string; slot: number }[] = await tx.query(
      `SELECT account_id, slot FROM occupancy WHERE event_id = $1 ${filter}`,
      params,
    );
    for (const o of occupied) of(o.account_id).add(o.slot);
    const blocks: { account_id: string; starts_at: Date; ends_at: Date }[] = await tx.query(
      `SELECT account_id, starts_at, ends_at FROM availability_blocks WHERE event_id = $1 ${filter}`,
      params,
    );
    for (const b of blocks) for (const t of grid.slotsOverlapping(b.starts_at, b.ends_at)) of(b.account_id).add(t);
    return busy;
  }

  /** Slots each account is blocked in by availability or an IR pitch (not by meetings). */
  async blockedSlots(tx: EntityManager, eventId: string, grid: EventGrid): Promise<Map<string, Set<number>>> {
    const blocked = new Map<string, Set<number>>();
    const of = (id: string) => blocked.get(id) ?? blocked.set(id, new Set()).get(id)!;
    const pitches: { account_id: string; slot: number }[] = await tx.query(
      `SELECT account_id, slot FROM occupancy WHERE event_id = $1 AND pitch_id IS NOT NULL`,
      [eventId],
    );
    for (const p of pitches) of(p.account_id).add(p.slot);
    const blocks: { account_id: string; starts_at: Date; ends_at: Date }[] = await tx.query(
      `SELECT account_id, starts_at, ends_at FROM availability_blocks WHERE event_id = $1`,
      [eventId],
    );
    for (const b of blocks) for (const t of grid.slotsOverlapping(b.starts_at, b.ends_at)) of(b.account_id).add(t);
    return blocked;
  }

  async dayLoads(tx: EntityManager, eventId: string, accountIds: string[]): Promise<Map<string, number[]>> {
    const rows: { account_id: string; day: number; meetings: number }[] = await tx.query(
      `SELECT account_id, day, meetings FROM day_load WHERE event_id = $1 AND account_id = ANY($2::uuid[])`,
      [eventId, accountIds],
    );
    const loads = new Map<string, number[]>();
    for (const r of rows) {
      const list = loads.get(r.account_id) ?? [];
      list[r.day] = r.meetings;
      loads.set(r.account_id, list);
    }
    return loads;
  }

  /** Daily meeting caps of the given people: investors' `maxMeetingsPerDay`; others have none. */
  async caps(tx: EntityManager, accountIds: string[]): Promise<Map<string, number>> {
    const rows: { account_id: string; cap: number }[] = await tx.query(
      `SELECT account_id, max_meetings_per_day AS cap FROM investor_profiles WHERE account_id = ANY($1::uuid[])`,
      [accountIds],
    );
    return new Map(rows.map((r) => [r.account_id, r.cap]));
  }

  /** Everything the slot choice needs about two people: busy slots, daily loads and caps (read in this order). */
  async partyLoads(tx: EntityManager, eventId: string, grid: EventGrid, people: { id: string; label: string }[]): Promise<PartyLoad[]> {
    const ids = people.map((p) => p.id);
    const busy = await this.busySlots(tx, eventId, grid, ids);
    const loads = await this.dayLoads(tx, eventId, ids);
    const caps = await this.caps(tx, ids);
    return people.map(({ id, label }) => ({ label, busy: busy.get(id) ?? new Set<number>(), dayLoad: loads.get(id) ?? [], cap: caps.get(id) ?? null }));
  }

  async tablesUsed(tx: EntityManager, eventId: string): Promise<Map<number, Set<number>>> {
    const rows: { slot: number; table_no: number }[] = await tx.query(
      `SELECT slot, table_no FROM meetings WHERE event_id = $1 AND status = 'booked'`,
      [eventId],
    );
    const used = new Map<number, Set<number>>();
    for (const r of rows) (used.get(r.slot) ?? used.set(r.slot, new Set()).get(r.slot)!).add(r.table_no);
    return used;
  }
}
