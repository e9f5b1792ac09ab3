import { describe, expect, it } from '@jest/globals';
import { requestValue } from './request-value';

describe('requestValue', () => {
  it('puts mutual interest above one-sided interest above score alone', () => {
    const mutualLow = requestValue(10, 'interested', 'interested');
    const oneSidedHigh = requestValue(100, 'interested', null);
    const scoreOnly = requestValue(100, null, 'maybe');
    expect(mutualLow).toBeGreaterThan(oneSidedHigh);
    expect(oneSidedHigh).toBeGreaterThan(scoreOnly);
  });

  it('is positive even for a zero score and grows with the score', () => {
    expect(requestValue(0, null, null)).toBeGreaterThan(0);
    expect(requestValue(80, null, null)).toBeGreaterThan(requestValue(60, null, null));
  });
});
