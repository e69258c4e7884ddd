import { Problem } from './problem';
import { clampToUnit, fractionOfDistance } from './score';

/**
 * The fraction of a cycle (a quarter, usually) gone at `asOf`, clamped to [0, 1]. Dates are day
 * numbers. A cycle that starts and ends on the same day is all gone from that day on.
 *
 * `asOf` is never "now": Sheets caches a custom function's answer for the same arguments and
 * refuses TODAY() and NOW() as arguments, so the check-in date has to be a cell the team updates.
 */
export function cycleElapsed(
  start: number | null,
  end: number | null,
  asOf: number | null,
): number | '' | Problem {
  if (start === null || end === null) return '';
  if (asOf === null) {
    return new Problem('no check-in date: give as_of a cell holding the date of this check-in');
  }
  if (end < start) return new Problem('end is before start: swap the dates');
  if (end === start) return asOf >= start ? 1 : 0;
  return clampToUnit(fractionOfDistance(asOf, start, end));
}
