import { describe, expect, it } from '@jest/globals';
import { countWhenFull, PageQuery, totalOf } from './pagination';

const query = (page: number, limit: number) => Object.assign(new PageQuery(), { page, limit });

describe('totalOf', () => {
  const counted = (n: number) => {
    const calls: number[] = [];
    return { calls, count: async () => (calls.push(n), n) };
  };

  it('knows the total of a short non-empty page, or an empty first page, without counting', async () => {
    const c = counted(99);
    expect(await totalOf(query(1, 20), 7, c.count)).toBe(7);
    expect(await totalOf(query(3, 20), 5, c.count)).toBe(45);
    expect(await totalOf(query(1, 20), 0, c.count)).toBe(0);
    expect(c.calls).toEqual([]);
  });

  it('counts after a full page and after a page past the end', async () => {
    const c = counted(40);
    expect(await totalOf(query(2, 20), 20, c.count)).toBe(40);
    expect(await totalOf(query(5, 20), 0, c.count)).toBe(40);
    expect(c.calls).toHaveLength(2);
  });
});

describe('a total counted by the page statement itself', () => {
  it('is used for a full page, and counting again is not', async () => {
    const calls: number[] = [];
    const count = async () => (calls.push(1), 99);
    expect(await totalOf(query(1, 20), 20, count, 57)).toBe(57);
    expect(await totalOf(query(3, 20), 5, count, null)).toBe(45);
    expect(await totalOf(query(2, 20), 20, count, null)).toBe(99);
    expect(calls).toHaveLength(1);
  });

  it('is a CASE that runs the count only when the page is full', () => {
    expect(countWhenFull('p.n', '$3', 'SELECT count(*) FROM t')).toBe('CASE WHEN p.n >= $3 THEN (SELECT count(*) FROM t) END');
  });
});
