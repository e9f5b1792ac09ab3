import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { auth, createTestApp, drainQueues, TestApp } from './utils';
import { auditViolations, matchedEvent, matchId, type Party } from './booking-fixtures';

const icsEvents = (text: string) => {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: v.getFirstPropertyValue('uid'),
    sequence: v.getFirstPropertyValue('sequence'),
    status: v.getFirstPropertyValue('status'),
    start: v.getFirstProperty('dtstart')!,
    summary: v.getFirstPropertyValue('summary'),
  }));
};

describe('booking: requests, meetings, agenda and calendar (e2e, real worker)', () => {
  let t: TestApp;
  let eventId: string;
  let startups: Party[];
  let investors: Party[];

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    ({ eventId, startups, investors } = await matchedEvent(t, { startups: 4, investors: 2, maxMeetingsPerDay: 1, event: { meetingGrid: { dayStart: '09:00', dayEnd: '11:00', slotMinutes: 30, tables: 2 } } }));
  });
  afterAll(async () => t?.close());

  const request = async (from: Party, s: Party, v: Party) => {
    const mid = await matchId(t, eventId, v, s.id);
    return (await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(from.token)).send({ matchId: mid, message: '미팅 요청드립니다' }).expect(201)).body;
  };

  it('goes from match to booked meeting to agenda and a valid .ics with a stable UID', async () => {
    const [s] = startups;
    const [v] = investors;
    const req = await request(s, s, v);
    expect(req).toMatchObject({ status: 'pending', direction: 'sent', senderId: s.id, recipientId: v.id });
    // only the recipient accepts
    await t.http.post(`/v1/meeting-requests/${req.id}/accept`).set(auth(s.token)).expect(403);
    await t.http.post(`/v1/meeting-requests/${req.id}/accept`).set(auth(investors[1].token)).expect(404);
    const [a, b] = await Promise.all([
      t.http.post(`/v1/meeting-requests/${req.id}/accept`).set(auth(v.token)),
      t.http.post(`/v1/meeting-requests/${req.id}/accept`).set(auth(v.token)),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await drainQueues(t);
    const booked = await t.http.get(`/v1/meeting-requests/${req.id}`).set(auth(s.token)).expect(200);
    expect(booked.body.status).toBe('booked');
    expect(booked.body.meeting).toMatchObject({ table: expect.any(Number), provisional: true });
    expect(booked.body.meeting.startsAt).toMatch(/\+09:00$/);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM meetings WHERE request_id = $1`, [req.id]);
    expect(n).toBe(1);
    // accepting again changes nothing
    await t.http.post(`/v1/meeting-requests/${req.id}/accept`).set(auth(v.token)).expect(200);
    await drainQueues(t);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM meetings WHERE request_id = $1`, [req.id]))[0].n).toBe(1);

    const agenda = await t.http.get(`/v1/events/${eventId}/agenda`).set(auth(v.token)).expect(200);
    expect(agenda.body.items).toEqual([expect.objectContaining({ type: 'meeting', id: booked.body.meeting.id, with: expect.objectContaining({ accountId: s.id, name: 'Startup 0 스타트업' }) })]);

    const ics = await t.http.get(`/v1/events/${eventId}/agenda.ics`).set(auth(s.token)).expect(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const [entry] = icsEvents(ics.text);
    expect(entry.uid).toBe(`meeting-${booked.body.meeting.id}@supergap-match`);
    expect(entry.status).toBe('TENTATIVE');
    expect(entry.start.getParameter('tzid')).toBe('Asia/Seoul');
    expect(entry.summary).toContain('Fund 0');
    const notifications = await t.http.get('/v1/me/notifications').set(auth(s.token)).expect(200);
    expect(notifications.body.items.map((n: { type: string }) => n.type)).toEqual(expect.arrayContaining(['meeting.booked', 'request.accepted']));

    // cancelling keeps the UID, bumps SEQUENCE and marks it cancelled
    await t.http.delete(`/v1/meetings/${booked.body.meeting.id}`).set(auth(startups[2].token)).expect(404);
    await t.http.delete(`/v1/meetings/${booked.body.meeting.id}`).set(auth(v.token)).expect(204);
    await t.http.delete(`/v1/meetings/${booked.body.meeting.id}`).set(auth(v.token)).expect(204);
    const after = icsEvents((await t.http.get(`/v1/events/${eventId}/agenda.ics`).set(auth(s.token)).expect(200)).text);
    expect(after).toEqual([expect.objectContaining({ uid: entry.uid, status: 'CANCELLED', sequence: Number(entry.sequence) + 1 })]);
    expect((await t.http.get(`/v1/meeting-requests/${req.id}`).set(auth(s.token))).body.status).toBe('cancelled');
    expect((await t.http.get(`/v1/events/${eventId}/agenda`).set(auth(v.token))).body.items).toEqual([]);
  });

  it('refuses a second open request (409), lets the sender withdraw and the recipient decline', async () => {
    const [, s] = startups;
    const [v] = investors;
    const req = await request(v, s, v);
    const mid = req.matchId;
    const dup = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: mid }).expect(409);
    expect(dup.body).toMatchObject({ code: 'conflict', reason: 'request_open' }); // reason: which conflict, for the UI's own words
    await t.http.post(`/v1/meeting-requests/${req.id}/withdraw`).set(auth(s.token)).expect(403);
    await t.http.post(`/v1/meeting-requests/${req.id}/withdraw`).set(auth(v.token)).expect(200);
    expect((await t.http.post(`/v1/meeting-requests/${req.id}/accept`).set(auth(s.token)).expect(409)).body.reason).toBe('request_closed');
    const again = await request(s, s, v);
    const declined = await t.http.post(`/v1/meeting-requests/${again.id}/decline`).set(auth(v.token)).send({ reason: 'Full schedule' }).expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', reason: 'Full schedule' });
    await t.http.post(`/v1/meeting-requests/${again.id}/decline`).set(auth(v.token)).send({}).expect(200);
    await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: 'nope', extra: 1 }).expect(400);
    const mine = await t.http.get(`/v1/events/${eventId}/meeting-requests`).query({ direction: 'sent' }).set(auth(s.token)).expect(200);
    expect(mine.body.items.every((r: { senderId: string }) => r.senderId === s.id)).toBe(true);
  });

  it("marks a request unschedulable with a reason a person can act on (the investor's daily cap)", async () => {
    const v = investors[1];
    // cap 1 per day, 2 days: the third accepted request cannot fit
    const ids: string[] = [];
    for (const s of startups.slice(0, 3)) {
      const r = await request(s, s, v);
      await t.http.post(`/v1/meeting-requests/${r.id}/accept`).set(auth(v.token)).expect(200);
      ids.push(r.id);
      await drainQueues(t);
    }
    const statuses = await Promise.all(ids.map(async (id) => (await t.http.get(`/v1/meeting-requests/${id}`).set(auth(v.token))).body));
    expect(statuses.map((r) => r.status).sort()).toEqual(['booked', 'booked', 'unschedulable']);
    const stuck = statuses.find((r) => r.status === 'unschedulable');
    expect(stuck.reason).toMatch(/investor's daily cap \(1 meetings\)/);
    expect(await auditViolations(t, eventId)).toEqual([]);

    // freeing capacity books the waiting request
    const bookedOne = statuses.find((r) => r.status === 'booked');
    await t.http.delete(`/v1/meetings/${bookedOne.meeting.id}`).set(auth(t.organizerToken)).expect(204);
    await drainQueues(t);
    expect((await t.http.get(`/v1/meeting-requests/${stuck.id}`).set(auth(v.token))).body.status).toBe('booked');
  });

  it('gives organizers the full schedule as JSON and CSV, and nobody else', async () => {
    await t.http.get(`/v1/events/${eventId}/schedule`).set(auth(startups[0].token)).expect(403);
    const json = await t.http.get(`/v1/events/${eventId}/schedule`).set(auth(t.organizerToken)).expect(200);
    expect(json.body.meetings.length).toBeGreaterThan(0);
    for (const m of json.body.meetings) expect(m).toMatchObject({ participants: [expect.any(String), expect.any(String)], table: expect.any(Number), requestId: expect.any(String) });
    await t.http.get(`/v1/events/00000000-0000-4000-8000-000000000000/schedule`).set(auth(t.organizerToken)).expect(404);
    await t.http.get(`/v1/events/${eventId}/schedule`).expect(401);

    // The JSON is written as text: every field of every meeting as stored, names escaped (quotes, backslashes, emoji).
    const tricky = 'Quote "Q" \\ back\\slash / 🚀 스타트업\ttab';
    const named: string = json.body.meetings[0].startup.accountId;
    const [{ name: original }] = await t.db.query(`SELECT name FROM startup_profiles WHERE account_id = $1`, [named]);
    await t.db.query(`UPDATE startup_profiles SET name = $2 WHERE account_id = $1`, [named, tricky]);
    try {
      const res = await t.http.get(`/v1/events/${eventId}/schedule`).set(auth(t.organizerToken)).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const rows = await t.db.query(
        `SELECT m.id, m.request_id, m.startup_id, m.counterpart_id, m.slot, m.table_no, m.starts_at, m.ends_at, m.sequence, ca.role AS counterpart_role,
                coalesce(ssp.name, sa.display_name) AS startup_name, coalesce(cip.firm, ca.display_name) AS counterpart_name
           FROM meetings m JOIN accounts sa ON sa.id = m.startup_id LEFT JOIN startup_profiles ssp ON ssp.account_id = sa.id
           JOIN accounts ca ON ca.id = m.counterpart_id LEFT JOIN investor_profiles cip ON cip.account_id = ca.id
          WHERE m.event_id = $1 AND m.status = 'booked' ORDER BY m.starts_at, m.table_no`,
        [eventId],
      );
      const seoul = (d: Date) => DateTime.fromJSDate(d, { zone: 'Asia/Seoul' }).toISO({ suppressMilliseconds: true });
      expect(res.body).toEqual({
        eventId, timezone: 'Asia/Seoul', published: false, pitches: [],
        meetings: rows.map((m: Record<string, never>) => ({
          id: m.id, startsAt: seoul(m.starts_at), endsAt: seoul(m.ends_at), slot: m.slot, table: m.table_no, participants: [m.startup_id, m.counterpart_id],
          requestId: m.request_id, startup: { accountId: m.startup_id, name: m.startup_name },
          counterpart: { accountId: m.counterpart_id, name: m.counterpart_name, role: m.counterpart_role }, sequence: m.sequence,
        })),
      });
      expect(res.body.meetings.some((m: { startup: { name: string } }) => m.startup.name === tricky)).toBe(true);
      expect(res.body.meetings[0].startsAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+09:00$/);
    } finally {
      await t.db.query(`UPDATE startup_profiles SET name = $2 WHERE account_id = $1`, [named, original]);
    }
    const csv = await t.http.get(`/v1/events/${eventId}/schedule?format=csv`).set(auth(t.organizerToken)).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(json.body.meetings.length + 1);
    expect(csv.text).toContain('스타트업');
  });

  it("lists requests and agendas exactly as stored: every field, in order, each party's public name, times in the event's zone", async () => {
    // Written out here from the tables (not through the service's read): the JSON text must be byte for byte this.
    const tricky = 'Quote "Q" \\ back\\slash / 🚀 스타트업\ttab';
    const [s] = startups;
    const [{ name: original }] = await t.db.query(`SELECT name FROM startup_profiles WHERE account_id = $1`, [s.id]);
    await t.db.query(`UPDATE startup_profiles SET name = $2 WHERE account_id = $1`, [s.id, tricky]);
    await t.db.query(`UPDATE meeting_requests SET message = $2 WHERE event_id = $1 AND startup_id = $3`, [eventId, 'Line\nbreak "quoted" 🚀', s.id]);
    try {
      const seoul = (d: Date) => DateTime.fromJSDate(d, { zone: 'Asia/Seoul' }).toISO({ suppressMilliseconds: true });
      const NAME = (alias: string) =>
        `(SELECT json_build_object('name', coalesce(sp.name, ip.firm, cp.company, a.display_name), 'role', a.role) FROM accounts a
            LEFT JOIN startup_profiles sp ON sp.account_id = a.id LEFT JOIN investor_profiles ip ON ip.account_id = a.id
            LEFT JOIN corporate_profiles cp ON cp.account_id = a.id WHERE a.id = ${alias})`;
      const requests = await t.db.query(
        `SELECT r.*, m.id AS meeting_id, m.starts_at, m.ends_at, m.table_no, ${NAME('r.startup_id')} AS startup, ${NAME('r.counterpart_id')} AS counterpart
           FROM meeting_requests r LEFT JOIN meetings m ON m.request_id = r.id AND m.status = 'booked'
          WHERE r.event_id = $1 ORDER BY r.created_at DESC, r.id`,
        [eventId],
      );
      expect(requests.some((r: { meeting_id: string | null }) => r.meeting_id)).toBe(true);
      expect(new Set(requests.map((r: { status: string }) => r.status)).size).toBeGreaterThan(2);
      const view = (r: Record<string, never>, callerId: string | null) => ({
        id: r.id, eventId, matchId: r.match_id, senderId: r.sender_id, recipientId: r.recipient_id, startupId: r.startup_id, counterpartId: r.counterpart_id,
        direction: callerId === r.sender_id ? 'sent' : callerId === r.recipient_id ? 'received' : null,
        message: r.message, status: r.status, reason: r.reason,
        meeting: r.meeting_id ? { id: r.meeting_id, startsAt: seoul(r.starts_at), endsAt: seoul(r.ends_at), table: r.table_no, provisional: true } : null,
        createdAt: seoul(r.created_at), updatedAt: seoul(r.updated_at),
        startup: { accountId: r.startup_id, ...(r.startup as object) }, counterpart: { accountId: r.counterpart_id, ...(r.counterpart as object) },
      });
      const callers: { id: string | null; token: string }[] = [...startups, ...investors, { id: null, token: t.organizerToken }];
      for (const caller of callers) {
        const mine = requests.filter((r: { sender_id: string; recipient_id: string }) => caller.id === null || r.sender_id === caller.id || r.recipient_id === caller.id);
        for (const [query, page] of [['?limit=100', mine], ['?limit=2&page=2', mine.slice(2, 4)]] as const) {
          const res = await t.http.get(`/v1/events/${eventId}/meeting-requests${query}`).set(auth(caller.token)).expect(200);
          const limit = query === '?limit=100' ? 100 : 2;
          expect(res.text).toBe(JSON.stringify({ items: page.map((r: Record<string, never>) => view(r, caller.id)), page: limit === 100 ? 1 : 2, limit, total: mine.length }));
        }
        if (caller.id === null) continue;
        const meetings = await t.db.query(
          `SELECT m.*, CASE WHEN m.startup_id = $2 THEN m.counterpart_id ELSE m.startup_id END AS other_id,
                  CASE WHEN m.startup_id = $2 THEN ${NAME('m.counterpart_id')} ELSE ${NAME('m.startup_id')} END AS other
             FROM meetings m WHERE m.event_id = $1 AND m.status = 'booked' AND (m.startup_id = $2 OR m.counterpart_id = $2) ORDER BY m.starts_at, m.table_no`,
          [eventId, caller.id],
        );
        const agenda = await t.http.get(`/v1/events/${eventId}/agenda`).set(auth(caller.token)).expect(200);
        expect(agenda.text).toBe(
          JSON.stringify({
            eventId, timezone: 'Asia/Seoul', published: false,
            items: meetings.map((m: Record<string, never>) => ({
              type: 'meeting', id: m.id, requestId: m.request_id, startsAt: seoul(m.starts_at), endsAt: seoul(m.ends_at), table: m.table_no, status: 'booked',
              provisional: true, with: { accountId: m.other_id, ...(m.other as object) },
            })),
          }),
        );
      }
      const listed = await t.http.get(`/v1/events/${eventId}/meeting-requests?limit=100`).set(auth(s.token)).expect(200);
      expect(listed.body.items[0].startup.name).toBe(tricky);
    } finally {
      await t.db.query(`UPDATE startup_profiles SET name = $2 WHERE account_id = $1`, [s.id, original]);
    }
  });

  it('rejecting an account cancels its meetings, closes its requests and drops its undecided matches', async () => {
    const fresh = await matchedEvent(t, { startups: 2, investors: 1 });
    const [v] = fresh.investors;
    const [s0, s1] = fresh.startups;
    const mid = await matchId(t, fresh.eventId, v, s0.id);
    const req = await t.http.post(`/v1/events/${fresh.eventId}/meeting-requests`).set(auth(v.token)).send({ matchId: mid }).expect(201);
    await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(s0.token)).expect(200);
    const pending = await t.http.post(`/v1/events/${fresh.eventId}/meeting-requests`).set(auth(s1.token))
      .send({ matchId: await matchId(t, fresh.eventId, v, s1.id) }).expect(201);
    await drainQueues(t);
    expect((await t.http.get(`/v1/meeting-requests/${req.body.id}`).set(auth(s0.token))).body.status).toBe('booked');

    await t.http.patch(`/v1/accounts/${v.id}`).set(auth(t.organizerToken)).send({ status: 'rejected' }).expect(200);
    await drainQueues(t);
    expect((await t.http.get(`/v1/meeting-requests/${req.body.id}`).set(auth(s0.token))).body.status).toBe('cancelled');
    expect((await t.http.get(`/v1/meeting-requests/${pending.body.id}`).set(auth(s1.token))).body.status).toBe('withdrawn');
    expect((await t.http.get(`/v1/events/${fresh.eventId}/agenda`).set(auth(s0.token))).body.items).toEqual([]);
    const notes = await t.http.get('/v1/me/notifications').set(auth(s0.token)).expect(200);
    expect(notes.body.items.map((n: { type: string }) => n.type)).toContain('meeting.cancelled');
    // undecided matches without requests are gone; the two with requests stay for the record but are hidden
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM matches WHERE investor_id = $1 AND event_id = $2`, [v.id, fresh.eventId]);
    expect(n).toBe(2);
    expect((await t.http.get(`/v1/events/${fresh.eventId}/matches`).set(auth(s0.token)).expect(200)).body.total).toBe(0);
    expect(await auditViolations(t, fresh.eventId)).toEqual([]);
  });
});
