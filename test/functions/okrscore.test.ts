import { describe, expect, it } from 'vitest';
import OKRSCORE from '../../src/functions/library/okrscore';

describe('OKRSCORE on single cells', () => {
  it.each([
    [0.03, 0.05, 0.02, 0.667], // churn 5% -> 2%
    [0.06, 0.05, 0.02, 0],
    [0.01, 0.05, 0.02, 1],
    [0.275, 0.2, 0.35, 0.5],
    ['3%', '5%', '2%', 0.667], // percentages typed as text
    ['1,200', '1,000', '2,000', 0.2],
    [' 7 ', 12, 2, 0.5],
  ])('OKRSCORE(%j, %j, %j) is %s', (current, baseline, target, score) => {
    expect(OKRSCORE(current, baseline, target)).toBeCloseTo(score, 3);
  });

  it('scores a checkbox 1 or 0', () => {
    expect(OKRSCORE(true, '', '')).toBe(1);
    expect(OKRSCORE(false, '', '')).toBe(0);
  });

  it('leaves a blank current blank', () => {
    expect(OKRSCORE('', 0.05, 0.02)).toBe('');
  });

  it('gives a message, not an exception, for data a user can fix', () => {
    expect(OKRSCORE(3, 5, 5)).toBe(
      'baseline equals target: a level to hold is a KPI (use KPIBAND), or set a different target',
    );
    expect(OKRSCORE('about half', 0, 10)).toBe(
      'current "about half" is not a number: enter a number',
    );
    expect(OKRSCORE(3, 'n/a', 10)).toBe('baseline "n/a" is not a number: enter a number');
  });

  it('scores dates like any other scale (ship date moving from Mar 1 to Mar 31)', () => {
    const march = (day: number) => new Date(2026, 2, day);
    expect(OKRSCORE(march(16), march(1), march(31))).toBeCloseTo(0.5, 9);
  });
});

describe('OKRSCORE over a column', () => {
  it('returns a same-shaped grid with one message only on the bad row', () => {
    const current = [[0.03], [''], [true], [12], ['oops']];
    const baseline = [[0.05], [0.05], [''], [12], [0]];
    const target = [[0.02], [0.02], [''], [12], [1]];
    const scores = OKRSCORE(current, baseline, target) as (number | string)[][];
    expect(scores).toHaveLength(5);
    expect(scores[0]?.[0]).toBeCloseTo(0.667, 3);
    expect(scores.slice(1)).toEqual([
      [''],
      [1],
      ['baseline equals target: a level to hold is a KPI (use KPIBAND), or set a different target'],
      ['current "oops" is not a number: enter a number'],
    ]);
  });

  it('broadcasts a single baseline and target over the column', () => {
    expect(OKRSCORE([[0], [35], [70], [100]], 0, 70)).toEqual([[0], [0.5], [1], [1]]);
  });
});
