import { Problem } from './problem';
import type { Bound } from './quantity';

/**
 * A key result's reading: a number on the metric's scale, `true`/`false` for a binary key
 * result (done / not done), or `null` when nothing has been reported yet.
 */
export type KeyResultReading = number | boolean | null;

/** Blank: no score yet, the key result has not been checked in. */
export const NOT_REPORTED = '';

/**
 * Progress from baseline to target as the fraction of the distance travelled, clamped to
 * [0, 1]. Decreasing metrics (churn 5% -> 2%) need no special case: the sign of the distance
 * takes care of them. A binary key result scores 1 when done and 0 when not, whatever its
 * baseline and target say.
 *
 * A target written as a bound ("≤3%", "at least 95%") is scored to its number. Its comparator
 * says which way the metric should go, and a baseline already on that side ("≤3%" from 2%)
 * means there is nothing to change: a team lead would not want a score there, since moving
 * from 2% up towards 3% is no progress and 4% would score as some. It is a level to hold, a
 * KPI, so the cell says so, as it does when baseline equals target.
 */
export function keyResultScore(
  current: KeyResultReading,
  baseline: number | null,
  target: number | Bound | null,
): number | typeof NOT_REPORTED | Problem {
  if (current === null) return NOT_REPORTED;
  if (typeof current === 'boolean') return current ? 1 : 0;
  if (baseline === null) return new Problem('no baseline: enter the starting value');
  if (target === null) return new Problem('no target: enter the value to reach');
  const goal = typeof target === 'number' ? target : target.value;
  if (typeof target !== 'number') {
    const down = target.comparator === 'at most';
    if (down ? baseline <= goal : baseline >= goal) {
      return new Problem(
        `baseline already meets the target: a level to hold is a KPI (use KPIBAND), or set a target ${down ? 'below' : 'above'} the baseline`,
      );
    }
  }
  if (goal === baseline)
    return new Problem(
      'baseline equals target: a level to hold is a KPI (use KPIBAND), or set a different target',
    );
  return clampToUnit(fractionOfDistance(current, baseline, goal));
}

/**
 * `(value - from) / (to - from)`. Readings near the largest numbers (1e308) overflow their
 * differences to Infinity, which would give NaN or a wrong 0: then all three are put on a
 * common scale first, which leaves the fraction as it is.
 */
export function fractionOfDistance(value: number, from: number, to: number): number {
  const travelled = value - from;
  const distance = to - from;
  if (Number.isFinite(travelled) && Number.isFinite(distance)) return travelled / distance;
  const scale = Math.max(Math.abs(value), Math.abs(from), Math.abs(to));
  return (value / scale - from / scale) / (to / scale - from / scale);
}

export function clampToUnit(fraction: number): number {
  if (fraction <= 0) return 0;
  if (fraction >= 1) return 1;
  return fraction;
}
