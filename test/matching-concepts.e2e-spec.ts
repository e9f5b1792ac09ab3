import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { auth, createTestApp, drainQueues, member, TestApp } from './utils';
import { corporateProfile, demand, event, investorProfile, startupProfile } from './factories';

type Party = { id: string; token: string };

describe('cross-language matching, explanations and the concept report (e2e, real worker)', () => {
  let t: TestApp;
  let eventId: string;
  let korean: Party;
  let english: Party;
  let vc: Party;
  let corp: Party;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    eventId = (await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event()).expect(201)).body.id;
    korean = await member(t, 'startup');
    english = await member(t, 'startup');
    vc = await member(t, 'investor');
    corp = await member(t, 'corporate');
    await t.http.put('/v1/me/startup').set(auth(korean.token)).send(startupProfile({
      name: '솔리드셀', sector: 'future-mobility', deckUrl: undefined, keywords: ['고체전해질'],
      description: '전고체 배터리용 황화물계 고체전해질을 개발합니다. 이온전도도를 높인 소재를 셀 제조사에 공급합니다.',
    })).expect(200);
    await t.http.put('/v1/me/startup').set(auth(english.token)).send(startupProfile({
      name: 'Routewise', sector: 'future-mobility', deckUrl: undefined, keywords: ['fleet management'],
      description: 'Fleet management and route optimization software for delivery companies and logistics operators.',
    })).expect(200);
    await t.http.put('/v1/me/investor').set(auth(vc.token)).send(investorProfile({
      firm: 'Cellforward Capital', sectors: ['future-mobility'],
      thesis: 'We invest in next-generation battery materials: solid-state battery electrolytes, cathodes and anodes.',
    })).expect(200);
    await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()).expect(200);
    await t.http.post('/v1/demands').set(auth(corp.token)).send(demand({
      title: '수소 트럭용 연료전지 스택 공동개발', description: 'Fuel cell stacks for hydrogen trucks; 양극재 등 배터리 소재 협력도 검토합니다.',
      sectors: ['future-mobility'], keywords: ['연료전지'], minTrl: 3,
    })).expect(201);
    for (const p of [korean, english, vc, corp]) await t.http.post(`/v1/events/${eventId}/participants`).set(auth(p.token)).send({}).expect(201);
    await drainQueues(t);
  });
  afterAll(async () => t?.close());

  it("ranks a Korean startup first for an English thesis on the same technology, and says why in both languages", async () => {
    const list = (await t.http.get(`/v1/events/${eventId}/matches`).set(auth(vc.token)).expect(200)).body;
    expect(list.items.map((m: any) => m.startup.accountId)).toEqual([korean.id, english.id]);
    const [top, other] = list.items;
    expect(top.explanation.sharedConcepts).toEqual(expect.arrayContaining([{ id: 'solid-electrolyte', en: 'solid electrolyte', ko: '고체전해질' }]));
    expect(other.explanation.sharedConcepts).toEqual([]);
    const factors = top.explanation.reasons.map((r: any) => r.factor);
    expect(factors).toEqual(['sector', 'stage', 'ticket', 'geography', 'text']);
    for (const r of top.explanation.reasons) {
      expect(r.en).toMatch(/[a-z]/i);
      expect(r.ko).toMatch(/[\uac00-\ud7a3]/);
    }
    const text = top.explanation.reasons.find((r: any) => r.factor === 'text');
    expect(text.en).toContain('Both work on: solid electrolyte');
    expect(text.ko).toContain('공통 기술: 고체전해질');

    const one = (await t.http.get(`/v1/matches/${top.id}`).set(auth(korean.token)).expect(200)).body;
    expect(one.explanation).toEqual(top.explanation);
  });

  it('explains demand matches with the TRL reason', async () => {
    const forCorp = (await t.http.get(`/v1/events/${eventId}/matches`).set(auth(corp.token)).expect(200)).body;
    expect(forCorp.items.length).toBe(2);
    for (const m of forCorp.items) expect(m.explanation.reasons.map((r: any) => r.factor)).toEqual(['sector', 'trl', 'text']);
    const ko = forCorp.items.find((m: any) => m.startup.accountId === korean.id);
    expect(ko.explanation.reasons.find((r: any) => r.factor === 'trl').en).toBe('TRL 5 meets the required 3');
  });

  it('reports the concepts driving the event to organizers only', async () => {
    const report = (await t.http.get(`/v1/events/${eventId}/reports/concepts`).set(auth(t.organizerToken)).expect(200)).body;
    expect(report.parties).toEqual({ startups: 2, investors: 1, demands: 1 });
    const mobility = report.sectors.find((s: any) => s.sector === 'future-mobility');
    expect(mobility).toMatchObject({ startups: 2, startupsWithConcepts: 2 });
    expect(mobility.topConcepts).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: 'solid-electrolyte', startups: 1, investors: 1, demands: 0 }),
      expect.objectContaining({ id: 'fleet-management', startups: 1, investors: 0 }),
    ]));
    const unmatched = report.unmatchedDemandConcepts.map((c: any) => c.id);
    expect(unmatched).toContain('fuel-cell');
    expect(unmatched).toContain('cathode'); // a sibling of what the startup offers is still unmatched
    expect(unmatched).not.toContain('battery-materials'); // offered through the narrower solid electrolyte
    expect(report.unmatchedDemandConcepts.find((c: any) => c.id === 'fuel-cell').demands[0].title).toBe('수소 트럭용 연료전지 스택 공동개발');

    await t.http.get(`/v1/events/${eventId}/reports/concepts`).set(auth(vc.token)).expect(403);
    await t.http.get(`/v1/events/${eventId}/reports/concepts`).expect(401);
    await t.http.get(`/v1/events/${randomUUID()}/reports/concepts`).set(auth(t.organizerToken)).expect(404);
  });
});
