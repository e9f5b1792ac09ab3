import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as bcrypt from 'bcryptjs';
import { createHmac } from 'node:crypto';
import { auth, createTestApp, drainQueues, login, member, TestApp, uniqueEmail, waitUntil } from './utils';
import { corporateProfile, demand, event, startupProfile } from './factories';
import { matchedEvent, matchId } from './booking-fixtures';

/** An HS256 JWT signed with any key, with any claims (what an attacker would mint). */
function mint(claims: Record<string, unknown>, key: string): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

async function deploymentSecret(t: TestApp): Promise<string> {
  const [row] = await t.db.query(`SELECT value FROM app_secrets WHERE name = 'jwt-signing-key'`);
  return row.value;
}

describe('hardening: tokens, passwords, e-mails, input, exports, freeze, headers (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('tokens', () => {
    it('signs with a generated secret kept in the database, not one from the source', async () => {
      const secret = await deploymentSecret(t);
      expect(Buffer.byteLength(secret)).toBeGreaterThanOrEqual(48);
      const me = await member(t, 'startup');
      const now = Math.floor(Date.now() / 1000);
      // The development secret that used to ship in the source signs nothing any more.
      const forged = mint({ sub: me.id, role: 'organizer', iat: now, exp: now + 600 }, 'local-development-secret-change-me');
      await t.http.get('/v1/accounts').set(auth(forged)).expect(401);
      // With the real key but without `exp`: refused (a token must expire).
      const [organizer] = await t.db.query(`SELECT id FROM accounts WHERE role = 'organizer' LIMIT 1`);
      const eternal = mint({ sub: organizer.id, role: 'organizer', iat: now }, secret);
      await t.http.get('/v1/accounts').set(auth(eternal)).expect(401);
      const expired = mint({ sub: organizer.id, role: 'organizer', iat: now - 7200, exp: now - 3600 }, secret);
      await t.http.get('/v1/accounts').set(auth(expired)).expect(401);
      const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: organizer.id, exp: now + 600 })).toString('base64url')}.`;
      await t.http.get('/v1/accounts').set(auth(none)).expect(401);
      // The control: the same claims with `exp` and the deployment's key pass, so the refusals above are about exp and key.
      await t.http.get('/v1/accounts').set(auth(mint({ sub: organizer.id, role: 'organizer', iat: now, exp: now + 600 }, secret))).expect(200);
    });

    it('keeps sessions across a restart: a second app on the same database accepts the first one\'s token', async () => {
      const me = await member(t, 'startup');
      const second = await createTestApp({ worker: false, database: t.databaseUrl });
      try {
        await second.http.get('/v1/me').set(auth(me.token)).expect(200);
      } finally {
        await second.close();
      }
    });
  });

  describe('passwords and e-mails', () => {
    const signup = (email: string, password: string) =>
      t.http.post('/v1/auth/signup').send({ email, password, role: 'startup', displayName: 'Pw' });

    it('refuses weak passwords with weak_password naming the rule', async () => {
      const email = uniqueEmail('pw');
      const cases: [string, RegExp][] = [
        ['short-1', /at least 10/],
        ['x'.repeat(129), /at most 128/],
        ['password', /at least 10/],
        ['password1234', /too common/],
        ['1234567890', /too common/],
        ['          ', /repeated/],
        ['aaaaaaaaaaaa', /repeated/],
        [email, /e-mail/],
        [email.toUpperCase(), /e-mail/],
      ];
      for (const [password, rule] of cases) {
        const res = await signup(email, password).expect(400);
        expect(res.body).toMatchObject({ statusCode: 400, code: 'weak_password', errors: [{ field: 'password', message: expect.stringMatching(rule) }] });
      }
      expect((await t.db.query(`SELECT count(*)::int AS n FROM accounts WHERE email = $1`, [email]))[0].n).toBe(0);
      await signup(email, '양자-큐비트-오류정정').expect(201);
    });

    it('counts every character: a long password\'s 72-character prefix does not log in (no bcrypt truncation)', async () => {
      const email = uniqueEmail('long');
      const password = `${'q'.repeat(36)}${'7w'.repeat(18)}-tail-one`;
      await signup(email, password).expect(201);
      await login(t.http, email, password);
      const prefix = password.slice(0, 72);
      await t.http.post('/v1/auth/login').send({ email, password: `${prefix}-tail-two` }).expect(401);
      const hangul = `${'가나다라마바사아자차카타'.repeat(2)}`; // 24 characters, 72 bytes in UTF-8
      const email2 = uniqueEmail('hangul');
      await signup(email2, `${hangul}파하`).expect(201);
      await t.http.post('/v1/auth/login').send({ email: email2, password: `${hangul}하파` }).expect(401);
      const [{ password_hash: stored }] = await t.db.query(`SELECT password_hash FROM accounts WHERE email = $1`, [email]);
      expect(stored).toMatch(/^\$argon2id\$/);
    });

    it('keeps old bcrypt hashes working and replaces them with argon2id at the next login', async () => {
      const legacy = await member(t, 'startup');
      await t.db.query(`UPDATE accounts SET password_hash = $2 WHERE id = $1`, [legacy.id, bcrypt.hashSync('old-legacy-pass', 4)]);
      await t.http.post('/v1/auth/login').send({ email: legacy.email, password: 'wrong-legacy-pass' }).expect(401);
      await login(t.http, legacy.email, 'old-legacy-pass');
      const [{ password_hash: rehashed }] = await t.db.query(`SELECT password_hash FROM accounts WHERE id = $1`, [legacy.id]);
      expect(rehashed).toMatch(/^\$argon2id\$/);
      await login(t.http, legacy.email, 'old-legacy-pass');
    });

    it('folds e-mails (NFKC + lower case): a full-width look-alike is the same address', async () => {
      const local = `fold${Date.now().toString(36)}`;
      await signup(`${local}@example.com`, 'river-stone-quantum').expect(201);
      const wide = [...`${local.toUpperCase()}@EXAMPLE.COM`].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
      const dup = await signup(wide, 'river-stone-quantum').expect(409);
      expect(dup.body.code).toBe('email_taken');
      await login(t.http, wide, 'river-stone-quantum');
    });
  });

  describe('input that used to be a 500', () => {
    it('answers 400 naming the field for NUL, lone surrogates, missing or [] nested objects, nulls and huge pages', async () => {
      const s = await member(t, 'startup');
      const corp = await member(t, 'corporate');
      await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()).expect(200);
      const own = await t.http.post('/v1/demands').set(auth(corp.token)).send(demand()).expect(201);
      const probes: [string, () => Promise<{ status: number; body: any }>, string][] = [
        ['NUL in a text field', () => t.http.put('/v1/me/startup').set(auth(s.token)).send(startupProfile({ name: 'Qubit\u0000Lab' })), 'name'],
        ['NUL in q', () => t.http.get('/v1/startups').query({ q: 'a\u0000b' }).set(auth(s.token)), 'q'],
        ['fundingAsk missing', () => t.http.put('/v1/me/startup').set(auth(s.token)).send(startupProfile({ fundingAsk: undefined })), 'fundingAsk'],
        ['fundingAsk []', () => t.http.put('/v1/me/startup').set(auth(s.token)).send(startupProfile({ fundingAsk: [] })), 'fundingAsk'],
        ['meetingGrid []', () => t.http.post('/v1/events').set(auth(t.organizerToken)).send(event({ meetingGrid: [] })), 'meetingGrid'],
        ['demand title null', () => t.http.patch(`/v1/demands/${own.body.id}`).set(auth(corp.token)).send({ title: null }), 'title'],
        ['demand sectors null', () => t.http.patch(`/v1/demands/${own.body.id}`).set(auth(corp.token)).send({ sectors: null }), 'sectors'],
        ['lone surrogate e-mail (signup)', () => t.http.post('/v1/auth/signup').send({ email: 'a\uD800@x.io', password: 'river-stone-quantum', role: 'startup', displayName: 'x' }), 'email'],
        ['lone surrogate e-mail (login)', () => t.http.post('/v1/auth/login').send({ email: 'a\uDC00@x.io', password: 'whatever-pass' }), 'email'],
        ['page=1e20', () => t.http.get('/v1/events').query({ page: '1e20' }).set(auth(s.token)), 'page'],
      ];
      for (const [what, send, field] of probes) {
        const res = await send();
        expect(`${what}: ${res.status}`).toBe(`${what}: 400`);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      const ev = await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event()).expect(201);
      for (const field of ['venue', 'timezone', 'startDate', 'endDate']) {
        const res = await t.http.patch(`/v1/events/${ev.body.id}`).set(auth(t.organizerToken)).send({ [field]: null }).expect(400);
        expect(res.body.errors).toEqual([{ field, message: `${field} must not be null` }]);
      }
      // nullable fields stay nullable
      await t.http.patch(`/v1/demands/${own.body.id}`).set(auth(corp.token)).send({ minTrl: null, deadline: null }).expect(200);
    });
  });

  describe('contract drift', () => {
    it('refuses prototype keys, non-JSON and empty PATCH bodies', async () => {
      const corp = await member(t, 'corporate');
      await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()).expect(200);
      const d = await t.http.post('/v1/demands').set(auth(corp.token)).send(demand()).expect(201);
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        const res = await t.http.patch(`/v1/demands/${d.body.id}`).set(auth(corp.token)).set('Content-Type', 'application/json')
          .send(`{"title": "ok title", "${key}": {"isAdmin": true}}`).expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(key);
      }
      await t.http.patch(`/v1/demands/${d.body.id}`).set(auth(corp.token)).set('Content-Type', 'text/plain').send('title=x').expect(415);
      await t.http.patch(`/v1/demands/${d.body.id}`).set(auth(corp.token)).type('form').send({ title: 'x' }).expect(415);
      await t.http.patch(`/v1/demands/${d.body.id}`).set(auth(corp.token)).expect(400);
      await t.http.patch(`/v1/demands/${d.body.id}`).set(auth(corp.token)).send({}).expect(400);
      const after = await t.http.get(`/v1/demands/${d.body.id}`).set(auth(corp.token)).expect(200);
      expect(after.body.title).toBe(d.body.title);
    });

    it('accepts only real dates, times, offsets and zones, stores the canonical zone, and names every bad field at once', async () => {
      const post = (over: Record<string, unknown>) => t.http.post('/v1/events').set(auth(t.organizerToken)).send(event(over));
      for (const over of [{ startDate: '2026-02-30' }, { startDate: '0000-10-28' }, { endDate: '20261029' }, { endDate: '2026-10-29T00:00:00Z' }]) {
        const res = await post(over).expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(Object.keys(over));
      }
      const all = await post({ timezone: 'Mars/Olympus', startDate: '2026-10-29', endDate: '2026-10-28', meetingGrid: { dayStart: '18:00', dayEnd: '09:00', slotMinutes: 30, tables: 4 } }).expect(400);
      expect(all.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['endDate', 'meetingGrid.dayEnd', 'timezone']);
      const missing = await t.http.post('/v1/events').set(auth(t.organizerToken)).send({ ...event(), name: undefined }).expect(400);
      expect(missing.body.errors).toEqual([{ field: 'name', message: 'name is required' }]);
      const lower = await post({ timezone: 'asia/seoul' }).expect(201);
      expect(lower.body.timezone).toBe('Asia/Seoul');
      const ev = lower.body.id;
      const session = (startsAt: string) => t.http.post(`/v1/events/${ev}/ir-sessions`).set(auth(t.organizerToken))
        .send({ title: 'IR', room: `R${Math.random()}`, startsAt, slotMinutes: 10, slotCount: 2, sectors: ['quantum'] });
      for (const bad of ['2026-10-28T24:00:00+09:00', '2026-10-28T10:00:00+14:59', '2026-10-28T10:00:00+15:00', '2026-02-30T10:00:00+09:00', '2026-10-28T10:00:00']) {
        const res = await session(bad).expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['startsAt']);
      }
      await session('2026-10-28T10:00:00+09:00').expect(201);
      const corp = await member(t, 'corporate');
      await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()).expect(200);
      for (const deadline of ['20261028', '2026-10-28T00:00:00Z', '2026-13-01']) {
        await t.http.post('/v1/demands').set(auth(corp.token)).send(demand({ deadline })).expect(400);
      }
      await t.http.post('/v1/demands').set(auth(corp.token)).send(demand({ deadline: '2026-12-31' })).expect(201);
      const joined = await t.http.post(`/v1/events/${ev}/participants`).set(auth(corp.token)).send({}).expect(201);
      expect(joined.body.joinedAt).toMatch(/\+09:00$/);
    });
  });

  describe('published schedule, exports', () => {
    it('moves a provisional meeting out of blocked time, refuses to after publishing (409 listing it), and exports safely', async () => {
      const { eventId, startups, investors } = await matchedEvent(t, { startups: 2, investors: 1 });
      const [v] = investors;
      // Names that try formula and iCalendar injection.
      await t.http.put('/v1/me/startup').set(auth(startups[0].token)).send(startupProfile({ name: '=HYPERLINK("http://evil.example","x")' })).expect(200);
      await t.http.put('/v1/me/startup').set(auth(startups[1].token)).send(startupProfile({ name: 'Evil\rATTENDEE:mailto:x@evil.example' })).expect(200);
      await drainQueues(t);
      const meetingOf = async (s: { id: string; token: string }) => {
        const r = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s.token)).send({ matchId: await matchId(t, eventId, v, s.id) }).expect(201);
        await t.http.post(`/v1/meeting-requests/${r.body.id}/accept`).set(auth(v.token)).expect(200);
        return waitUntil('booking', async () => {
          const res = await t.http.get(`/v1/meeting-requests/${r.body.id}`).set(auth(s.token)).expect(200);
          return res.body.status === 'booked' ? res.body.meeting : undefined;
        });
      };
      const first = await meetingOf(startups[0]);
      await meetingOf(startups[1]);
      // Before publishing: blocking the meeting's time moves it.
      await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(startups[0].token)).send({ blocked: [{ from: first.startsAt, to: first.endsAt }] }).expect(200);
      const [moved] = await t.db.query(`SELECT starts_at, status FROM meetings WHERE id = $1`, [first.id]);
      expect(moved.status === 'cancelled' || new Date(moved.starts_at).getTime() !== Date.parse(first.startsAt)).toBe(true);

      const csv = await t.http.get(`/v1/events/${eventId}/schedule`).query({ format: 'csv' }).set(auth(t.organizerToken)).expect(200);
      const cells = csv.text.split(/\r\n/).flatMap((line) => line.split(','));
      expect(cells.some((c) => /^"?'=HYPERLINK/.test(c))).toBe(true);
      expect(cells.some((c) => /^"?=/.test(c))).toBe(false);
      const ics = await t.http.get(`/v1/events/${eventId}/agenda.ics`).set(auth(v.token)).expect(200);
      expect(ics.text.split('\r\n').some((l) => l.startsWith('ATTENDEE'))).toBe(false);
      expect(ics.text.replace(/\r\n/g, '')).not.toMatch(/\r|\n/);

      await t.http.post(`/v1/events/${eventId}/schedule/publish`).set(auth(t.organizerToken)).expect(200);
      const [live] = await t.db.query(`SELECT id, starts_at, ends_at, sequence FROM meetings WHERE event_id = $1 AND status = 'booked' AND startup_id = $2`, [eventId, startups[1].id]);
      const refused = await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(v.token))
        .send({ blocked: [{ from: new Date(live.starts_at).toISOString(), to: new Date(live.ends_at).toISOString() }] }).expect(409);
      expect(refused.body).toMatchObject({ statusCode: 409, code: 'published_meeting_conflict', meetings: [expect.objectContaining({ id: live.id })] });
      const [still] = await t.db.query(`SELECT status, sequence FROM meetings WHERE id = $1`, [live.id]);
      expect(still).toEqual({ status: 'booked', sequence: live.sequence });
      // Blocking time clear of published meetings is still fine.
      await t.http.put(`/v1/events/${eventId}/me/availability`).set(auth(v.token)).send({ blocked: [{ from: '2026-10-29T17:30:00+09:00', to: '2026-10-29T18:00:00+09:00' }] }).expect(200);
    });
  });

  describe('headers and moderation', () => {
    it('sends a Content-Security-Policy, and Cache-Control: no-store on authenticated JSON', async () => {
      const me = await member(t, 'startup');
      const res = await t.http.get('/v1/me').set(auth(me.token)).expect(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      // The request id goes back to the caller; a trailing slash names the same route.
      const traced = await t.http.get('/v1/me/').set(auth(me.token)).set('X-Request-Id', 'trace-0001-abcd').expect(200);
      expect(traced.headers['x-request-id']).toBe('trace-0001-abcd');
      expect(traced.body.id).toBe(me.id);
    });

    it('lets browsers on other origins use every method of the API (CORS preflight)', async () => {
      for (const method of ['PUT', 'PATCH', 'DELETE']) {
        const res = await t.http.options('/v1/me').set('Origin', 'https://app.example').set('Access-Control-Request-Method', method).expect(204);
        expect(res.headers['access-control-allow-methods']).toContain(method);
        expect(res.headers['access-control-allow-origin']).toBe('https://app.example');
      }
    });

    it('lets organizers remove (not edit) a company\'s demand, with a reason the owner is told', async () => {
      const corp = await member(t, 'corporate');
      await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()).expect(200);
      const d = await t.http.post('/v1/demands').set(auth(corp.token)).send(demand()).expect(201);
      await t.http.patch(`/v1/demands/${d.body.id}`).set(auth(t.organizerToken)).send({ title: 'rewritten' }).expect(403);
      const noReason = await t.http.delete(`/v1/demands/${d.body.id}`).set(auth(t.organizerToken)).expect(400);
      expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      await t.http.delete(`/v1/demands/${d.body.id}`).query({ reason: 'Duplicate of an earlier demand' }).set(auth(t.organizerToken)).expect(204);
      await t.http.get(`/v1/demands/${d.body.id}`).set(auth(corp.token)).expect(404);
      const [row] = await t.db.query(`SELECT deleted_at, deleted_reason FROM demands WHERE id = $1`, [d.body.id]);
      expect(row.deleted_at).not.toBeNull();
      expect(row.deleted_reason).toBe('Duplicate of an earlier demand');
      const notes = await t.http.get('/v1/me/notifications').set(auth(corp.token)).expect(200);
      expect(notes.body.items).toEqual(expect.arrayContaining([
        expect.objectContaining({ type: 'demand.removed', payload: expect.objectContaining({ demandId: d.body.id, reason: 'Duplicate of an earlier demand' }) }),
      ]));
    });
  });
});

describe('rate limits and proxy trust (e2e, budgets on)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { RATE_LIMIT_SIGNUPS_PER_HOUR: '3', RATE_LIMIT_WRITES_PER_MINUTE: '4', LOGIN_MAX_FAILURES: '3' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('limits sign-ups per address: 429 with Retry-After past the budget', async () => {
    for (let i = 0; i < 3; i++) {
      await t.http.post('/v1/auth/signup').send({ email: uniqueEmail('rl'), password: 'river-stone-quantum', role: 'startup', displayName: 'R' }).expect(201);
    }
    const over = await t.http.post('/v1/auth/signup').set('X-Forwarded-For', '203.0.113.9')
      .send({ email: uniqueEmail('rl'), password: 'river-stone-quantum', role: 'startup', displayName: 'R' }).expect(429);
    expect(over.body.code).toBe('rate_limited');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(3600);
  });

  it('limits writes per account, not reads, and not other accounts', async () => {
    const a = await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event());
    const statuses = [a.status];
    for (let i = 0; i < 4; i++) statuses.push((await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event())).status);
    expect(statuses).toEqual([201, 201, 201, 201, 429]);
    await t.http.get('/v1/events').set(auth(t.organizerToken)).expect(200);
  });

  it('does not trust X-Forwarded-For unless TRUST_PROXY names the proxy: a fresh header per try keeps the lockout', async () => {
    const email = 'nobody-here@test.local';
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await t.http.post('/v1/auth/login').set('X-Forwarded-For', `198.51.100.${i + 1}`).send({ email, password: `guess-number-${i}` });
      codes.push(res.status);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429, 429]);
  });
});
