import { actsOnAThing, countsResults, isEffort, movesFromLevelToLevel } from './classify';
import { type StatementFeatures, statementFeatures } from './features';
import { OBJECTIVE_MAX_WORDS } from './vocabulary';

/**
 * The fixed vocabulary of key result problems, in the order they are reported. KRCHECK shows
 * these exact words, so a sheet can filter or colour on them.
 */
export const KEY_RESULT_PROBLEMS = {
  empty: 'empty',
  task: 'task, not an outcome',
  noNumber: 'no number',
  noBaseline: 'no baseline',
  noTarget: 'no target',
  kpi: 'a level to keep: a KPI, not a change',
} as const;

/** The fixed vocabulary of objective problems, in the order they are reported. */
export const OBJECTIVE_PROBLEMS = {
  empty: 'empty',
  hasNumber: 'has a number',
  tooLong: 'too long',
  notADirection: 'not a direction',
} as const;

export type KeyResultProblem = (typeof KEY_RESULT_PROBLEMS)[keyof typeof KEY_RESULT_PROBLEMS];
export type ObjectiveProblem = (typeof OBJECTIVE_PROBLEMS)[keyof typeof OBJECTIVE_PROBLEMS];

/**
 * Where a key result is expected, a statement with no number that neither moves a metric nor
 * names a direction or a state to reach is an activity: "Identify success factors", "Sign the
 * agreement", "IPFS companion working out of the box".
 */
function readsAsActivity(s: StatementFeatures): boolean {
  if (isEffort(s) || actsOnAThing(s)) return true;
  if (s.hasMetricNumber || s.metricName || s.nounFirstDirection || s.attainsTarget) return false;
  if (s.opensWithCount) return false;
  if (!s.startsWithChange && !s.startsWithDirection && !s.startsWithKeep) return true;
  // A change made to a deliverable, with nothing measured, is the work itself: "Improve and
  // refresh the website", "Streamline the getting started guide". "Grow the community" and
  // "Reduce churn" are results, only unmeasured.
  return !s.startsWithKeep && s.namesArtifact && !s.namesOutcome && !s.namesMetric;
}

export function keyResultProblems(statement: string): KeyResultProblem[] {
  const s = statementFeatures(statement);
  if (s.empty) return [KEY_RESULT_PROBLEMS.empty];
  const problems: KeyResultProblem[] = [];
  if (readsAsActivity(s)) problems.push(KEY_RESULT_PROBLEMS.task);
  // A count from zero, "First national-level member" included: nothing more to ask of it.
  if (s.opensWithCount && problems.length === 0) return problems;
  if (!s.hasMetricNumber) {
    problems.push(KEY_RESULT_PROBLEMS.noNumber);
    return problems;
  }
  if (problems.length > 0 || movesFromLevelToLevel(s) || countsResults(s)) return problems;
  const isChange = s.startsWithChange || s.relativeBump || s.baseline;
  if (!isChange) {
    problems.push(
      s.level || s.startsWithKeep ? KEY_RESULT_PROBLEMS.kpi : KEY_RESULT_PROBLEMS.noTarget,
    );
    return problems;
  }
  // A change with a starting level but nowhere to go: "Reduce churn from 5%".
  if (s.baseline) problems.push(KEY_RESULT_PROBLEMS.noTarget);
  // A change with a destination but no start: "Increase traffic by 20%", "Raise NPS to 45".
  else problems.push(KEY_RESULT_PROBLEMS.noBaseline);
  return problems;
}

/**
 * A direction is any statement of where to go: an imperative ("Automate billing", "Pay down
 * tech debt") or the state to reach written noun-first ("Partnerships strengthened"). What is
 * not one: an activity or deliverable, or the bare name of a metric to watch.
 */
function isDirection(s: StatementFeatures): boolean {
  if (isEffort(s) || s.metricName) return false;
  return !(s.startsWithKeep && s.namesMetric && !s.startsWithDirection);
}

export function objectiveProblems(statement: string): ObjectiveProblem[] {
  const s = statementFeatures(statement);
  if (s.empty) return [OBJECTIVE_PROBLEMS.empty];
  const problems: ObjectiveProblem[] = [];
  if (s.hasMetricNumber) problems.push(OBJECTIVE_PROBLEMS.hasNumber);
  if (s.text.split(' ').length > OBJECTIVE_MAX_WORDS) problems.push(OBJECTIVE_PROBLEMS.tooLong);
  if (!isDirection(s)) problems.push(OBJECTIVE_PROBLEMS.notADirection);
  return problems;
}
