import { okrStatus, okrType } from '../core/grade';
import type { CellInput, CellOutput } from './cells';
import { readNumber, readText } from './coerce';
import { cellwise } from './vectorise';

const gradeObjectives = cellwise({
  name: 'OKRSTATUS',
  params: [
    { name: 'score', read: readNumber },
    { name: 'type', read: readText },
    { name: 'elapsed', read: readNumber },
  ],
  compute: (score: number | null, type: string | null, elapsed: number | null) =>
    okrStatus(score, okrType(type ?? 'aspirational'), elapsed),
});

/**
 * The grade a reviewer would give a score. At the end of the cycle: GREEN, YELLOW or RED (aspirational: green from 0.7, yellow from 0.4; committed: green only at 1, yellow from 0.7). With elapsed: ON TRACK, AT RISK or OFF TRACK against the pace that reaches success by the end.
 *
 * @param score The score from 0 to 1, or a range of scores.
 * @param type Optional: aspirational (the default) or committed.
 * @param elapsed Optional fraction of the cycle gone (0 to 1), e.g. from OKRPACE; leave out for the end-of-cycle grade.
 * @return GREEN, YELLOW or RED; or ON TRACK, AT RISK or OFF TRACK with elapsed; blank while score is blank.
 * @example =OKRSTATUS(F2:F10, "committed", OKRPACE("2026-10-01", "2026-12-31", TODAY()))
 * @customfunction
 */
export function OKRSTATUS(score: CellInput, type?: CellInput, elapsed?: CellInput): CellOutput {
  return gradeObjectives(score, type, elapsed);
}
