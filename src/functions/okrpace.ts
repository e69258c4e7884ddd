import { cycleElapsed } from '../core/pace';
import type { CellInput, CellOutput } from './cells';
import { dateToSerial, readNumber } from './coerce';
import { cellwise } from './vectorise';

const elapsedOfCycle = (today: number) =>
  cellwise({
    name: 'OKRPACE',
    params: [
      { name: 'start', read: readNumber },
      { name: 'end', read: readNumber },
      { name: 'as_of', read: readNumber },
    ],
    compute: (start: number | null, end: number | null, asOf: number | null) =>
      cycleElapsed(start, end, asOf ?? today),
  });

/**
 * The fraction of the cycle gone, from 0 at its start to 1 at its end. Pass TODAY() as as_of: Sheets recalculates a custom function only when its arguments change, so TODAY() keeps the pace current every day.
 *
 * @param start The first day of the cycle, e.g. the quarter's start date.
 * @param end The last day of the cycle.
 * @param as_of The day to measure at; pass TODAY() so the value moves every day.
 * @return The fraction of the cycle elapsed, between 0 and 1, or a message saying what to fix.
 * @example =OKRPACE(DATE(2026,10,1), DATE(2026,12,31), TODAY())
 * @customfunction
 */
export function OKRPACE(start: CellInput, end: CellInput, as_of?: CellInput): CellOutput {
  // Read once per call: every row of one call measures on the same day.
  return elapsedOfCycle(dateToSerial(new Date()))(start, end, as_of);
}
