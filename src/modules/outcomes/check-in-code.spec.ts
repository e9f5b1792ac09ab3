import { describe, expect, it } from '@jest/globals';
import { checkInQrPayload, codeFromScan, newCheckInCode, normalizeCheckInCode } from './check-in-code';

const MEETING = '7d0f6a2e-3c1b-4b8e-9a57-1f2e3d4c5b6a';

describe('check-in codes', () => {
  it('makes six-character codes from the unambiguous alphabet', () => {
    const codes = new Set(Array.from({ length: 200 }, newCheckInCode));
    for (const c of codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(codes.size).toBeGreaterThan(190);
  });

  it('folds what people type: case, spaces, dashes, O for 0, I and L for 1', () => {
    expect(normalizeCheckInCode('ab3-x9z')).toBe('AB3X9Z');
    expect(normalizeCheckInCode('o1l ik2')).toBe('011 1K2'.replace(' ', ''));
    expect(normalizeCheckInCode('ABCDE')).toBeNull();
    expect(normalizeCheckInCode('ABCDEU')).toBeNull();
  });

  it('reads a QR payload only for its own meeting', () => {
    const payload = checkInQrPayload(MEETING, 'AB3X9Z');
    expect(codeFromScan(payload, MEETING)).toBe('AB3X9Z');
    expect(codeFromScan(payload.toLowerCase(), MEETING)).toBe('AB3X9Z');
    expect(codeFromScan(payload, '00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(codeFromScan('  ab3x9z ', MEETING)).toBe('AB3X9Z');
  });
});
