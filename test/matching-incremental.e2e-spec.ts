import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auth, createTestApp, drainQueues, member, TestApp, waitForRun } from './utils';
import { event, investorProfile, startupProfile } from './factories';

/** With a top K of 2, lists fill up, so incremental re-scores must merge and recompute lists correctly. */
describe('incremental re-scores agree with a full run (e2e, K = 2)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ worker: true, env: { MATCH_TOP_K: '2' } });
  });
  afterAll(async () => t?.close());

  const lists = async (eventId: string) =>
    (await t.db.query(
      `SELECT startup_id, counterpart_id, in_startup_top, in_counterpart_top, round(score::numeric, 1) AS score
         FROM matches WHERE event_id = $1 AND (in_startup_top OR in_counterpart_top) ORDER BY startup_id, counterpart_id`,
      [eventId],
    ));

  /** The list summaries the re-scores kept equal those of the stored rows (what match_lists_refresh computes). */
  const expectSummariesExact = async (eventId: string) => {
    const kept = await t.db.query(`SELECT owner_id, size, min_score, last_id FROM match_lists WHERE event_id = $1 AND size > 0 ORDER BY owner_id`, [eventId]);
    const fromRows = await t.db.query(
      `SELECT owner_id, size, min_score, last_id FROM (
         SELECT startup_id AS owner_id, count(*)::int AS size, min(score) AS min_score,
                (array_agg(counterpart_id ORDER BY score, counterpart_id DESC))[1] AS last_id
           FROM matches WHERE event_id = $1 AND in_startup_top GROUP BY 1
         UNION ALL
         SELECT counterpart_id, count(*)::int, min(score), (array_agg(startup_id ORDER BY score, startup_id DESC))[1]
           FROM matches WHERE event_id = $1 AND in_counterpart_top GROUP BY 1) l ORDER BY owner_id`,
      [eventId],
    );
    expect(kept).toEqual(fromRows);
  };

  it('keeps exactly the lists a full re-score would produce after many edits', async () => {
    const ev = await t.http.post('/v1/events').set(auth(t.organizerToken)).send(event()).expect(201);
    const eventId = ev.body.id;
    const stages = ['pre-seed', 'seed', 'series-a', 'series-b', 'series-c-plus'];
    // Distinct texts (fixed across edits) so no two pairs tie on score: a tie has two valid top-K lists.
    const words = ['양자컴퓨팅', 'quantum sensing', '초전도 큐비트', 'cryogenic control', '양자암호 통신', 'photonic chips', '이온트랩', 'error correction', '양자 시뮬레이션'];
    const text = (i: number) => words.slice(0, 1 + (i % words.length)).join(' ') + ` ${'칩 '.repeat(i + 1)}`;
    const startups = [];
    for (let i = 0; i < 7; i++) {
      const s = await member(t, 'startup');
      await t.http.put('/v1/me/startup').set(auth(s.token)).send(startupProfile({ name: `S${i}`, description: text(i), keywords: [], stage: stages[i % 5], trl: 1 + i })).expect(200);
      await t.http.post(`/v1/events/${eventId}/participants`).set(auth(s.token)).send({}).expect(201);
      startups.push(s);
    }
    const investors = [];
    for (let i = 0; i < 4; i++) {
      const v = await member(t, 'investor');
      await t.http.put('/v1/me/investor').set(auth(v.token)).send(investorProfile({ thesis: text(2 * i + 1), stages: [stages[i]], countries: i % 2 ? ['KR'] : [] })).expect(200);
      await t.http.post(`/v1/events/${eventId}/participants`).set(auth(v.token)).send({}).expect(201);
      investors.push(v);
    }
    await drainQueues(t);
    await expectSummariesExact(eventId);
    // Edits that move parties in and out of full lists (same text, so TF-IDF weights stay put). Startups go
    // last, so the investors' lists at the end come from merges, not from recomputing them.
    for (let round = 0; round < 3; round++) {
      for (const [i, v] of investors.entries()) {
        await t.http.put('/v1/me/investor').set(auth(v.token)).send(investorProfile({ thesis: text(2 * i + 1), stages: [stages[(i + round) % 5]], countries: (i + round) % 2 ? ['KR'] : [] })).expect(200);
      }
      for (const [i, s] of startups.entries()) {
        await t.http.put('/v1/me/startup').set(auth(s.token))
          .send(startupProfile({ name: `S${i}`, description: text(i), keywords: [], stage: stages[(i + round * 2) % 5], trl: 1 + ((i + round) % 9), country: round % 2 ? 'US' : 'KR', fundingAsk: { amount: (1 + i * round) * 100_000_000, currency: 'KRW' } }))
          .expect(200);
      }
      await drainQueues(t);
      await expectSummariesExact(eventId);
    }
    const incremental = await lists(eventId);
    expect(incremental.length).toBeGreaterThan(0);
    // The list summaries the re-scores kept are those of the stored rows (what match_lists_refresh computes).
    const summaries = `SELECT owner_id, size, min_score, last_id FROM match_lists WHERE event_id = $1 ORDER BY owner_id`;
    const kept = await t.db.query(summaries, [eventId]);
    await t.db.query(`SELECT match_lists_refresh($1)`, [eventId]);
    expect(kept.filter((l: { size: number }) => l.size > 0)).toEqual(await t.db.query(summaries, [eventId]));
    const run = await t.http.post(`/v1/events/${eventId}/match-runs`).set(auth(t.organizerToken)).expect(202);
    expect((await waitForRun(t, `/v1/match-runs/${run.body.id}`, t.organizerToken)).status).toBe('done');
    expect(await lists(eventId)).toEqual(incremental);
  });
});
