import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { MatchStoreRepository, type StoredPair } from '../../src/modules/matching/match-store.repository';
import { createServiceDb, rows, type ServiceDb } from './service-db';

const breakdown = { sector: 1, stage: 1, ticket: 1, geography: 1, trl: null, text: 0.5, excluded: null };
const pair = (startupId: string, counterpartId: string, score: number, top: { s?: boolean; c?: boolean } = {}): StoredPair => ({
  startupId, kind: 'investor', counterpartId, score, breakdown, inStartupTop: top.s ?? true, inCounterpartTop: top.c ?? true,
});

/** replaceLists: the one writer of stored match lists; what survives a re-score and what does not. */
describe('MatchStoreRepository.replaceLists (service, cloned database)', () => {
  let s: ServiceDb;
  let store: MatchStoreRepository;
  let eventId: string;
  let s1: string;
  let s2: string;
  let v1: string;
  let v2: string;
  const stored = async () =>
    (await s.db.query(
      `SELECT startup_id, investor_id, score, in_startup_top, in_counterpart_top FROM matches WHERE event_id = $1 ORDER BY startup_id, investor_id`,
      [eventId],
    )).map((r: any) => `${r.startup_id === s1 ? 's1' : 's2'}-${r.investor_id === v1 ? 'v1' : 'v2'}:${r.score}:${r.in_startup_top ? 'S' : ''}${r.in_counterpart_top ? 'C' : ''}`);

  /** Each list's summary (size, lowest score), which listFloors reads; and the same computed from the rows. */
  const summaries = async () => {
    const name = (id: string) => ({ [s1]: 's1', [s2]: 's2', [v1]: 'v1', [v2]: 'v2' })[id];
    const kept = await s.db.query(`SELECT owner_id, size, min_score FROM match_lists WHERE event_id = $1 AND size > 0`, [eventId]);
    const fromRows = await s.db.query(
      `SELECT startup_id AS owner_id, count(*)::int AS size, min(score) AS min_score FROM matches WHERE event_id = $1 AND in_startup_top GROUP BY 1
       UNION ALL SELECT counterpart_id, count(*)::int, min(score) FROM matches WHERE event_id = $1 AND in_counterpart_top GROUP BY 1`,
      [eventId],
    );
    const show = (list: any[]) => list.map((r) => `${name(r.owner_id)}:${r.size}:${r.min_score}`).sort();
    expect(show(kept)).toEqual(show(fromRows));
    return show(kept);
  };

  beforeAll(async () => {
    s = await createServiceDb();
    store = new MatchStoreRepository(s.db);
  });
  afterAll(async () => s?.close());
  beforeEach(async () => {
    eventId = await rows.event(s.db);
    [s1, s2] = [await rows.startup(s.db), await rows.startup(s.db)];
    [v1, v2] = [await rows.investor(s.db), await rows.investor(s.db)];
    await store.replaceLists(eventId, [pair(s1, v1, 90), pair(s1, v2, 70), pair(s2, v1, 60), pair(s2, v2, 50)], 'all');
  });

  it('a whole-event run replaces every list and reports the count', async () => {
    expect(await stored()).toHaveLength(4);
    const n = await store.replaceLists(eventId, [pair(s1, v1, 95), pair(s2, v2, 55)], 'all');
    expect(n).toBe(2);
    expect((await stored()).sort()).toEqual(['s1-v1:95:SC', 's2-v2:55:SC'].sort());
    expect(await summaries()).toEqual(['s1:1:95', 's2:1:55', 'v1:1:95', 'v2:1:55']);
  });

  it('never drops a match with a decision or a meeting request; it stays, out of the lists', async () => {
    const [decided] = await s.db.query(`SELECT id FROM matches WHERE event_id = $1 AND startup_id = $2 AND investor_id = $3`, [eventId, s1, v2]);
    await s.db.query(`INSERT INTO match_decisions (match_id, side, account_id, decision) VALUES ($1, 'counterpart', $2, 'interested')`, [decided.id, v2]);
    const [requested] = await s.db.query(`SELECT id FROM matches WHERE event_id = $1 AND startup_id = $2 AND investor_id = $3`, [eventId, s2, v1]);
    await s.db.query(
      `INSERT INTO meeting_requests (event_id, match_id, sender_id, recipient_id, startup_id, counterpart_id) VALUES ($1, $2, $3, $4, $3, $4)`,
      [eventId, requested.id, s2, v1],
    );
    await store.replaceLists(eventId, [pair(s1, v1, 95)], 'all');
    expect((await stored()).sort()).toEqual(['s1-v1:95:SC', 's1-v2:70:', 's2-v1:60:'].sort());
    // the kept rows are the same matches (decisions and requests still point at them)
    expect((await s.db.query(`SELECT id FROM matches WHERE id = ANY($1::uuid[])`, [[decided.id, requested.id]])).length).toBe(2);
  });

  it("a party's re-score touches only its lists: pairs it drops lose its flag, and go when no list holds them", async () => {
    // s1 re-scored: s1-v2 leaves s1's list (v2's list still holds it); s1-v1 changes score.
    await store.replaceLists(eventId, [pair(s1, v1, 88)], { startups: [s1], counterparts: [] }, [{ startupId: s1, counterpartId: v2, side: 'startup' }]);
    expect((await stored()).sort()).toEqual(['s1-v1:88:SC', 's1-v2:70:C', 's2-v1:60:SC', 's2-v2:50:SC'].sort());
    expect(await summaries()).toEqual(['s1:1:88', 's2:2:50', 'v1:2:60', 'v2:2:50']);
    // v2 re-scored without s1: the pair is in no list now and goes; s2-v2 is untouched.
    await store.replaceLists(eventId, [pair(s2, v2, 50, { s: false })], { startups: [], counterparts: [v2] });
    expect((await stored()).sort()).toEqual(['s1-v1:88:SC', 's2-v1:60:SC', 's2-v2:50:SC'].sort());
    expect(await summaries()).toEqual(['s1:1:88', 's2:2:50', 'v1:2:60', 'v2:1:50']);
  });
  it('a re-run keeps the ids of surviving pairs and does not rewrite rows left unchanged', async () => {
    const before = await s.db.query(`SELECT id, startup_id, investor_id, scored_at FROM matches WHERE event_id = $1`, [eventId]);
    const key = (r: any) => `${r.startup_id}:${r.investor_id}`;
    const old = new Map(before.map((r: any) => [key(r), r]));
    await store.replaceLists(eventId, [pair(s1, v1, 91), pair(s1, v2, 70), pair(s2, v1, 60), pair(s2, v2, 50)], 'all');
    const after = await s.db.query(`SELECT id, startup_id, investor_id, score, scored_at FROM matches WHERE event_id = $1`, [eventId]);
    expect(after).toHaveLength(4);
    for (const r of after) {
      const was: any = old.get(key(r));
      expect(r.id).toBe(was.id);
      if (r.startup_id === s1 && r.investor_id === v1) expect(r.score).toBe(91);
      else expect(r.scored_at.getTime()).toBe(was.scored_at.getTime());
    }
  });

  it('stores explanations through COPY as given, and drops pairs whose party no longer exists', async () => {
    const other = await rows.event(s.db);
    const concepts = ['solid-electrolyte', 'odd "one", {x}\\y'];
    const gone = '00000000-0000-4000-8000-000000000001';
    const n = await store.replaceLists(other, [{ ...pair(s1, v1, 80), sharedConcepts: concepts }, pair(s2, gone, 70)], 'all');
    expect(n).toBe(1);
    const stored = await s.db.query(`SELECT investor_id, shared_concepts, f_trl, f_text, excluded FROM matches WHERE event_id = $1`, [other]);
    expect(stored).toEqual([{ investor_id: v1, shared_concepts: concepts, f_trl: null, f_text: 0.5, excluded: null }]);
  });

  it("an event's first run on two connections stores both streams' rows and exact summaries; a re-run merges them", async () => {
    eventId = await rows.event(s.db);
    const n = await store.replaceAll(eventId, [[pair(s1, v1, 90), pair(s1, v2, 70, { c: false })], [pair(s2, v1, 60), pair(s2, v2, 50)]]);
    expect(n).toBe(4);
    expect((await stored()).sort()).toEqual(['s1-v1:90:SC', 's1-v2:70:S', 's2-v1:60:SC', 's2-v2:50:SC'].sort());
    expect(await summaries()).toEqual(['s1:2:70', 's2:2:50', 'v1:2:60', 'v2:1:50']);
    const ids = await s.db.query(`SELECT id FROM matches WHERE event_id = $1 AND startup_id = $2 ORDER BY investor_id`, [eventId, s2]);
    expect(await store.replaceAll(eventId, [[pair(s1, v1, 91)], [pair(s2, v1, 60), pair(s2, v2, 50)]])).toBe(3);
    expect((await stored()).sort()).toEqual(['s1-v1:91:SC', 's2-v1:60:SC', 's2-v2:50:SC'].sort());
    expect(await s.db.query(`SELECT id FROM matches WHERE event_id = $1 AND startup_id = $2 ORDER BY investor_id`, [eventId, s2])).toEqual(ids);
  });

  it('a first run on two connections drops the pairs of a party gone from either stream, or stores nothing when a stream fails', async () => {
    eventId = await rows.event(s.db);
    const gone = '00000000-0000-4000-8000-000000000003';
    const n = await store.replaceAll(eventId, [[pair(s1, v1, 90), pair(s1, gone, 80)], [pair(s2, gone, 70), pair(s2, v2, 50)]]);
    expect(n).toBe(2);
    expect((await stored()).sort()).toEqual(['s1-v1:90:SC', 's2-v2:50:SC'].sort());
    expect(await summaries()).toEqual(['s1:1:90', 's2:1:50', 'v1:1:90', 'v2:1:50']);

    eventId = await rows.event(s.db);
    // A score out of range fails the second stream's COPY: the first stream's rows go too.
    await expect(store.replaceAll(eventId, [[pair(s1, v1, 90)], [pair(s2, v2, 500)]])).rejects.toThrow();
    expect(await stored()).toEqual([]);
    expect(await s.db.query(`SELECT 1 FROM match_lists WHERE event_id = $1`, [eventId])).toEqual([]);
  });

  it("a party's re-score drops a new pair whose other party no longer exists, and keeps its summaries exact", async () => {
    const gone = '00000000-0000-4000-8000-000000000002';
    await store.replaceLists(eventId, [pair(s1, v1, 91), pair(s1, gone, 99)], { startups: [s1], counterparts: [] });
    expect((await stored()).sort()).toEqual(['s1-v1:91:SC', 's1-v2:70:C', 's2-v1:60:SC', 's2-v2:50:SC'].sort());
    expect(await summaries()).toEqual(['s1:1:91', 's2:2:50', 'v1:2:60', 'v2:2:50']);
  });

  it("deleting a party outright removes its matches (what the per-row foreign keys' cascade did)", async () => {
    expect(await summaries()).toEqual(['s1:2:70', 's2:2:50', 'v1:2:60', 'v2:2:50']);
    await s.db.query(`DELETE FROM accounts WHERE id = $1`, [v2]);
    expect((await stored()).sort()).toEqual(['s1-v1:90:SC', 's2-v1:60:SC'].sort());
    expect(await summaries()).toEqual(['s1:1:90', 's2:1:60', 'v1:2:60']);
    await s.db.query(`DELETE FROM events WHERE id = $1`, [eventId]);
    expect(await stored()).toEqual([]);
  });
});
