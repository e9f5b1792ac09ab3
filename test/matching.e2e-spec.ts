import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auth, createTestApp, drainQueues, member, TestApp, waitForRun } from './utils';
import { corporateProfile, demand, event, investorProfile, startupProfile } from './factories';

type Party = { id: string; token: string };

describe('matching (e2e, real worker)', () => {
  let t: TestApp;
  let eventId: string;
  let quantum: Party;
  let chips: Party;
  let bio: Party;
  let vc: Party;
  let bioVc: Party;
  let corp: Party;
  let demandId: string;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    const ev = await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event()).expect(201);
    eventId = ev.body.id;
    quantum = await member(t, 'startup');
    chips = await member(t, 'startup');
    bio = await member(t, 'startup');
    vc = await member(t, 'investor');
    bioVc = await member(t, 'investor');
    corp = await member(t, 'corporate');
    await t.http.put('/v1/me/startup').set(auth(quantum.token)).send(startupProfile()).expect(200);
    await t.http.put('/v1/me/startup').set(auth(chips.token)).send(startupProfile({
      name: 'SiC Power Devices', sector: 'system-semiconductor', stage: 'series-a', trl: 7, deckUrl: undefined,
      description: '800V 전기차 인버터용 SiC 전력반도체 모듈. SiC power modules for EV inverters.', keywords: ['SiC', '전력반도체'],
    })).expect(200);
    await t.http.put('/v1/me/startup').set(auth(bio.token)).send(startupProfile({
      name: '바이오젠랩', sector: 'bio-health', description: '항체 신약 후보물질 발굴 AI 플랫폼', keywords: ['항체', 'drug discovery'],
    })).expect(200);
    await t.http.put('/v1/me/investor').set(auth(vc.token)).send(investorProfile()).expect(200);
    await t.http.put('/v1/me/investor').set(auth(bioVc.token)).send(investorProfile({ firm: 'Bio Angels', sectors: ['bio-health'], thesis: '바이오 신약 항체' })).expect(200);
    await t.http.put('/v1/me/corporate').set(auth(corp.token)).send(corporateProfile()).expect(200);
    demandId = (await t.http.post('/v1/demands').set(auth(corp.token)).send(demand()).expect(201)).body.id;
    for (const p of [quantum, chips, bio, vc, bioVc, corp]) await t.http.post(`/v1/events/${eventId}/participants`).set(auth(p.token)).send({}).expect(201);
    await drainQueues(t);
  });
  afterAll(async () => t?.close());

  const matchesOf = async (p: Party, query: Record<string, string | number> = {}) =>
    (await t.http.get(`/v1/events/${eventId}/matches`).query(query).set(auth(p.token)).expect(200)).body;

  it('scores parties in the background when they join, with a full explainable breakdown', async () => {
    const mine = await matchesOf(vc);
    const names = mine.items.map((m: any) => m.startup.name);
    expect(names).toEqual(expect.arrayContaining(['큐비트랩 QubitLab', 'SiC Power Devices']));
    expect(names).not.toContain('바이오젠랩'); // sector exclusion keeps it out
    const scores = mine.items.map((m: any) => m.score);
    expect([...scores].sort((a: number, b: number) => b - a)).toEqual(scores);
    // The total is the same on a full page (counted), a short last page (derived), and past the end (counted).
    const n = mine.total;
    expect(n).toBeGreaterThanOrEqual(2);
    expect(mine.items).toHaveLength(n);
    expect((await matchesOf(vc, { limit: 1, page: 1 })).total).toBe(n);
    expect((await matchesOf(vc, { limit: n - 1, page: 2 }))).toMatchObject({ total: n, items: [expect.anything()] });
    expect((await matchesOf(vc, { limit: 1, page: n + 1 }))).toMatchObject({ total: n, items: [] });
    for (const m of mine.items) {
      expect(Object.keys(m.breakdown).sort()).toEqual(['geography', 'sector', 'stage', 'text', 'ticket', 'trl']);
      expect(m.breakdown.trl).toBeNull();
      expect(m.score).toBeGreaterThan(0);
      expect(m.score).toBeLessThanOrEqual(100);
      expect(m.investor.accountId).toBe(vc.id);
      expect(m.demand).toBeNull();
    }
    const q = mine.items.find((m: any) => m.startup.accountId === quantum.id);
    expect(q.startup.deckUrl).toBe('https://qubitlab.example/deck.pdf');
  });

  it('shows a corporate the startups matched to its demand, without deck links, and a startup both kinds', async () => {
    const forCorp = await matchesOf(corp);
    expect(forCorp.items.length).toBeGreaterThan(0);
    for (const m of forCorp.items) {
      expect(m.demand).toMatchObject({ id: demandId, owner: { accountId: corp.id, company: 'Hanbit Electronics' } });
      expect(m.breakdown.stage).toBeNull();
      expect(m.startup.deckUrl).toBeUndefined();
    }
    expect(forCorp.items.map((m: any) => m.startup.accountId)).toContain(chips.id);
    const forChips = await matchesOf(chips);
    expect(new Set(forChips.items.map((m: any) => m.kind))).toEqual(new Set(['investor', 'demand']));
    expect(JSON.stringify(forChips)).not.toContain('@test.local');
  });

  it('keeps decisions private, reports mutual interest, and hides others’ matches (404)', async () => {
    const match = (await matchesOf(vc)).items.find((m: any) => m.startup.accountId === quantum.id);
    const decided = await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(vc.token)).send({ decision: 'interested', note: '팀 훌륭함' }).expect(200);
    expect(decided.body).toMatchObject({ myDecision: 'interested', myNote: '팀 훌륭함', mutual: false });
    await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(vc.token)).send({ decision: 'interested', note: '팀 훌륭함' }).expect(200);

    const seenByStartup = await t.http.get(`/v1/matches/${match.id}`).set(auth(quantum.token)).expect(200);
    expect(seenByStartup.body.myDecision).toBeNull();
    expect(JSON.stringify(seenByStartup.body)).not.toContain('팀 훌륭함');
    expect(seenByStartup.body.mutual).toBe(false);

    await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(quantum.token)).send({ decision: 'interested' }).expect(200);
    expect((await t.http.get(`/v1/matches/${match.id}`).set(auth(vc.token)).expect(200)).body.mutual).toBe(true);
    expect((await matchesOf(quantum, { mutual: 'true' })).items.map((m: any) => m.id)).toEqual([match.id]);
    const organizerView = await t.http.get(`/v1/matches/${match.id}`).set(auth(t.organizerToken)).expect(200);
    expect(organizerView.body.decisions.counterpart).toMatchObject({ decision: 'interested', note: '팀 훌륭함' });

    await t.http.get(`/v1/matches/${match.id}`).set(auth(chips.token)).expect(404);
    await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(bioVc.token)).send({ decision: 'declined' }).expect(404);
    await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(bioVc.token)).send({ decision: 'nonsense' }).expect(404); // visibility before validation
    await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(t.organizerToken)).send({ decision: 'nonsense' }).expect(403);
    await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(t.organizerToken)).send({ decision: 'declined' }).expect(403);
    const bad = await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(vc.token)).send({ decision: 'maybe', reason: 'team' }).expect(400);
    expect(bad.body.errors[0].field).toBe('reason');
    await t.http.put(`/v1/matches/${match.id}/decision`).set(auth(vc.token)).send({ decision: 'yes' }).expect(400);
  });

  it('filters by my decision and counts decline reasons for organizers', async () => {
    const chipsMatch = (await matchesOf(vc)).items.find((m: any) => m.startup.accountId === chips.id);
    await t.http.put(`/v1/matches/${chipsMatch.id}/decision`).set(auth(vc.token)).send({ decision: 'declined', reason: 'stage' }).expect(200);
    const declined = await matchesOf(vc, { decision: 'declined' });
    expect(declined.items.map((m: any) => m.id)).toEqual([chipsMatch.id]);
    const undecided = await matchesOf(vc, { decision: 'none' });
    expect(undecided.items.map((m: any) => m.id)).not.toContain(chipsMatch.id);
    const report = await t.http.get(`/v1/events/${eventId}/reports/decline-reasons`).set(auth(t.organizerToken)).expect(200);
    expect(report.body.items).toEqual([{ side: 'counterpart', kind: 'investor', reason: 'stage', count: 1 }]);
  });

  it('re-scores a party after a profile edit: undecided matches that no longer fit go, decided ones stay with the exclusion shown', async () => {
    const before = await matchesOf(quantum);
    const decidedId = before.items.find((m: any) => m.investor?.accountId === vc.id).id;
    await t.http.put('/v1/me/startup').set(auth(quantum.token)).send(startupProfile({ sector: 'bio-health', description: '항체 신약', keywords: ['항체'] })).expect(200);
    await drainQueues(t);
    const after = await matchesOf(quantum);
    const kept = after.items.find((m: any) => m.id === decidedId);
    expect(kept).toBeDefined();
    expect(kept.excluded).toBe('sector-mismatch');
    expect(kept.score).toBe(0);
    expect(after.items.some((m: any) => m.investor?.accountId === bioVc.id)).toBe(true);
    const forBioVc = await matchesOf(bioVc);
    expect(forBioVc.items.map((m: any) => m.startup.accountId)).toEqual(expect.arrayContaining([quantum.id, bio.id]));
  });

  it('runs a whole-event re-score as an organizer (202, progress, idempotent) and re-scores when weights change', async () => {
    await t.http.post(`/v1/events/${eventId}/match-runs`).set(auth(vc.token)).expect(403);
    const started = await t.http.post(`/v1/events/${eventId}/match-runs`).set(auth(t.organizerToken)).expect(202);
    expect(started.body).toEqual({ id: expect.any(String), status: 'queued' });
    const run = await waitForRun(t, `/v1/match-runs/${started.body.id}`, t.organizerToken);
    expect(run).toMatchObject({ status: 'done', pairsScored: 3 * (2 + 1), progress: 1 });
    expect(run.matchesStored).toBeGreaterThan(0);
    const [{ n: before }] = await t.db.query(`SELECT count(*)::int AS n FROM matches WHERE event_id = $1`, [eventId]);
    const again = await t.http.post(`/v1/events/${eventId}/match-runs`).set(auth(t.organizerToken)).expect(202);
    expect((await waitForRun(t, `/v1/match-runs/${again.body.id}`, t.organizerToken)).matchesStored).toBe(before);

    const vcBefore = (await matchesOf(vc)).items.find((m: any) => m.startup.accountId === chips.id).score;
    await t.http.patch(`/v1/events/${eventId}`).set(auth(t.organizerToken)).send({ matchWeights: { text: 0, sector: 100 } }).expect(200);
    await drainQueues(t);
    const [{ status }] = await t.db.query(`SELECT status FROM match_runs WHERE event_id = $1 ORDER BY created_at DESC LIMIT 1`, [eventId]);
    expect(status).toBe('done');
    const vcAfter = (await matchesOf(vc)).items.find((m: any) => m.startup.accountId === chips.id).score;
    expect(vcAfter).not.toBe(vcBefore);
    // decisions survived every run
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM match_decisions`);
    expect(n).toBe(3);
  });

  it('drops a deleted demand’s undecided matches', async () => {
    await t.http.delete(`/v1/demands/${demandId}`).set(auth(corp.token)).expect(204);
    await drainQueues(t);
    expect((await matchesOf(corp)).total).toBe(0);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM matches WHERE demand_id = $1`, [demandId]);
    expect(n).toBe(0);
  });
});
