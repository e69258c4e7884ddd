import { statementKind } from '../core/statements/classify';
import { keyResultProblems, objectiveProblems } from '../core/statements/lint';
import type { CellInput, CellOutput } from './cells';
import { readText } from './coerce';
import { cellwise } from './vectorise';

const OK = 'OK';
const SEPARATOR = '; ';

const checkKeyResults = cellwise({
  name: 'KRCHECK',
  params: [{ name: 'text', read: readText }],
  compute: (text: string | null) =>
    text === null ? '' : keyResultProblems(text).join(SEPARATOR) || OK,
});

const checkObjectives = cellwise({
  name: 'OBJCHECK',
  params: [{ name: 'text', read: readText }],
  compute: (text: string | null) =>
    text === null ? '' : objectiveProblems(text).join(SEPARATOR) || OK,
});

const classifyStatements = cellwise({
  name: 'OKRKIND',
  params: [{ name: 'text', read: readText }],
  compute: (text: string | null) => (text === null ? '' : statementKind(text)),
});

/**
 * Checks a key result: OK, or its problems joined by "; " from: task, not an outcome; no number; no baseline; no target; a level to keep: a KPI, not a change; empty.
 *
 * @param text The key result as written, or a range of them.
 * @return OK, or the problems found, blank for a blank cell.
 * @example =KRCHECK("Increase website traffic by 20%")
 * @customfunction
 */
export function KRCHECK(text: CellInput): CellOutput {
  return checkKeyResults(text);
}

/**
 * Checks an objective: OK, or its problems joined by "; " from: empty; has a number; too long (over 15 words); not a direction (does not start with a verb such as Grow, Improve, Launch, Fix, Become).
 *
 * @param text The objective as written, or a range of them.
 * @return OK, or the problems found, blank for a blank cell.
 * @example =OBJCHECK("Grow revenue 20% in EMEA")
 * @customfunction
 */
export function OBJCHECK(text: CellInput): CellOutput {
  return checkObjectives(text);
}

/**
 * What a statement really is: OBJECTIVE (qualitative, no number), KEY RESULT (moves a metric from one level to another), KPI (a level to keep or a metric to watch) or TASK (effort, not a result).
 *
 * @param text The statement, or a range of them.
 * @return OBJECTIVE, KEY RESULT, KPI or TASK; blank for a blank or empty cell.
 * @example =OKRKIND("Churn under 3%")
 * @customfunction
 */
export function OKRKIND(text: CellInput): CellOutput {
  return classifyStatements(text);
}
