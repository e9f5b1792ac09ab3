import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { EventGrid } from '../src/modules/events/event-grid';
import { OutcomesService } from '../src/modules/outcomes/outcomes.service';
import { auditViolations, matchedEvent, matchId, type Party } from './booking-fixtures';
import { bookedMeeting, notificationsOf } from './outcome-fixtures';
import { auth, createTestApp, drainQueues, type TestApp } from './utils';

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
    let slot: number;

    beforeAll(async () => {
      ({ eventId, startups, investors } = await matchedEvent(t, {
        startups: 2, investors: 4,
        event: { timezone: spec.timezone, startDate: spec.startDate, endDate: spec.endDate, meetingGrid: { dayStart: '00:00', dayEnd: '23:30', slotMinutes: 30, tables: 3 } },
      }));
      // Everyone is free only in the next slot that starts at least two minutes from now.
      slot = Array.from({ length: grid.slotCount }, (_, i) => i).find((i) => grid.slotStart(i).getTime() > Date.now() + 120_000)!;
      const blocked = [
        { from: grid.slotStart(0).toISOString(), to: grid.slotStart(slot).toISOString() },
        ...(slot + 1 < grid.slotCount ? [{ from: grid.slotEnd(slot).toISOString(), to: grid.slotEnd(grid.slotCount - 1).toISOString() }] : []),
      ];
      for (const p of [...startups, ...investors]) {
        await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(p.token)).send({ blocked }).expect(200);
      }
    });

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

    it("offers a no-show's slot to the present party's best waiting request", async () => {
      const [, s] = startups;
      const [, , v3, v4] = investors;
      const first = await bookedMeeting(t, eventId, s, v3);
      const next = await waiting(s, v4);
      // the meeting started 11 minutes ago (its slot has not ended): the startup is there, the investor is not
      await t.db.query(`UPDATE meetings SET starts_at = now() - interval '11 minutes' WHERE id = $1`, [first.meetingId]);
      await t.http.post(`/v1/meetings/${first.meetingId}/check-in`).set(auth(s.token)).send({}).expect(200);
      await t.http.post(`/v1/meetings/${first.meetingId}/no-show`).set(auth(s.token)).expect(200);
      expect(await slotOf(next)).toBe(slot);
      expect((await notificationsOf(t, v4.id, 'meeting.booked')).at(-1)!.payload).toMatchObject({ requestId: next, backfill: true });
      expect(await auditViolations(t, eventId)).toEqual([]);
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
    });
  });
});
