import { describe, expect, it } from '@jest/globals';
import { PageQuery, totalOf } from './pagination';

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
