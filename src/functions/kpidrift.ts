import { hasDrifted } from '../core/drift';
import type { CellInput, CellOutput } from './cells';
import { readNumber, readNumberRow } from './coerce';
import { cellwise } from './vectorise';

const detectDrift = cellwise({
  name: 'KPIDRIFT',
  params: [
    { name: 'history', readRow: readNumberRow },
    { name: 'low', read: readNumber },
    { name: 'high', read: readNumber },
    { name: 'periods', read: readNumber },
  ],
  compute: (
    history: (number | null)[] | null,
    low: number | null,
    high: number | null,
    periods: number | null,
  ) => hasDrifted(history, { low, high }, periods),
});

/**
 * TRUE when a KPI's last readings are all outside its band: by default the last 2 periods, the signal that it should become next quarter's OKR. Give one row of history per KPI, oldest period first; trailing blanks (a month not reported yet) are skipped.
 *
 * @param history The KPI's readings, one row per KPI and one column per period (e.g. month).
 * @param low The lowest healthy value; blank when there is no lower bound.
 * @param high The highest healthy value; blank when there is no upper bound.
 * @param periods Optional number of latest readings that must all be out of band; 2 if left out.
 * @return TRUE or FALSE for each row of history, blank for a row with no readings.
 * @example =KPIDRIFT(C2:H7, I2:I7, J2:J7)
 * @customfunction
 */
export function KPIDRIFT(
  history: CellInput,
  low: CellInput,
  high: CellInput,
  periods?: CellInput,
): CellOutput {
  return detectDrift(history, low, high, periods);
}
