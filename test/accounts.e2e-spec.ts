import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { auth, createTestApp, login, member, TestApp, uniqueEmail } from './utils';
import { corporateProfile, investorProfile, startupProfile } from './factories';

describe('accounts and auth (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { LOGIN_MAX_FAILURES: '3' } });
  });
  afterAll(async () => t?.close());

  it('signs up a startup as active and an investor as pending', async () => {
    const email = uniqueEmail('startup');
    const res = await t.http.post('/v1/auth/signup').send({ email: email.toUpperCase(), password: 'long-enough-1', role: 'startup', displayName: '김하늘' }).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), email, role: 'startup', status: 'active', displayName: '김하늘' });
    expect(res.body.passwordHash).toBeUndefined();

    const inv = await t.http.post('/v1/auth/signup').send({ email: uniqueEmail('investor'), password: 'long-enough-1', role: 'investor', displayName: 'VC' }).expect(201);
    expect(inv.body.status).toBe('pending');
  });

  it('rejects a duplicate email with 409 and an organizer signup with 400', async () => {
    const email = uniqueEmail('startup');
    await t.http.post('/v1/auth/signup').send({ email, password: 'long-enough-1', role: 'startup', displayName: 'A' }).expect(201);
    const dup = await t.http.post('/v1/auth/signup').send({ email, password: 'long-enough-1', role: 'startup', displayName: 'B' }).expect(409);
    expect(dup.body.code).toBe('email_taken');
    const org = await t.http.post('/v1/auth/signup').send({ email: uniqueEmail('x'), password: 'long-enough-1', role: 'organizer', displayName: 'B' }).expect(400);
    expect(org.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'role' })]));
  });

  it('names every invalid field, rejects unknown fields and malformed JSON', async () => {
    const res = await t.http.post('/v1/auth/signup').send({ email: 'nope', password: 'short', role: 'startup', displayName: 'A', admin: true }).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'admin']));

    const bad = await t.http.post('/v1/auth/signup').set('Content-Type', 'application/json').send('{"email": ').expect(400);
    expect(bad.body.code).toBe('malformed_json');
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.js|SyntaxError/);
  });

  it('logs in, returns the caller with /me, and refuses a wrong password', async () => {
    const s = await member(t, 'startup', { displayName: 'Startup One' });
    const me = await t.http.get('/v1/me').set(auth(s.token)).expect(200);
    expect(me.body).toMatchObject({ id: s.id, role: 'startup', status: 'active', displayName: 'Startup One', profile: null });
    const wrong = await t.http.post('/v1/auth/login').send({ email: s.email, password: 'wrong-password' }).expect(401);
    expect(wrong.body.code).toBe('unauthenticated');
  });

  it('throttles failed logins per email and IP with 429 and Retry-After', async () => {
    const s = await member(t, 'startup');
    for (let i = 0; i < 3; i++) await t.http.post('/v1/auth/login').send({ email: s.email, password: 'wrong-password' }).expect(401);
    const res = await t.http.post('/v1/auth/login').send({ email: s.email, password: 'member-password-1' }).expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.body.code).toBe('too_many_attempts');
    // another email from the same IP is not locked
    const other = await member(t, 'startup');
    expect(await login(t.http, other.email, 'member-password-1')).toEqual(expect.any(String));
  });

  it('answers 401 to a missing, garbage or expired token', async () => {
    await t.http.get('/v1/me').expect(401);
    await t.http.get('/v1/me').set(auth('garbage.token.here')).expect(401);
    const s = await member(t, 'startup');
    const expired = await t.app.get(JwtService).signAsync({ sub: s.id }, { expiresIn: -10 });
    const res = await t.http.get('/v1/me').set(auth(expired)).expect(401);
    expect(res.body.code).toBe('unauthenticated');
    const forged = await new JwtService({ secret: 'another-secret-of-16+chars' }).signAsync({ sub: s.id });
    await t.http.get('/v1/me').set(auth(forged)).expect(401);
  });

  it('lets a pending account read /me and write its profile, and nothing else (403)', async () => {
    const inv = await member(t, 'investor', { pending: true });
    await t.http.get('/v1/me').set(auth(inv.token)).expect(200);
    await t.http.put('/v1/me/investor').set(auth(inv.token)).send(investorProfile()).expect(200);
    const res = await t.http.get('/v1/startups').set(auth(inv.token)).expect(403);
    expect(res.body.code).toBe('account_pending');
  });

  it('lets organizers approve and reject; approval takes effect at once; invalid transitions are 409', async () => {
    const corp = await member(t, 'corporate', { pending: true });
    await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()).expect(200);
    const pending = await t.http.get('/v1/accounts?role=corporate&status=pending').set(auth(t.organizerToken)).expect(200);
    const listed = pending.body.items.find((a: { id: string }) => a.id === corp.id);
    expect(listed.profile).toMatchObject({ company: 'Hanbit Electronics' });

    await t.http.get('/v1/demands').set(auth(corp.token)).expect(403);
    await t.http.patch(`/v1/accounts/${corp.id}`).set(auth(t.organizerToken)).send({ status: 'active' }).expect(200);
    await t.http.get('/v1/demands').set(auth(corp.token)).expect(200);

    await t.http.patch(`/v1/accounts/${corp.id}`).set(auth(t.organizerToken)).send({ status: 'rejected' }).expect(200);
    const rejected = await t.http.get('/v1/me').set(auth(corp.token)).expect(403);
    expect(rejected.body.code).toBe('account_rejected');
    await t.http.post('/v1/auth/login').send({ email: corp.email, password: 'member-password-1' }).expect(403);
    const back = await t.http.patch(`/v1/accounts/${corp.id}`).set(auth(t.organizerToken)).send({ status: 'active' }).expect(409);
    expect(back.body.code).toBe('invalid_transition');
  });

  it('keeps account administration to organizers (403) and checks role before the body (403 not 400)', async () => {
    const s = await member(t, 'startup');
    await t.http.get('/v1/accounts').set(auth(s.token)).expect(403);
    await t.http.patch(`/v1/accounts/${s.id}`).set(auth(s.token)).send({ status: 'bogus' }).expect(403);
    await t.http.patch('/v1/accounts/not-a-uuid').set(auth(t.organizerToken)).send({ status: 'active' }).expect(404);
    await t.http.put('/v1/me/investor').set(auth(s.token)).send({}).expect(403);
  });

  it('stores and returns a startup profile with Korean text and validates it per field', async () => {
    const s = await member(t, 'startup');
    const put = await t.http.put('/v1/me/startup').set(auth(s.token)).send(startupProfile()).expect(200);
    expect(put.body).toMatchObject({ accountId: s.id, name: '큐비트랩 QubitLab', fundingAsk: { amount: 2_000_000_000, currency: 'KRW' } });
    const me = await t.http.get('/v1/me').set(auth(s.token)).expect(200);
    expect(me.body.profile.keywords).toEqual(['양자컴퓨팅', 'error correction']);

    const bad = await t.http.put('/v1/me/startup').set(auth(s.token))
      .send(startupProfile({ trl: 12, sector: 'crypto', country: 'XX', fundingAsk: { amount: 1.5, currency: 'BTC' }, extra: 1 }))
      .expect(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['trl', 'sector', 'country', 'fundingAsk.amount', 'fundingAsk.currency', 'extra']));
    // nothing changed
    const after = await t.http.get('/v1/me').set(auth(s.token)).expect(200);
    expect(after.body.profile.trl).toBe(5);
  });

  it('rejects an investor ticket range whose max is below its min, across currencies', async () => {
    const inv = await member(t, 'investor');
    const res = await t.http.put('/v1/me/investor').set(auth(inv.token))
      .send(investorProfile({ ticketMin: { amount: 1_000_000_000, currency: 'KRW' }, ticketMax: { amount: 10_000, currency: 'USD' } }))
      .expect(400);
    expect(res.body.errors[0].field).toBe('ticketMax');
  });

  it('serves the sectors in English and Korean without a token, and health', async () => {
    const res = await t.http.get('/v1/sectors').expect(200);
    expect(res.body.items).toHaveLength(10);
    expect(res.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'quantum', nameKo: '양자기술' })]));
    const health = await t.http.get('/health').expect(200);
    expect(health.body.status).toBe('ok');
    const docs = await t.http.get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/v1/auth/signup', '/v1/events/{eventId}/matches', '/v1/events/{eventId}/agenda.ics']));
    expect(docs.body.components.schemas.StartupProfileDto.properties.name.example).toBeDefined();
  });

  // Last in this file: it cuts the app's Redis connection.
  it('reports 503 from /health when Redis is down', async () => {
    const { REDIS } = await import('../src/queue/redis.provider');
    t.app.get(REDIS).disconnect();
    const res = await t.http.get('/health').expect(503);
    expect(res.body.details.redis.status).toBe('down');
    expect(res.body.details.database.status).toBe('up');
  });
});
