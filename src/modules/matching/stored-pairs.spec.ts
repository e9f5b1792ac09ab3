import { describe, expect, it } from '@jest/globals';
import { copyChunks, noParties, type StoredPair } from './match-store.repository';
import { EventScorer } from './scoring';
import { randomEvent } from './scoring/scoring.fixtures';
import { collectStoredPairs, cutIntoRuns, storedRows } from './stored-pairs';

/** Party n of a kind as a uuid (the store writes ids as uuids), kinds apart by their first digit. */
const uuid = (kind: number, n: number) => `${kind}0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const base = randomEvent(7, 60, 20, 10);
const event = {
  startups: base.startups.map((p, n) => ({ ...p, id: uuid(1, n) })),
  investors: base.investors.map((p, n) => ({ ...p, id: uuid(2, n) })),
  demands: base.demands.map((p, n) => ({ ...p, id: uuid(3, n) })),
  topK: 4,
  counterpartTopK: 5,
};

function scored() {
  const scorer = EventScorer.prepare(event);
  return { scorer, result: scorer.scoreAll() };
}

/** Every row, copied out of the refilled row object as it comes. */
function rowsOf(rows: Iterable<StoredPair>): StoredPair[] {
  const out: StoredPair[] = [];
  for (const r of rows) out.push({ ...r, breakdown: { ...r.breakdown } });
  return out;
}

describe('collectStoredPairs and storedRows', () => {
  it('stores each top-K member of both sides once, flagged by the lists it is in, plus protected pairs, in pair-key order', () => {
    const { scorer, result } = scored();
    // A pair in no list: kept because it is protected (a decision or a request), with no flag.
    const listed = new Set([...result.startupTop].flatMap(([s, l]) => l.map((m) => `${s}|${m.counterpartId}`)));
    for (const [c, l] of [...result.investorTop, ...result.demandTop]) for (const m of l) listed.add(`${m.startupId}|${c}`);
    const extra = event.startups.flatMap((s) => event.investors.map((i) => ({ startupId: s.id, counterpartId: i.id })))
      .find((p) => !listed.has(`${p.startupId}|${p.counterpartId}`))!;

    const set = collectStoredPairs(scorer, event, result, [extra]);
    const rows = rowsOf(storedRows(scorer, set, 0, set.startups.length));

    expect(rows).toHaveLength(listed.size + 1);
    expect(set.total).toBe(rows.length);
    const keys = rows.map((r) => `${r.startupId}|${r.counterpartId}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of rows) {
      const inStartupTop = result.startupTop.get(r.startupId)?.some((m) => m.counterpartId === r.counterpartId) ?? false;
      const top = (r.kind === 'investor' ? result.investorTop : result.demandTop).get(r.counterpartId) ?? [];
      expect([r.inStartupTop, r.inCounterpartTop]).toEqual([inStartupTop, top.some((m) => m.startupId === r.startupId)]);
      // Each row is the pair's own explanation.
      const explained = scorer.explain(r.startupId, r.kind, r.counterpartId);
      expect(r.score).toBe(explained.score);
      expect(r.breakdown).toEqual(explained.breakdown);
    }
    const kept = rows.find((r) => r.startupId === extra.startupId && r.counterpartId === extra.counterpartId)!;
    expect([kept.inStartupTop, kept.inCounterpartTop]).toEqual([false, false]);
  });

  it('cuts the startups into runs of about as many rows, which together give every row once', () => {
    const { scorer, result } = scored();
    const set = collectStoredPairs(scorer, event, result, []);
    const cuts = cutIntoRuns(set, 3);
    expect(cuts[0]).toBe(0);
    expect(cuts.at(-1)).toBe(set.startups.length);
    const runs = cuts.slice(1).map((to, k) => rowsOf(storedRows(scorer, set, cuts[k], to)));
    expect(runs).toHaveLength(3);
    for (const run of runs) expect(Math.abs(run.length - set.total / 3)).toBeLessThan(2 * event.topK + 2 * event.counterpartTopK);
    expect(runs.flat().map((r) => `${r.startupId}|${r.counterpartId}`)).toEqual(
      rowsOf(storedRows(scorer, set, 0, set.startups.length)).map((r) => `${r.startupId}|${r.counterpartId}`),
    );
    expect(cutIntoRuns(set, 1)).toEqual([0, set.startups.length]);
  });
});

describe('copyChunks', () => {
  it("encodes each row in binary COPY format, notes its parties and lists, and counts the rows", async () => {
    const { scorer, result } = scored();
    const set = collectStoredPairs(scorer, event, result, []);
    const rows = rowsOf(storedRows(scorer, set, 0, set.startups.length));
    const parties = noParties();
    const counted = { rows: 0 };
    const chunks: Buffer[] = [];
    for await (const chunk of copyChunks(storedRows(scorer, set, 0, set.startups.length), parties, { eventId: uuid(0, 0) }, counted)) {
      chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    expect(counted.rows).toBe(rows.length);
    expect(bytes.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    expect(bytes.readInt16BE(bytes.length - 2)).toBe(-1); // trailer

    // The first row, field by field: id, event, startup, investor, demand, score, ….
    let at = 19;
    expect(bytes.readInt16BE(at)).toBe(16);
    at += 2;
    const field = () => {
      const length = bytes.readInt32BE(at);
      const value = length < 0 ? null : bytes.subarray(at + 4, at + 4 + length);
      at += 4 + Math.max(0, length);
      return value;
    };
    const asUuid = (b: Buffer | null) => b && b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
    expect(field()).toHaveLength(16);
    expect(asUuid(field())).toBe(uuid(0, 0));
    const first = rows[0];
    expect(asUuid(field())).toBe(first.startupId);
    const [investor, demand] = [asUuid(field()), asUuid(field())];
    expect(first.kind === 'investor' ? investor : demand).toBe(first.counterpartId);
    expect(first.kind === 'investor' ? demand : investor).toBeNull();
    expect(field()!.readFloatBE(0)).toBeCloseTo(first.score, 4);

    // Parties and lists as the rows make them.
    expect(parties.accounts.has(first.startupId)).toBe(true);
    expect(parties.accounts.size + parties.demands.size).toBe(new Set(rows.flatMap((r) => [r.startupId, r.counterpartId])).size);
    const startupList = rows.filter((r) => r.startupId === first.startupId && r.inStartupTop);
    expect(parties.lists.get(first.startupId)?.size).toBe(startupList.length);
  });
});
