import { bandStatus } from '../../core/band';
import { HIGH_BOUND, LOW_BOUND } from '../band-bounds';
import { readMetric } from '../coerce';
import { customFunction } from '../declare';

export default customFunction({
  name: 'KPIBAND',
  summary:
    'Tells whether a KPI reading is inside its healthy band: IN BAND, BELOW or ABOVE. Bounds are inclusive; leave low or high blank for a one-sided band. With watch, an in-band reading that close to an edge shows WATCH.',
  params: [
    { name: 'value', description: 'The KPI reading, or a range of readings.', read: readMetric },
    LOW_BOUND,
    HIGH_BOUND,
    {
      name: 'watch',
      description:
        "Optional margin in the metric's own units: in-band readings this close to an edge show WATCH.",
      read: readMetric,
      optional: true,
    },
  ],
  returns:
    'IN BAND, WATCH, BELOW or ABOVE, blank while value is blank, or a message saying what to fix.',
  example: { formula: '=KPIBAND(36%, 35%, "", 2%)', result: 'WATCH' },
  compute: (value, low, high, watch) => bandStatus(value, { low, high }, watch),
});
