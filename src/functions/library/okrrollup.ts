import { rollUpByObjective } from '../../core/rollup';
import { readNumber, readText } from '../coerce';
import { customFunction } from '../declare';

export default customFunction({
  name: 'OKRROLLUP',
  summary:
    'Rolls key result scores up to their objective: each row gets the weighted average score of all rows with the same objective. A blank score counts as 0; weights default to 1.',
  params: [
    {
      name: 'objectives',
      description: 'The column of objective names or ids, one per key result row.',
      read: readText,
    },
    {
      name: 'scores',
      description: 'The column of key result scores (0 to 1), e.g. from OKRSCORE.',
      read: readNumber,
    },
    {
      name: 'weights',
      description: 'Optional column of weights (0 or more); blank means 1.',
      read: readNumber,
      default: 1,
    },
  ],
  returns:
    "The objective's score on every one of its rows, blank where the objective is blank, or a message saying what to fix.",
  example: {
    formula: '=OKRROLLUP({"Grow EMEA"; "Grow EMEA"; "Fix onboarding"}, {1; 0.5; 0.6})',
    result: [[0.75], [0.75], [0.6]],
  },
  computeAll: (rows) =>
    rollUpByObjective(
      rows.map((row) => row && { objective: row[0], score: row[1], weight: row[2] }),
    ),
});
