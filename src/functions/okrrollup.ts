import { rollUpByObjective } from '../core/rollup';
import type { CellInput, CellOutput } from './cells';
import { readNumber, readText } from './coerce';
import { rangewise } from './vectorise';

const rollUp = rangewise({
  name: 'OKRROLLUP',
  params: [
    { name: 'objectives', read: readText },
    { name: 'scores', read: readNumber },
    { name: 'weights', read: readNumber },
  ],
  computeAll: (rows) =>
    rollUpByObjective(
      rows.map((row) => row && { objective: row[0], score: row[1], weight: row[2] }),
    ),
});

/**
 * Rolls key result scores up to their objective: each row gets the weighted average score of all rows with the same objective. A blank score counts as 0; weights default to 1.
 *
 * @param objectives The column of objective names or ids, one per key result row.
 * @param scores The column of key result scores (0 to 1), e.g. from OKRSCORE.
 * @param weights Optional column of weights (0 or more); blank means 1.
 * @return The objective's score on every one of its rows, blank where the objective is blank, or a message saying what to fix.
 * @example =OKRROLLUP(A2:A20, E2:E20)
 * @customfunction
 */
export function OKRROLLUP(
  objectives: CellInput,
  scores: CellInput,
  weights?: CellInput,
): CellOutput {
  return rollUp(objectives, scores, weights);
}
