import { describe, expect, it } from '@jest/globals';
import { VerifiedTokens } from './verified-tokens';

const SUB = '7d2a0c4e-1b3f-4a5d-9e8c-6f7a8b9c0d1e';

describe('VerifiedTokens', () => {
  it('returns a remembered token until its expiry, then forgets it (expired once now >= exp)', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('t', { sub: SUB, exp: 1000 });
    expect(tokens.get('t', 999)).toEqual({ sub: SUB, exp: 1000 });
    expect(tokens.get('t', 1000)).toBeUndefined();
    expect(tokens.size).toBe(0);
    // Forgotten for good: an earlier clock does not bring it back.
    expect(tokens.get('t', 10)).toBeUndefined();
  });

  it('knows only tokens it was told about', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('a', { sub: SUB, exp: 1000 });
    expect(tokens.get('b', 1)).toBeUndefined();
    expect(tokens.get('a ', 1)).toBeUndefined();
  });

  it('holds at most its capacity, making room by dropping the oldest entry', () => {
    const tokens = new VerifiedTokens(3);
    for (const t of ['a', 'b', 'c', 'd', 'e']) tokens.remember(t, { sub: SUB, exp: 1000 });
    expect(tokens.size).toBe(3);
    expect(tokens.get('a', 1)).toBeUndefined();
    expect(tokens.get('b', 1)).toBeUndefined();
    expect(['c', 'd', 'e'].map((t) => tokens.get(t, 1)?.sub)).toEqual([SUB, SUB, SUB]);
    // Remembering a token already held takes no room.
    tokens.remember('e', { sub: SUB, exp: 1000 });
    expect(tokens.get('c', 1)?.sub).toBe(SUB);
  });
});
