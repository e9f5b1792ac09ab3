import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addDays, DEFAULT_DEMO_OPTIONS, generateDemoData } from '../src/modules/demo/demo-data.generator';
import { MeetingLedger } from '../src/modules/booking/ledger/meeting-ledger.repository';
import { seedEventHistory } from '../src/modules/demo/demo-history';
import { EventEntity } from '../src/modules/events/event.entities';
import { gridOf } from '../src/modules/events/events.views';
import { seedDemo, type SeedResult } from '../src/modules/demo/demo-seeder';
import { auth, createTestApp, ORGANIZER, TestApp, waitForRun } from './utils';

/** `npm run demo` on first open: the event began yesterday, so its ended slots carry held meetings, no-shows and outcomes. */
describe('demo history (e2e)', () => {
  let t: TestApp;
  let seeded: SeedResult;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    // As seed.cli does: the generated event (from tomorrow) starts yesterday instead.
    const generated = generateDemoData({ ...DEFAULT_DEMO_OPTIONS, startups: 40, investors: 12, corporates: 4, demands: 6, startDate: addDays(today, 1) });
    const data = { ...generated, event: { ...generated.event, startDate: addDays(today, -1) } };
    seeded = await seedDemo(t.db, data, { passwordHash: 'x', organizerEmail: ORGANIZER.email });
    const run = await t.http.post(`/v1/events/${seeded.eventId}/match-runs`).set(auth(t.organizerToken)).expect(202);
    expect((await waitForRun(t, `/v1/match-runs/${run.body.id}`, t.organizerToken)).status).toBe('done');
  });
  afterAll(async () => t?.close());

  it('writes yesterday as it went: held meetings, no-shows and outcomes with amounts in KRW and USD, once', async () => {
    // A meeting already booked at table 1 of the first slot, before that slot began: its table stays its own.
    await t.db.transaction(async (tx) => {
      const [m] = await tx.query(`SELECT id, startup_id, investor_id FROM matches WHERE event_id = $1 AND investor_id IS NOT NULL ORDER BY score LIMIT 1`, [seeded.eventId]);
      const ledger = new MeetingLedger();
      const r = await ledger.createRequest(tx, { eventId: seeded.eventId, matchId: m.id, senderId: m.startup_id, recipientId: m.investor_id, startupId: m.startup_id, counterpartId: m.investor_id, message: null, value: 1 });
      await ledger.setRequestStatus(tx, 'accepted', [{ id: r.id }]);
      const grid = gridOf((await tx.findOneBy(EventEntity, { id: seeded.eventId }))!);
      await ledger.createMeeting(tx, seeded.eventId, grid, { requestId: r.id, startupId: m.startup_id, counterpartId: m.investor_id, slot: 0, table: 1 }, [{ id: m.startup_id, cap: null }, { id: m.investor_id, cap: null }]);
    });
    const featured = [seeded.startupIds[0], seeded.investorIds[0]];
    const result = await seedEventHistory(t.db, seeded.eventId, { now: new Date(), featured });
    expect(result.written).toBe(true);
    expect(result.held).toBeGreaterThan(10);
    expect(result.noShows).toBeGreaterThan(0);

    const e = `/v1/events/${seeded.eventId}`;
    const funnel = (await t.http.get(`${e}/reports/funnel`).set(auth(t.organizerToken)).expect(200)).body;
    expect(funnel.overall.booked).toBeGreaterThanOrEqual(result.meetings - result.noShows);
    expect(funnel.overall.held).toBe(result.held);
    expect(funnel.overall.followUp).toBeGreaterThan(0);
    expect(funnel.overall.mutual).toBeGreaterThanOrEqual(result.meetings);

    const outcomes = (await t.http.get(`${e}/reports/outcomes`).set(auth(t.organizerToken)).expect(200)).body;
    expect(outcomes.outcomes.recorded).toBe(result.outcomes);
    expect(outcomes.outcomes.notHeld).toBeGreaterThan(0); // present parties of no-shows said so
    expect(outcomes.amounts.map((a: { currency: string }) => a.currency).sort()).toEqual(['KRW', 'USD']);
    expect(outcomes.noShows).toMatchObject({ held: result.held, marked: result.noShows });

    const noShows = (await t.http.get(`${e}/no-shows`).query({ marked: 'true', limit: 100 }).set(auth(t.organizerToken)).expect(200)).body;
    expect(noShows.total).toBe(result.noShows);

    // Every meeting lies in an ended slot, and nobody sits at two tables at once (the ledger's occupancy rows).
    const [row] = await t.db.query(
      `SELECT count(*) FILTER (WHERE m.ends_at > now())::int AS future,
              (SELECT count(*)::int FROM (SELECT 1 FROM meetings x JOIN occupancy o ON o.meeting_id = x.id
                 WHERE x.event_id = $1 GROUP BY o.account_id, o.slot HAVING count(*) > 1) d) AS doubled
         FROM meetings m WHERE m.event_id = $1`, [seeded.eventId]);
    expect(row).toEqual({ future: 0, doubled: 0 });

    // the featured logins (the demo banner's) each have a held meeting to show
    const held: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM meetings m WHERE m.event_id = $1 AND $2 IN (m.startup_id, m.counterpart_id)
          AND (SELECT count(*) FROM meeting_check_ins c WHERE c.meeting_id = m.id) = 2`, [seeded.eventId, featured[0]]);
    const heldInvestor: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM meetings m WHERE m.event_id = $1 AND m.counterpart_id = $2
          AND (SELECT count(*) FROM meeting_check_ins c WHERE c.meeting_id = m.id) = 2`, [seeded.eventId, featured[1]]);
    expect([held[0].n, heldInvestor[0].n].every((n) => n > 0)).toBe(true);

    expect((await seedEventHistory(t.db, seeded.eventId, { now: new Date() })).written).toBe(false);
  });

  it('lets the parties see it: a held meeting on the agenda with both check-ins', async () => {
    const [m] = await t.db.query(
      `SELECT m.id, a.email FROM meetings m JOIN accounts a ON a.id = m.startup_id
        WHERE m.event_id = $1 AND (SELECT count(*) FROM meeting_check_ins c WHERE c.meeting_id = m.id) = 2 LIMIT 1`, [seeded.eventId]);
    const view = (await t.http.get(`/v1/meetings/${m.id}`).set(auth(t.organizerToken)).expect(200)).body;
    expect(view).toMatchObject({ status: 'held' });
    expect(view.checkIns).toHaveLength(2);
  });
});
