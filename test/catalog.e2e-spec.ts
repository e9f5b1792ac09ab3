import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auth, createTestApp, member, TestApp } from './utils';
import { corporateProfile, demand, event, startupProfile } from './factories';

describe('profiles, demands, search and events (e2e)', () => {
  let t: TestApp;
  let corp: { id: string; token: string };
  let otherCorp: { id: string; token: string };
  let startup: { id: string; token: string };

  beforeAll(async () => {
    t = await createTestApp();
    corp = await member(t, 'corporate');
    otherCorp = await member(t, 'corporate');
    startup = await member(t, 'startup');
    await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()).expect(200);
    const profiles = [
      startupProfile({ name: '큐비트랩', sector: 'quantum', description: '양자컴퓨팅 오류정정 칩', keywords: ['양자'] }),
      startupProfile({ name: 'NeuroChip Labs', sector: 'system-semiconductor', stage: 'series-a', country: 'US', description: 'Edge AI accelerators (NPU) for robots', keywords: ['NPU'] }),
      startupProfile({ name: '그린수소텍', sector: 'clean-energy', description: '수소 연료전지 스택 Hydrogen fuel cells', keywords: ['hydrogen'] }),
    ];
    await t.http.put('/v1/me/startup').set(auth(startup.token)).send(profiles[0]).expect(200);
    for (const p of profiles.slice(1)) {
      const s = await member(t, 'startup');
      await t.http.put('/v1/me/startup').set(auth(s.token)).send(p).expect(200);
    }
  });
  afterAll(async () => t?.close());

  it('searches startups by Korean substrings and English words, case-insensitively, with filters', async () => {
    const ko = await t.http.get('/v1/startups').query({ q: '양자' }).set(auth(t.organizerToken)).expect(200);
    expect(ko.body.items.map((s: { name: string }) => s.name)).toEqual(['큐비트랩']);
    // a compound word is found by its part
    const part = await t.http.get('/v1/startups').query({ q: '연료전지' }).set(auth(startup.token)).expect(200);
    expect(part.body.items.map((s: { name: string }) => s.name)).toEqual(['그린수소텍']);
    const en = await t.http.get('/v1/startups').query({ q: 'npu ROBOTS' }).set(auth(startup.token)).expect(200);
    expect(en.body.items.map((s: { name: string }) => s.name)).toEqual(['NeuroChip Labs']);
    const filtered = await t.http.get('/v1/startups').query({ sector: 'clean-energy', country: 'KR' }).set(auth(startup.token)).expect(200);
    expect(filtered.body.total).toBe(1);
    const none = await t.http.get('/v1/startups').query({ q: '100%_' }).set(auth(startup.token)).expect(200);
    expect(none.body.total).toBe(0);
  });

  it('hides deck links from other members and shows them to organizers', async () => {
    const asMember = await t.http.get('/v1/startups').query({ q: '큐비트' }).set(auth(startup.token)).expect(200);
    expect(asMember.body.items[0].deckUrl).toBeUndefined();
    const asOrganizer = await t.http.get('/v1/startups').query({ q: '큐비트' }).set(auth(t.organizerToken)).expect(200);
    expect(asOrganizer.body.items[0].deckUrl).toBe('https://qubitlab.example/deck.pdf');
    expect(JSON.stringify(asMember.body)).not.toContain('@test.local');
  });

  it('paginates with bounds: page from 1, limit 1–100, others 400', async () => {
    const page = await t.http.get('/v1/startups').query({ limit: 2, page: 2 }).set(auth(startup.token)).expect(200);
    expect(page.body).toMatchObject({ page: 2, limit: 2, total: 3 });
    expect(page.body.items).toHaveLength(1);
    const def = await t.http.get('/v1/startups?page=&limit=&sector=').set(auth(startup.token)).expect(200);
    expect(def.body).toMatchObject({ page: 1, limit: 20 });
    for (const bad of [{ limit: 0 }, { limit: 101 }, { page: 0 }, { page: 'x' }, { limit: 2.5 }]) {
      const res = await t.http.get('/v1/startups').query(bad).set(auth(startup.token)).expect(400);
      expect(res.body.errors.length).toBeGreaterThan(0);
    }
  });

  it('lets a corporate create, edit and delete its own demand; others get 403', async () => {
    const created = await t.http.post('/v1/demands').set(auth(corp.token)).send(demand()).expect(201);
    expect(created.body).toMatchObject({ id: expect.any(String), title: '차량용 SiC 전력반도체 모듈 공동개발', owner: { accountId: corp.id, company: 'Hanbit Electronics' } });
    const id = created.body.id;

    await t.http.patch(`/v1/demands/${id}`).set(auth(otherCorp.token)).send({ title: 'hijack' }).expect(403);
    await t.http.patch(`/v1/demands/${id}`).set(auth(otherCorp.token)).send({ minTrl: 99 }).expect(403);
    await t.http.delete(`/v1/demands/${id}`).set(auth(otherCorp.token)).expect(403);
    await t.http.post('/v1/demands').set(auth(startup.token)).send(demand()).expect(403);

    const patched = await t.http.patch(`/v1/demands/${id}`).set(auth(corp.token)).send({ minTrl: 7 }).expect(200);
    expect(patched.body).toMatchObject({ minTrl: 7, title: '차량용 SiC 전력반도체 모듈 공동개발' });
    const invalid = await t.http.patch(`/v1/demands/${id}`).set(auth(corp.token)).send({ sectors: ['moon'], collaboration: [] }).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['sectors', 'collaboration']));

    const found = await t.http.get('/v1/demands').query({ q: '전력반도체', sector: 'future-mobility' }).set(auth(startup.token)).expect(200);
    expect(found.body.items.map((d: { id: string }) => d.id)).toContain(id);

    await t.http.delete(`/v1/demands/${id}`).set(auth(corp.token)).expect(204);
    await t.http.get(`/v1/demands/${id}`).set(auth(startup.token)).expect(404);
    await t.http.get('/v1/demands/not-a-uuid').set(auth(startup.token)).expect(404);
  });

  it('validates events: timezone, dates, grid', async () => {
    const bad = await t.http.post('/v1/events').set(auth(t.organizerToken))
      .send(event({ timezone: 'Mars/Olympus', startDate: '2026-13-01', meetingGrid: { dayStart: '9am', dayEnd: '18:00', slotMinutes: 3, tables: 0 } }))
      .expect(400);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['timezone', 'startDate', 'meetingGrid.dayStart', 'meetingGrid.slotMinutes', 'meetingGrid.tables']));
    const reversed = await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event({ startDate: '2026-10-30' })).expect(400);
    expect(reversed.body.errors[0].field).toBe('endDate');
    const backwardsDay = await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event({ meetingGrid: { dayStart: '18:00', dayEnd: '09:00', slotMinutes: 30, tables: 5 } })).expect(400);
    expect(backwardsDay.body.errors[0].field).toBe('meetingGrid.dayEnd');
    await t.http.post('/v1/events').set(auth(startup.token)).send(event()).expect(403);
  });

  it('creates an event with IR sessions inside its days, shown in the event timezone', async () => {
    const ev = await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event()).expect(201);
    expect(ev.body).toMatchObject({ timezone: 'Asia/Seoul', meetingGrid: { slotsPerDay: 18, tables: 10 } });
    const id = ev.body.id;

    const session = await t.http.post(`/v1/events/${id}/ir-sessions`).set(auth(t.organizerToken))
      .send({ title: 'Quantum IR', room: 'Hall B', startsAt: '2026-10-28T05:00:00Z', slotMinutes: 10, slotCount: 6, sectors: ['quantum'] })
      .expect(201);
    expect(session.body).toMatchObject({ startsAt: '2026-10-28T14:00:00+09:00', endsAt: '2026-10-28T15:00:00+09:00' });

    // 23:30 local on the last day spills past midnight; the day before the event is outside it
    const late = await t.http.post(`/v1/events/${id}/ir-sessions`).set(auth(t.organizerToken))
      .send({ title: 'Late', room: 'Hall C', startsAt: '2026-10-29T23:30:00+09:00', slotMinutes: 10, slotCount: 6, sectors: [] }).expect(400);
    expect(late.body.errors[0].field).toBe('slotCount');
    const before = await t.http.post(`/v1/events/${id}/ir-sessions`).set(auth(t.organizerToken))
      .send({ title: 'Early', room: 'Hall C', startsAt: '2026-10-27T10:00:00+09:00', slotMinutes: 10, slotCount: 6, sectors: [] }).expect(400);
    expect(before.body.errors[0].field).toBe('startsAt');
    await t.http.post(`/v1/events/${id}/ir-sessions`).set(auth(t.organizerToken))
      .send({ title: 'Naive time', room: 'Hall C', startsAt: '2026-10-28T10:00:00', slotMinutes: 10, slotCount: 6, sectors: [] }).expect(400);
    const clash = await t.http.post(`/v1/events/${id}/ir-sessions`).set(auth(t.organizerToken))
      .send({ title: 'Overlap', room: 'Hall B', startsAt: '2026-10-28T14:30:00+09:00', slotMinutes: 10, slotCount: 3, sectors: [] }).expect(409);
    expect(clash.body.code).toBe('conflict');

    const list = await t.http.get(`/v1/events/${id}/ir-sessions`).set(auth(startup.token)).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(list.body.items[0].title).toBe('Quantum IR');
  });

  it('lets members join once (201 then 200), organizers add anyone, and participants set availability', async () => {
    const ev = await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event()).expect(201);
    const id = ev.body.id;
    await t.http.post(`/v1/events/${id}/participants`).set(auth(startup.token)).send({}).expect(201);
    await t.http.post(`/v1/events/${id}/participants`).set(auth(startup.token)).send({}).expect(200);
    await t.http.post(`/v1/events/${id}/participants`).set(auth(t.organizerToken)).send({ accountId: corp.id }).expect(201);
    await t.http.post(`/v1/events/${id}/participants`).set(auth(startup.token)).send({ accountId: corp.id }).expect(403);
    const list = await t.http.get(`/v1/events/${id}/participants`).set(auth(startup.token)).expect(200);
    expect(list.body.total).toBe(2);

    await t.http.put(`/v1/events/${id}/me/availability`).set(auth(otherCorp.token)).send({ blocked: [] }).expect(403);
    const set = await t.http.put(`/v1/events/${id}/me/availability`).set(auth(startup.token))
      .send({ blocked: [{ from: '2026-10-28T03:00:00Z', to: '2026-10-28T04:00:00Z' }] }).expect(200);
    expect(set.body.blocked).toEqual([{ from: '2026-10-28T12:00:00+09:00', to: '2026-10-28T13:00:00+09:00' }]);
    const bad = await t.http.put(`/v1/events/${id}/me/availability`).set(auth(startup.token))
      .send({ blocked: [{ from: '2026-10-28T05:00:00Z', to: '2026-10-28T04:00:00Z' }] }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['blocked.0.to']);
    const kept = await t.http.get(`/v1/events/${id}/me/availability`).set(auth(startup.token)).expect(200);
    expect(kept.body.blocked).toHaveLength(1);
    await t.http.get(`/v1/events/00000000-0000-4000-8000-000000000000`).set(auth(startup.token)).expect(404);
  });
});
