import { describe, expect, it } from 'vitest';
import { cycleElapsed } from '../../src/core/pace';
import { Problem } from '../../src/core/problem';

describe('cycleElapsed', () => {
  // Q4 2026 as day numbers: Oct 1 = 46296, Dec 31 = 46387
  it.each([
    [46296, 46387, 46296, 0],
    [46296, 46387, 46341.5, 0.5],
    [46296, 46387, 46387, 1],
    [46296, 46387, 46000, 0], // before the cycle
    [46296, 46387, 47000, 1], // after it
    [46296, 46296, 46296, 1], // a one-day cycle is gone on its day
    [46296, 46296, 46295, 0],
  ])('start %s, end %s, as of %s is %s', (start, end, asOf, elapsed) => {
    expect(cycleElapsed(start, end, asOf)).toBeCloseTo(elapsed, 12);
  });

  it('explains an end before the start, and leaves missing dates blank', () => {
    expect(cycleElapsed(46387, 46296, 46300)).toEqual(
      new Problem('end is before start: swap the dates'),
    );
    expect(cycleElapsed(null, 46387, 46300)).toBe('');
    expect(cycleElapsed(46296, null, 46300)).toBe('');
  });
});
