import { DEFAULT_DRIFT_PERIODS, hasDrifted } from '../../core/drift';
import { HIGH_BOUND, LOW_BOUND } from '../band-bounds';
import { readNumber, readNumberRow } from '../coerce';
import { customFunction } from '../declare';

export default customFunction({
  name: 'KPIDRIFT',
  summary:
    "TRUE when a KPI's last readings are all outside its band: by default the last 2 periods, the signal that it should become next quarter's OKR. Give one row of history per KPI, oldest period first; blanks (a month not reported yet) are skipped.",
  params: [
    {
      name: 'history',
      description: "The KPI's readings, one row per KPI and one column per period (e.g. month).",
      readRow: readNumberRow,
    },
    LOW_BOUND,
    HIGH_BOUND,
    {
      name: 'periods',
      description: 'Optional number of latest readings that must all be out of band.',
      read: readNumber,
      default: DEFAULT_DRIFT_PERIODS,
    },
  ],
  returns: 'TRUE or FALSE for each row of history, blank for a row with no readings.',
  example: { formula: '=KPIDRIFT({2.8%, 3.4%, 3.9%}, "", 3%)', result: true },
  compute: (history, low, high, periods) => hasDrifted(history, { low, high }, periods),
});
