import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { auth, createTestApp, member, TestApp } from './utils';
import { matchedEvent } from './booking-fixtures';

describe('web app served at / and notification reads (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    if (!existsSync('web/dist/index.html')) throw new Error('web/dist is missing: build the web app first (npm run build:web)');
    t = await createTestApp({ worker: true });
  });
  afterAll(async () => t?.close());

  it('serves index.html at / and for client-side routes, with no caching of the page', async () => {
    for (const path of ['/', '/matches', '/organizer/board', '/login?next=x']) {
      const res = await t.http.get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('never shadows the API, its documents or health', async () => {
    const missing = await t.http.get('/v1/does-not-exist').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    await t.http.get('/v1/sectors').expect(200).expect('content-type', /json/);
    await t.http.get('/docs-json').expect(200).expect('content-type', /json/);
    await t.http.get('/health').expect((res) => expect([200, 503]).toContain(res.status)).expect('content-type', /json/);
    const unknownAdmin = await t.http.get('/admin/nothing-here');
    expect(unknownAdmin.text).not.toContain('<div id="root">');
  });

  it('serves hashed assets with a long cache', async () => {
    const html = (await t.http.get('/').expect(200)).text;
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const res = await t.http.get(script!).expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('counts unread notifications and marks them read, all or by id, only for the caller', async () => {
    const { eventId, startups, investors } = await matchedEvent(t, { startups: 1, investors: 1 });
    const [s] = startups;
    const [v] = investors;
    const matches = await t.http.get(`/v1/events/${eventId}/matches`).set(auth(s.token)).expect(200);
    const matchId = matches.body.items[0].id;
    await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId }).expect(201);

    const before = await t.http.get('/v1/me/notifications').set(auth(v.token)).expect(200);
    expect(before.body.unread).toBe(1);
    expect(before.body.items[0]).toMatchObject({ type: 'request.received', read: false });

    const other = await member(t, 'startup');
    await t.http.post('/v1/me/notifications/read').set(auth(other.token)).send({ ids: [before.body.items[0].id] }).expect(200, { updated: 0 });
    await t.http.post('/v1/me/notifications/read').set(auth(v.token)).send({ ids: ['not-a-uuid'] }).expect(400);
    await t.http.post('/v1/me/notifications/read').set(auth(v.token)).send({ ids: [before.body.items[0].id] }).expect(200, { updated: 1 });
    await t.http.post('/v1/me/notifications/read').set(auth(v.token)).send({}).expect(200, { updated: 0 });

    const after = await t.http.get('/v1/me/notifications').set(auth(v.token)).expect(200);
    expect(after.body.unread).toBe(0);
    expect(after.body.items[0].read).toBe(true);
  });

  it('names both parties on meeting requests (public names, no e-mail) and filters demands by owner', async () => {
    const { eventId, startups, investors } = await matchedEvent(t, { startups: 1, investors: 1 });
    const [s] = startups;
    const [v] = investors;
    const matchId = (await t.http.get(`/v1/events/${eventId}/matches`).set(auth(s.token)).expect(200)).body.items[0].id;
    await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId }).expect(201);
    const received = await t.http.get(`/v1/events/${eventId}/meeting-requests?direction=received`).set(auth(v.token)).expect(200);
    const item = received.body.items[0];
    expect(item.startup).toMatchObject({ accountId: s.id, role: 'startup', name: expect.stringContaining('Startup 0') });
    expect(item.counterpart).toMatchObject({ accountId: v.id, role: 'investor' });
    expect(JSON.stringify(received.body)).not.toMatch(/@test\.local/);

    const corp = await member(t, 'corporate');
    await t.http.put('/v1/me/corporate').set(auth(corp.token)).send({ company: 'Own Corp', country: 'KR' }).expect(200);
    const demand = { title: 'PoC 파트너', description: 'Edge AI', sectors: ['ai-big-data'], keywords: [], collaboration: ['poc'] };
    const mine = (await t.http.post('/v1/demands').set(auth(corp.token)).send(demand).expect(201)).body;
    const other = await member(t, 'corporate');
    await t.http.put('/v1/me/corporate').set(auth(other.token)).send({ company: 'Other Corp', country: 'KR' }).expect(200);
    await t.http.post('/v1/demands').set(auth(other.token)).send(demand).expect(201);
    const listed = await t.http.get(`/v1/demands?ownerId=${corp.id}`).set(auth(corp.token)).expect(200);
    expect(listed.body.items.map((d: { id: string }) => d.id)).toEqual([mine.id]);
    await t.http.get('/v1/demands?ownerId=nope').set(auth(corp.token)).expect(400);
  });

  it('gives a calendar subscription link that reads the agenda without a token and is no access token', async () => {
    const { eventId, startups } = await matchedEvent(t, { startups: 1, investors: 1 });
    const [s] = startups;
    const outsider = await member(t, 'startup');
    await t.http.get(`/v1/events/${eventId}/agenda/feed`).set(auth(outsider.token)).expect(403);
    await t.http.get(`/v1/events/${eventId}/agenda/feed`).expect(401);

    const link = (await t.http.get(`/v1/events/${eventId}/agenda/feed`).set(auth(s.token)).expect(200)).body;
    expect(link.path).toMatch(/^\/v1\/calendar-feeds\/[^/]+\/agenda\.ics$/);
    const feed = await t.http.get(link.path).expect(200);
    expect(feed.headers['content-type']).toMatch(/text\/calendar/);
    expect(feed.text).toContain('BEGIN:VCALENDAR');

    const token = link.path.split('/')[3];
    await t.http.get('/v1/me').set(auth(token)).expect(401);
    await t.http.get(`/v1/calendar-feeds/${token.slice(0, -2)}xx/agenda.ics`).expect(404);
    await t.http.get('/v1/calendar-feeds/not-a-token/agenda.ics').expect(404);
  });
});
