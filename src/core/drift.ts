import { type Band, bandProblem, bandStatus } from './band';
import { Problem } from './problem';

/** Two consecutive periods out of band make a KPI a candidate for next quarter's OKR. */
export const DEFAULT_DRIFT_PERIODS = 2;

/**
 * True when the last `periods` readings (blanks skipped: the month not reported yet, or a gap)
 * are all outside the band. With fewer readings than that there is no drift to report yet.
 */
export function hasDrifted(
  history: (number | null)[] | null,
  band: Band,
  periods: number | null,
): boolean | '' | Problem {
  if (history === null) return '';
  const problem = bandProblem(band, null) ?? periodsProblem(periods);
  if (problem) return problem;
  const wanted = periods ?? DEFAULT_DRIFT_PERIODS;
  const readings = history.filter((reading): reading is number => reading !== null);
  if (readings.length < wanted) return false;
  return readings.slice(-wanted).every((reading) => {
    const status = bandStatus(reading, band);
    return status === 'BELOW' || status === 'ABOVE';
  });
}

function periodsProblem(periods: number | null): Problem | null {
  if (periods === null || (Number.isInteger(periods) && periods >= 1)) return null;
  return new Problem('periods must be a whole number of 1 or more: e.g. 2 for two months');
}
