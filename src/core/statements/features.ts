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

/**
 * "from 20% ... to 35%" or "20% -> 35%". The first `fromLevel` is the one that ends first, so
 * a `toLevel` anywhere after it is the same test as one pattern with `.*?` between the two,
 * without rescanning the rest of the text from every "from".
 */
function movesFromTo(measured: string): boolean {
  const from = PATTERNS.fromLevel.exec(measured);
  if (from) {
    PATTERNS.toLevel.lastIndex = from.index + from[0].length;
    const found = PATTERNS.toLevel.test(measured);
    PATTERNS.toLevel.lastIndex = 0;
    if (found) return true;
  }
  return PATTERNS.arrowChange.test(measured);
}

/** The text without its final full stops and exclamation marks ("TBD." is "TBD"). */
function withoutFinalStops(text: string): string {
  // A loop, not /[.!]+$/: that one rescans a long run of dots from each of them (quadratic).
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === '!')) end--;
  return text.slice(0, end);
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
    empty: words.length === 0 || EMPTY_TEXTS.has(withoutFinalStops(text)),
    hasMetricNumber:
      PATTERNS.number.test(measured) || measuredWords.some((word) => NUMBERS.has(word)),
    hasDeadline: PATTERNS.deadline.test(text),
    fromTo: movesFromTo(measured),
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
