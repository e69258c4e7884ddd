import { bandStatus } from '../core/band';
import type { CellInput, CellOutput } from './cells';
import { readNumber } from './coerce';
import { cellwise } from './vectorise';

const placeInBand = cellwise({
  name: 'KPIBAND',
  params: [
    { name: 'value', read: readNumber },
    { name: 'low', read: readNumber },
    { name: 'high', read: readNumber },
    { name: 'watch', read: readNumber },
  ],
  compute: (value: number | null, low: number | null, high: number | null, watch: number | null) =>
    bandStatus(value, { low, high }, watch),
});

/**
 * Tells whether a KPI reading is inside its healthy band: IN BAND, BELOW or ABOVE. Bounds are inclusive; leave low or high blank for a one-sided band. With watch, an in-band reading that close to an edge shows WATCH.
 *
 * @param value The KPI reading, or a range of readings.
 * @param low The lowest healthy value; blank when there is no lower bound.
 * @param high The highest healthy value; blank when there is no upper bound.
 * @param watch Optional margin in the metric's own units: in-band readings this close to an edge show WATCH.
 * @return IN BAND, WATCH, BELOW or ABOVE, blank while value is blank, or a message saying what to fix.
 * @example =KPIBAND(B2:B8, 0.35, "", 0.02)
 * @customfunction
 */
export function KPIBAND(
  value: CellInput,
  low: CellInput,
  high: CellInput,
  watch?: CellInput,
): CellOutput {
  return placeInBand(value, low, high, watch);
}
