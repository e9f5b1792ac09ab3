import { describe, expect, it } from '@jest/globals';
import { SeededRandom } from '../../../common/random/seeded-random';
import { TopKHeaps } from './top-k-heap';

describe('TopKHeaps', () => {
  it('keeps the k best of any offer order, ties to the lower id', () => {
    const r = new SeededRandom(3);
    for (let round = 0; round < 200; round++) {
      const k = r.int(1, 8);
      const offers = Array.from({ length: r.int(0, 40) }, (_, id) => ({ id, score: r.int(0, 10) / 2 }));
      const heaps = new TopKHeaps(2, k);
      for (const o of r.sample(offers, offers.length)) heaps.offer(1, o.id, o.score);
      const expected = [...offers].sort((a, b) => b.score - a.score || a.id - b.id).slice(0, k);
      expect(heaps.sorted(1)).toEqual(expected);
      expect(heaps.sorted(0)).toEqual([]);
    }
  });

  it('keeps nothing when k is 0', () => {
    const heaps = new TopKHeaps(1, 0);
    expect(heaps.offer(0, 1, 99)).toBe(false);
    expect(heaps.sorted(0)).toEqual([]);
  });
});
