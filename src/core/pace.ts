import { Problem } from './problem';
import { clampToUnit } from './score';

/**
 * The fraction of a cycle (a quarter, usually) gone at `asOf`, clamped to [0, 1]. Dates are day
 * numbers. A cycle that starts and ends on the same day is all gone from that day on.
 */
export function cycleElapsed(
  start: number | null,
  end: number | null,
  asOf: number,
): number | '' | Problem {
  if (start === null || end === null) return '';
  if (end < start) return new Problem('end is before start: swap the dates');
  if (end === start) return asOf >= start ? 1 : 0;
  return clampToUnit((asOf - start) / (end - start));
}
