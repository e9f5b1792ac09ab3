import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auth, createTestApp, member, TestApp } from './utils';

/** The Set-Cookie of the dashboard session, as a Cookie header value. */
function dashboardCookie(setCookie: string[] | string | undefined): string {
  const line = [setCookie ?? []].flat().find((c) => c.startsWith('sgm_queues='));
  if (!line) throw new Error('no dashboard cookie was set');
  return line.split(';')[0];
}

describe('queue dashboard at /admin/queues (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ worker: false });
  });
  afterAll(async () => t?.close());

  it('refuses anonymous browsers and members; organizers get a short-lived httpOnly cookie that opens it', async () => {
    await t.http.get('/admin/queues').expect(401);
    await t.http.get('/admin/queues/api/queues').expect(401);
    await t.http.post('/v1/admin/queues/session').expect(401);
    await t.http.get('/admin/queues').set('Cookie', 'sgm_queues=forged.token.value').expect(401);
    // An API token is not a dashboard cookie.
    await t.http.get('/admin/queues').set('Cookie', `sgm_queues=${t.organizerToken}`).expect(401);

    const startup = await member(t, 'startup');
    await t.http.post('/v1/admin/queues/session').set(auth(startup.token)).expect(403);

    const session = await t.http.post('/v1/admin/queues/session').set(auth(t.organizerToken)).expect(200);
    expect(session.body).toEqual({ url: '/admin/queues', expiresIn: 900 });
    const setCookie = [session.headers['set-cookie']].flat().join('\n');
    expect(setCookie).toMatch(/sgm_queues=[^;]+; Max-Age=900; Path=\/admin\/queues; Expires=[^;]+; HttpOnly; SameSite=Strict/);
    const cookie = dashboardCookie(session.headers['set-cookie']);
    // ...and the cookie is no API token.
    await t.http.get('/v1/me').set(auth(cookie.split('=')[1])).expect(401);

    const page = await t.http.get('/admin/queues').set('Cookie', cookie).expect(200);
    expect(page.text).toContain('Supergap Match queues');
    const queues = await t.http.get('/admin/queues/api/queues').set('Cookie', cookie).expect(200);
    expect(queues.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(['booking', 'mail', 'matching']);
  });

  it('stops working at once for an organizer account that is no longer active', async () => {
    const session = await t.http.post('/v1/admin/queues/session').set(auth(t.organizerToken)).expect(200);
    const cookie = dashboardCookie(session.headers['set-cookie']);
    const [{ id }] = await t.db.query(`SELECT id FROM accounts WHERE role = 'organizer'`);
    await t.db.query(`UPDATE accounts SET status = 'rejected' WHERE id = $1`, [id]);
    try {
      await t.http.get('/admin/queues/api/queues').set('Cookie', cookie).expect(403);
    } finally {
      await t.db.query(`UPDATE accounts SET status = 'active' WHERE id = $1`, [id]);
    }
  });
});
