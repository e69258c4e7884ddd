import { describe, expect, it } from 'vitest';
import { hasDrifted } from '../../src/core/drift';
import { Problem } from '../../src/core/problem';

const churnBand = { low: null, high: 0.03 }; // monthly churn under 3%

describe('hasDrifted', () => {
  it.each([
    // the domain's example: churn drifts from 3% to 5%
    [[0.02, 0.03, 0.03, 0.04, 0.05], null, true],
    [[0.02, 0.03, 0.04, 0.03, 0.05], null, false], // out, back in, out: not two in a row
    [[0.04, 0.05, 0.02], null, false], // recovered last month
    [[0.04, 0.05, null, null], null, true], // trailing blanks: months not reported yet
    [[0.04, null, 0.05], null, true], // a gap is skipped, not read as in band
    [[0.05], null, false], // one reading is not a trend yet
    [[0.04, 0.05, 0.06], 3, true],
    [[0.02, 0.05, 0.06], 3, false],
    [[0.031], 1, true],
    [[0.03, 0.03], null, false], // on the edge is in band
  ])('%j with periods %s is %s', (history, periods, drifted) => {
    expect(hasDrifted(history, churnBand, periods)).toBe(drifted);
  });

  it('counts readings below a lower bound as outside too', () => {
    expect(hasDrifted([0.36, 0.33, 0.34], { low: 0.35, high: null }, null)).toBe(true);
  });

  it('leaves a KPI with no readings blank', () => {
    expect(hasDrifted(null, churnBand, null)).toBe('');
  });

  it.each([
    [{ low: null, high: null }, null, 'no band: set a low bound, a high bound or both'],
    [churnBand, 0, 'periods must be a whole number of 1 or more: e.g. 2 for two months'],
    [churnBand, 1.5, 'periods must be a whole number of 1 or more: e.g. 2 for two months'],
  ])('explains a bad band or period count', (band, periods, message) => {
    expect(hasDrifted([0.05, 0.05], band, periods)).toEqual(new Problem(message));
  });
});
