import { keyResultScore } from '../core/score';
import type { CellInput, CellOutput } from './cells';
import { readNumber, readNumberOrCheckbox } from './coerce';
import { cellwise } from './vectorise';

const scoreKeyResults = cellwise({
  name: 'OKRSCORE',
  params: [
    { name: 'current', read: readNumberOrCheckbox },
    { name: 'baseline', read: readNumber },
    { name: 'target', read: readNumber },
  ],
  compute: keyResultScore,
});

/**
 * Scores a key result from 0 to 1: the fraction of the way from baseline to target, clamped. Works for decreasing metrics too (churn 5% to 2%). A checkbox as current scores 1 when ticked, 0 when not.
 *
 * @param current The latest reading, a checkbox for a done / not done key result, or a range of them.
 * @param baseline Where the key result started, or a range.
 * @param target Where the key result should end, or a range.
 * @return The score between 0 and 1, blank while current is blank, or a message saying what to fix.
 * @example =OKRSCORE(C2:C10, B2:B10, D2:D10)
 * @customfunction
 */
export function OKRSCORE(current: CellInput, baseline: CellInput, target: CellInput): CellOutput {
  return scoreKeyResults(current, baseline, target);
}
