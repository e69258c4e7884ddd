/**
 * The words and patterns the statement rules are made of. Plain data: to teach the add-on a
 * new verb or unit, add it here. Every list is matched on lower-cased text, whole words only.
 */

/** Verbs that open an objective: a direction to go, with no number attached. */
export const DIRECTION_VERBS = [
  'accelerate',
  'achieve',
  'become',
  'boost',
  'break',
  'bring',
  'build',
  'champion',
  'create',
  'cut',
  'deepen',
  'delight',
  'deliver',
  'differentiate',
  'dominate',
  'double',
  'drive',
  'earn',
  'elevate',
  'empower',
  'enter',
  'establish',
  'excel',
  'expand',
  'fix',
  'focus',
  'get',
  'go',
  'grow',
  'help',
  'improve',
  'increase',
  'invest',
  'keep',
  'land',
  'launch',
  'lead',
  'lower',
  'make',
  'master',
  'modernise',
  'modernize',
  'nail',
  'own',
  'position',
  'protect',
  'prove',
  'raise',
  'rebuild',
  'redefine',
  'reduce',
  'reimagine',
  'reinvent',
  'retain',
  'revamp',
  'scale',
  'secure',
  'simplify',
  'stabilise',
  'stabilize',
  'streamline',
  'strengthen',
  'transform',
  'turn',
  'unlock',
  'win',
  'wow',
  'be',
] as const;

/** Verbs that move a metric: with a target level they make a key result. */
export const CHANGE_VERBS = [
  'accelerate',
  'boost',
  'bring',
  'climb',
  'cut',
  'decrease',
  'double',
  'drive',
  'drop',
  'expand',
  'get',
  'grow',
  'halve',
  'improve',
  'increase',
  'lift',
  'lower',
  'maximise',
  'maximize',
  'minimise',
  'minimize',
  'move',
  'push',
  'quadruple',
  'raise',
  'reduce',
  'shorten',
  'shrink',
  'slash',
  'speed',
  'take',
  'triple',
  'trim',
] as const;

/** Verbs that count results achieved in the cycle ("Acquire 70 new customers"): from zero. */
export const COUNT_VERBS = [
  'achieve',
  'acquire',
  'add',
  'attract',
  'book',
  'close',
  'convert',
  'earn',
  'gain',
  'generate',
  'hire',
  'hit',
  'land',
  'onboard',
  'reach',
  'recruit',
  'retain',
  'secure',
  'sell',
  'sign',
  'surpass',
  'win',
] as const;

/** Verbs of effort: what a team does, not what changes because of it. */
export const TASK_VERBS = [
  'attend',
  'audit',
  'begin',
  'call',
  'complete',
  'conduct',
  'configure',
  'create',
  'define',
  'deploy',
  'design',
  'develop',
  'document',
  'draft',
  'email',
  'evaluate',
  'finalise',
  'finalize',
  'finish',
  'hold',
  'host',
  'implement',
  'install',
  'interview',
  'introduce',
  'kick',
  'meet',
  'migrate',
  'organise',
  'organize',
  'pilot',
  'plan',
  'prepare',
  'present',
  'publish',
  'redesign',
  'refactor',
  'replace',
  'research',
  'review',
  'roll',
  'run',
  'schedule',
  'send',
  'set',
  'ship',
  'start',
  'test',
  'train',
  'update',
  'upgrade',
  'write',
] as const;

/** Verbs that hold a level rather than change it: the language of a KPI. */
export const KEEP_VERBS = [
  'ensure',
  'hold',
  'keep',
  'maintain',
  'preserve',
  'protect',
  'remain',
  'stay',
  'sustain',
] as const;

/** Nouns that name a metric: a noun phrase made of them is a metric to watch (a KPI). */
export const METRIC_NOUNS = [
  'aov',
  'arpu',
  'arr',
  'average',
  'backlog',
  'cac',
  'churn',
  'conversion',
  'cost',
  'costs',
  'csat',
  'engagement',
  'error',
  'errors',
  'growth',
  'headcount',
  'latency',
  'ltv',
  'margin',
  'mrr',
  'nps',
  'occupancy',
  'per',
  'productivity',
  'profit',
  'rate',
  'ratio',
  'retention',
  'revenue',
  'satisfaction',
  'score',
  'share',
  'spend',
  'throughput',
  'time',
  'traffic',
  'turnover',
  'uptime',
  'utilisation',
  'utilization',
  'velocity',
  'volume',
  'yield',
] as const;

/** Things a task produces: with a deadline and no metric, the statement is a task. */
export const ARTIFACT_NOUNS = [
  'app',
  'campaign',
  'course',
  'dashboard',
  'document',
  'feature',
  'guide',
  'handbook',
  'meeting',
  'meetings',
  'page',
  'pipeline',
  'plan',
  'playbook',
  'policy',
  'portal',
  'process',
  'program',
  'programme',
  'report',
  'roadmap',
  'site',
  'survey',
  'system',
  'template',
  'tool',
  'training',
  'webinar',
  'webinars',
  'website',
  'wiki',
  'workshop',
  'workshops',
] as const;

/** Placeholders people type before the real text exists. */
export const PLACEHOLDERS = [
  'tbd',
  'tbc',
  'todo',
  'to do',
  'n/a',
  'na',
  'none',
  'xxx',
  '?',
] as const;

