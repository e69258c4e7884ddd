import { describe, expect, it } from 'vitest';
import { Problem } from '../../src/core/problem';
import { keyResultScore } from '../../src/core/score';

describe('keyResultScore', () => {
  it.each([
    // [current, baseline, target, score]: the domain's examples
    [0.275, 0.2, 0.35, 0.5], // MQL-to-SQL conversion 20% -> 35%, halfway
    [0.03, 0.05, 0.02, 2 / 3], // churn 5% -> 2%, at 3%
    [0.06, 0.05, 0.02, 0], // churn got worse: no progress, not negative
    [0.01, 0.05, 0.02, 1], // beat the target: clamped to 1
    [9.5, 12, 7, 0.5], // onboarding 12 min -> 7 min, at 9.5
    [35, 0, 70, 0.5], // acquire 70 new customers, 35 so far
    [0, 0, 70, 0],
    [70, 0, 70, 1],
    [140, 0, 70, 1],
  ])('current %s from %s to %s scores %s', (current, baseline, target, score) => {
    expect(keyResultScore(current, baseline, target)).toBeCloseTo(score, 12);
  });

  it('scores a binary key result 1 when done and 0 when not, whatever its numbers', () => {
    expect(keyResultScore(true, null, null)).toBe(1);
    expect(keyResultScore(false, null, null)).toBe(0);
    expect(keyResultScore(true, 5, 5)).toBe(1);
  });

  it('leaves a key result that has not checked in blank', () => {
    expect(keyResultScore(null, 0.2, 0.35)).toBe('');
    expect(keyResultScore(null, 5, 5)).toBe('');
  });

  it.each([
    [
      5,
      5,
      'baseline equals target: a level to hold is a KPI (use KPIBAND), or set a different target',
    ],
    [null, 5, 'no baseline: enter the starting value'],
    [5, null, 'no target: enter the value to reach'],
  ])('baseline %s, target %s gives the message "%s"', (baseline, target, message) => {
    expect(keyResultScore(3, baseline, target)).toEqual(new Problem(message));
  });
});
