import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { matchedEvent, matchId, type Party } from './booking-fixtures';
import { bookedMeeting, startsIn } from './outcome-fixtures';
import { auth, createTestApp, type TestApp } from './utils';

const STAGES = ['matched', 'decided', 'mutual', 'requested', 'accepted', 'booked', 'published', 'held', 'followUp'] as const;
type Stage = (typeof STAGES)[number];

/**
 * The funnel recomputed the plain way: one row per match with a yes/no per stage, each stage its own
 * EXISTS over the underlying rows (not the report's joins), grouped in JavaScript.
 */
async function funnelByHand(t: TestApp, eventId: string) {
  const live = `(m.status = 'booked' OR m.cancelled_at >= m.starts_at)`;
  const rows: (Record<Stage, boolean> & { sector: string; country: string })[] = await t.db.query(
    `SELECT sp.sector, sp.country, true AS matched,
            EXISTS (SELECT 1 FROM match_decisions d WHERE d.match_id = ma.id) AS decided,
            (SELECT count(*) FROM match_decisions d WHERE d.match_id = ma.id AND d.decision = 'interested') = 2 AS mutual,
            EXISTS (SELECT 1 FROM meeting_requests r WHERE r.match_id = ma.id) AS requested,
            EXISTS (SELECT 1 FROM meeting_requests r WHERE r.match_id = ma.id AND r.accepted_at IS NOT NULL) AS accepted,
            EXISTS (SELECT 1 FROM meetings m JOIN meeting_requests r ON r.id = m.request_id WHERE r.match_id = ma.id AND ${live}) AS booked,
            EXISTS (SELECT 1 FROM meetings m JOIN meeting_requests r ON r.id = m.request_id JOIN events e ON e.id = m.event_id
                     WHERE r.match_id = ma.id AND ${live} AND e.schedule_published_at IS NOT NULL) AS published,
            EXISTS (SELECT 1 FROM meetings m JOIN meeting_requests r ON r.id = m.request_id WHERE r.match_id = ma.id AND ${live}
                       AND ((SELECT count(*) FROM meeting_check_ins c WHERE c.meeting_id = m.id) = 2
                            OR (SELECT count(*) FROM meeting_outcomes o WHERE o.meeting_id = m.id AND o.held) = 2)) AS held,
            EXISTS (SELECT 1 FROM meetings m JOIN meeting_requests r ON r.id = m.request_id JOIN meeting_outcomes o ON o.meeting_id = m.id
                     WHERE r.match_id = ma.id AND ${live} AND EXISTS (SELECT 1 FROM unnest(o.follow_ups) k WHERE k <> 'none')) AS "followUp"
       FROM matches ma JOIN startup_profiles sp ON sp.account_id = ma.startup_id WHERE ma.event_id = $1`,
    [eventId],
  );
  const count = (subset: typeof rows) => Object.fromEntries(STAGES.map((s) => [s, subset.filter((r) => r[s]).length]));
  const groups = (key: 'sector' | 'country') => [...new Set(rows.map((r) => r[key]))].sort().map((k) => ({ [key]: k, ...count(rows.filter((r) => r[key] === k)) }));
  return { overall: count(rows), bySector: groups('sector'), byCountry: groups('country') };
}

