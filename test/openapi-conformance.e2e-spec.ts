import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { matchedEvent, matchId } from './booking-fixtures';
import { corporateProfile, demand, event, investorProfile, startupProfile } from './factories';
import { OpenApiConformance } from './openapi-conformance';
import { auth, createTestApp, drainQueues, member, type TestApp, waitForRun } from './utils';

/**
 * The document tells the truth: one journey through every resource, each answer checked against the document the app
 * serves (/docs-json): its status is listed for that operation and its body fits the schema, with no undocumented field.
 */
describe('responses match the OpenAPI document (e2e)', () => {
  let t: TestApp;
  let api: OpenApiConformance;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    const docs = await t.http.get('/docs-json').expect(200);
    api = new OpenApiConformance(docs.body);
  });
  afterAll(async () => t?.close());

  it('documents what accounts, profiles, demands, events, matching and booking really answer', async () => {
    const org = auth(t.organizerToken);
    const { eventId, startups, investors } = await matchedEvent(t, { startups: 2, investors: 1 });
    const [s1, s2] = startups;
    const [inv] = investors;
    const c = (res: Parameters<OpenApiConformance['check']>[0], method: string, path: string) => api.check(res, method, path);

    // public
    c(await t.http.get('/v1/sectors'), 'get', '/v1/sectors');
    c(await t.http.get('/health'), 'get', '/health');
    c(await t.http.get('/metrics'), 'get', '/metrics');
    c(await t.http.post('/v1/admin/queues/session').set(auth(t.organizerToken)), 'post', '/v1/admin/queues/session');
    c(await t.http.post('/v1/admin/queues/session').set(auth(s1.token)), 'post', '/v1/admin/queues/session');
    c(await t.http.post('/v1/auth/login').send({ email: s1.email, password: 'member-password-1' }), 'post', '/v1/auth/login');
    c(await t.http.post('/v1/auth/login').send({ email: s1.email, password: 'wrong-password-1' }), 'post', '/v1/auth/login');
    c(await t.http.post('/v1/auth/signup').send({ email: s1.email, password: 'member-password-1', role: 'startup', displayName: 'x' }), 'post', '/v1/auth/signup');
    c(await t.http.post('/v1/auth/signup').send({ email: 'nope', role: 'admin' }), 'post', '/v1/auth/signup');

    // accounts and profiles
    c(await t.http.get('/v1/me').set(auth(s1.token)), 'get', '/v1/me');
    c(await t.http.get('/v1/me').set(auth(inv.token)), 'get', '/v1/me');
    c(await t.http.get('/v1/me'), 'get', '/v1/me');
    c(await t.http.patch('/v1/me').set(auth(s1.token)).send({ locale: 'en' }), 'patch', '/v1/me');
    c(await t.http.patch('/v1/me').set(auth(s1.token)).send({ locale: 'de' }), 'patch', '/v1/me');
    c(await t.http.get('/v1/accounts').query({ status: 'active' }).set(org), 'get', '/v1/accounts');
    c(await t.http.get('/v1/accounts').set(auth(s1.token)), 'get', '/v1/accounts');
    c(await t.http.put('/v1/me/startup').set(auth(s1.token)).send(startupProfile({ name: '큐비트랩 QubitLab' })), 'put', '/v1/me/startup');
    c(await t.http.put('/v1/me/startup').set(auth(s1.token)).send(startupProfile({ trl: 12 })), 'put', '/v1/me/startup');
    c(await t.http.put('/v1/me/investor').set(auth(inv.token)).send(investorProfile({ firm: 'Fund 0' })), 'put', '/v1/me/investor');
    c(await t.http.put('/v1/me/investor').set(auth(s1.token)).send(investorProfile()), 'put', '/v1/me/investor');
    const corp = await member(t, 'corporate', { pending: true });
    c(await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()), 'put', '/v1/me/corporate');
    c(await t.http.patch(`/v1/accounts/${corp.id}`).set(org).send({ status: 'active' }), 'patch', '/v1/accounts/{id}');
    c(await t.http.patch(`/v1/accounts/${corp.id}`).set(org).send({ status: 'pending' }), 'patch', '/v1/accounts/{id}');
    c(await t.http.get('/v1/startups').query({ q: '양자' }).set(auth(inv.token)), 'get', '/v1/startups');
    c(await t.http.get('/v1/startups').set(org), 'get', '/v1/startups');
    c(await t.http.get('/v1/investors').set(auth(s1.token)), 'get', '/v1/investors');
    c(await t.http.get('/v1/investors').query({ limit: 500 }).set(auth(s1.token)), 'get', '/v1/investors');

    // demands
    const d = c(await t.http.post('/v1/demands').set(auth(corp.token)).send(demand({ sectors: ['quantum'], keywords: ['양자컴퓨팅'], minTrl: null, deadline: '2026-12-31' })), 'post', '/v1/demands');
    expect(d.status).toBe(201);
    c(await t.http.post('/v1/demands').set(auth(s1.token)).send(demand()), 'post', '/v1/demands');
    c(await t.http.get(`/v1/demands/${d.body.id}`).set(auth(s1.token)), 'get', '/v1/demands/{id}');
    c(await t.http.get('/v1/demands/not-a-uuid').set(auth(s1.token)), 'get', '/v1/demands/{id}');
    c(await t.http.patch(`/v1/demands/${d.body.id}`).set(auth(corp.token)).send({ minTrl: 4 }), 'patch', '/v1/demands/{id}');
    c(await t.http.get('/v1/demands').query({ sector: 'quantum' }).set(auth(inv.token)), 'get', '/v1/demands');
    c(await t.http.post(`/v1/events/${eventId}/participants`).set(auth(corp.token)).send({}), 'post', '/v1/events/{eventId}/participants');
    c(await t.http.post(`/v1/events/${eventId}/participants`).set(auth(corp.token)).send({}), 'post', '/v1/events/{eventId}/participants');

    // events
    c(await t.http.post('/v1/events').set(org).send(event({ name: 'Second event' })), 'post', '/v1/events');
    c(await t.http.post('/v1/events').set(org).send(event({ timezone: 'Mars/Olympus', startDate: '2026-13-01' })), 'post', '/v1/events');
    c(await t.http.post('/v1/events').set(auth(s1.token)).send(event()), 'post', '/v1/events');
    c(await t.http.get('/v1/events').set(auth(s1.token)), 'get', '/v1/events');
    c(await t.http.get(`/v1/events/${eventId}`).set(auth(s1.token)), 'get', '/v1/events/{eventId}');
    c(await t.http.patch(`/v1/events/${eventId}`).set(org).send({ matchWeights: { sector: 30, text: 25 } }), 'patch', '/v1/events/{eventId}');
    c(await t.http.patch(`/v1/events/${eventId}`).set(org).send({ matchWeights: { sector: 1.5 } }), 'patch', '/v1/events/{eventId}');
    const session = c(await t.http.post(`/v1/events/${eventId}/ir-sessions`).set(org)
      .send({ title: 'Quantum IR', room: 'Hall B2', startsAt: '2026-10-28T16:00:00+09:00', slotMinutes: 10, slotCount: 1, sectors: ['quantum'] }), 'post', '/v1/events/{eventId}/ir-sessions');
    c(await t.http.get(`/v1/events/${eventId}/ir-sessions`).set(auth(s1.token)), 'get', '/v1/events/{eventId}/ir-sessions');
    c(await t.http.get(`/v1/events/${eventId}/participants`).set(org), 'get', '/v1/events/{eventId}/participants');
    c(await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(s2.token)).send({ blocked: [{ from: '2026-10-29T09:00:00+09:00', to: '2026-10-29T10:00:00+09:00' }] }), 'put', '/v1/events/{eventId}/me/availability');
    c(await t.http.get(`/v1/events/${eventId}/me/availability`).set(auth(s2.token)), 'get', '/v1/events/{eventId}/me/availability');
    c(await t.http.get(`/v1/events/${eventId}/me/availability`).set(org), 'get', '/v1/events/{eventId}/me/availability');
    await drainQueues(t);

    // matching
    const run = c(await t.http.post(`/v1/events/${eventId}/match-runs`).set(org), 'post', '/v1/events/{eventId}/match-runs');
    await waitForRun(t, `/v1/match-runs/${run.body.id}`, t.organizerToken);
    c(await t.http.get(`/v1/match-runs/${run.body.id}`).set(org), 'get', '/v1/match-runs/{id}');
    await drainQueues(t);
    c(await t.http.get(`/v1/events/${eventId}/matches`).set(auth(inv.token)), 'get', '/v1/events/{eventId}/matches');
    c(await t.http.get(`/v1/events/${eventId}/matches`).set(auth(s1.token)), 'get', '/v1/events/{eventId}/matches');
    c(await t.http.get(`/v1/events/${eventId}/matches`).set(auth(corp.token)), 'get', '/v1/events/{eventId}/matches');
    const m1 = await matchId(t, eventId, inv, s1.id);
    const m2 = await matchId(t, eventId, inv, s2.id);
    c(await t.http.put(`/v1/matches/${m1}/decision`).set(auth(inv.token)).send({ decision: 'interested', note: '좋아요' }), 'put', '/v1/matches/{id}/decision');
    c(await t.http.put(`/v1/matches/${m1}/decision`).set(auth(s1.token)).send({ decision: 'interested' }), 'put', '/v1/matches/{id}/decision');
    c(await t.http.put(`/v1/matches/${m2}/decision`).set(auth(inv.token)).send({ decision: 'declined', reason: 'stage' }), 'put', '/v1/matches/{id}/decision');
    c(await t.http.put(`/v1/matches/${m2}/decision`).set(auth(inv.token)).send({ decision: 'later' }), 'put', '/v1/matches/{id}/decision');
    c(await t.http.get(`/v1/matches/${m1}`).set(auth(s1.token)), 'get', '/v1/matches/{id}');
    c(await t.http.get(`/v1/matches/${m1}`).set(org), 'get', '/v1/matches/{id}');
    c(await t.http.get(`/v1/matches/${m1}`).set(auth(s2.token)), 'get', '/v1/matches/{id}');
    c(await t.http.get(`/v1/events/${eventId}/matches`).query({ mutual: 'true' }).set(org), 'get', '/v1/events/{eventId}/matches');
    c(await t.http.get(`/v1/events/${eventId}/reports/decline-reasons`).set(org), 'get', '/v1/events/{eventId}/reports/decline-reasons');
    c(await t.http.get(`/v1/events/${eventId}/reports/concepts`).set(org), 'get', '/v1/events/{eventId}/reports/concepts');

    // meeting requests and meetings
    const req = c(await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s1.token)).send({ matchId: m1, message: '미팅 요청' }), 'post', '/v1/events/{eventId}/meeting-requests');
    c(await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s1.token)).send({ matchId: m1 }), 'post', '/v1/events/{eventId}/meeting-requests');
    c(await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(s1.token)), 'post', '/v1/meeting-requests/{id}/accept');
    c(await t.http.post(`/v1/meeting-requests/${req.body.id}/accept`).set(auth(inv.token)), 'post', '/v1/meeting-requests/{id}/accept');
    await drainQueues(t);
    const booked = c(await t.http.get(`/v1/meeting-requests/${req.body.id}`).set(auth(inv.token)), 'get', '/v1/meeting-requests/{id}');
    expect(booked.body.status).toBe('booked');
    c(await t.http.get(`/v1/events/${eventId}/meeting-requests`).set(auth(s1.token)), 'get', '/v1/events/{eventId}/meeting-requests');
    const other = c(await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(inv.token)).send({ matchId: m2 }), 'post', '/v1/events/{eventId}/meeting-requests');
    c(await t.http.post(`/v1/meeting-requests/${other.body.id}/decline`).set(auth(s2.token)).send({ reason: 'Busy' }), 'post', '/v1/meeting-requests/{id}/decline');
    c(await t.http.post(`/v1/meeting-requests/${other.body.id}/withdraw`).set(auth(inv.token)), 'post', '/v1/meeting-requests/{id}/withdraw');
    const meetingId = booked.body.meeting.id;
    c(await t.http.patch(`/v1/meetings/${meetingId}`).set(org).send({ table: 3 }), 'patch', '/v1/meetings/{id}');
    c(await t.http.get(`/v1/events/${eventId}/agenda`).set(auth(s1.token)), 'get', '/v1/events/{eventId}/agenda');
    c(await t.http.get(`/v1/events/${eventId}/agenda.ics`).set(auth(s1.token)), 'get', '/v1/events/{eventId}/agenda.ics');
    c(await t.http.get(`/v1/events/${eventId}/schedule`).set(org), 'get', '/v1/events/{eventId}/schedule');
    c(await t.http.get(`/v1/events/${eventId}/schedule`).query({ format: 'csv' }).set(org), 'get', '/v1/events/{eventId}/schedule');
    c(await t.http.get(`/v1/events/${eventId}/schedule`).query({ format: 'xml' }).set(org), 'get', '/v1/events/{eventId}/schedule');
    c(await t.http.get(`/v1/events/${eventId}/schedule/board`).set(org), 'get', '/v1/events/{eventId}/schedule/board');
    c(await t.http.get('/v1/events/00000000-0000-4000-8000-000000000000/schedule/board').set(org), 'get', '/v1/events/{eventId}/schedule/board');
    c(await t.http.get(`/v1/events/${eventId}/capacity`).set(org), 'get', '/v1/events/{eventId}/capacity');
    c(await t.http.get('/v1/me/notifications').set(auth(inv.token)), 'get', '/v1/me/notifications');
    c(await t.http.post('/v1/me/notifications/read').set(auth(inv.token)).send({}), 'post', '/v1/me/notifications/read');
    c(await t.http.post('/v1/me/notifications/read').set(auth(inv.token)).send({ ids: ['x'] }), 'post', '/v1/me/notifications/read');
    const feed = c(await t.http.get(`/v1/events/${eventId}/agenda/feed`).set(auth(s1.token)), 'get', '/v1/events/{eventId}/agenda/feed');
    c(await t.http.get(feed.body.path), 'get', '/v1/calendar-feeds/{token}/agenda.ics');
    c(await t.http.get('/v1/calendar-feeds/not-a-feed/agenda.ics'), 'get', '/v1/calendar-feeds/{token}/agenda.ics');
    c(await t.http.get(`/v1/events/${eventId}/me/membership`).set(auth(s1.token)), 'get', '/v1/events/{eventId}/me/membership');
    c(await t.http.get(`/v1/events/${eventId}/runs/latest`).set(org), 'get', '/v1/events/{eventId}/runs/latest');

    // IR pitches
    const ir = c(await t.http.post(`/v1/events/${eventId}/ir-requests`).set(auth(s1.token)).send({ sessionIds: [session.body.id] }), 'post', '/v1/events/{eventId}/ir-requests');
    c(await t.http.post(`/v1/events/${eventId}/ir-requests`).set(auth(s1.token)).send({ sessionIds: [session.body.id] }), 'post', '/v1/events/{eventId}/ir-requests');
    c(await t.http.post(`/v1/events/${eventId}/ir-requests`).set(auth(s2.token)).send({ sessionIds: [session.body.id] }), 'post', '/v1/events/{eventId}/ir-requests');
    const alloc = c(await t.http.post(`/v1/events/${eventId}/ir-allocations`).set(org), 'post', '/v1/events/{eventId}/ir-allocations');
    await waitForRun(t, `/v1/ir-allocations/${alloc.body.id}`, t.organizerToken);
    c(await t.http.get(`/v1/ir-allocations/${alloc.body.id}`).set(org), 'get', '/v1/ir-allocations/{id}');
    c(await t.http.get(`/v1/events/${eventId}/ir-requests`).set(org), 'get', '/v1/events/{eventId}/ir-requests');
    c(await t.http.get(`/v1/events/${eventId}/ir-requests`).set(auth(s2.token)), 'get', '/v1/events/{eventId}/ir-requests');
    c(await t.http.get(`/v1/events/${eventId}/ir-sessions/${session.body.id}`).set(auth(inv.token)), 'get', '/v1/events/{eventId}/ir-sessions/{sessionId}');
    c(await t.http.delete(`/v1/ir-requests/${ir.body.id}`).set(auth(s1.token)), 'delete', '/v1/ir-requests/{id}');

    // schedule runs and publishing
    const sched = c(await t.http.post(`/v1/events/${eventId}/schedule-runs`).set(org), 'post', '/v1/events/{eventId}/schedule-runs');
    await waitForRun(t, `/v1/schedule-runs/${sched.body.id}`, t.organizerToken);
    c(await t.http.get(`/v1/schedule-runs/${sched.body.id}`).set(org), 'get', '/v1/schedule-runs/{id}');
    c(await t.http.post(`/v1/events/${eventId}/schedule/publish`).set(org), 'post', '/v1/events/{eventId}/schedule/publish');
    c(await t.http.post(`/v1/events/${eventId}/schedule/publish`).set(org), 'post', '/v1/events/{eventId}/schedule/publish');
    c(await t.http.get(`/v1/events/${eventId}/agenda`).set(auth(inv.token)), 'get', '/v1/events/{eventId}/agenda');
    // after the meeting (the test event lies in the past of the clock it runs on, or the answers are 409s)
    c(await t.http.get(`/v1/meetings/${meetingId}`).set(auth(s1.token)), 'get', '/v1/meetings/{id}');
    c(await t.http.get(`/v1/meetings/${meetingId}/outcome`).set(auth(s1.token)), 'get', '/v1/meetings/{id}/outcome');
    c(await t.http.put(`/v1/meetings/${meetingId}/outcome`).set(auth(inv.token)).send({ held: true, followUps: ['poc'], amount: { amount: 50_000_000, currency: 'KRW' }, note: '후속 미팅' }), 'put', '/v1/meetings/{id}/outcome');
    c(await t.http.put(`/v1/meetings/${meetingId}/outcome`).set(auth(inv.token)).send({ held: 'yes', followUps: ['lunch'] }), 'put', '/v1/meetings/{id}/outcome');
    c(await t.http.get(`/v1/meetings/${meetingId}/outcome`).set(auth(inv.token)), 'get', '/v1/meetings/{id}/outcome');
    c(await t.http.get(`/v1/meetings/${meetingId}/outcomes`).set(org), 'get', '/v1/meetings/{id}/outcomes');
    c(await t.http.post(`/v1/meetings/${meetingId}/check-in`).set(auth(s1.token)).send({}), 'post', '/v1/meetings/{id}/check-in');
    c(await t.http.post(`/v1/meetings/${meetingId}/no-show`).set(auth(s1.token)), 'post', '/v1/meetings/{id}/no-show');
    c(await t.http.post(`/v1/meetings/${meetingId}/check-in`).set(auth(inv.token)).send({}), 'post', '/v1/meetings/{id}/check-in');
    c(await t.http.get(`/v1/events/${eventId}/me/outcomes`).set(auth(inv.token)), 'get', '/v1/events/{eventId}/me/outcomes');
    c(await t.http.get(`/v1/events/${eventId}/reports/funnel`).set(org), 'get', '/v1/events/{eventId}/reports/funnel');
    c(await t.http.get(`/v1/events/${eventId}/reports/funnel`).query({ format: 'csv' }).set(org), 'get', '/v1/events/{eventId}/reports/funnel');
    c(await t.http.get(`/v1/events/${eventId}/reports/outcomes`).set(org), 'get', '/v1/events/{eventId}/reports/outcomes');
    c(await t.http.get(`/v1/events/${eventId}/reports/outcomes`).query({ format: 'csv' }).set(org), 'get', '/v1/events/{eventId}/reports/outcomes');
    c(await t.http.get(`/v1/events/${eventId}/no-shows`).set(org), 'get', '/v1/events/{eventId}/no-shows');
    c(await t.http.delete(`/v1/meetings/${meetingId}`).set(auth(inv.token)), 'delete', '/v1/meetings/{id}');
    c(await t.http.delete(`/v1/demands/${d.body.id}`).set(auth(corp.token)), 'delete', '/v1/demands/{id}');
    // operations: metrics (loopback, and from elsewhere without the token) and the queue dashboard's cookie
    c(await t.http.get('/metrics').set('X-Forwarded-For', '203.0.113.7'), 'get', '/metrics');
    c(await t.http.post('/v1/admin/queues/session').set(org), 'post', '/v1/admin/queues/session');
    c(await t.http.post('/v1/admin/queues/session').set(auth(s1.token)), 'post', '/v1/admin/queues/session');
    await drainQueues(t);

    // every operation of the document was exercised at least once
    const operations = Object.entries(api['document'].paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    const seen = new Set([...api.checked].map((k) => k.replace(/ \d{3}$/, '')));
    expect(operations.filter((op) => !seen.has(op))).toEqual([]);
  }, 180_000);
});
