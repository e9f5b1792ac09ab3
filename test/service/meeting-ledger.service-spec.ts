import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { isCheckViolation, isUniqueViolation } from '../../src/database/pg-errors';
import { EventGrid } from '../../src/modules/events/event-grid';
import { MeetingLedger } from '../../src/modules/booking/ledger/meeting-ledger.repository';
import { createServiceDb, rows, type ServiceDb } from './service-db';

/** The grid of `rows.event`: two days, 09:00–11:00 in 30-minute slots (4 a day). */
const grid = new EventGrid({ timezone: 'Asia/Seoul', startDate: '2026-10-28', endDate: '2026-10-29', dayStart: '09:00', dayEnd: '11:00', slotMinutes: 30 });

describe('MeetingLedger (service, cloned database)', () => {
  let s: ServiceDb;
  const ledger = new MeetingLedger();
  let eventId: string;
  let startup: string;
  let other: string;
  let investor: string;
  let capped: string;

  const tx = <T>(work: (m: EntityManager) => Promise<T>) => s.db.transaction(work);
  const statusOf = async (requestId: string) => (await s.db.query(`SELECT status, reason FROM meeting_requests WHERE id = $1`, [requestId]))[0];
  const occupancy = async () => s.db.query(`SELECT account_id, slot, meeting_id, pitch_id FROM occupancy WHERE event_id = $1 ORDER BY slot, account_id`, [eventId]);
  const loads = async () =>
    Object.fromEntries((await s.db.query(`SELECT account_id, day, meetings FROM day_load WHERE event_id = $1`, [eventId])).map((r: any) => [`${r.account_id}:${r.day}`, r.meetings]));
  const book = (requestId: string, a: string, b: string, slot: number, table: number, capB: number | null = null) =>
    tx((m) => ledger.createMeeting(m, eventId, grid, { requestId, startupId: a, counterpartId: b, slot, table }, [{ id: a, cap: null }, { id: b, cap: capB }]));

  beforeAll(async () => {
    s = await createServiceDb();
  });
  afterAll(async () => s?.close());
  beforeEach(async () => {
    eventId = await rows.event(s.db);
    startup = await rows.startup(s.db);
    other = await rows.startup(s.db);
    investor = await rows.investor(s.db);
    capped = await rows.investor(s.db, 1);
    await rows.join(s.db, eventId, startup, other, investor, capped);
  });

  it('books a request: the meeting at its slot and table, both people occupied, daily counters, request booked', async () => {
    const requestId = await rows.request(s.db, eventId, startup, investor);
    const meetingId = await book(requestId, startup, investor, 5, 2);
    const [m] = await s.db.query(`SELECT request_id, slot, table_no, status, starts_at FROM meetings WHERE id = $1`, [meetingId]);
    expect(m).toMatchObject({ request_id: requestId, slot: 5, table_no: 2, status: 'booked' });
    expect(m.starts_at.toISOString()).toBe('2026-10-29T00:30:00.000Z'); // day 2, 09:30 in Seoul
    expect(await occupancy()).toEqual([
      { account_id: [startup, investor].sort()[0], slot: 5, meeting_id: meetingId, pitch_id: null },
      { account_id: [startup, investor].sort()[1], slot: 5, meeting_id: meetingId, pitch_id: null },
    ]);
    expect(await loads()).toEqual({ [`${startup}:1`]: 1, [`${investor}:1`]: 1 });
    expect(await statusOf(requestId)).toEqual({ status: 'booked', reason: null });
  });

  it('never puts a person or a table in two meetings of one slot: the schema refuses and the transaction leaves nothing', async () => {
    const first = await rows.request(s.db, eventId, startup, investor);
    const samePerson = await rows.request(s.db, eventId, startup, capped);
    const sameTable = await rows.request(s.db, eventId, other, capped);
    await book(first, startup, investor, 0, 1);
    const personClash = await book(samePerson, startup, capped, 0, 2).catch((e) => e);
    expect(isUniqueViolation(personClash)).toBe(true);
    const tableClash = await book(sameTable, other, capped, 0, 1).catch((e) => e);
    expect(isUniqueViolation(tableClash)).toBe(true);
    expect(await statusOf(samePerson)).toMatchObject({ status: 'accepted' });
    expect(await statusOf(sameTable)).toMatchObject({ status: 'accepted' });
    expect((await s.db.query(`SELECT count(*)::int AS n FROM meetings WHERE event_id = $1`, [eventId]))[0].n).toBe(1);
    expect(await loads()).toEqual({ [`${startup}:0`]: 1, [`${investor}:0`]: 1 });
  });

  it("holds an investor to its daily cap through the checked counter", async () => {
    const a = await rows.request(s.db, eventId, startup, capped);
    const b = await rows.request(s.db, eventId, other, capped);
    await book(a, startup, capped, 0, 1, 1);
    expect(isCheckViolation(await book(b, other, capped, 1, 1, 1).catch((e) => e))).toBe(true);
    await book(b, other, capped, 4, 1, 1); // the next day is free
    expect(await loads()).toMatchObject({ [`${capped}:0`]: 1, [`${capped}:1`]: 1 });
  });

  it('cancels a meeting: slot and counters freed, SEQUENCE up, request cancelled; a second cancel changes nothing', async () => {
    const requestId = await rows.request(s.db, eventId, startup, investor);
    const meetingId = await book(requestId, startup, investor, 2, 1);
    const cancelled = await tx((m) => ledger.cancelMeeting(m, meetingId, grid, { status: 'cancelled', reason: 'cancelled by a participant' }));
    expect(cancelled).toMatchObject({ request_id: requestId, slot: 2 });
    expect(await s.db.query(`SELECT status, sequence FROM meetings WHERE id = $1`, [meetingId])).toEqual([{ status: 'cancelled', sequence: 1 }]);
    expect(await occupancy()).toEqual([]);
    expect(await loads()).toEqual({ [`${startup}:0`]: 0, [`${investor}:0`]: 0 });
    expect(await statusOf(requestId)).toEqual({ status: 'cancelled', reason: 'cancelled by a participant' });
    expect(await tx((m) => ledger.cancelMeeting(m, meetingId, grid, { status: 'cancelled', reason: 'again' }))).toBeNull();
    await tx((m) => ledger.releaseSlot(m, meetingId, grid));
    expect(await loads()).toEqual({ [`${startup}:0`]: 0, [`${investor}:0`]: 0 });
    // the freed slot and table take a new meeting at once
    const next = await rows.request(s.db, eventId, other, investor);
    await book(next, other, investor, 2, 1);
    expect(await statusOf(next)).toMatchObject({ status: 'booked' });
  });

  it('moves a meeting whose slot was released, keeping its id and raising its SEQUENCE', async () => {
    const requestId = await rows.request(s.db, eventId, startup, investor);
    const meetingId = await book(requestId, startup, investor, 1, 1);
    await tx(async (m) => {
      await ledger.releaseSlot(m, meetingId, grid);
      await ledger.moveMeeting(m, eventId, grid, meetingId, { slot: 6, table: 2 }, [{ id: startup, cap: null }, { id: investor, cap: null }]);
    });
    expect(await s.db.query(`SELECT slot, table_no, sequence, status FROM meetings WHERE id = $1`, [meetingId])).toEqual([{ slot: 6, table_no: 2, sequence: 1, status: 'booked' }]);
    expect((await occupancy()).map((o: any) => o.slot)).toEqual([6, 6]);
    expect(await loads()).toEqual({ [`${startup}:0`]: 0, [`${investor}:0`]: 0, [`${startup}:1`]: 1, [`${investor}:1`]: 1 });
  });

  it('refuses a status change the transitions table does not list, and a bulk change with one bad request writes none', async () => {
    const pending = await rows.request(s.db, eventId, startup, investor, 'pending');
    await expect(tx((m) => ledger.setRequestStatus(m, 'booked', [{ id: pending, reason: null }]))).rejects.toMatchObject({ status: 409, code: 'invalid_transition' });
    const declined = await rows.request(s.db, eventId, other, investor, 'declined');
    const accepted = await rows.request(s.db, eventId, other, capped, 'accepted');
    await expect(tx((m) => ledger.setRequestStatus(m, 'unschedulable', [{ id: accepted, reason: 'no slot' }, { id: declined, reason: 'no slot' }]))).rejects.toMatchObject({ status: 409 });
    expect(await statusOf(accepted)).toEqual({ status: 'accepted', reason: null });
    await tx((m) => ledger.setRequestStatus(m, 'accepted', [{ id: pending }]));
    expect(await statusOf(pending)).toEqual({ status: 'accepted', reason: null });
    const [{ accepted_at }] = await s.db.query(`SELECT accepted_at FROM meeting_requests WHERE id = $1`, [pending]);
    expect(accepted_at).toBeInstanceOf(Date);
  });

  it("closes an owner's open requests: pending ones withdrawn, accepted and unschedulable ones cancelled, others untouched", async () => {
    const pending = await rows.request(s.db, eventId, startup, investor, 'pending');
    const accepted = await rows.request(s.db, eventId, startup, capped, 'accepted');
    const elsewhere = await rows.request(s.db, eventId, other, investor, 'pending');
    await tx((m) => ledger.closeOpenRequests(m, { accountId: startup }, 'account rejected by an organizer'));
    expect(await statusOf(pending)).toEqual({ status: 'withdrawn', reason: 'account rejected by an organizer' });
    expect(await statusOf(accepted)).toEqual({ status: 'cancelled', reason: 'account rejected by an organizer' });
    expect(await statusOf(elsewhere)).toEqual({ status: 'pending', reason: null });
  });

  it("keeps a pitching startup out of meetings in the pitch's slots until the pitch is released", async () => {
    const [session] = await s.db.query(
      `INSERT INTO ir_sessions (event_id, title, room, starts_at, slot_minutes, slot_count) VALUES ($1, 'IR', 'A', '2026-10-28T00:00:00Z', 30, 4) RETURNING id`,
      [eventId],
    );
    const [ir] = await s.db.query(`INSERT INTO ir_requests (event_id, startup_id, session_ids) VALUES ($1, $2, $3) RETURNING id`, [eventId, startup, [session.id]]);
    const [pitch] = await s.db.query(
      `INSERT INTO pitches (event_id, session_id, request_id, startup_id, position, starts_at, ends_at)
       VALUES ($1, $2, $3, $4, 0, '2026-10-28T00:00:00Z', '2026-10-28T00:30:00Z') RETURNING id`,
      [eventId, session.id, ir.id, startup],
    );
    await tx((m) => ledger.claimPitchSlots(m, eventId, startup, pitch.id, [0]));
    const requestId = await rows.request(s.db, eventId, startup, investor);
    expect(isUniqueViolation(await book(requestId, startup, investor, 0, 1).catch((e) => e))).toBe(true);
    await tx((m) => ledger.releasePitchSlots(m, [pitch.id]));
    await book(requestId, startup, investor, 0, 1);
    expect(await statusOf(requestId)).toMatchObject({ status: 'booked' });
  });
});
