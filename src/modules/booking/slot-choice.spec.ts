import { describe, expect, it } from '@jest/globals';
import { chooseSlot, type PartyLoad } from './slot-choice';

const party = (label: string, over: Partial<PartyLoad> = {}): PartyLoad => ({ label, busy: new Set(), dayLoad: [], cap: null, ...over });
const base = { slotCount: 6, slotsPerDay: 3, tables: 2, tablesUsed: new Map<number, Set<number>>() };

describe('chooseSlot', () => {
  it('takes the least-loaded common free slot, then the earliest, and the lowest free table', () => {
    const tablesUsed = new Map([[0, new Set([1])], [1, new Set([1, 2])], [2, new Set([2])]]);
    const choice = chooseSlot({ ...base, tablesUsed, a: party('the startup', { busy: new Set([3]) }), b: party('the investor', { busy: new Set([4, 5]) }) });
    expect(choice).toEqual({ slot: 0, table: 2 });
    expect(chooseSlot({ ...base, a: party('the startup', { busy: new Set([0]) }), b: party('the investor') })).toEqual({ slot: 1, table: 1 });
  });

  it('explains when the two are never free together', () => {
    const choice = chooseSlot({ ...base, a: party('the startup', { busy: new Set([0, 1, 2]) }), b: party('the investor', { busy: new Set([3, 4, 5]) }) });
    expect(choice).toEqual({ reason: expect.stringContaining('no common free slot') });
  });

  it("names whose daily cap blocks the only days with a common free slot", () => {
    const choice = chooseSlot({ ...base, a: party('the startup', { busy: new Set([3, 4, 5]) }), b: party('the investor', { cap: 2, dayLoad: [2, 0] }) });
    expect(choice).toEqual({ reason: expect.stringMatching(/the investor's daily cap \(2 meetings\) is reached on day 1/) });
  });

  it('says when tables are the limit', () => {
    const full = new Map([0, 1, 2, 3, 4, 5].map((t) => [t, new Set([1, 2])]));
    expect(chooseSlot({ ...base, tablesUsed: full, a: party('a'), b: party('b') })).toEqual({ reason: expect.stringContaining('tables') });
  });

  it('says when the only common free slots have already started', () => {
    const choice = chooseSlot({ ...base, a: party('the startup', { busy: new Set([2, 3, 4, 5]) }), b: party('the investor'), exclude: new Set([0, 1]) });
    expect(choice).toEqual({ reason: expect.stringContaining('only in slots that have already started') });
    expect(chooseSlot({ ...base, a: party('the startup', { busy: new Set([3, 4, 5]) }), b: party('the investor'), exclude: new Set([0, 1]) })).toEqual({ slot: 2, table: 1 });
  });
});
