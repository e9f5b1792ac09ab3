import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as bcrypt from 'bcryptjs';
import { searchTextOf } from '../src/common/search/search-text';
import { DEFAULT_DEMO_OPTIONS, generateDemoData } from '../src/modules/demo/demo-data.generator';
import type { DemoData } from '../src/modules/demo/demo-data.types';
import { seedDemo, type SeedResult } from '../src/modules/demo/demo-seeder';
import { auth, createTestApp, login, ORGANIZER, TestApp } from './utils';

const PASSWORD = 'demo-password';

describe('demo seeder (e2e)', () => {
  let t: TestApp;
  let data: DemoData;
  let seeded: SeedResult;
  const passwordHash = bcrypt.hashSync(PASSWORD, 4); // few rounds: only login speed depends on it

  beforeAll(async () => {
    t = await createTestApp();
    data = generateDemoData(DEFAULT_DEMO_OPTIONS);
    seeded = await seedDemo(t.db, data, { passwordHash, organizerEmail: ORGANIZER.email });
  });
  afterAll(async () => t?.close());

  const counts = async () => {
    const [row] = await t.db.query(`SELECT
      (SELECT count(*)::int FROM accounts WHERE role = 'startup' AND status = 'active') AS startups,
      (SELECT count(*)::int FROM accounts WHERE role = 'investor' AND status = 'active') AS investors,
      (SELECT count(*)::int FROM accounts WHERE role = 'corporate' AND status = 'active') AS corporates,
      (SELECT count(*)::int FROM startup_profiles) AS startup_profiles,
      (SELECT count(*)::int FROM investor_profiles) AS investor_profiles,
      (SELECT count(*)::int FROM corporate_profiles) AS corporate_profiles,
      (SELECT count(*)::int FROM demands) AS demands,
      (SELECT count(*)::int FROM events) AS events,
      (SELECT count(*)::int FROM ir_sessions) AS ir_sessions,
      (SELECT count(*)::int FROM event_participants) AS participants`);
    return row;
  };

  it('writes every account, profile, demand, the event, its sessions and participants', async () => {
    const { startups, investors, corporates, demands } = DEFAULT_DEMO_OPTIONS;
    expect(await counts()).toEqual({
      startups, investors, corporates, startup_profiles: startups, investor_profiles: investors, corporate_profiles: corporates,
      demands, events: 1, ir_sessions: data.event.irSessions.length, participants: startups + investors + corporates,
    });
    expect(seeded.startupIds).toHaveLength(startups);
    expect(seeded.demandIds).toHaveLength(demands);
    // ids line up with the data: the n-th id is the n-th item's account
    const [first] = await t.db.query(`SELECT a.email, p.name, p.funding_ask_amount::float8 AS amount, p.keywords
      FROM accounts a JOIN startup_profiles p ON p.account_id = a.id WHERE a.id = $1`, [seeded.startupIds[0]]);
    expect(first).toEqual({ email: data.startups[0].email, name: data.startups[0].name, amount: data.startups[0].fundingAsk.amount, keywords: data.startups[0].keywords });
    const [demand] = await t.db.query('SELECT title, owner_id FROM demands WHERE id = $1', [seeded.demandIds[3]]);
    const owner = data.corporates.findIndex((c) => c.key === data.demands[3].ownerKey);
    expect(demand).toEqual({ title: data.demands[3].title, owner_id: seeded.corporateIds[owner] });
  });

  it('lets a seeded startup log in and be found by a Korean word of its description', async () => {
    const texts = data.startups.map((s) => searchTextOf(s.name, s.description, s.keywords));
    // the rarest Korean word of some Korean startup's description, so the result fits one page
    const candidates = data.startups.flatMap((s, k) =>
      (s.description.match(/[\uac00-\ud7a3]{2,}/g) ?? []).map((word) => ({ k, word, hits: texts.filter((x) => x.includes(word)).length })));
    expect(candidates.length).toBeGreaterThan(0);
    const { k, word, hits } = candidates.reduce((a, b) => (b.hits < a.hits ? b : a));
    const startup = data.startups[k];

    const token = await login(t.http, startup.email, PASSWORD);
    const me = await t.http.get('/v1/me').set(auth(token)).expect(200);
    expect(me.body).toMatchObject({ id: seeded.startupIds[k], role: 'startup', status: 'active', profile: { name: startup.name } });

    const found = await t.http.get('/v1/startups').query({ q: word, limit: 100 }).set(auth(token)).expect(200);
    expect(found.body.total).toBe(hits);
    expect(found.body.items.map((s: { accountId: string }) => s.accountId)).toContain(seeded.startupIds[k]);

    const events = await t.http.get('/v1/events').set(auth(token)).expect(200);
    expect(events.body.items.map((e: { id: string }) => e.id)).toContain(seeded.eventId);
  });

  it('is harmless to run again: same ids, nothing written', async () => {
    const before = await counts();
    const again = await seedDemo(t.db, generateDemoData(DEFAULT_DEMO_OPTIONS), { passwordHash: 'unused', organizerEmail: ORGANIZER.email });
    expect(again).toEqual(seeded);
    expect(await counts()).toEqual(before);
    await login(t.http, data.investors[0].email, PASSWORD); // the password was not overwritten
  });

  it('refuses to mix a different demo into the same database', async () => {
    const bigger = generateDemoData({ ...DEFAULT_DEMO_OPTIONS, startups: DEFAULT_DEMO_OPTIONS.startups + 5 });
    await expect(seedDemo(t.db, bigger, { passwordHash })).rejects.toThrow(/another demo/);
  });
});
