import { describe, expect, it } from '@jest/globals';
import { mergeList, type ListEntry } from './list-merge';

const list = (...scores: number[]): ListEntry[] => scores.map((score, i) => ({ id: `p${i}`, score }));

/** Brute force: the true top-k over every candidate, to check the merge against. */
function truth(all: ListEntry[], k: number): string[] {
  return [...all].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, k).map((e) => e.id).sort();
}

describe('mergeList', () => {
  it('lets a party into a full list by dropping the lowest entry', () => {
    expect(mergeList(list(90, 80, 70), 'x', 75, 3)).toEqual({ kind: 'merged', enters: true, dropped: ['p2'] });
    expect(mergeList(list(90, 80, 70), 'x', 60, 3)).toEqual({ kind: 'unchanged' });
  });

  it('asks for a recompute when a listed party falls below the stored floor of a full list', () => {
    expect(mergeList(list(90, 80, 70), 'p0', 50, 3)).toEqual({ kind: 'recompute' });
    expect(mergeList(list(90, 80, 70), 'p0', undefined, 3)).toEqual({ kind: 'recompute' });
    expect(mergeList(list(90, 80, 70), 'p0', 72, 3)).toEqual({ kind: 'merged', enters: true, dropped: [] });
  });

  it('breaks ties as the batch engine does: the lower id ranks first', () => {
    const tied = [{ id: 'a', score: 50 }, { id: 'c', score: 50 }];
    expect(mergeList(tied, 'b', 50, 2)).toEqual({ kind: 'merged', enters: true, dropped: ['c'] });
    expect(mergeList(tied, 'd', 50, 2)).toEqual({ kind: 'unchanged' });
    expect(mergeList([{ id: 'a', score: 60 }, { id: 'd', score: 50 }], 'a', 50, 2)).toEqual({ kind: 'merged', enters: true, dropped: [] });
    expect(mergeList([{ id: 'b', score: 60 }, { id: 'a', score: 50 }], 'b', 50, 2)).toEqual({ kind: 'recompute' });
  });

  it('handles lists that are not full: everyone compatible is already in them', () => {
    expect(mergeList(list(90), 'x', 10, 3)).toEqual({ kind: 'merged', enters: true, dropped: [] });
    expect(mergeList(list(90, 10), 'p1', undefined, 3)).toEqual({ kind: 'merged', enters: false, dropped: ['p1'] });
  });

  it('agrees with a brute-force top-k on random lists whenever it does not ask for a recompute', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let round = 0; round < 500; round++) {
      const k = 1 + Math.floor(rand() * 5);
      const everyone = Array.from({ length: 1 + Math.floor(rand() * 9) }, (_, i) => ({ id: `c${i}`, score: Math.round(rand() * 100) }));
      const stored = truth(everyone, k).map((id) => everyone.find((e) => e.id === id)!);
      const party = rand() < 0.5 ? everyone[Math.floor(rand() * everyone.length)].id : 'new';
      const newScore = rand() < 0.2 ? undefined : Math.round(rand() * 100) + (rand() < 0.5 ? 0.5 : 0); // ties with others half the time
      const after = everyone.filter((e) => e.id !== party).concat(newScore === undefined ? [] : [{ id: party, score: newScore }]);
      const outcome = mergeList(stored, party, newScore, k);
      if (outcome.kind === 'recompute') continue;
      let ids = stored.map((e) => e.id);
      if (outcome.kind === 'merged') {
        ids = ids.filter((id) => id !== party && !outcome.dropped.includes(id));
        if (outcome.enters) ids.push(party);
      }
      expect(ids.sort()).toEqual(truth(after, k));
    }
  });
});
