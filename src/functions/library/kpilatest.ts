import { latestReading } from '../../core/latest';
import { readNumberRow } from '../coerce';
import { customFunction } from '../declare';

export default customFunction({
  name: 'KPILATEST',
  summary:
    "A KPI's latest reading: the last period with a value in its row of history, so the month not reported yet does not hide the one before it.",
  params: [
    {
      name: 'history',
      description: "The KPI's readings, one row per KPI and one column per period, oldest first.",
      readRow: readNumberRow,
    },
  ],
  returns: 'The last reading of each row, blank for a row with no readings.',
  example: { formula: '=KPILATEST({2.8%, 3.4%, ""})', result: 0.034 },
  compute: latestReading,
});
