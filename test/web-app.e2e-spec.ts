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
});
