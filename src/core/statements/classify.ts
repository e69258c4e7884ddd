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
  s.fromTo || (s.baseline && s.targetLevel) || (s.baseYear && s.relativeBump);

/**
 * A count of results won in the cycle, which starts from zero ("Acquire 70 customers", "Win at
 * least three championships", "Deliver 15m of bookings"); a count of deliverables is effort.
 */
export const countsResults = (s: StatementFeatures): boolean =>
  (s.startsWithCount || s.startsWithOtherVerb) &&
  !s.relativeBump &&
  s.hasMetricNumber &&
  (s.namesOutcome || s.hasAmount || (s.startsWithCount && !s.startsWithTask && !s.namesArtifact));

/**
 * A verb that is both an activity and a direction ("Create", "Launch", "Build") is decided by
 * its object: a deliverable or a count of them is effort ("Create onboarding program", "Launch
 * 3 new initiatives"), anything else a direction ("Create a high performing team").
 */
const producesDeliverable = (s: StatementFeatures): boolean =>
  !s.objectIsAQuality &&
  (s.namesArtifact || (s.hasMetricNumber && !s.namesOutcome && !s.hasAmount));

/**
 * Effort rather than outcome: an activity verb, or a deliverable due by a date. "Hold" is both
 * an activity ("Hold weekly meetings") and a way to keep a level ("Hold margin above 35%").
 */
export const isEffort = (s: StatementFeatures): boolean => {
  if (movesFromLevelToLevel(s) || s.baseline || s.metricName || countsResults(s)) return false;
  if (s.attainsTarget) return false;
  if (s.opensWithQuality && !s.hasMetricNumber) return false;
  if (s.startsWithTask) {
    if (s.startsWithKeep && s.level) return false;
    if (s.verbTakesAPlace && !s.namesArtifact) return false;
    // A verb of winning with nothing counted is effort: "Hire a VP", "Sign the agreement".
    const alsoADirection = s.startsWithDirection || s.startsWithChange;
    // "Establish Core KPIs", "Build a knowledge base": a thing made, unless the object is a
    // quality or a state ("Deliver a world-class experience", "Build capability").
    return (
      !alsoADirection || producesDeliverable(s) || (!s.phraseIsAbstract && !s.objectIsAQuality)
    );
  }
  if (s.nounFirstDone) return true;
  if (s.describesCapability && !s.hasMetricNumber) return true;
  if (s.startsWithOtherVerb) return s.namesArtifact && !s.namesOutcome && !s.hasAmount;
  // A deliverable named with no verb: "A detailed technical plan", "Implementation of the MVP".
  if (
    !s.opensWithVerb &&
    !s.metricName &&
    !s.nounFirstDirection &&
    !s.judgesOrConcernsPeople &&
    !s.statesAQuality &&
    s.namesArtifact
  ) {
    return !s.namesOutcome && !s.hasAmount && !s.shareThatDoes;
  }
  return s.hasDeadline && s.namesArtifact && !s.hasMetricNumber;
};

/**
 * Less sure than `isEffort`: a verb no list holds, acting on a concrete thing ("Offer
 * incentives", "Assign responsibility", "Sync user settings") is more often effort than a
 * direction ("Understand the quality of...", "Conquer the market"). OKRKIND and KRCHECK read
 * it as a task; OBJCHECK lets it pass, as an objective may well be written so.
 */
export const actsOnAThing = (s: StatementFeatures): boolean =>
  s.startsWithOtherVerb &&
  !s.hasMetricNumber &&
  !s.phraseIsAbstract &&
  !s.verbOfKnowing &&
  !s.objectIsAQuality &&
  !s.metricName;

/** A level to reach, named by a verb of change or of winning: "Raise NPS to 45", "Reach NPS over 60". */
const reachesTarget = (s: StatementFeatures): boolean =>
  (s.startsWithChange || s.startsWithCount || s.startsWithDirection) &&
  !s.startsWithKeep &&
  (s.targetLevel || (s.level && !s.relativeBump));

/**
 * The rules, first match wins. Their order is the order of the domain's four questions:
 * effort is never an outcome; a measured move is a key result; a level held is a KPI.
 */
export const KIND_RULES: readonly KindRule[] = [
  {
    kind: 'TASK',
    because: 'it describes effort or a deliverable, not a result',
    when: (s) => isEffort(s) || actsOnAThing(s),
  },
  {
    kind: 'KEY RESULT',
    because: 'it moves a metric from one level to another',
    when: movesFromLevelToLevel,
  },
  {
    kind: 'KEY RESULT',
    because: 'it counts results won in the cycle',
    when: (s) =>
      countsResults(s) ||
      (!s.opensWithVerb && s.hasMetricNumber && s.countsOutcome && !s.level && !s.metricName),
  },
  {
    kind: 'KEY RESULT',
    because: 'it moves a metric to a target level',
    when: (s) => s.hasMetricNumber && reachesTarget(s),
  },
  {
    kind: 'KEY RESULT',
    because: 'it sets a number to reach',
    when: (s) => s.opensWithCount,
  },
  {
    kind: 'KEY RESULT',
    because: 'it reaches a target set for the cycle',
    when: (s) => s.attainsTarget && !s.startsWithKeep,
  },
  {
    kind: 'KEY RESULT',
    because: 'it moves a metric to a target level',
    when: (s) => s.subjectMoves && s.hasMetricNumber && (s.targetLevel || !s.relativeBump),
  },
  {
    kind: 'KEY RESULT',
    because: 'it sets an amount to win',
    when: (s) => s.opensWithMoney && !s.level && !s.metricName,
  },
  {
    kind: 'KEY RESULT',
    because: 'it sets a share of people or things to reach',
    // "within 5 days", "at least twice a year" make it a service level to keep: a KPI.
    when: (s) => s.hasMetricNumber && s.shareThatDoes && !s.opensWithVerb && !s.serviceLevel,
  },
  {
    kind: 'KEY RESULT',
    because: 'it sets a number to reach by a date',
    // "even with a comparison word": "Churn below 2% by the end of the quarter".
    when: (s) => s.hasMetricNumber && s.hasDeadline && !s.relativeBump && !s.startsWithKeep,
  },
  {
    kind: 'KEY RESULT',
    because: 'it sets a change to make by a date',
    when: (s) => s.hasMetricNumber && s.hasDeadline && s.relativeBump && !s.startsWithKeep,
  },
  {
    kind: 'KPI',
    because: 'it bumps a business-as-usual metric with no baseline: a KPI in disguise',
    when: (s) => s.hasMetricNumber && s.relativeBump,
  },
  {
    kind: 'KEY RESULT',
    because: 'it sets a number to reach',
    when: (s) => s.hasMetricNumber && s.opensWithVerb && !s.startsWithKeep,
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
      s.metricName || s.countedAsDone || (s.startsWithKeep && (s.objectIsMetric || s.level)),
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