/**
 * Spelled-out numbers and multipliers count as numbers ("Acquire seventy new customers",
 * "Double signups"). "one" is left out: "one team", "one place" are rarely a measure.
 */
export const NUMBER_WORDS = [
  'double',
  'halve',
  'quadruple',
  'triple',
  'twice',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'half',
] as const;

const MONTH = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const PERIOD = String.raw`(?:q[1-4]|h[12]|fy\s?'?\d{2,4}|(?:19|20)\d{2}|${MONTH}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:19|20)\d{2})?)`;
const RELATIVE_PERIOD = String.raw`(?:(?:this|next|the)\s+(?:quarter|year|month|half|cycle|sprint)|(?:end\s+of\s+(?:the\s+)?)?(?:quarter|year|month)(?:-end)?|eo[qym]|year-end|quarter-end)`;

/** Patterns, each matched against lower-cased text with single spaces. */
export const PATTERNS = {
  /** A deadline: "by end of Q3", "by June 30", "before the end of the quarter". */
  deadline: new RegExp(
    String.raw`\b(?:by|before|until|no later than)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:${PERIOD}|${RELATIVE_PERIOD}|monday|tuesday|wednesday|thursday|friday)\b`,
  ),
  /** Dates and periods: their digits say when, not how much, so they are not metric numbers. */
  timePhrase: new RegExp(
    String.raw`\b(?:(?:by|before|until|in|during|for|through|no later than)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:${PERIOD}|${RELATIVE_PERIOD})\b`,
    'g',
  ),
  /** Figures of speech: "#1", "day one", "double down" are rhetoric, not measures. */
  figureOfSpeech:
    /#\s?1\b|\bno\.\s?1\b|\bnumber one\b|\bday one\b|\bdouble down\b|\bsecond to none\b/g,
  /** A metric number: digits, with a currency, thousands separators, decimals or a unit sign. */
  number: /[$€£¥]?\d[\d,]*(?:\.\d+)?\s*(?:%|k\b|m\b|bn\b|x\b)?/,
  /**
   * From one level to another, "from 20% to 35%", "from 12 minutes to under 7": a `fromLevel`
   * followed, anywhere later, by a `toLevel`. Two patterns rather than one with `.*?` between
   * them: that one rescanned the rest of the text from every "from 1" (quadratic on a long
   * cell); features.ts finds the first `fromLevel` and then looks for a `toLevel` after it.
   */
  fromLevel: /\bfrom\s+(?:\S+\s+){0,3}?[$€£¥]?\d/,
  /** The destination of `fromLevel`; global, so it can be searched from where that one ends. */
  toLevel: /\b(?:to|down to|up to)\b\s+(?:\S+\s+){0,3}?[$€£¥]?\d/g,
  /**
   * From one level to another with an arrow: "5% -> 2%", "12 → under 7". The words skipped
   * after the arrow are at most 50 characters each: unbounded, every digit before an arrow
   * rescanned the whole of a long unspaced run after it ("1→a1→a...", quadratic on a long cell).
   */
  arrowChange: /\d[^\d]{0,15}(?:->|→|=>)\s*(?:\S{1,50}\s+){0,2}?[$€£¥]?\d/,
  /** A stated starting level: "from 20%", "currently 12 minutes", "up from $1.2M". */
  baseline: /\b(?:from|currently|baseline|today|now at|was)\s+(?:\S+\s+){0,3}?[$€£¥]?\d/,
  /** A level to reach: "to 35%", "to under 7", "reach 1,000". */
  targetLevel:
    /\b(?:to|into|reach(?:es|ing)?|hit(?:s|ting)?|at)\s+(?:at least |at most |under |below |over |above |less than |more than |fewer than |no more than |no less than |[<>]=? ?)?[$€£¥]?\d/,
  /** A bump relative to an unstated level: "by 20%", "by 3 points", "double", "2x". */
  relativeBump:
    /\bby\s+(?:another\s+|a further\s+)?[$€£¥]?\d[\d,.]*\s*(?:%|percent|pp|points?|percentage points|x)?|\b(?:double|triple|quadruple|halve)\b|\b\d+x\b|\bby (?:half|a third|a quarter)\b/,
  /** A level to hold: comparators and ranges. */
  level:
    /\b(?:under|below|over|above|at least|at most|less than|more than|fewer than|no more than|no less than|no fewer than|not more than|not less than|within|between|up to|or more|or less|or fewer|or better|or higher|or lower|at or above|at or below|of at least)\b|[<>≤≥]/,
  /** List markers and labels teams put in front of statements: "KR1:", "O2 -", "1.", "•". */
  label: /^(?:(?:objective|obj|key result|kr|kpi|o)\s?\d*\s*[:.)-]\s*|\d+\s*[.)]\s+|[-•*–]\s*)/,
  /** Openers that carry no meaning of their own: "We will grow..." is "Grow...". */
  opener: /^(?:we will|we'll|we want to|we need to|to|let's|lets|our goal is to|goal:)\s+/,
} as const;

/** Objectives longer than this stop being memorable; the numbers and detail go in key results. */
export const OBJECTIVE_MAX_WORDS = 15;
