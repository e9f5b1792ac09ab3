import { describe, expect, it } from '@jest/globals';
import { mergeFlags, packPair } from './pair-flags';

describe('mergeFlags', () => {
  const merged = (pairs: [number, 0 | 1 | 2][]) =>
    Array.from(mergeFlags(Int32Array.from(pairs, ([rank, flag]) => packPair(rank, flag)).sort()), (v) => [v >> 2, v & 3]);

  it('lists each counterpart once, in rank order, with every flag it was given', () => {
    expect(merged([[7, 2], [3, 1], [7, 1], [0, 0], [3, 0], [12, 2]])).toEqual([[0, 0], [3, 1], [7, 3], [12, 2]]);
  });

  it('keeps a pair given three times (both lists and protected) once', () => {
    expect(merged([[5, 0], [5, 2], [5, 1]])).toEqual([[5, 3]]);
  });

  it('handles ranks past 2^16 and an empty list', () => {
    expect(merged([[70_000, 1], [70_000, 2], [1, 2]])).toEqual([[1, 2], [70_000, 3]]);
    expect(merged([])).toEqual([]);
  });
});
