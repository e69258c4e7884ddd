import { describe, expect, it } from 'vitest';
import { latestReading } from '../../src/core/latest';
import KPILATEST from '../../src/functions/library/kpilatest';

describe('latestReading', () => {
  it.each([
    [[0.02, 0.03, 0.04], 0.04],
    [[0.02, 0.03, null, null], 0.03],
    [[null, 0, null], 0],
    [[null, null], ''],
  ])('of %j is %j', (history, latest) => {
    expect(latestReading(history)).toBe(latest);
  });
});

describe('KPILATEST', () => {
  it('gives one latest reading per row of history, blank for a row with none', () => {
    const history = [
      [0.02, 0.03, '', ''],
      ['', '', '', ''],
      ['5%', '4.5%', '4%', '3.8%'],
    ];
    expect(KPILATEST(history)).toEqual([[0.03], [''], [0.038]]);
    expect(KPILATEST([[1, 'n/a']])).toBe('history "n/a" is not a number: enter a number');
  });
});
