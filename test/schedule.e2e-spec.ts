import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { auth, createTestApp, drainQueues, TestApp, waitForRun } from './utils';
import { auditViolations, matchedEvent, matchId, type Party } from './booking-fixtures';

interface BoardBody {
  eventId: string; timezone: string; published: boolean;
  people: { accountId: string[]; name: string[]; role: string[] };
  times: { startsAt: string[]; endsAt: string[] };
  meetings: { id: string[]; time: number[]; table: number[]; startup: number[]; counterpart: number[] };
  pitches: { person: number; session: string; startsAt: string; endsAt: string }[];
}
interface ScheduleBody {
  eventId: string; timezone: string; published: boolean;
  meetings: { id: string; startsAt: string; endsAt: string; table: number; startup: { accountId: string; name: string }; counterpart: { accountId: string; name: string; role: string } }[];
  pitches: { session: string; startsAt: string; endsAt: string; accountId: string; name: string }[];
}

/** The board's compact read holds the schedule: every meeting once at its time and table between its two people, the same pitches. */
async function expectBoardHoldsSchedule(t: TestApp, eventId: string): Promise<BoardBody> {
  const schedule: ScheduleBody = (await t.http.get(`/v1/events/${eventId}/schedule`).set(auth(t.organizerToken)).expect(200)).body;
  const board: BoardBody = (await t.http.get(`/v1/events/${eventId}/schedule/board`).set(auth(t.organizerToken)).expect(200)).body;
  expect(board).toMatchObject({ eventId, timezone: schedule.timezone, published: schedule.published });
  const person = (i: number) => ({ accountId: board.people.accountId[i], name: board.people.name[i], role: board.people.role[i] });
  const columns = Object.values(board.meetings).map((c) => c.length);
  expect(columns).toEqual(columns.map(() => schedule.meetings.length));
  expect(new Set(board.meetings.id).size).toBe(schedule.meetings.length); // each meeting once
  const everyone = new Set([...schedule.meetings.flatMap((m) => [m.startup.accountId, m.counterpart.accountId]), ...schedule.pitches.map((p) => p.accountId)]);
  expect(new Set(board.people.accountId)).toEqual(everyone);
  expect(board.people.accountId).toHaveLength(everyone.size); // each person once
  expect(new Set(board.times.startsAt.map((s, i) => `${s}/${board.times.endsAt[i]}`)).size).toBe(board.times.startsAt.length);
  const decoded = board.meetings.id.map((id, i) => ({
    id, startsAt: board.times.startsAt[board.meetings.time[i]], endsAt: board.times.endsAt[board.meetings.time[i]], table: board.meetings.table[i],
    startup: person(board.meetings.startup[i]), counterpart: person(board.meetings.counterpart[i]),
  }));
  expect(decoded).toEqual(
    schedule.meetings.map((m) => ({ id: m.id, startsAt: m.startsAt, endsAt: m.endsAt, table: m.table, startup: { ...m.startup, role: 'startup' }, counterpart: m.counterpart })),
  );
  expect(board.pitches.map((p) => ({ ...person(p.person), session: p.session, startsAt: p.startsAt, endsAt: p.endsAt }))).toEqual(
    schedule.pitches.map((p) => ({ accountId: p.accountId, name: p.name, role: 'startup', session: p.session, startsAt: p.startsAt, endsAt: p.endsAt })),
  );
  return board;
}

