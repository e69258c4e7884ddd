import { cycleElapsed } from '../../core/pace';
import { readDate } from '../coerce';
import { customFunction } from '../declare';

export default customFunction({
  name: 'OKRPACE',
  summary:
    "The fraction of the cycle gone at the check-in date, from 0 at its start to 1 at its end. Give the check-in date as a cell you update at each check-in: Sheets refuses TODAY() and NOW() in a custom function's arguments.",
  params: [
    {
      name: 'start',
      description: "The first day of the cycle, e.g. the quarter's start: a date or 2026-10-01.",
      read: readDate,
    },
    { name: 'end', description: 'The last day of the cycle.', read: readDate },
    {
      name: 'as_of',
      description: 'The check-in date: a cell holding the date of this check-in, not TODAY().',
      read: readDate,
    },
  ],
  returns: 'The fraction of the cycle elapsed, between 0 and 1, or a message saying what to fix.',
  example: {
    formula: '=OKRPACE(DATE(2026,10,1), DATE(2026,12,31), DATE(2026,11,15))',
    result: 0.4945,
  },
  compute: cycleElapsed,
});
