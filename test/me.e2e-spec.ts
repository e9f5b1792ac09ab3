import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auth, createTestApp, member, type TestApp } from './utils';

describe('PATCH /v1/me: display name and language (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts with no language chosen, then keeps the chosen one and the new name', async () => {
    const s = await member(t, 'startup', { displayName: '김하늘' });
    const before = await t.http.get('/v1/me').set(auth(s.token)).expect(200);
    expect(before.body).toMatchObject({ id: s.id, displayName: '김하늘', locale: null, profile: null });

    const patched = await t.http.patch('/v1/me').set(auth(s.token)).send({ locale: 'en', displayName: '  Haneul Kim ' }).expect(200);
    expect(patched.body).toMatchObject({ id: s.id, email: s.email, role: 'startup', locale: 'en', displayName: 'Haneul Kim' });

    const after = await t.http.get('/v1/me').set(auth(s.token)).expect(200);
    expect(after.body).toMatchObject({ locale: 'en', displayName: 'Haneul Kim' });

    // fields left out stay; the same request again is 200 with the same result
    await t.http.patch('/v1/me').set(auth(s.token)).send({ locale: 'ko' }).expect(200);
    const again = await t.http.patch('/v1/me').set(auth(s.token)).send({ locale: 'ko' }).expect(200);
    expect(again.body).toMatchObject({ locale: 'ko', displayName: 'Haneul Kim' });
  });

  it('lets a pending member and an organizer set their language', async () => {
    const pending = await member(t, 'investor', { pending: true });
    const res = await t.http.patch('/v1/me').set(auth(pending.token)).send({ locale: 'en' }).expect(200);
    expect(res.body).toMatchObject({ status: 'pending', locale: 'en' });
    const org = await t.http.patch('/v1/me').set(auth(t.organizerToken)).send({ locale: 'ko' }).expect(200);
    expect(org.body).toMatchObject({ role: 'organizer', locale: 'ko' });
  });

  it('names every invalid field, refuses null and unknown fields, and changes nothing', async () => {
    const s = await member(t, 'startup', { displayName: 'Original' });
    const bad = await t.http.patch('/v1/me').set(auth(s.token)).send({ locale: 'fr', displayName: '   ' }).expect(400);
    expect(bad.body.code).toBe('validation_failed');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['displayName', 'locale']);
    await t.http.patch('/v1/me').set(auth(s.token)).send({ locale: null }).expect(400);
    await t.http.patch('/v1/me').set(auth(s.token)).send({ displayName: null }).expect(400);
    await t.http.patch('/v1/me').set(auth(s.token)).send({ email: 'other@test.local' }).expect(400);
    await t.http.patch('/v1/me').set(auth(s.token)).send({ role: 'organizer' }).expect(400);
    const me = await t.http.get('/v1/me').set(auth(s.token)).expect(200);
    expect(me.body).toMatchObject({ displayName: 'Original', locale: null, role: 'startup' });
  });

  it('needs a token', async () => {
    const res = await t.http.patch('/v1/me').send({ locale: 'en' }).expect(401);
    expect(res.body.code).toBe('unauthenticated');
  });
});
