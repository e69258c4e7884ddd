import { Problem } from './problem';

/** Where a KPI reading sits relative to its healthy band. */
export type BandStatus = 'IN BAND' | 'WATCH' | 'BELOW' | 'ABOVE';

/**
 * A KPI's healthy band. Either bound may be missing: most KPIs are one-sided ("gross margin
 * above 35%", "response under 30 minutes").
 */
export interface Band {
  low: number | null;
  high: number | null;
}

/**
 * Readings are compared with a tolerance this small relative to the band's scale, so that a
 * reading of 0.40 counts as exactly 0.05 away from a 0.35 edge despite binary floating point.
 */
const RELATIVE_TOLERANCE = 1e-9;

/** Checks a band once, so a bad band gives one clear message instead of a wrong status. */
export function bandProblem(band: Band, watch: number | null): Problem | null {
  if (band.low === null && band.high === null) {
    return new Problem('no band: set a low bound, a high bound or both');
  }
  if (band.low !== null && band.high !== null && band.low > band.high) {
    return new Problem('low is above high: swap the bounds');
  }
  if (watch !== null && watch < 0) {
    return new Problem('watch is negative: use a margin of 0 or more');
  }
  return null;
}

/**
 * Bounds are inclusive: a reading on the edge is in band. With a `watch` margin (in the
 * metric's own units), an in-band reading that close to an edge is flagged before it leaves.
 */
export function bandStatus(
  value: number | null,
  band: Band,
  watch: number | null = null,
): BandStatus | '' | Problem {
  if (value === null) return '';
  const problem = bandProblem(band, watch);
  if (problem) return problem;
  const { low, high } = band;
  if (low !== null && value < low) return 'BELOW';
  if (high !== null && value > high) return 'ABOVE';
  if (watch !== null && watch > 0 && nearEdge(value, band, watch)) return 'WATCH';
  return 'IN BAND';
}

function nearEdge(value: number, { low, high }: Band, watch: number): boolean {
  const tolerance = RELATIVE_TOLERANCE * Math.max(1, Math.abs(value), Math.abs(watch));
  if (low !== null && value - low <= watch + tolerance) return true;
  if (high !== null && high - value <= watch + tolerance) return true;
  return false;
}
