import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { matchedEvent, type Party } from './booking-fixtures';
import { bookedMeeting, notificationsOf, startsIn } from './outcome-fixtures';
import { auth, createTestApp, member, type TestApp } from './utils';

describe('after the meeting: check-in, no-shows and outcomes (e2e)', () => {
  let t: TestApp;
  let eventId: string;
  let startups: Party[];
  let investors: Party[];
  let outsider: Party;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    ({ eventId, startups, investors } = await matchedEvent(t, { startups: 5, investors: 2 }));
    outsider = await member(t, 'startup');
  });
  afterAll(async () => t?.close());

  const meeting = (id: string, p: Party | string) => t.http.get(`/v1/meetings/${id}`).set(auth(typeof p === 'string' ? p : p.token));
  const checkIn = (id: string, p: Party, body: Record<string, unknown> = {}) => t.http.post(`/v1/meetings/${id}/check-in`).set(auth(p.token)).send(body);

  it('shows a meeting to its parties and organizers only, each party with its own code', async () => {
    const [s] = startups;
    const [v] = investors;
    const { meetingId, requestId } = await bookedMeeting(t, eventId, s, v);
    const mine = await meeting(meetingId, s).expect(200);
    expect(mine.body).toMatchObject({ id: meetingId, requestId, status: 'booked', checkIns: [], noShow: null, participants: [s.id, v.id], table: expect.any(Number) });
    expect(mine.body.startsAt).toMatch(/\+09:00$/);
    // names for the meeting page, never e-mail addresses
    expect(mine.body.parties).toEqual([
      { accountId: s.id, name: expect.any(String), role: 'startup' },
      { accountId: v.id, name: expect.any(String), role: 'investor' },
    ]);
    expect(mine.body.parties.every((p: { name: string }) => p.name.length > 0 && !p.name.includes('@'))).toBe(true);
    expect(mine.body.myCheckInCode.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(mine.body.myCheckInCode.qrPayload).toBe(`SGM1:CHECKIN:${meetingId}:${mine.body.myCheckInCode.code}`);
    const theirs = await meeting(meetingId, v).expect(200);
    expect(theirs.body.myCheckInCode.code).not.toBe(mine.body.myCheckInCode.code);
    // the code is stable across reads
    expect((await meeting(meetingId, s).expect(200)).body.myCheckInCode.code).toBe(mine.body.myCheckInCode.code);
    const organizer = await meeting(meetingId, t.organizerToken).expect(200);
    expect(organizer.body.myCheckInCode).toBeNull();
    await meeting(meetingId, outsider).expect(404);
    await meeting(meetingId, investors[1]).expect(404);
    await meeting('not-a-uuid', s).expect(404);
    await meeting('00000000-0000-4000-8000-000000000000', s).expect(404);
  });

  it('checks in each party; twice is harmless; both → held; others 404, organizers 403; outside the window 409', async () => {
    const [, s] = startups;
    const [v] = investors;
    const { meetingId } = await bookedMeeting(t, eventId, s, v);
    await startsIn(t, meetingId, 120);
    expect((await checkIn(meetingId, s).expect(409)).body).toMatchObject({ code: 'invalid_transition', reason: 'check_in_not_yet' });
    await startsIn(t, meetingId, -5);
    await checkIn(meetingId, outsider).expect(404);
    await t.http.post(`/v1/meetings/${meetingId}/check-in`).set(auth(t.organizerToken)).send({}).expect(403);
    const first = await checkIn(meetingId, s).expect(200);
    expect(first.body.status).toBe('booked');
    expect(first.body.checkIns).toEqual([{ accountId: s.id, at: expect.stringMatching(/\+09:00$/), via: 'agenda' }]);
    const again = await checkIn(meetingId, s).expect(200);
    expect(again.body.checkIns).toEqual(first.body.checkIns);
    expect(await notificationsOf(t, v.id, 'meeting.checked-in')).toEqual([{ payload: expect.objectContaining({ meetingId, accountId: s.id }) }]);
    const both = await checkIn(meetingId, v).expect(200);
    expect(both.body.status).toBe('held');
    expect(both.body.checkIns.map((c: { accountId: string }) => c.accountId).sort()).toEqual([s.id, v.id].sort());
    expect((await meeting(meetingId, t.organizerToken).expect(200)).body.status).toBe('held');
    // a held meeting has no no-show
    await t.db.query(`UPDATE meetings SET starts_at = now() - interval '20 minutes' WHERE id = $1`, [meetingId]);
    await t.http.post(`/v1/meetings/${meetingId}/no-show`).set(auth(s.token)).expect(409);
    await startsIn(t, meetingId, -60 * 13);
    await checkIn(meetingId, s).expect(200); // already checked in: harmless even after the window
    const late = await bookedMeeting(t, eventId, startups[2], v);
    await startsIn(t, late.meetingId, -60 * 13);
    expect((await checkIn(late.meetingId, startups[2]).expect(409)).body.reason).toBe('check_in_closed');
  });

  it("checks both in with the other party's typed code or scanned QR payload, never with a wrong one", async () => {
    const [, , s] = startups;
    const [, v] = investors;
    const { meetingId } = await bookedMeeting(t, eventId, s, v);
    const other = await bookedMeeting(t, eventId, startups[3], v);
    await startsIn(t, meetingId, 10);
    const sCode = (await meeting(meetingId, s).expect(200)).body.myCheckInCode;
    const vCode = (await meeting(meetingId, v).expect(200)).body.myCheckInCode;
    const otherCode = (await meeting(other.meetingId, v).expect(200)).body.myCheckInCode;
    // own code, another meeting's code or payload, garbage: 400 and nothing recorded
    for (const code of [sCode.code, otherCode.code, otherCode.qrPayload, `SGM1:CHECKIN:${meetingId}:${otherCode.code}`, 'ZZZZZZ', '']) {
      const res = await checkIn(meetingId, s, { code }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
    }
    await checkIn(meetingId, s, { code: 12 }).expect(400);
    expect((await meeting(meetingId, s).expect(200)).body.checkIns).toEqual([]);
    // the investor shows its QR; the startup scans it: both present, held
    const scanned = await checkIn(meetingId, s, { code: vCode.qrPayload }).expect(200);
    expect(scanned.body.status).toBe('held');
    expect(scanned.body.checkIns).toEqual(expect.arrayContaining([
      expect.objectContaining({ accountId: s.id, via: 'code' }), expect.objectContaining({ accountId: v.id, via: 'code' }),
    ]));
    // typed by hand, folded (lower case, dash)
    await startsIn(t, other.meetingId, 0);
    const typed = `${otherCode.code.slice(0, 3).toLowerCase()}-${otherCode.code.slice(3)}`;
    expect((await checkIn(other.meetingId, startups[3], { code: typed }).expect(200)).body.status).toBe('held');
  });

  it('lets the present party mark a no-show ten minutes after the start; the slot is released', async () => {
    const [, , , , s] = startups;
    const [v] = investors;
    const { meetingId, requestId } = await bookedMeeting(t, eventId, s, v);
    await startsIn(t, meetingId, -5);
    const noShow = () => t.http.post(`/v1/meetings/${meetingId}/no-show`).set(auth(s.token));
    expect((await noShow().expect(409)).body).toMatchObject({ message: expect.stringMatching(/Check in first/), reason: 'check_in_first' });
    await checkIn(meetingId, s).expect(200);
    expect((await noShow().expect(409)).body).toMatchObject({ message: expect.stringMatching(/ten minutes after the start/), reason: 'no_show_too_early' });
    await startsIn(t, meetingId, -11);
    await t.http.post(`/v1/meetings/${meetingId}/no-show`).set(auth(v.token)).expect(409); // not checked in
    await t.http.post(`/v1/meetings/${meetingId}/no-show`).set(auth(outsider.token)).expect(404);
    await t.http.post(`/v1/meetings/${meetingId}/no-show`).set(auth(t.organizerToken)).expect(403);
    const marked = await noShow().expect(200);
    expect(marked.body).toMatchObject({ status: 'cancelled', noShow: { accountId: v.id, markedBy: s.id } });
    expect((await noShow().expect(200)).body.noShow).toEqual(marked.body.noShow);
    // released: no occupancy left, the request closed, the absent party told
    expect((await t.db.query(`SELECT count(*)::int AS n FROM occupancy WHERE meeting_id = $1`, [meetingId]))[0].n).toBe(0);
    expect((await t.http.get(`/v1/meeting-requests/${requestId}`).set(auth(s.token)).expect(200)).body.status).toBe('cancelled');
    expect(await notificationsOf(t, v.id, 'meeting.no-show')).toEqual([{ payload: { meetingId, markedBy: s.id } }]);
    // the absent party arriving late cannot check in to a closed meeting
    expect((await checkIn(meetingId, v).expect(409)).body).toMatchObject({ message: expect.stringMatching(/no-show/), reason: 'closed_as_no_show' });
    await t.http.post(`/v1/meetings/${meetingId}/no-show`).set(auth(v.token)).expect(409);
    // organizers see it live
    const list = await t.http.get(`/v1/events/${eventId}/no-shows`).query({ marked: 'true' }).set(auth(t.organizerToken)).expect(200);
    expect(list.body.items).toEqual([expect.objectContaining({ meetingId, absent: [v.id], checkedIn: [s.id], marked: expect.objectContaining({ accountId: v.id, markedBy: s.id }) })]);
    expect(list.body.total).toBe(1);
    await t.http.get(`/v1/events/${eventId}/no-shows`).set(auth(s.token)).expect(403);
    await t.http.get(`/v1/events/${eventId}/no-shows`).query({ marked: 'maybe' }).set(auth(t.organizerToken)).expect(400);
    // an outcome for a no-show meeting is still recorded (it was booked at its start)
    await t.http.put(`/v1/meetings/${meetingId}/outcome`).set(auth(s.token)).send({ held: false, followUps: [] }).expect(200);
  });

  it('records outcomes after the start only, privately; invalid bodies are 400', async () => {
    const [s] = startups;
    const [, v] = investors;
    const { meetingId } = await bookedMeeting(t, eventId, s, v);
    const put = (p: Party | string, body: unknown) => t.http.put(`/v1/meetings/${meetingId}/outcome`).set(auth(typeof p === 'string' ? p : p.token)).send(body as object);
    const body = { held: true, followUps: ['nda', 'investment'], amount: { amount: 50_000_000, currency: 'USD' }, note: '=투자 검토 중' };
    await startsIn(t, meetingId, 30);
    expect((await put(s, body).expect(409)).body.code).toBe('invalid_transition');
    expect((await put(v, { held: true, followUps: ['none'] }).expect(409)).body.message).toMatch(/from the meeting's start/);
    await t.http.get(`/v1/meetings/${meetingId}/outcome`).set(auth(s.token)).expect(404);
    await startsIn(t, meetingId, -1);
    await put(outsider, body).expect(404);
    await put(t.organizerToken, body).expect(403);
    // authorization before validation: a stranger's or an organizer's bad body is still 404 / 403, not 400
    await put(outsider, { held: 'yes', extra: 1 }).expect(404);
    await put(t.organizerToken, { held: 'yes', extra: 1 }).expect(403);
    await checkIn(meetingId, outsider, { code: 42 }).expect(404);
    await t.http.post(`/v1/meetings/${meetingId}/check-in`).set(auth(t.organizerToken)).send({ code: 42 }).expect(403);
    for (const bad of [
      { ...body, followUps: ['none', 'poc'] }, { ...body, followUps: ['lunch'] }, { ...body, held: 'yes' },
      { ...body, amount: { amount: 5, currency: 'XXX' } }, { ...body, amount: { amount: -5, currency: 'USD' } }, { ...body, extra: 1 }, { held: true },
    ]) await put(s, bad).expect(400);
    const saved = await put(s, body).expect(200);
    expect(saved.body).toMatchObject({ meetingId, accountId: s.id, side: 'startup', held: true, followUps: ['nda', 'investment'], amount: body.amount, note: body.note });
    const again = await put(s, { ...body, followUps: ['poc'] }).expect(200);
    expect(again.body.followUps).toEqual(['poc']);
    expect((await t.http.get(`/v1/meetings/${meetingId}/outcome`).set(auth(s.token)).expect(200)).body.followUps).toEqual(['poc']);
    // the other party sees neither the outcome nor the note
    await t.http.get(`/v1/meetings/${meetingId}/outcome`).set(auth(v.token)).expect(404);
    await t.http.get(`/v1/meetings/${meetingId}/outcomes`).set(auth(v.token)).expect(403);
    await t.http.get(`/v1/meetings/${meetingId}/outcome`).set(auth(outsider.token)).expect(404);
    expect((await meeting(meetingId, v).expect(200)).body.outcomeRecordedBy).toEqual([]);
    // both say it was held (no check-ins): held
    expect((await meeting(meetingId, s).expect(200)).body.status).toBe('booked');
    await put(v, { held: true, followUps: ['none'] }).expect(200);
    expect((await meeting(meetingId, s).expect(200)).body.status).toBe('held');
    const all = await t.http.get(`/v1/meetings/${meetingId}/outcomes`).set(auth(t.organizerToken)).expect(200);
    expect(all.body.items.map((o: { side: string }) => o.side).sort()).toEqual(['counterpart', 'startup']);
    // a meeting cancelled before its start takes no outcome
    const cancelled = await bookedMeeting(t, eventId, startups[1], v);
    await startsIn(t, cancelled.meetingId, 60);
    await t.http.delete(`/v1/meetings/${cancelled.meetingId}`).set(auth(v.token)).expect(204);
    await startsIn(t, cancelled.meetingId, -60);
    await t.db.query(`UPDATE meetings SET cancelled_at = now() - interval '90 minutes' WHERE id = $1`, [cancelled.meetingId]);
    await t.http.put(`/v1/meetings/${cancelled.meetingId}/outcome`).set(auth(v.token)).send({ held: false, followUps: [] }).expect(409);
    expect((await meeting(cancelled.meetingId, v).expect(200)).body.status).toBe('cancelled');
    // nor a check-in or a no-show
    expect((await checkIn(cancelled.meetingId, v).expect(409)).body.message).toMatch(/cancelled/);
    await t.http.post(`/v1/meetings/${cancelled.meetingId}/no-show`).set(auth(v.token)).expect(409);
    // each party reads only its own outcome: the investor's GET is its own, never the startup's note
    const own = (await t.http.get(`/v1/meetings/${meetingId}/outcome`).set(auth(v.token)).expect(200)).body;
    expect(own).toMatchObject({ accountId: v.id, side: 'counterpart', note: null });
    // others see nothing of the meeting's outcomes: 404, as for the meeting itself
    for (const path of ['outcome', 'outcomes']) await t.http.get(`/v1/meetings/${meetingId}/${path}`).set(auth(outsider.token)).expect(404);
    await t.http.get(`/v1/meetings/${meetingId}/outcome`).set(auth(t.organizerToken)).expect(403);
  });

  it("lists a member's own pipeline: started meetings with its outcome or null", async () => {
    const [s] = startups;
    const list = (query: Record<string, string> = {}) => t.http.get(`/v1/events/${eventId}/me/outcomes`).query(query).set(auth(s.token));
    const all = (await list().expect(200)).body;
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM meetings WHERE event_id = $1 AND $2 IN (startup_id, counterpart_id) AND starts_at <= now()
          AND (status = 'booked' OR cancelled_at >= starts_at)`,
      [eventId, s.id],
    );
    expect(all.total).toBe(n);
    const recorded = (await list({ recorded: 'true' }).expect(200)).body;
    expect(recorded.items).toEqual([expect.objectContaining({ with: expect.objectContaining({ accountId: investors[1].id, name: 'Fund 1' }), outcome: expect.objectContaining({ followUps: ['poc'], accountId: s.id }) })]);
    const toRecord = (await list({ recorded: 'false' }).expect(200)).body;
    expect(toRecord.total).toBe(n - 1);
    expect(toRecord.items.every((i: { outcome: unknown }) => i.outcome === null)).toBe(true);
    await list({ recorded: 'yes' }).expect(400);
    await t.http.get(`/v1/events/${eventId}/me/outcomes`).set(auth(t.organizerToken)).expect(403);
  });

  it('orders a no-show against a late check-in: exactly one of them wins', async () => {
    // pairs without an open request yet (one open request per match)
    for (const [s, v] of [[startups[3], investors[0]], [startups[4], investors[1]], [startups[1], investors[1]]]) {
      const { meetingId } = await bookedMeeting(t, eventId, s, v);
      await startsIn(t, meetingId, -11);
      await checkIn(meetingId, s).expect(200);
      const [noShow, late] = await Promise.all([
        t.http.post(`/v1/meetings/${meetingId}/no-show`).set(auth(s.token)),
        checkIn(meetingId, v),
      ]);
      expect([noShow.status, late.status].sort()).toEqual([200, 409]);
      const final = (await meeting(meetingId, t.organizerToken).expect(200)).body;
      if (noShow.status === 200) expect(final).toMatchObject({ status: 'cancelled', noShow: { accountId: v.id }, checkIns: [expect.objectContaining({ accountId: s.id })] });
      else expect(final).toMatchObject({ status: 'held', noShow: null });
    }
  });
});
