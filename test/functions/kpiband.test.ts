import { describe, expect, it } from 'vitest';
import KPIBAND from '../../src/functions/library/kpiband';

describe('KPIBAND', () => {
  it.each([
    [0.7, 0.65, 0.75, undefined, 'IN BAND'],
    [0.6, 0.65, 0.75, undefined, 'BELOW'],
    [0.8, 0.65, 0.75, undefined, 'ABOVE'],
    [0.4, 0.35, '', undefined, 'IN BAND'], // gross margin above 35%
    [0.3, 0.35, '', undefined, 'BELOW'],
    [45, '', 30, undefined, 'ABOVE'], // response time under 30 minutes
    ['36%', '35%', '', '2%', 'WATCH'],
    [29, '', 30, 2, 'WATCH'],
    [20, '', 30, 2, 'IN BAND'],
  ])('KPIBAND(%j, %j, %j, %j) is %s', (value, low, high, watch, status) => {
    expect(KPIBAND(value, low, high, watch)).toBe(status);
  });

  it('leaves a blank value blank, and explains a bad band', () => {
    expect(KPIBAND('', 0, 1)).toBe('');
    expect(KPIBAND(0.5, '', '')).toBe('no band: set a low bound, a high bound or both');
    expect(KPIBAND(0.5, 0.8, 0.6)).toBe('low is above high: swap the bounds');
    expect(KPIBAND(true, 0, 1)).toBe('value is a checkbox: enter a number');
  });

  it('checks a whole column against per-row bands', () => {
    const value = [[0.02], [0.04], [''], [0.029]];
    const low = [[''], [''], [''], ['']];
    const high = [[0.03], [0.03], [0.03], [0.03]];
    expect(KPIBAND(value, low, high, 0.001)).toEqual([['IN BAND'], ['ABOVE'], [''], ['WATCH']]);
  });
});
