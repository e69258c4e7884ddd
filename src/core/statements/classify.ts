import { type StatementFeatures, statementFeatures } from './features';

/** What a statement really is, whatever column it was typed in. */
export type StatementKind = 'OBJECTIVE' | 'KEY RESULT' | 'KPI' | 'TASK';

interface KindRule {
  kind: StatementKind;
  /** Why the rule holds, in the domain's words: the wizard shows it as the hint. */
  because: string;
  when: (statement: StatementFeatures) => boolean;
}

/** A change measured from one level to another, or from a stated start to a target. */
export const movesFromLevelToLevel = (s: StatementFeatures): boolean =>
  s.fromTo || (s.baseline && s.targetLevel);

/** A count of results won in the cycle, which starts from zero ("Acquire 70 customers"). */
export const countsResults = (s: StatementFeatures): boolean =>
  s.startsWithCount && s.hasMetricNumber && !s.level;

/**
 * Effort rather than outcome: an activity verb, or a deliverable due by a date. "Hold" is both
 * an activity ("Hold weekly meetings") and a way to keep a level ("Hold margin above 35%").
 */
export const isEffort = (s: StatementFeatures): boolean =>
  (s.startsWithTask &&
    !s.startsWithCount &&
    !movesFromLevelToLevel(s) &&
    !(s.startsWithKeep && s.level)) ||
  (s.hasDeadline && s.namesArtifact && !s.hasMetricNumber);

/**
 * The rules, first match wins. Their order is the order of the domain's four questions:
 * effort is never an outcome; a measured move is a key result; a level held is a KPI.
 */
export const KIND_RULES: readonly KindRule[] = [
  {
    kind: 'TASK',
    because: 'it describes effort or a deliverable, not a result',
    when: isEffort,
  },
  {
    kind: 'KEY RESULT',
    because: 'it moves a metric from one level to another',
    when: movesFromLevelToLevel,
  },
  {
    kind: 'KEY RESULT',
    because: 'it counts results won in the cycle',
    when: countsResults,
  },
  {
    kind: 'KEY RESULT',
    because: 'it moves a metric to a target level',
    when: (s) => s.startsWithChange && s.targetLevel && !s.relativeBump,
  },
  {
    kind: 'KPI',
    because: 'it bumps a business-as-usual metric with no baseline: a KPI in disguise',
    when: (s) => s.hasMetricNumber && s.relativeBump,
  },
  {
    kind: 'KPI',
    because: 'it states a level to keep',
    when: (s) => s.hasMetricNumber,
  },
  {
    kind: 'KPI',
    because: 'it names a metric to watch, with no direction to go',
    when: (s) =>
      s.startsWithKeep || (s.namesMetric && !s.startsWithDirection && !s.startsWithChange),
  },
  {
    kind: 'OBJECTIVE',
    because: 'it is qualitative: a direction with no number',
    when: () => true,
  },
];

export function classifyStatement(
  statement: string,
): { kind: StatementKind; because: string } | null {
  const features = statementFeatures(statement);
  if (features.empty) return null;
  const rule = KIND_RULES.find((candidate) => candidate.when(features));
  return rule ? { kind: rule.kind, because: rule.because } : null;
}

export function statementKind(statement: string): StatementKind | '' {
  return classifyStatement(statement)?.kind ?? '';
}
