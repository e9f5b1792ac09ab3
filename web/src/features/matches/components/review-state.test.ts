import { describe, expect, it } from 'vitest';
import { afterDecision, firstUndecided, reviewedCount, step } from './review-state';

const items = (...decisions: (string | null)[]) => decisions.map((d, i) => ({ id: String(i), myDecision: d }));

describe('pitch review state', () => {
  it('counts reviewed matches', () => {
    expect(reviewedCount(items('interested', null, 'declined', null))).toBe(2);
  });

  it('starts at the first undecided match, or the first when all are decided', () => {
    expect(firstUndecided(items('maybe', 'maybe', null))).toBe(2);
    expect(firstUndecided(items('maybe', 'declined'))).toBe(0);
  });

  it('moves by one with J/K without leaving the list', () => {
    expect(step(0, -1, 3)).toBe(0);
    expect(step(2, 1, 3)).toBe(2);
    expect(step(1, 1, 3)).toBe(2);
  });

  it('goes on to the next undecided after a decision, wrapping around', () => {
    // the list as it is after deciding index 1
    expect(afterDecision(items(null, 'interested', 'maybe', null), 1)).toBe(3);
    expect(afterDecision(items(null, 'maybe', 'interested'), 2)).toBe(0);
    expect(afterDecision(items('maybe', 'interested'), 0)).toBe(1);
  });
});
