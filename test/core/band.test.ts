import { describe, expect, it } from 'vitest';
import { bandStatus } from '../../src/core/band';
import { Problem } from '../../src/core/problem';

describe('bandStatus', () => {
  it.each([
    // billable utilization between 65% and 75%, bounds inclusive
    [0.7, 0.65, 0.75, 'IN BAND'],
    [0.65, 0.65, 0.75, 'IN BAND'],
    [0.75, 0.65, 0.75, 'IN BAND'],
    [0.64, 0.65, 0.75, 'BELOW'],
    [0.76, 0.65, 0.75, 'ABOVE'],
    // gross margin above 35%: one-sided, no upper bound
    [0.9, 0.35, null, 'IN BAND'],
    [0.34, 0.35, null, 'BELOW'],
    // ticket response under 30 minutes: one-sided, no lower bound
    [-5, null, 30, 'IN BAND'],
    [31, null, 30, 'ABOVE'],
  ])('%s in [%s, %s] is %s', (value, low, high, status) => {
    expect(bandStatus(value, { low, high })).toBe(status);
  });

  it.each([
    [0.4, 0.35, null, 0.05, 'WATCH'], // exactly the margin away, despite floating point
    [0.41, 0.35, null, 0.05, 'IN BAND'],
    [28, null, 30, 2, 'WATCH'],
    [27, null, 30, 2, 'IN BAND'],
    [0.66, 0.65, 0.75, 0.02, 'WATCH'],
    [0.74, 0.65, 0.75, 0.02, 'WATCH'],
    [0.7, 0.65, 0.75, 0.02, 'IN BAND'],
    [0.65, 0.65, 0.75, 0, 'IN BAND'], // no margin: the edge itself is simply in band
    [0.6, 0.65, 0.75, 0.02, 'BELOW'], // out of band stays out of band
  ])('%s in [%s, %s] with watch %s is %s', (value, low, high, watch, status) => {
    expect(bandStatus(value, { low, high }, watch)).toBe(status);
  });

  it('leaves a blank reading blank', () => {
    expect(bandStatus(null, { low: 0, high: 1 })).toBe('');
  });

  it.each([
    [null, null, null, 'no band: set a low bound, a high bound or both'],
    [0.8, 0.6, null, 'low is above high: swap the bounds'],
    [0, 1, -1, 'watch is negative: use a margin of 0 or more'],
  ])('low %s, high %s, watch %s gives "%s"', (low, high, watch, message) => {
    expect(bandStatus(0.5, { low, high }, watch)).toEqual(new Problem(message));
  });
});
