import {
  ARTIFACT_NOUNS,
  CHANGE_VERBS,
  COUNT_VERBS,
  DIRECTION_VERBS,
  KEEP_VERBS,
  METRIC_NOUNS,
  NUMBER_WORDS,
  PATTERNS,
  PLACEHOLDERS,
  TASK_VERBS,
} from './vocabulary';

/** What the rules look at in a statement: each a plain fact anyone can check by reading it. */
export interface StatementFeatures {
  /** The statement as the rules read it: lower case, single spaces, labels removed. */
  text: string;
  words: string[];
  /** Nothing typed but spaces, punctuation or a placeholder such as "TBD". */
  empty: boolean;
  /** A number that measures something; dates, quarters and "#1" do not count. */
  hasMetricNumber: boolean;
  hasDeadline: boolean;
  fromTo: boolean;
  baseline: boolean;
  targetLevel: boolean;
  relativeBump: boolean;
  level: boolean;
  startsWithDirection: boolean;
  startsWithChange: boolean;
  startsWithCount: boolean;
  startsWithTask: boolean;
  startsWithKeep: boolean;
  /** Names a metric ("revenue per square foot", "churn"). */
  namesMetric: boolean;
  /** Names something a task produces ("website", "weekly meetings"). */
  namesArtifact: boolean;
}

const wordSet = (words: readonly string[]) => new Set<string>(words);
const DIRECTIONS = wordSet(DIRECTION_VERBS);
const CHANGES = wordSet(CHANGE_VERBS);
const COUNTS = wordSet(COUNT_VERBS);
const TASKS = wordSet(TASK_VERBS);
const KEEPS = wordSet(KEEP_VERBS);
const METRICS = wordSet(METRIC_NOUNS);
const ARTIFACTS = wordSet(ARTIFACT_NOUNS);
const NUMBERS = wordSet(NUMBER_WORDS);
const EMPTY_TEXTS = wordSet(PLACEHOLDERS);

export function normalise(statement: string): string {
  let text = statement
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  text = text.replace(PATTERNS.label, '').replace(PATTERNS.opener, '');
  return text.trim();
}

export function statementFeatures(statement: string): StatementFeatures {
  const text = normalise(statement);
  const measured = text.replace(PATTERNS.timePhrase, ' ').replace(PATTERNS.figureOfSpeech, ' ');
  const words = text.match(/[a-z][a-z'-]*/g) ?? [];
  const first = words[0] ?? '';
  const measuredWords = measured.match(/[a-z][a-z'-]*/g) ?? [];
  return {
    text,
    words,
    empty: words.length === 0 || EMPTY_TEXTS.has(text.replace(/[.!]+$/, '')),
    hasMetricNumber:
      PATTERNS.number.test(measured) || measuredWords.some((word) => NUMBERS.has(word)),
    hasDeadline: PATTERNS.deadline.test(text),
    fromTo: PATTERNS.fromTo.test(measured),
    baseline: PATTERNS.baseline.test(measured),
    targetLevel: PATTERNS.targetLevel.test(measured),
    relativeBump: PATTERNS.relativeBump.test(measured),
    level: PATTERNS.level.test(measured),
    startsWithDirection: DIRECTIONS.has(first),
    startsWithChange: CHANGES.has(first),
    startsWithCount: COUNTS.has(first),
    startsWithTask: TASKS.has(first),
    startsWithKeep: KEEPS.has(first),
    namesMetric: words.some((word) => METRICS.has(word)),
    namesArtifact: words.some((word) => ARTIFACTS.has(word)),
  };
}
