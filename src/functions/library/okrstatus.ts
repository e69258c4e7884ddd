import { okrStatus, okrType } from '../../core/grade';
import { readNumber, readText } from '../coerce';
import { customFunction } from '../declare';

export default customFunction({
  name: 'OKRSTATUS',
  summary:
    'The grade a reviewer would give a score. At the end of the cycle: GREEN, YELLOW or RED (aspirational: green from 0.7, yellow from 0.4; committed: green only at 1, yellow from 0.7). With elapsed: ON TRACK, AT RISK or OFF TRACK against the pace that reaches success by the end.',
  params: [
    {
      name: 'score',
      description: 'The score from 0 to 1, or a range of scores.',
      read: readNumber,
    },
    {
      name: 'type',
      description: 'Optional: aspirational or committed.',
      read: readText,
      default: 'aspirational',
    },
    {
      name: 'elapsed',
      description:
        'Optional fraction of the cycle gone (0 to 1), e.g. from OKRPACE; leave out for the end-of-cycle grade.',
      read: readNumber,
      optional: true,
    },
  ],
  returns:
    'GREEN, YELLOW or RED; or ON TRACK, AT RISK or OFF TRACK with elapsed; blank while score is blank.',
  example: {
    formula:
      '=OKRSTATUS(0.3, "aspirational", OKRPACE(DATE(2026,10,1), DATE(2026,12,31), DATE(2026,11,15)))',
    result: 'AT RISK',
  },
  compute: (score, type, elapsed) => okrStatus(score, okrType(type), elapsed),
});
