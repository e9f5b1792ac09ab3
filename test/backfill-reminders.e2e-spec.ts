import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { Clock } from '../src/common/clock/clock';
import { ScheduleInstanceRepository } from '../src/modules/booking/schedule-instance.repository';
import { EventEntity } from '../src/modules/events/event.entities';
import { EventGrid } from '../src/modules/events/event-grid';
import { gridOf } from '../src/modules/events/events.views';
import { OutcomesService } from '../src/modules/outcomes/outcomes.service';
import { auditViolations, matchedEvent, matchId, type Party } from './booking-fixtures';
import { corporateProfile, demand } from './factories';
import { bookedMeeting, notificationsOf, startsIn } from './outcome-fixtures';
import { auth, createTestApp, drainQueues, member, waitForRun, type TestApp } from './utils';

const utcDate = (days: number) => DateTime.utc().plus({ days }).toISODate()!;

describe('backfill of freed slots during the event, and outcome reminders (e2e, real worker)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(async () => t?.close());

  describe('backfill', () => {
    // An event running now (UTC, yesterday to tomorrow, 30-minute slots round the clock).
    const spec = { timezone: 'UTC', startDate: utcDate(-1), endDate: utcDate(1), dayStart: '00:00', dayEnd: '23:30', slotMinutes: 30 };
    const grid = new EventGrid(spec);
    let eventId: string;
    let startups: Party[];
    let investors: Party[];
    let corp: Party;
    let slot: number;

    beforeAll(async () => {
      ({ eventId, startups, investors } = await matchedEvent(t, {
        startups: 5, investors: 8,
        event: { timezone: spec.timezone, startDate: spec.startDate, endDate: spec.endDate, meetingGrid: { dayStart: '00:00', dayEnd: '23:30', slotMinutes: 30, tables: 5 } },
      }));
      // A corporate whose demand matches the startups (a quantum PoC).
      corp = await member(t, 'corporate');
      await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()).expect(200);
      await t.http.post('/v1/demands').set(auth(corp.token)).send(demand({
        title: '양자 오류정정 칩 PoC', description: 'Superconducting qubit chips with error correction: a PoC with our quantum lab.',
        sectors: ['quantum'], keywords: ['양자컴퓨팅', 'error correction'],
      })).expect(201);
      await t.http.post(`/v1/events/${eventId}/participants`).set(auth(corp.token)).send({}).expect(201);
      await drainQueues(t);
      // Everyone is free only in the next slot that starts at least ten minutes from now.
      slot = Array.from({ length: grid.slotCount }, (_, i) => i).find((i) => grid.slotStart(i).getTime() > Date.now() + 600_000)!;
      const blocked = [
        { from: grid.slotStart(0).toISOString(), to: grid.slotStart(slot).toISOString() },
        ...(slot + 1 < grid.slotCount ? [{ from: grid.slotEnd(slot).toISOString(), to: grid.slotEnd(grid.slotCount - 1).toISOString() }] : []),
      ];
      for (const p of [...startups, ...investors, corp]) {
        await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(p.token)).send({ blocked }).expect(200);
      }
    });
    afterEach(() => t.app.get(Clock).travelTo(null));

    /** An accepted request that cannot be booked: the startup is busy in the only common slot. */
    const waiting = async (s: Party, v: Party) => {
      const mid = await matchId(t, eventId, v, s.id);
      const req = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: mid }).expect(201);
      await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(v.token)).expect(200);
      await drainQueues(t);
      expect((await t.http.get(`/v1/meeting-requests/${req.body.id}`).set(auth(s.token)).expect(200)).body.status).toBe('unschedulable');
      return req.body.id as string;
    };
    const slotOf = async (requestId: string) =>
      (await t.db.query(`SELECT slot FROM meetings WHERE request_id = $1 AND status = 'booked'`, [requestId]))[0]?.slot;

    it('offers a cancelled slot at once to the waiting request of a party still there', async () => {
      const [s] = startups;
      const [v1, v2] = investors;
      const first = await bookedMeeting(t, eventId, s, v1);
      expect(await slotOf(first.requestId)).toBe(slot);
      const next = await waiting(s, v2);
      await t.http.delete(`/v1/meetings/${first.meetingId}`).set(auth(v1.token)).expect(204);
      // booked by the time the cancellation answered: no queue in between
      expect(await slotOf(next)).toBe(slot);
      const booked = await notificationsOf(t, v2.id, 'meeting.booked');
      expect(booked.at(-1)!.payload).toMatchObject({ requestId: next, backfill: true, freedMeetingId: first.meetingId });
      expect((await notificationsOf(t, s.id, 'meeting.booked')).at(-1)!.payload).toMatchObject({ requestId: next, backfill: true });
      expect(await auditViolations(t, eventId)).toEqual([]);
    });

    it("offers the slot of a rejected account's meeting to the other party's best waiting request", async () => {
      const [, s] = startups;
      const [, , v3, v4] = investors;
      const first = await bookedMeeting(t, eventId, s, v3);
      const next = await waiting(s, v4);
      await t.http.patch(`/v1/accounts/${v3.id}`).set(auth(t.organizerToken)).send({ status: 'rejected' }).expect(200);
      expect((await t.db.query(`SELECT status FROM meetings WHERE id = $1`, [first.meetingId]))[0].status).toBe('cancelled');
      expect(await slotOf(next)).toBe(slot);
      expect((await notificationsOf(t, v4.id, 'meeting.booked')).at(-1)!.payload).toMatchObject({ requestId: next, backfill: true, freedMeetingId: first.meetingId });
      expect(await auditViolations(t, eventId)).toEqual([]);
    });

    it("offers the slot of a deleted demand's meeting to the startup's best waiting request", async () => {
      const [, , s] = startups;
      const [, , , , v5] = investors;
      const first = await bookedMeeting(t, eventId, s, corp);
      const next = await waiting(s, v5);
      const [{ demand_id: demandId }] = await t.db.query(
        `SELECT mt.demand_id FROM meeting_requests r JOIN matches mt ON mt.id = r.match_id WHERE r.id = $1`, [first.requestId],
      );
      await t.http.delete(`/v1/demands/${demandId}`).set(auth(corp.token)).expect(204);
      expect((await t.db.query(`SELECT status FROM meetings WHERE id = $1`, [first.meetingId]))[0].status).toBe('cancelled');
      expect(await slotOf(next)).toBe(slot);
      expect((await notificationsOf(t, s.id, 'meeting.booked')).at(-1)!.payload).toMatchObject({ requestId: next, backfill: true, freedMeetingId: first.meetingId });
      expect(await auditViolations(t, eventId)).toEqual([]);
    });

    it('offers the slot of a meeting that blocked time left without a slot to the other party', async () => {
      const s = startups[4];
      const [, , , , , , v7, v8] = investors;
      const first = await bookedMeeting(t, eventId, s, v7);
      const next = await waiting(s, v8);
      // The investor blocks the one common slot too: the meeting cannot move, so it is cancelled (unschedulable).
      await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(v7.token))
        .send({ blocked: [{ from: grid.slotStart(0).toISOString(), to: grid.slotEnd(grid.slotCount - 1).toISOString() }] }).expect(200);
      await drainQueues(t);
      const [gone] = await t.db.query(`SELECT m.status, r.status AS request FROM meetings m JOIN meeting_requests r ON r.id = m.request_id WHERE m.id = $1`, [first.meetingId]);
      expect(gone).toEqual({ status: 'cancelled', request: 'unschedulable' });
      expect(await slotOf(next)).toBe(slot);
      expect((await notificationsOf(t, s.id, 'meeting.booked')).at(-1)!.payload).toMatchObject({ requestId: next, backfill: true, freedMeetingId: first.meetingId });
      expect(await auditViolations(t, eventId)).toEqual([]);
    });

    it("offers a no-show's slot, still running, at once to the present party's best waiting request; an ended slot never", async () => {
      const [, , , s] = startups;
      const [, , , , , v6] = investors;
      const first = await bookedMeeting(t, eventId, s, v6);
      const next = await waiting(s, investors[0]);
      // 11 minutes into the slot: the startup is there, the investor is not
      t.app.get(Clock).travelTo(new Date(grid.slotStart(slot).getTime() + 11 * 60_000));
      await startsIn(t, first.meetingId, -11);
      await t.http.post(`/v1/meetings/${first.meetingId}/check-in`).set(auth(s.token)).send({}).expect(200);
      await t.http.post(`/v1/meetings/${first.meetingId}/no-show`).set(auth(s.token)).expect(200);
      // booked by the time the no-show answered, into the running slot (the time left of it)
      expect(await slotOf(next)).toBe(slot);
      expect((await notificationsOf(t, s.id, 'meeting.booked')).at(-1)!.payload).toMatchObject({ requestId: next, backfill: true, freedMeetingId: first.meetingId });

      // Once that slot has ended, a cancellation in it frees nothing to offer: nothing is booked into the past.
      const later = await waiting(s, investors[1]);
      t.app.get(Clock).travelTo(new Date(grid.slotEnd(slot).getTime() + 60_000));
      const [{ id: backfilled }] = await t.db.query(`SELECT id FROM meetings WHERE request_id = $1 AND status = 'booked'`, [next]);
      await t.http.delete(`/v1/meetings/${backfilled}`).set(auth(s.token)).expect(204);
      await drainQueues(t); // the general refill after the cancellation, too
      expect(await slotOf(later)).toBeUndefined();
      expect(await auditViolations(t, eventId)).toEqual([]);
    });
  });

  describe('never into the past, while the event runs', () => {
    const spec = { timezone: 'UTC', startDate: utcDate(-1), endDate: utcDate(1), dayStart: '00:00', dayEnd: '23:30', slotMinutes: 30 };
    const grid = new EventGrid(spec);
    const running = { timezone: spec.timezone, startDate: spec.startDate, endDate: spec.endDate, meetingGrid: { dayStart: '00:00', dayEnd: '23:30', slotMinutes: 30, tables: 3 } };
    const clock = () => t.app.get(Clock);
    afterEach(() => clock().travelTo(null));
    const meetingRow = async (id: string) => (await t.db.query(`SELECT slot, table_no, sequence, status, starts_at FROM meetings WHERE id = $1`, [id]))[0];

    it('books a new request only into a slot that has not started, by the clock', async () => {
      const { eventId, startups, investors } = await matchedEvent(t, { startups: 1, investors: 1, event: running });
      // Two hours ahead: the slots up to then have started.
      const later = new Date(Date.now() + 2 * 3600_000);
      clock().travelTo(later);
      const { meetingId } = await bookedMeeting(t, eventId, startups[0], investors[0]);
      expect((await meetingRow(meetingId)).starts_at.getTime()).toBeGreaterThan(later.getTime());
    });

    it('refuses to move a meeting that has started (409 meeting_started) or into a started slot (409 slot_started)', async () => {
      const { eventId, startups: [s], investors: [v] } = await matchedEvent(t, { startups: 1, investors: 1, event: running });
      const { meetingId } = await bookedMeeting(t, eventId, s, v);
      const before = await meetingRow(meetingId);
      const startedSlot = Array.from({ length: grid.slotCount }, (_, i) => i).filter((i) => grid.slotStart(i).getTime() <= Date.now()).at(-1)!;
      const intoThePast = await t.http.patch(`/v1/meetings/${meetingId}`).set(auth(t.organizerToken))
        .send({ startsAt: grid.slotStart(startedSlot).toISOString() }).expect(409);
      expect(intoThePast.body.code).toBe('slot_started');

      clock().travelTo(new Date(before.starts_at.getTime() + 60_000));
      const started = await t.http.patch(`/v1/meetings/${meetingId}`).set(auth(t.organizerToken)).send({ table: before.table_no === 1 ? 2 : 1 }).expect(409);
      expect(started.body.code).toBe('meeting_started');
      // A participant blocking that time now keeps the running meeting (it is not moved into the past or dropped).
      await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(s.token))
        .send({ blocked: [{ from: before.starts_at.toISOString(), to: new Date(before.starts_at.getTime() + 30 * 60_000).toISOString() }] }).expect(200);
      await drainQueues(t);
      expect(await meetingRow(meetingId)).toEqual(before);
    });

    it('a schedule run keeps started meetings where they are and plans everything else after now', async () => {
      const { eventId, startups, investors } = await matchedEvent(t, { startups: 3, investors: 2, event: running });
      const first = await bookedMeeting(t, eventId, startups[0], investors[0]);
      const before = await meetingRow(first.meetingId);
      const now = new Date(before.starts_at.getTime() + 60_000);
      clock().travelTo(now);
      const second = await bookedMeeting(t, eventId, startups[1], investors[0]);
      await bookedMeeting(t, eventId, startups[2], investors[1]);

      const entity = await t.db.getRepository(EventEntity).findOneByOrFail({ id: eventId });
      const { instance } = await t.db.transaction((tx) => t.app.get(ScheduleInstanceRepository).build(tx, entity, gridOf(entity)));
      expect(instance.fixed).toEqual([{ request: first.requestId, slot: before.slot, table: before.table_no }]);
      for (const p of instance.participants) {
        const open = p.blocked.filter((b) => b <= before.slot);
        // every started slot is blocked, except where the person's own started meeting is kept
        const own = p.id === startups[0].id || p.id === investors[0].id ? 1 : 0;
        expect(open).toHaveLength(before.slot + 1 - own);
      }

      const run = await t.http.post(`/v1/events/${eventId}/schedule-runs`).set(auth(t.organizerToken)).expect(202);
      expect((await waitForRun(t, `/v1/schedule-runs/${run.body.id}`, t.organizerToken)).status).toBe('done');
      expect(await meetingRow(first.meetingId)).toEqual(before);
      const booked: { id: string; starts_at: Date }[] = await t.db.query(`SELECT id, starts_at FROM meetings WHERE event_id = $1 AND status = 'booked'`, [eventId]);
      expect(booked).toHaveLength(3);
      for (const m of booked.filter((b) => b.id !== first.meetingId)) expect(m.starts_at.getTime()).toBeGreaterThan(now.getTime());
      expect(booked.map((b) => b.id)).toContain(second.meetingId);
      expect(await auditViolations(t, eventId)).toEqual([]);
    });
    it("a schedule run says when the only times both are free have already started (not just 'no common free slot')", async () => {
      const { eventId, startups: [s, s2], investors: [v] } = await matchedEvent(t, { startups: 2, investors: 1, event: running });
      const now = new Date(Date.now() + 3 * 3600_000);
      clock().travelTo(now);
      // The first startup is away from now to the end of the event: it was free only in slots that have started.
      const lastEnd = grid.slotEnd(grid.slotCount - 1);
      await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(s.token))
        .send({ blocked: [{ from: now.toISOString(), to: lastEnd.toISOString() }] }).expect(200);
      // The second startup blocks the whole event: it was never free, so the plain reason stays.
      await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(s2.token))
        .send({ blocked: [{ from: grid.slotStart(0).toISOString(), to: lastEnd.toISOString() }] }).expect(200);
      const requests: string[] = [];
      for (const p of [s, s2]) {
        const req = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(p.token)).send({ matchId: await matchId(t, eventId, v, p.id) }).expect(201);
        await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(v.token)).expect(200);
        requests.push(req.body.id);
      }
      await drainQueues(t);
      // A reason that says nothing of started slots, as an earlier run or another path may have left.
      await t.db.query(`UPDATE meeting_requests SET reason = 'stale' WHERE id = ANY($1::uuid[])`, [requests]);

      const run = await t.http.post(`/v1/events/${eventId}/schedule-runs`).set(auth(t.organizerToken)).expect(202);
      expect((await waitForRun(t, `/v1/schedule-runs/${run.body.id}`, t.organizerToken)).status).toBe('done');
      const reasons = await Promise.all(
        [[requests[0], s], [requests[1], s2]].map(async ([id, p]) => {
          const res = await t.http.get(`/v1/meeting-requests/${id}`).set(auth((p as Party).token)).expect(200);
          return [res.body.status, res.body.reason];
        }),
      );
      expect(reasons[0]).toEqual(['unschedulable', 'no common free slot left: the startup and the counterpart are free at the same time only in slots that have already started']);
      expect(reasons[1]).toEqual(['unschedulable', 'the startup is blocked in every slot']);
    });
  });

  describe('outcome reminders', () => {
    it('reminds each party once per ended event day, only about meetings without its outcome', async () => {
      const { eventId, startups, investors } = await matchedEvent(t, {
        startups: 1, investors: 2,
        event: { timezone: 'UTC', startDate: utcDate(-1), endDate: utcDate(-1), meetingGrid: { dayStart: '00:00', dayEnd: '23:30', slotMinutes: 30, tables: 3 } },
      });
      const [s] = startups;
      const [v1, v2] = investors;
      const m1 = await bookedMeeting(t, eventId, s, v1);
      const m2 = await bookedMeeting(t, eventId, s, v2);
      await t.http.put(`/v1/meetings/${m1.meetingId}/outcome`).set(auth(s.token)).send({ held: true, followUps: ['poc'] }).expect(200);
      const outcomes = t.app.get(OutcomesService);
      await Promise.all([outcomes.sendReminders(), outcomes.sendReminders()]);
      await outcomes.sendReminders();
      const reminders = async (p: Party) => (await notificationsOf(t, p.id, 'outcome.reminder')).map((n) => n.payload);
      expect(await reminders(s)).toEqual([{ day: utcDate(-1), meetingIds: [m2.meetingId] }]);
      expect(await reminders(v1)).toEqual([{ day: utcDate(-1), meetingIds: [m1.meetingId] }]);
      expect(await reminders(v2)).toEqual([{ day: utcDate(-1), meetingIds: [m2.meetingId] }]);
      // Without SMTP_URL nothing is e-mailed (test/mail.e2e-spec.ts covers the e-mails).
      expect((await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox`))[0].n).toBe(0);
    });
  });
});
