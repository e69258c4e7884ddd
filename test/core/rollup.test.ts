import { describe, expect, it } from 'vitest';
import { Problem } from '../../src/core/problem';
import { rollUpByObjective } from '../../src/core/rollup';

const row = (objective: string | null, score: number | null, weight: number | null = null) => ({
  objective,
  score,
  weight,
});

describe('rollUpByObjective', () => {
  it('gives every row the average score of its objective', () => {
    const scores = rollUpByObjective([
      row('Grow EMEA', 0.5),
      row('Fix onboarding', 1),
      row('Grow EMEA', 1),
      row('Fix onboarding', 0),
    ]);
    expect(scores).toEqual([0.75, 0.5, 0.75, 0.5]);
  });

  it('weights key results', () => {
    expect(rollUpByObjective([row('O1', 1, 3), row('O1', 0, 1)])).toEqual([0.75, 0.75]);
  });

  it('counts a blank score as 0 (no progress reported) and a blank weight as 1', () => {
    expect(rollUpByObjective([row('O1', 1), row('O1', null)])).toEqual([0.5, 0.5]);
  });

  it('groups names ignoring case and surrounding spaces', () => {
    expect(rollUpByObjective([row('Grow EMEA', 1), row(' grow emea ', 0)])).toEqual([0.5, 0.5]);
  });

  it('leaves rows without an objective blank', () => {
    expect(rollUpByObjective([row(null, 1), row('O1', 0.4)])).toEqual(['', 0.4]);
  });

  it('explains a bad weight or score on its row and leaves it out of the average', () => {
    expect(
      rollUpByObjective([row('O1', 1, -1), row('O1', 0.5), row('O1', 70), null, row('O1', 0.3)]),
    ).toEqual([
      new Problem('weight is negative: use 0 or more'),
      0.4,
      new Problem('score 70 is outside 0 to 1: use a score from OKRSCORE'),
      '',
      0.4,
    ]);
  });

  it('explains an objective whose weights add up to 0', () => {
    expect(rollUpByObjective([row('O1', 1, 0)])).toEqual([
      new Problem('weights add up to 0: give a key result of this objective a weight'),
    ]);
  });
});