describe('schedule runs, IR allocation and time zones (e2e, real worker)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(async () => t?.close());

  it('re-plans all accepted meetings at once, reports true bounds, publishes once (409 after)', async () => {
    const { eventId, startups, investors } = await matchedEvent(t, {
      startups: 6, investors: 3, maxMeetingsPerDay: 4,
      event: { meetingGrid: { dayStart: '09:00', dayEnd: '11:00', slotMinutes: 30, tables: 2 } },
    });
    // one startup is away the whole first morning
    await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(startups[0].token))
      .send({ blocked: [{ from: '2026-10-28T09:00:00+09:00', to: '2026-10-28T11:00:00+09:00' }] }).expect(200);
    for (const v of investors) {
      for (const s of startups) {
        const mid = await matchId(t, eventId, v, s.id);
        const r = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(v.token)).send({ matchId: mid }).expect(201);
        await t.http.post(`/v1/meeting-requests/${r.body.id}/accept`).set(auth(s.token)).expect(200);
      }
    }
    await drainQueues(t);
    const capacity = await t.http.get(`/v1/events/${eventId}/capacity`).set(auth(t.organizerToken)).expect(200);
    expect(capacity.body).toMatchObject({ requests: 18, tableSlots: 16 });

    const started = await t.http.post(`/v1/events/${eventId}/schedule-runs`).set(auth(t.organizerToken)).expect(202);
    expect(started.body).toEqual({ id: expect.any(String), status: 'queued' });
    const run = await waitForRun(t, `/v1/schedule-runs/${started.body.id}`, t.organizerToken);
    expect(run).toMatchObject({ status: 'done', progress: 1, accepted: 18, booked: expect.any(Number), unschedulable: expect.any(Number) });
    expect(run.booked + run.unschedulable).toBe(18);
    expect(run.booked).toBeLessThanOrEqual(16); // 2 tables × 8 slots
    expect(run.upperBound).toBeGreaterThanOrEqual(run.booked);
    expect(run.upperBound).toBeLessThanOrEqual(16);
    expect(run.valueUpperBound).toBeGreaterThanOrEqual(run.value);
    expect(run.startupsWithMeeting).toBe(6); // fairness floor: every startup gets one
    expect(await auditViolations(t, eventId)).toEqual([]);

    // The board's compact read: the same meetings, in a fraction of the bytes; organizers only.
    const board = await expectBoardHoldsSchedule(t, eventId);
    expect(board.meetings.id).toHaveLength(run.booked);
    const full = await t.http.get(`/v1/events/${eventId}/schedule`).set(auth(t.organizerToken)).expect(200);
    expect(JSON.stringify(board).length).toBeLessThan(JSON.stringify(full.body).length / 2);
    await t.http.get(`/v1/events/${eventId}/schedule/board`).set(auth(startups[0].token)).expect(403);
    await t.http.get(`/v1/events/${eventId}/schedule/board`).set(auth(investors[0].token)).expect(403);
    await t.http.get(`/v1/events/${eventId}/schedule/board`).expect(401);
    await t.http.get('/v1/events/00000000-0000-4000-8000-000000000000/schedule/board').set(auth(t.organizerToken)).expect(404);

    const published = await t.http.post(`/v1/events/${eventId}/schedule/publish`).set(auth(t.organizerToken)).expect(200);
    expect(published.body.meetings).toBe(run.booked);
    await t.http.post(`/v1/events/${eventId}/schedule/publish`).set(auth(t.organizerToken)).expect(409);
    // published meetings are frozen: a later run keeps every one where it is
    const before = await t.db.query(`SELECT id, slot, table_no, sequence FROM meetings WHERE event_id = $1 AND status = 'booked' ORDER BY id`, [eventId]);
    const again = await t.http.post(`/v1/events/${eventId}/schedule-runs`).set(auth(t.organizerToken)).expect(202);
    expect((await waitForRun(t, `/v1/schedule-runs/${again.body.id}`, t.organizerToken)).status).toBe('done');
    expect(await t.db.query(`SELECT id, slot, table_no, sequence FROM meetings WHERE event_id = $1 AND status = 'booked' ORDER BY id`, [eventId])).toEqual(before);
    const agenda = await t.http.get(`/v1/events/${eventId}/agenda`).set(auth(investors[0].token)).expect(200);
    expect(agenda.body.published).toBe(true);
    expect(agenda.body.items.every((i: { provisional: boolean }) => i.provisional === false)).toBe(true);

    // After publishing, changes are single moves: same meeting id (calendar UID), higher SEQUENCE, both notified.
    const [m] = await t.db.query(`SELECT id, slot, table_no, startup_id, sequence FROM meetings WHERE event_id = $1 AND status = 'booked' ORDER BY slot LIMIT 1`, [eventId]);
    const [other] = await t.db.query(`SELECT slot, table_no FROM meetings WHERE event_id = $1 AND status = 'booked' AND slot = $2 AND id <> $3`, [eventId, m.slot, m.id]);
    await t.http.patch(`/v1/meetings/${m.id}`).set(auth(investors[0].token)).send({ table: 2 }).expect(403);
    if (other) {
      const taken = await t.http.patch(`/v1/meetings/${m.id}`).set(auth(t.organizerToken)).send({ table: other.table_no }).expect(409);
      expect(taken.body.code).toBe('slot_taken');
    }
    await t.http.patch(`/v1/meetings/${m.id}`).set(auth(t.organizerToken)).send({ startsAt: '2026-10-28T09:10:00+09:00' }).expect(400);
    const moved = await t.http.patch(`/v1/meetings/${m.id}`).set(auth(t.organizerToken)).send({ table: 3 }).expect(400); // only 2 tables
    expect(moved.body.errors[0].field).toBe('table');
    const freeTable = other ? null : m.table_no === 1 ? 2 : 1;
    if (freeTable) {
      const ok = await t.http.patch(`/v1/meetings/${m.id}`).set(auth(t.organizerToken)).send({ table: freeTable }).expect(200);
      expect(ok.body).toMatchObject({ id: m.id, table: freeTable, sequence: m.sequence + 1 });
    }
    // The schedule is published: blocking the time of a published meeting is refused (409, listing it), and
    // nothing moves until an organizer moves or cancels it. (Before publishing it is moved: hardening e2e.)
    const [mine] = await t.db.query(`SELECT id, starts_at, ends_at, startup_id, sequence FROM meetings WHERE event_id = $1 AND status = 'booked' ORDER BY slot DESC LIMIT 1`, [eventId]);
    const owner = startups.find((s) => s.id === mine.startup_id)!;
    const blockedBefore = (await t.http.get(`/v1/events/${eventId}/me/availability`).set(auth(owner.token)).expect(200)).body.blocked;
    const refused = await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(owner.token))
      .send({ blocked: [{ from: new Date(mine.starts_at).toISOString(), to: new Date(mine.ends_at).toISOString() }] }).expect(409);
    expect(refused.body).toMatchObject({ code: 'published_meeting_conflict', meetings: [expect.objectContaining({ id: mine.id })] });
    const [after] = await t.db.query(`SELECT status, starts_at, sequence FROM meetings WHERE id = $1`, [mine.id]);
    expect(after).toMatchObject({ status: 'booked', sequence: mine.sequence });
    expect((await t.http.get(`/v1/events/${eventId}/me/availability`).set(auth(owner.token)).expect(200)).body.blocked).toEqual(blockedBefore);
    expect(await auditViolations(t, eventId)).toEqual([]);
  });

  it('allocates IR pitches by VC interest with a waitlist, promotes on withdrawal, and blocks meetings during the pitch', async () => {
    const { eventId, startups, investors } = await matchedEvent(t, { startups: 3, investors: 2 });
    const session = await t.http.post(`/v1/events/${eventId}/ir-sessions`).set(auth(t.organizerToken))
      .send({ title: 'Quantum IR', room: 'Hall B', startsAt: '2026-10-28T09:00:00+09:00', slotMinutes: 30, slotCount: 2, sectors: ['quantum'] }).expect(201);
    const focusElsewhere = await t.http.post(`/v1/events/${eventId}/ir-sessions`).set(auth(t.organizerToken))
      .send({ title: 'Bio IR', room: 'Hall C', startsAt: '2026-10-28T13:00:00+09:00', slotMinutes: 10, slotCount: 5, sectors: ['bio-health'] }).expect(201);
    // VC members mark startup 2 interested twice, startup 1 once: they go first
    for (const [v, s] of [[investors[0], startups[2]], [investors[1], startups[2]], [investors[0], startups[1]]] as [Party, Party][]) {
      await t.http.put(`/v1/matches/${await matchId(t, eventId, v, s.id)}/decision`).set(auth(v.token)).send({ decision: 'interested' }).expect(200);
    }
    const requests: string[] = [];
    for (const s of startups) {
      const r = await t.http.post(`/v1/events/${eventId}/ir-requests`).set(auth(s.token)).send({ sessionIds: [focusElsewhere.body.id, session.body.id] }).expect(201);
      expect(r.body.status).toBe('requested');
      requests.push(r.body.id);
    }
    await t.http.post(`/v1/events/${eventId}/ir-requests`).set(auth(startups[0].token)).send({ sessionIds: [session.body.id] }).expect(409);
    await t.http.post(`/v1/events/${eventId}/ir-requests`).set(auth(investors[0].token)).send({ sessionIds: [session.body.id] }).expect(403);

    const run = await t.http.post(`/v1/events/${eventId}/ir-allocations`).set(auth(t.organizerToken)).expect(202);
    const done = await waitForRun(t, `/v1/ir-allocations/${run.body.id}`, t.organizerToken);
    expect(done).toMatchObject({ status: 'done', progress: 1, requests: 3, allocated: 2, waitlisted: 1 });
    const lineup = await t.http.get(`/v1/events/${eventId}/ir-sessions/${session.body.id}`).set(auth(startups[0].token)).expect(200);
    expect(lineup.body.lineup.map((p: { startup: { accountId: string } }) => p.startup.accountId)).toEqual([startups[2].id, startups[1].id]);
    expect(lineup.body.lineup[0]).toMatchObject({ startsAt: '2026-10-28T09:00:00+09:00', endsAt: '2026-10-28T09:30:00+09:00' });
    const waiting = await t.http.get(`/v1/events/${eventId}/ir-requests`).set(auth(startups[0].token)).expect(200);
    expect(waiting.body.items).toEqual([expect.objectContaining({ status: 'waitlisted', waitlistPosition: 1 })]);

    // a pitch blocks its meeting slot: startup 2 meets investor 1 only outside 09:00–09:30 on day 1
    const mid = await matchId(t, eventId, investors[1], startups[2].id);
    const req = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(startups[2].token)).send({ matchId: mid }).expect(201);
    await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(investors[1].token)).expect(200);
    await drainQueues(t);
    const meeting = (await t.http.get(`/v1/meeting-requests/${req.body.id}`).set(auth(startups[2].token))).body.meeting;
    expect(meeting.startsAt).not.toBe('2026-10-28T09:00:00+09:00');
    const agenda = await t.http.get(`/v1/events/${eventId}/agenda`).set(auth(startups[2].token)).expect(200);
    expect(agenda.body.items.map((i: { type: string }) => i.type).sort()).toEqual(['meeting', 'pitch']);
    expect((await expectBoardHoldsSchedule(t, eventId)).pitches).toHaveLength(2); // and the board sees both pitches

    // withdrawing startup 2's pitch promotes the waitlisted startup 0
    await t.http.delete(`/v1/ir-requests/${requests[2]}`).set(auth(startups[1].token)).expect(404);
    await t.http.delete(`/v1/ir-requests/${requests[2]}`).set(auth(startups[2].token)).expect(204);
    const promoted = await t.http.get(`/v1/events/${eventId}/ir-requests`).set(auth(startups[0].token)).expect(200);
    expect(promoted.body.items[0]).toMatchObject({ status: 'allocated', pitch: { sessionId: session.body.id, position: 0 } });
    expect(await auditViolations(t, eventId)).toEqual([]);
  });

  it('shows times in the event timezone across a daylight-saving change, in JSON and in the calendar', async () => {
    // Europe/Berlin leaves DST on 2026-10-25 03:00 → 02:00; the event spans that night.
    const { eventId, startups, investors } = await matchedEvent(t, {
      startups: 1, investors: 1,
      event: { timezone: 'Europe/Berlin', startDate: '2026-10-24', endDate: '2026-10-25', meetingGrid: { dayStart: '09:00', dayEnd: '10:00', slotMinutes: 30, tables: 1 } },
    });
    const [s] = startups;
    const [v] = investors;
    // day 1 is fully blocked, so the meeting lands on day 2, after the change
    await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(s.token))
      .send({ blocked: [{ from: '2026-10-24T09:00:00+02:00', to: '2026-10-24T10:00:00+02:00' }] }).expect(200);
    const r = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: await matchId(t, eventId, v, s.id) }).expect(201);
    await t.http.post(`/v1/meeting-requests/${r.body.id}/accept`).set(auth(v.token)).expect(200);
    await drainQueues(t);
    const meeting = (await t.http.get(`/v1/meeting-requests/${r.body.id}`).set(auth(s.token))).body.meeting;
    expect(meeting.startsAt).toBe('2026-10-25T09:00:00+01:00');
    const [{ starts_at }] = await t.db.query(`SELECT starts_at FROM meetings WHERE id = $1`, [meeting.id]);
    expect(new Date(starts_at).toISOString()).toBe('2026-10-25T08:00:00.000Z');
    const ics = (await t.http.get(`/v1/events/${eventId}/agenda.ics`).set(auth(v.token)).expect(200)).text;
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const zone = new ICAL.Timezone(calendar.getFirstSubcomponent('vtimezone')!);
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    start.zone = zone;
    expect(start.toJSDate().toISOString()).toBe('2026-10-25T08:00:00.000Z');
    expect(ics).toContain('DTSTART;TZID=Europe/Berlin:20261025T090000');
  });
});
