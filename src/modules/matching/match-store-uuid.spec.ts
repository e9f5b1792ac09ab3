import { describe, expect, it } from '@jest/globals';
import { uuidWords } from './match-store.repository';

describe('uuidWords', () => {
  it("holds a uuid's 16 bytes as four big-endian words, in order", () => {
    const id = '01234567-89ab-cdef-fedc-ba9876543210';
    const words = uuidWords(id);
    const bytes = Buffer.alloc(16);
    words.forEach((w, k) => bytes.writeInt32BE(w, 4 * k));
    expect(bytes.toString('hex')).toBe(id.replace(/-/g, ''));
    // Words with the top bit set are negative as int32 and still round-trip.
    expect(words[1]).toBeLessThan(0);
  });

  it('refuses what is not a uuid', () => {
    expect(() => uuidWords('not-a-uuid')).toThrow(/not a uuid/);
    expect(() => uuidWords('0123456789abcdef')).toThrow(/not a uuid/);
  });
});
