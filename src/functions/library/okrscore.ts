import { keyResultScore } from '../../core/score';
import { readMetric, readMetricOrCheckbox, readTarget } from '../coerce';
import { customFunction } from '../declare';

export default customFunction({
  name: 'OKRSCORE',
  summary:
    'Scores a key result from 0 to 1: the fraction of the way from baseline to target, clamped. Works for decreasing metrics too (churn 5% to 2%). A checkbox as current scores 1 when ticked, 0 when not.',
  params: [
    {
      name: 'current',
      description:
        'The latest reading, a checkbox for a done / not done key result, or a range of them.',
      read: readMetricOrCheckbox,
    },
    {
      name: 'baseline',
      description: 'Where the key result started, or a range.',
      read: readMetric,
    },
    {
      name: 'target',
      description:
        'Where the key result should end, or a range. A bound such as "≤3%" or "at least 95%" says which way.',
      read: readTarget,
    },
  ],
  returns:
    'The score between 0 and 1, blank while current is blank, or a message saying what to fix.',
  example: { formula: '=OKRSCORE(3%, 5%, 2%)', result: 0.667 },
  compute: keyResultScore,
});
