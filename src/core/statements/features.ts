import { isVerb, participleOf } from './verbs';
import {
  ABSTRACT_NOUNS,
  ARTIFACT_NOUNS,
  ATTAINING_VERBS,
  CHANGE_NOUNS,
  CHANGE_VERBS,
  COUNT_VERBS,
  DIRECTION_VERBS,
  FIELD_GERUND_NOUNS,
  KEEP_VERBS,
  KNOWING_VERBS,
  METRIC_NOUNS,
  METRIC_OPENERS,
  MODAL_VERBS,
  NUMBER_WORDS,
  OUTCOME_NOUNS,
  PATTERNS,
  PEOPLE_NOUNS,
  PLACEHOLDERS,
  PRAISE_WORDS,
  QUALITY_WORDS,
  QUESTION_WORDS,
  TARGET_NOUNS,
  TASK_VERBS,
  WORDS_BEFORE_A_LEVEL,
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
  /** The start is a named year's level: "20% below 2010 levels". */
  baseYear: boolean;
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
  /** The verb's object names a metric: "Maintain uptime of 99.9%", not "Ensure healthy lives". */
  objectIsMetric: boolean;
  /** Names what a result counts ("customers", "deals", "revenue"), not what effort makes. */
  namesOutcome: boolean;
  /** The first number counts outcomes: "10,000 new users", "3 partners signed". */
  countsOutcome: boolean;
  /** An amount of money or a percentage: "$450,000", "77m", "40%". */
  hasAmount: boolean;
  /** Opens with a verb the lists above do not hold ("Automate...", "Pay down..."). */
  startsWithOtherVerb: boolean;
  /**
   * Named the way a register names an indicator, with no verb to act on it: "Percentage of
   * cases resolved", "Increase in area covered", "Offer acceptance rate".
   */
  metricName: boolean;
  /** Opens with a verb: an instruction, not a name or a figure. */
  opensWithVerb: boolean;
  /**
   * An objective written noun-first, as results frameworks do: "Partnerships strengthened",
   * "Improved contract management".
   */
  nounFirstDirection: boolean;
  /** A deliverable written as done: "GDPR policy fully implemented", "Rendezvous protocol is implemented". */
  nounFirstDone: boolean;
  /** Events counted as they happen, as registers name them: "Issues closed", "Loans provided". */
  countedAsDone: boolean;
  /** A share of people or things that do something: "90% of accounts have an upsell effort". */
  shareThatDoes: boolean;
  /** The verb goes somewhere rather than making something: "Launch in the German market". */
  verbTakesAPlace: boolean;
  /** A metric said to move, as a sentence: "Newsletter reaches 300 subscribers". */
  subjectMoves: boolean;
  /** Opens with an amount of money: "$1M in sales TCV". */
  opensWithMoney: boolean;
  /**
   * Opens with a count of things to reach, not a share or a rate: "500+ new developers join",
   * "600 Weekly Active Users", "[4] teams earning recognition". Not a year ("2025 plan").
   */
  opensWithCount: boolean;
  /**
   * Something the team builds, described as working: "Connection manager supports dial
   * backoff", "The DHT is enabled by default", "Notification preferences work". No praise:
   * "Our platforms are the best way to deliver" is a direction.
   */
  describesCapability: boolean;
  /** A time or frequency every case must meet: "within 5 days", "at least twice per year". */
  serviceLevel: boolean;
  /**
   * The object's phrase (or, with no verb, the statement's own first phrase) names a quality,
   * a state or a question rather than a thing made: "the quality of", "how healthy",
   * "regional and local capacity".
   */
  phraseIsAbstract: boolean;
  /** Opens with a verb of learning or knowing: "Understand...", "Learn how...", "Validate...". */
  verbOfKnowing: boolean;
  /** The verb's object opens with a quality to reach: "Create greater cohesion", "a better UX". */
  objectIsAQuality: boolean;
  /** Opens with a quality to reach: "Healthy team function", "Better internal processes". */
  opensWithQuality: boolean;
  /** Reaches a target set elsewhere: "Meet first order SAO and new logo goals", "Hit quota". */
  attainsTarget: boolean;
  /**
   * Says how things should be rather than what to make: praise ("the easiest way") or a
   * sentence about people ("Our volunteers have the training they need").
   */
  judgesOrConcernsPeople: boolean;
  /** A sentence giving its subject a quality: "Fedora Linux is available on more systems". */
  statesAQuality: boolean;
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
const OUTCOMES = wordSet(OUTCOME_NOUNS);
const METRIC_OPENING = wordSet(METRIC_OPENERS);
const CHANGE_NOUN = wordSet(CHANGE_NOUNS);
const PEOPLE = wordSet(PEOPLE_NOUNS);
const FIELD_GERUNDS = wordSet(FIELD_GERUND_NOUNS);
const MODALS = wordSet(MODAL_VERBS);
const KNOWING = wordSet(KNOWING_VERBS);
const ABSTRACT = wordSet(ABSTRACT_NOUNS);
const QUESTIONS = wordSet(QUESTION_WORDS);
const ATTAINING = wordSet(ATTAINING_VERBS);
const TARGETS = wordSet(TARGET_NOUNS);
const QUALITIES = wordSet(QUALITY_WORDS);
const PRAISE = wordSet(PRAISE_WORDS);
const LEVEL_WORDS = wordSet(WORDS_BEFORE_A_LEVEL);
/** Words after a verb that show it is one: "Offer a", "Lead the", "Pay down". */
const AFTER_A_VERB = wordSet([
  'a',
  'all',
  'an',
  'and',
  'at',
  'down',
  'every',
  'for',
  'how',
  'in',
  'into',
  'more',
  'new',
  'on',
  'our',
  'out',
  'over',
  'the',
  'their',
  'to',
  'up',
  'what',
  'where',
  'why',
  'with',
  'your',
]);
/** Words a noun phrase naming a metric never holds: articles, possessives, most prepositions. */
const NOT_IN_A_METRIC_NAME = wordSet([
  'a',
  'all',
  'an',
  'its',
  'my',
  'our',
  'the',
  'their',
  'we',
  'will',
  'with',
  'your',
]);
const EMPTY_TEXTS = wordSet(PLACEHOLDERS);

export function normalise(statement: string): string {
  let text = statement
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
  text = text
    .replace(PATTERNS.outline, '')
    .replace(PATTERNS.priorityTag, '')
    .replace(PATTERNS.label, '')
    .replace(PATTERNS.opener, '')
    // The same verbs as one word: "meet or exceed" a target is to exceed it, "make sure" ensure.
    .replace(/^meet or exceed\b/, 'exceed')
    .replace(/^make sure(?: that)?\b/, 'ensure');
  return gerundAsDo(doneAsDo(text.trim()));
}

/**
 * An activity named by its gerund, as plans write them: "Lowering marketing spend", "Placing
 * 95% of our grads in jobs" read as "lower...", "place...". Gerunds that name a field
 * ("Marketing", "Housing") stay, and so does a gerund alone.
 */
function gerundAsDo(text: string): string {
  const gerund = /^([a-z]{3,})ing\s+(?=\S)/.exec(text);
  const stem = gerund?.[1] ?? '';
  if (!gerund || FIELD_GERUNDS.has(`${stem}ing`)) return text;
  const doubled = stem.length > 3 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : '';
  const verb = [stem, `${stem}e`, doubled].find(
    (candidate) => candidate !== '' && isVerb(candidate),
  );
  return verb ? `${verb} ${text.slice(gerund[0].length)}` : text;
}
/**
 * A result written as already reached, as teams write key results for the end of the cycle:
 * "We have reduced X by 50%", "We've sourced 10%", "OIT has avoided $5 million" read as the
 * instruction "reduce X by 50%".
 */
function doneAsDo(text: string): string {
  const perfect = /^(?:we've|(?:[a-z'-]+ ){1,3}(?:has|have))\s+(?:already\s+)?([a-z]+)\b/.exec(
    text,
  );
  const verb = perfect?.[1] && participleOf(perfect[1]);
  return perfect && verb ? `${verb}${text.slice(perfect[0].length)}` : text;
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
  const main = mainWords(text);
  const first = words[0] ?? '';
  const measuredWords = measured.match(/[a-z][a-z'-]*/g) ?? [];
  const opensWithFigure = /^[#$€£¥%\d<>≤≥]/.test(text);
  const listed = LISTED_VERBS.some((list) => list.has(first));
  const opening = opensWithFigure ? null : openingParticiple(words);
  // A name ends at its first comma: "Lead time, the time between code change and release".
  const named = mainWords(firstClause(text));
  // "Healthy team function", "Better internal processes": a quality to reach, not a name.
  const opensWithQuality = QUALITIES.has(first);
  const metricName =
    !opening &&
    !opensWithQuality &&
    (namesAMetric(text, words, named, listed) ||
      comparesToThePast(text) ||
      (!listed && PATTERNS.rateName.test(text)));
  const participle =
    opening ?? (opensWithFigure || metricName || listed ? null : closingParticiple(words, main));
  const opensWithVerb = !opensWithFigure && !metricName && !participle && (listed || isVerb(first));
  const sentence = !opensWithFigure && !opensWithVerb && !metricName && !opening;
  const stated = sentence ? statedVerb(words) : null;
  const praises = words.some((word) => PRAISE.has(word));
  const baseYear = PATTERNS.baseYear.test(text);
  const aboutPeople =
    stated !== null && words.slice(0, stated.at).some((word) => hasNoun(PEOPLE, word));
  const counted = countedThing(measured);
  return {
    text,
    words,
    empty: words.length === 0 || EMPTY_TEXTS.has(withoutFinalStops(text)),
    hasMetricNumber:
      PATTERNS.number.test(measured) || measuredWords.some((word) => NUMBERS.has(word)),
    hasDeadline: PATTERNS.deadline.test(text),
    fromTo: movesFromTo(measured),
    baseline: PATTERNS.baseline.test(measured) || PATTERNS.comparedToPeriod.test(text) || baseYear,
    baseYear,
    targetLevel: PATTERNS.targetLevel.test(measured),
    relativeBump:
      PATTERNS.relativeBump.test(measured) ||
      (opensWithVerb && CHANGES.has(first) && bareBump(measured)),
    level: PATTERNS.level.test(measured),
    startsWithDirection: opensWithVerb && DIRECTIONS.has(first),
    startsWithChange: opensWithVerb && CHANGES.has(first),
    startsWithCount: opensWithVerb && COUNTS.has(first),
    startsWithTask: opensWithVerb && TASKS.has(first),
    startsWithKeep: opensWithVerb && KEEPS.has(first),
    namesMetric: words.some((word) => hasNoun(METRICS, word)),
    objectIsMetric: firstPhrase(main.slice(1)).some((word) => hasNoun(METRICS, word)),
    namesArtifact: counted === 'artifact' || main.some((word) => hasNoun(ARTIFACTS, word)),
    namesOutcome:
      counted === 'outcome' || (counted === '' && main.some((word) => hasNoun(OUTCOMES, word))),
    hasAmount: PATTERNS.amount.test(measured),
    countsOutcome: counted === 'outcome',
    startsWithOtherVerb: opensWithVerb && !listed,
    metricName,
    opensWithVerb,
    nounFirstDirection: participle !== null && isDirectionVerb(participle),
    nounFirstDone: participle !== null && TASKS.has(participle) && !isDirectionVerb(participle),
    countedAsDone:
      participle !== null &&
      stated?.linking !== true &&
      !TASKS.has(participle) &&
      !isDirectionVerb(participle),
    shareThatDoes: isShareThatDoes(measured),
    verbTakesAPlace: opensWithVerb && PLACE_WORDS.has(words[1] ?? ''),
    subjectMoves:
      !opensWithVerb &&
      words.slice(1).some((word, index) => movesAsAVerb(word, words[index + 2] ?? '')),
    opensWithMoney: /^[$€£¥]\s?\d/.test(text),
    opensWithCount:
      PATTERNS.firstOfAKind.test(text) ||
      (PATTERNS.openingCount.test(text) &&
        !PATTERNS.openingYear.test(text) &&
        !PATTERNS.perPeriod.test(text) &&
        !PATTERNS.upperBound.test(text)),
    serviceLevel: PATTERNS.serviceLevel.test(text),
    verbOfKnowing: opensWithVerb && KNOWING.has(first),
    opensWithQuality,
    attainsTarget:
      opensWithVerb &&
      ATTAINING.has(first) &&
      words.slice(1, 8).some((word) => hasNoun(TARGETS, word)),
    objectIsAQuality:
      opensWithVerb &&
      words
        .slice(1, 4)
        .some(
          (word) =>
            QUALITIES.has(word) ||
            word === 'more' ||
            (word.endsWith('ly') && !PATTERNS.periodic.test(word)),
        ),
    phraseIsAbstract: isAbstract(opensWithVerb ? main.slice(1) : main),
    statesAQuality: sentence && linkedToAQuality(words),
    judgesOrConcernsPeople: praises || aboutPeople,
    describesCapability:
      stated !== null &&
      !(participle !== null && isDirectionVerb(participle)) &&
      !praises &&
      !aboutPeople &&
      !words.some((word) => QUALITIES.has(word)) &&
      !words.slice(0, stated.at).some((word) => hasNoun(METRICS, word)) &&
      !MODALS.has(words[stated.at - 1] ?? ''),
  };
}

/** A phrase (up to its first preposition) naming a quality, a state or a question. */
function isAbstract(phrase: readonly string[]): boolean {
  if (QUESTIONS.has(phrase[0] ?? '') || QUESTIONS.has(phrase[1] ?? '')) return true;
  // The head is the phrase's last noun: "regional and local capacity" is a capacity.
  const end = phrase.findIndex(
    (word, index) => index > 0 && PHRASE_ENDS.has(word) && word !== 'and' && word !== 'or',
  );
  const head = (end < 0 ? phrase : phrase.slice(0, end)).at(-1) ?? '';
  return hasNoun(ABSTRACT, head) || PATTERNS.abstractEnding.test(head);
}

/** Verbs a sentence states its subject with: "is built", "has a suite", "will find". */
const STATING_VERBS = wordSet([
  'is',
  'are',
  'will',
  'can',
  'has',
  'have',
  'exist',
  'exists',
  'work',
  'works',
]);
const LINKING_VERBS = wordSet(['is', 'are']);
const RELATIVE_PRONOUNS = wordSet(['that', 'which', 'who']);
const BEFORE_A_NOUN = wordSet([
  'a',
  'an',
  'the',
  'of',
  'for',
  'and',
  'or',
  'to',
  'in',
  'on',
  'our',
]);

/** "is available", "are extraordinary": a linking verb followed by no participle. */
function linkedToAQuality(words: readonly string[]): boolean {
  const at = words.slice(0, 8).findIndex((word, index) => index > 0 && LINKING_VERBS.has(word));
  if (at < 0) return false;
  const next = words[at + 1] ?? '';
  const quality = next.endsWith('ly') ? (words[at + 2] ?? '') : next;
  return quality !== '' && participleOf(quality) === null && !BEFORE_A_NOUN.has(quality);
}

/**
 * The verb a sentence states its subject with, within its first words: "Connection manager
 * supports ...", "The dht has ...". Null when there is none (a name, an imperative).
 */
function statedVerb(words: readonly string[]): { at: number; linking: boolean } | null {
  for (let index = 1; index < Math.min(words.length, 8); index++) {
    const word = words[index] ?? '';
    if (BEFORE_A_NOUN.has(words[index - 1] ?? '')) continue;
    // "Government that works": a relative clause, not what the sentence states.
    if (RELATIVE_PRONOUNS.has(words[index - 1] ?? '')) return null;
    if (LINKING_VERBS.has(word)) {
      // "is built", "is fully documented": a state made; "is extraordinary", "are the best
      // way" judge instead.
      const next = words[index + 1] ?? '';
      const made = participleOf(next.endsWith('ly') ? (words[index + 2] ?? '') : next);
      return made ? { at: index, linking: true } : null;
    }
    if (STATING_VERBS.has(word)) return { at: index, linking: false };
    // "supports dial backoff", not "trends in a positive direction" nor "Enable teams to".
    const stem = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : '';
    const object = words[index + 1] ?? '';
    if (
      stem.length > 2 &&
      isVerb(stem) &&
      !hasNoun(METRICS, word) &&
      object !== '' &&
      !PHRASE_ENDS.has(object) &&
      !(index === 1 && isVerb(words[0] ?? ''))
    ) {
      return { at: index, linking: false };
    }
  }
  return null;
}

/**
 * "90% of accounts have an upsell effort": a percentage, then a verb anywhere after it. Found
 * in two steps, like `movesFromTo`: one pattern with `.*` between them is quadratic.
 */
function isShareThatDoes(measured: string): boolean {
  if (PATTERNS.reportsThat.test(measured)) return true;
  const share = PATTERNS.share.exec(measured);
  if (!share) return false;
  PATTERNS.doesSomething.lastIndex = share.index + share[0].length;
  const found = PATTERNS.doesSomething.test(measured);
  PATTERNS.doesSomething.lastIndex = 0;
  return found;
}

/** "reaches", "grows", "falls" (or "fall to"): a verb of change or of winning said of its subject. */
function movesAsAVerb(word: string, next: string): boolean {
  // "Review time fall to 5 days": the plain form, when a level follows.
  if (CHANGES.has(word) && TOWARDS.has(next)) return true;
  if (!word.endsWith('s')) return false;
  const stems = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : ''];
  return stems.some((stem) => CHANGES.has(stem) || COUNTS.has(stem));
}

const TOWARDS = wordSet(['to', 'by', 'below', 'under', 'above', 'over', 'from']);
const PLACE_WORDS = wordSet(['across', 'in', 'into', 'onto', 'to', 'worldwide', 'globally']);

/** A verb that names a direction or a change: its participle is a state to reach. */
const isDirectionVerb = (verb: string) => DIRECTIONS.has(verb) || CHANGES.has(verb);

const LISTED_VERBS = [DIRECTIONS, CHANGES, COUNTS, TASKS, KEEPS];
/**
 * Verbs that act on what follows: after them a metric's name is their object. "Lead" is left
 * out: in "Lead follow-up response time" it is a sales lead, and "Lead the market" is told
 * apart by its article.
 */
const ACTING_VERBS = [
  CHANGES,
  COUNTS,
  TASKS,
  KEEPS,
  new Set([...DIRECTIONS].filter((verb) => verb !== 'lead')),
];
/** Where the first noun phrase of a statement ends: "Poverty rate | in rural areas". */
const PHRASE_ENDS = wordSet([
  'above',
  'across',
  'against',
  'among',
  'and',
  'at',
  'below',
  'between',
  'by',
  'due',
  'during',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'over',
  'per',
  'through',
  'to',
  'under',
  'with',
  'within',
]);

/** A noun's singular and plural are one word to the lists: "framework", "frameworks". */
function hasNoun(list: ReadonlySet<string>, word: string): boolean {
  return list.has(word) || (word.endsWith('s') && list.has(word.slice(0, -1)));
}

/**
 * "Grow revenue 15%", "Increase sign-ups 30%": a change verb's first figure is a percentage or
 * points with no word making it a level ("to", "from", "of", "under" ...): a bump by that much.
 */
function bareBump(measured: string): boolean {
  const figure =
    /(?:^|\s)([a-z'-]+)?\s*[$€£¥]?\d[\d,.]*\s*(?:%|percent\b|pp\b|points?\b|percentage points\b)/.exec(
      measured,
    );
  return figure !== null && !LEVEL_WORDS.has(figure[1] ?? '');
}

/** The text up to its first comma outside brackets, found in one scan. */
function firstClause(text: string): string {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if (char === ',' && depth === 0) return text.slice(0, index);
  }
  return text;
}

/** "Fewer incidents than previous years", "More users than last year": a level to keep beating. */
function comparesToThePast(text: string): boolean {
  return /^(?:more|fewer|less|higher|lower)\s+[a-z' -]{1,40}?\bthan (?:the )?(?:previous|prior|last)\b/.test(
    text,
  );
}

/** The words outside brackets: "(unique donors)" or "(list out programs)" is an aside. */
function mainWords(text: string): string[] {
  // A scan, not /\([^)]*\)/g: that one rescans to the end from every unclosed "(" (quadratic).
  let outside = '';
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
    else if (depth === 0) outside += char;
    else if (depth > 0 && char === ' ') outside += ' ';
  }
  return outside.match(/[a-z][a-z'-]*/g) ?? [];
}

/**
 * What a number counts, from the words right after it: "18 enablement sessions" counts
 * deliverables, "5 enterprise deals" outcomes. Empty when there is no number or it counts
 * something else.
 */
function countedThing(measured: string): 'artifact' | 'outcome' | '' {
  const number = PATTERNS.countedNumber.exec(measured);
  if (!number) return '';
  // At most 80 characters after the number: the counted words are right next to it, and a
  // bounded look keeps a 50,000-character cell of digits linear.
  const next = measured.slice(
    number.index + number[0].length,
    number.index + number[0].length + 80,
  );
  const counted: string[] = [];
  for (const word of /^\s*(?:%|k|m|x)?\+?\s+[a-z]/.test(next)
    ? (next.match(/[a-z][a-z'-]*/g) ?? [])
    : []) {
    if (PHRASE_ENDS.has(word) || counted.length === 4) break;
    counted.push(word);
  }
  for (const word of counted.reverse()) {
    if (hasNoun(OUTCOMES, word)) return 'outcome';
    if (hasNoun(ARTIFACTS, word)) return 'artifact';
  }
  return '';
}

/**
 * A metric's name, the way KPI lists and registers write it: "Percentage of ...", "# of ...",
 * "Increase in ...", or a noun phrase naming a metric ("Offer acceptance rate", "Poverty rate
 * in rural areas", "Lead follow-up response time"). A verb that acts on what follows ("Improve
 * retention rate") makes it an action instead; so do articles and possessives ("Lead the market").
 */
function namesAMetric(
  text: string,
  words: readonly string[],
  main: readonly string[],
  listed: boolean,
): boolean {
  const [first = '', second = ''] = words;
  if (/^(?:[#%]|no\.)\s*(?:of\b|[a-z])/.test(text)) return true;
  if (METRIC_OPENING.has(first) && !AFTER_A_VERB.has(second)) return true;
  if (CHANGE_NOUN.has(first) && (second === 'in' || second === 'of')) return true;
  if (first === 'time' && second === 'to') return true;
  const phrase = firstPhrase(main);
  // An article or possessive anywhere after a verb makes the verb an instruction ("End poverty
  // in all its forms"); after a noun, only one inside the metric's own phrase does.
  const verbFirst = isVerb(first);
  if ((verbFirst ? main : phrase).some((word) => NOT_IN_A_METRIC_NAME.has(word))) return false;
  if (listed && ACTING_VERBS.some((list) => list.has(first))) return false;
  if (verbFirst && AFTER_A_VERB.has(second)) return false;
  // "Have 15 repeat customers": a verb and a number is a count to reach, not a name.
  if (verbFirst && /^[a-z'-]+\s+[#$€£¥]?\d/.test(text) && !PATTERNS.level.test(text)) return false;
  // "Temporary employment generated in irrigation": the participle says how it is counted.
  const tail = phrase.length < main.length;
  const last = tail && phrase.length > 1 && participleOf(phrase[phrase.length - 1] ?? '') ? 2 : 1;
  const head = phrase[phrase.length - last] ?? '';
  // "New Contributors", "YouthConnect referrals": things counted, named with no verb.
  const counted = !verbFirst && !listed && hasNoun(OUTCOMES, head) && phrase.length === main.length;
  return counted || hasNoun(METRICS, head) || hasNoun(METRICS, main[main.length - 1] ?? '');
}

/** The words before the first preposition: "Poverty rate" of "Poverty rate in rural areas". */
function firstPhrase(main: readonly string[]): readonly string[] {
  const end = main.findIndex((word, index) => index > 0 && PHRASE_ENDS.has(word));
  return end < 0 ? main : main.slice(0, end);
}

/** "Improved contract management", "Reduced clearance time": the verb of the opening participle. */
function openingParticiple(words: readonly string[]): string | null {
  const [first = '', second = ''] = words;
  const verb = participleOf(first);
  return verb && second !== '' && !AFTER_A_VERB.has(second) ? verb : null;
}

/**
 * "Partnerships strengthened", "GDPR policy fully implemented", "The DHT is enabled by
 * default": a state reached, with a participle instead of an imperative verb. Gives the verb.
 */
function closingParticiple(words: readonly string[], main: readonly string[]): string | null {
  const [first = '', second = ''] = words;
  if (words.length < 2 || (isVerb(first) && AFTER_A_VERB.has(second))) return null;
  const afterIs = words.findIndex((word) => word === 'is' || word === 'are' || word === 'be');
  if (afterIs > 0) {
    const next = words[afterIs + 1] ?? '';
    const verb = participleOf(next.endsWith('ly') ? (words[afterIs + 2] ?? '') : next);
    if (verb) return verb;
  }
  const phrase = firstPhrase(main);
  return (
    (phrase.length > 1 ? participleOf(phrase[phrase.length - 1] ?? '') : null) ??
    participleOf(words[words.length - 1] ?? '')
  );
}