describe('organizer reports: funnel and outcomes (e2e)', () => {
  let t: TestApp;
  let eventId: string;
  let s: Party[];
  let v: Party[];
  const meetings: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    ({ eventId, startups: s, investors: v } = await matchedEvent(t, { startups: 4, investors: 2 }));
    const profiles: [string, string][] = [['quantum', 'KR'], ['quantum', 'US'], ['robotics', 'KR'], ['bio-health', 'JP']];
    for (const [i, [sector, country]] of profiles.entries()) {
      await t.db.query(`UPDATE startup_profiles SET sector = $2, country = $3 WHERE account_id = $1`, [s[i].id, sector, country]);
    }
    const decide = async (p: Party, counterpart: Party, startup: Party, decision: string) =>
      t.http.put(`/v1/matches/${await matchId(t, eventId, counterpart, startup.id)}/decision`).set(auth(p.token)).send({ decision }).expect(200);
    await decide(s[0], v[0], s[0], 'interested');
    await decide(v[0], v[0], s[0], 'interested');
    await decide(v[1], v[1], s[0], 'declined');

    // held by check-ins, with follow-ups and amounts in USD
    meetings.held = (await bookedMeeting(t, eventId, s[0], v[0])).meetingId;
    await startsIn(t, meetings.held, -5);
    for (const p of [s[0], v[0]]) await t.http.post(`/v1/meetings/${meetings.held}/check-in`).set(auth(p.token)).send({}).expect(200);
    await t.http.put(`/v1/meetings/${meetings.held}/outcome`).set(auth(s[0].token))
      .send({ held: true, followUps: ['poc', 'investment'], amount: { amount: 50_000_000, currency: 'USD' } }).expect(200);
    await t.http.put(`/v1/meetings/${meetings.held}/outcome`).set(auth(v[0].token))
      .send({ held: true, followUps: ['investment'], amount: { amount: 30_000_000, currency: 'USD' }, note: '=HYPERLINK("x")' }).expect(200);

    // a no-show: the startup came, the investor did not
    meetings.noShow = (await bookedMeeting(t, eventId, s[1], v[0])).meetingId;
    await startsIn(t, meetings.noShow, -11);
    await t.http.post(`/v1/meetings/${meetings.noShow}/check-in`).set(auth(s[1].token)).send({}).expect(200);
    await t.http.post(`/v1/meetings/${meetings.noShow}/no-show`).set(auth(s[1].token)).expect(200);
    await t.http.put(`/v1/meetings/${meetings.noShow}/outcome`).set(auth(s[1].token)).send({ held: false, followUps: [] }).expect(200);

    // held by both outcomes without check-ins; an amount in KRW
    meetings.reported = (await bookedMeeting(t, eventId, s[2], v[1])).meetingId;
    await t.http.put(`/v1/meetings/${meetings.reported}/outcome`).set(auth(s[2].token))
      .send({ held: true, followUps: ['mou'], amount: { amount: 1_000_000_000, currency: 'KRW' } }).expect(200);
    await t.http.put(`/v1/meetings/${meetings.reported}/outcome`).set(auth(v[1].token)).send({ held: true, followUps: ['none'] }).expect(200);

    // a booked meeting in the past nobody checked in to: both sides absent
    meetings.silent = (await bookedMeeting(t, eventId, s[3], v[0])).meetingId;
    // a pending request and a declined one
    await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s[3].token)).send({ matchId: await matchId(t, eventId, v[1], s[3].id) }).expect(201);
    const declined = await t.http.post(`/v1/events/${eventId}/meeting-requests`).set(auth(s[1].token)).send({ matchId: await matchId(t, eventId, v[1], s[1].id) }).expect(201);
    await t.http.post(`/v1/meeting-requests/${declined.body.id}/decline`).set(auth(v[1].token)).send({}).expect(200);
    await t.http.post(`/v1/events/${eventId}/schedule/publish`).set(auth(t.organizerToken)).expect(200);
  });
  afterAll(async () => t?.close());

  it('counts the funnel as the rows say, overall and by sector and country', async () => {
    const res = await t.http.get(`/v1/events/${eventId}/reports/funnel`).set(auth(t.organizerToken)).expect(200);
    const byHand = await funnelByHand(t, eventId);
    expect(res.body.overall).toEqual(byHand.overall);
    expect([...res.body.bySector].sort((a, b) => a.sector.localeCompare(b.sector))).toEqual(byHand.bySector);
    expect([...res.body.byCountry].sort((a, b) => a.country.localeCompare(b.country))).toEqual(byHand.byCountry);
    // and what this test set up
    expect(res.body.overall).toMatchObject({ matched: 8, decided: 2, mutual: 1, requested: 6, accepted: 4, booked: 4, published: 4, held: 2, followUp: 2 });
    expect(res.body.bySector.find((r: { sector: string }) => r.sector === 'quantum')).toMatchObject({ matched: 4, held: 1, followUp: 1 });
    expect(res.body.byCountry.find((r: { country: string }) => r.country === 'KR')).toMatchObject({ matched: 4, held: 2 });
  });

  it('reports outcomes by kind, amounts per currency and no-shows by side', async () => {
    const res = await t.http.get(`/v1/events/${eventId}/reports/outcomes`).set(auth(t.organizerToken)).expect(200);
    const kind = (k: string) => res.body.followUps.find((f: { kind: string }) => f.kind === k);
    const [byKind] = await t.db.query(
      `SELECT count(*) FILTER (WHERE 'investment' = ANY(follow_ups))::int AS investment, count(*) FILTER (WHERE 'mou' = ANY(follow_ups))::int AS mou
         FROM meeting_outcomes WHERE event_id = $1`,
      [eventId],
    );
    expect(kind('investment')).toMatchObject({ reports: byKind.investment, meetings: 1, bySide: { startup: 1, counterpart: 1 }, amounts: [{ currency: 'USD', total: 80_000_000, reports: 2 }] });
    expect(kind('mou')).toMatchObject({ reports: byKind.mou, meetings: 1, amounts: [{ currency: 'KRW', total: 1_000_000_000, reports: 1 }] });
    expect(kind('nda')).toMatchObject({ reports: 0, meetings: 0, amounts: [] });
    const sums: { currency: string; total: string }[] = await t.db.query(
      `SELECT currency, sum(amount)::text AS total FROM meeting_outcomes WHERE event_id = $1 AND amount IS NOT NULL GROUP BY currency ORDER BY currency`,
      [eventId],
    );
    expect(res.body.amounts.map((a: { currency: string; total: number }) => ({ currency: a.currency, total: String(a.total) }))).toEqual(sums);
    expect(res.body.amounts.find((a: { currency: string }) => a.currency === 'USD')).toMatchObject({ total: 80_000_000, bySide: { startup: { total: 50_000_000 }, counterpart: { total: 30_000_000 } } });
    expect(res.body.outcomes).toMatchObject({ recorded: 5, held: 4, notHeld: 1 });

    // no-shows recomputed: started meetings booked at their start, not held, per party without a check-in
    const rows: { startup_id: string; counterpart_id: string; who: string[] }[] = await t.db.query(
      `SELECT m.startup_id, m.counterpart_id, coalesce(array_agg(c.account_id) FILTER (WHERE c.account_id IS NOT NULL), '{}') AS who
         FROM meetings m LEFT JOIN meeting_check_ins c ON c.meeting_id = m.id
        WHERE m.event_id = $1 AND m.starts_at <= now() AND (m.status = 'booked' OR m.cancelled_at >= m.starts_at)
          AND m.id <> ALL($2::uuid[])
        GROUP BY m.id`,
      [eventId, [meetings.held, meetings.reported]],
    );
    const absent = (side: 'startup_id' | 'counterpart_id') => rows.filter((r) => !r.who.includes(r[side])).length;
    expect(res.body.noShows).toEqual({
      meetingsStarted: 4, held: 2, meetings: rows.length, bySide: { startup: absent('startup_id'), counterpart: absent('counterpart_id') }, bothAbsent: 1, marked: 1,
    });
    expect(res.body.noShows.bySide).toEqual({ startup: 1, counterpart: 2 });
  });

  it('agrees with a plain recount of the outcome and decision rows: every follow-up kind, totals, amounts, decline reasons', async () => {
    const res = (await t.http.get(`/v1/events/${eventId}/reports/outcomes`).set(auth(t.organizerToken)).expect(200)).body;
    const rows: { meeting_id: string; side: 'startup' | 'counterpart'; held: boolean; follow_ups: string[]; amount: string | null; currency: string | null }[] =
      await t.db.query(`SELECT meeting_id, side, held, follow_ups, amount, currency FROM meeting_outcomes WHERE event_id = $1`, [eventId]);
    expect(res.outcomes).toEqual({
      recorded: rows.length, held: rows.filter((r) => r.held).length, notHeld: rows.filter((r) => !r.held).length,
      startup: rows.filter((r) => r.side === 'startup').length, counterpart: rows.filter((r) => r.side === 'counterpart').length,
      meetings: new Set(rows.map((r) => r.meeting_id)).size,
    });
    const sum = (of: typeof rows) => of.reduce((total, r) => total + Number(r.amount), 0);
    const perCurrency = (of: typeof rows) => [...new Set(of.filter((r) => r.currency).map((r) => r.currency!))].sort()
      .map((currency) => ({ of: of.filter((r) => r.currency === currency), currency }));
    for (const kind of ['nda', 'poc', 'mou', 'term-sheet', 'investment', 'procurement', 'none']) {
      const of = rows.filter((r) => r.follow_ups.includes(kind));
      expect(res.followUps.find((f: { kind: string }) => f.kind === kind)).toEqual({
        kind, reports: of.length, meetings: new Set(of.map((r) => r.meeting_id)).size,
        bySide: { startup: of.filter((r) => r.side === 'startup').length, counterpart: of.filter((r) => r.side === 'counterpart').length },
        amounts: perCurrency(of).map(({ of: c, currency }) => ({ currency, total: sum(c), reports: c.length })),
      });
    }
    expect(res.amounts).toEqual(perCurrency(rows).map(({ of: c, currency }) => ({
      currency, total: sum(c), reports: c.length, meetings: new Set(c.map((r) => r.meeting_id)).size,
      bySide: Object.fromEntries((['startup', 'counterpart'] as const).map((side) => {
        const mine = c.filter((r) => r.side === side);
        return [side, { total: sum(mine), reports: mine.length }];
      })),
    })));
    const reasons = (await t.http.get(`/v1/events/${eventId}/reports/decline-reasons`).set(auth(t.organizerToken)).expect(200)).body.items;
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM match_decisions d JOIN matches m ON m.id = d.match_id WHERE m.event_id = $1 AND d.decision = 'declined'`, [eventId],
    );
    expect(n).toBeGreaterThan(0);
    expect(reasons.reduce((total: number, r: { count: number }) => total + r.count, 0)).toBe(n);
  });

  it('exports both as CSV, organizers only', async () => {
    const funnel = await t.http.get(`/v1/events/${eventId}/reports/funnel`).query({ format: 'csv' }).set(auth(t.organizerToken)).expect(200);
    expect(funnel.headers['content-type']).toMatch(/^text\/csv/);
    const lines = funnel.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe(`scope,key,${STAGES.join(',')}`);
    const json = (await t.http.get(`/v1/events/${eventId}/reports/funnel`).set(auth(t.organizerToken))).body;
    expect(lines[1]).toBe(`overall,,${STAGES.map((st) => json.overall[st]).join(',')}`);
    expect(lines).toContain(`country,JP,${STAGES.map((st) => json.byCountry.find((c: { country: string }) => c.country === 'JP')[st]).join(',')}`);
    const outcomes = await t.http.get(`/v1/events/${eventId}/reports/outcomes`).query({ format: 'csv' }).set(auth(t.organizerToken)).expect(200);
    expect(outcomes.text).toContain('amount,,,USD,2,1,80000000\r\n');
    expect(outcomes.text).toContain('no-show,absent,counterpart,,2,,\r\n');
    expect(outcomes.text.split('\r\n').every((l) => l.split(',').every((c) => !/^[=+\-@]/.test(c)))).toBe(true);
    await t.http.get(`/v1/events/${eventId}/reports/funnel`).query({ format: 'xml' }).set(auth(t.organizerToken)).expect(400);
    await t.http.get(`/v1/events/${eventId}/reports/funnel`).set(auth(s[0].token)).expect(403);
    await t.http.get(`/v1/events/${eventId}/reports/outcomes`).set(auth(v[0].token)).expect(403);
    await t.http.get(`/v1/events/00000000-0000-4000-8000-000000000000/reports/funnel`).set(auth(t.organizerToken)).expect(404);
  });
});
