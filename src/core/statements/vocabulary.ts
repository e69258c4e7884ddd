/**
 * The words and patterns the statement rules are made of. Plain data: to teach the add-on a
 * new verb or unit, add it here. Every list is matched on lower-cased text, whole words only.
 */

/** A list of words written as one string: the bundles carry it as one string, not an array. */
const words = (list: string): readonly string[] => list.trim().split(/\s+/);

/** Verbs that open an objective: a direction to go, with no number attached. */
export const DIRECTION_VERBS = words(`
  accelerate achieve advance be become boost break bring build champion create cut deepen
  delight deliver differentiate dominate double drive earn elevate empower end enhance ensure
  enter establish excel expand fix focus foster get go grow help improve increase invest keep
  land lead lower make master modernise modernize nail optimise optimize own position promote
  protect prove raise rebuild redefine reduce reimagine reinvent retain revamp scale secure
  simplify stabilise stabilize streamline strengthen transform turn unlock win wow
`);

/** Verbs that move a metric: with a target level they make a key result. */
export const CHANGE_VERBS = words(`
  accelerate boost bring climb cut decrease double drive drop expand fall get grow halve improve
  increase lift lower maximise maximize minimise minimize move push quadruple raise reduce rise
  shorten shrink slash speed take trim triple
`);

/** Verbs that count results achieved in the cycle ("Acquire 70 new customers"): from zero. */
export const COUNT_VERBS = words(`
  achieve acquire add attain attract book close collect convert deliver earn exceed fundraise
  gain generate hire hit land obtain onboard pull reach recruit renew retain secure sell
  ship sign surpass win
`);

/** Verbs of effort: what a team does, not what changes because of it. */
export const TASK_VERBS = words(`
  amplify analyse analyze assess attend audit begin build call celebrate certify collect compile
  complete conduct configure construct coordinate create define deliver deploy design develop
  distribute do document draft email establish evaluate evolve facilitate finalise finalize
  finish hire hold host implement install integrate interview introduce kick launch map meet
  migrate monitor onboard organise organize pilot pitch plan post prepare present produce
  publish record recruit redesign refactor rehabilitate release renovate replace research review
  revise rewrite roll run schedule send set ship sign speak start submit test track train
  translate update upgrade write
`);

/** Verbs that hold a level rather than change it: the language of a KPI. */
export const KEEP_VERBS = words(`
  be ensure hold keep maintain preserve protect remain stay sustain
`);

/** Nouns that name a metric: a noun phrase made of them is a metric to watch (a KPI). */
export const METRIC_NOUNS = words(`
  accuracy adoption age allocations aov arpu arr arrears attainment attendance availability
  average awareness backlog bookings borrowers burstiness cac churn complaints compliance
  conversion cost costs count coverage csat customers dau defects demographics density diversity
  donors downloads duration ebitda efficiency employment engagement enrollment enrolment
  effectiveness equality error errors expenditure factor followers frequency gap gmv growth headcount hectares
  hits incidence incidents income index installs issues kpi latency lead lead-time leads
  literacy loans ltv margin mau members mortality mrr mtbf mttr nps number occupancy penetration
  percentage poverty prevalence productivity profit proportion quota rank ranking rate rates
  ratio representation requests response responses retention revenue revenues roi sales
  satisfaction savings score share sign-ups signups sla spend spending subscribers target
  targets throughput tickets time times total traffic turnover uptime usage users utilisation
  utilization variance velocity views visits volume wau yield
`);

/** Things a task produces: with a deadline and no metric, the statement is a task. */
export const ARTIFACT_NOUNS = words(`
  agreement amas analysis announcements api app apps articles assessment audit benchmark
  benchmarks blog board book boot-camp bootcamp campaign campaigns charter chat checklist cli
  conference contract conversations course courses curriculum dashboard dashboards database deck
  demo demos docs document documentation event events feature features framework guide guides
  hackathon handbook implementation initiative initiatives integration interviews library list
  materials meeting meetings migration module mvp newsletter page pages pilot plan plans
  playbook plugin policy portal post posts process processes program programme programmes
  programs proposal prototype redesign release repo report reports repository review reviews
  roadmap rollout sdk series service session sessions site spec specification specs stories
  strategy studies study survey surveys system talks template templates tool tools tracker
  training trainings version video videos webinar webinars website wiki workshop workshops
`);

/**
 * Words that open the name of a metric ("Percentage of cases resolved", "Number of farmers
 * using...", "Average daily traffic"): a register's indicator, a KPI.
 */
export const METRIC_OPENERS = words(`
  amount average avg count mean median number percent percentage proportion ratio share total
  value
`);

/** Nouns of a change ("Increase in area covered"): with "in" or "of" after them they name a metric. */
export const CHANGE_NOUNS = words(`
  change decline decrease growth improvement increase reduction rise
`);

/** Past participles that do not end in -ed: "Partnerships built", "Market share grown". */
export const IRREGULAR_PARTICIPLES: readonly (readonly [string, string])[] = [
  ['begun', 'begin'],
  ['brought', 'bring'],
  ['built', 'build'],
  ['done', 'do'],
  ['driven', 'drive'],
  ['grown', 'grow'],
  ['held', 'hold'],
  ['kept', 'keep'],
  ['led', 'lead'],
  ['made', 'make'],
  ['met', 'meet'],
  ['seen', 'see'],
  ['shown', 'show'],
  ['sold', 'sell'],
  ['taken', 'take'],
  ['understood', 'understand'],
  ['won', 'win'],
  ['written', 'write'],
];

/**
 * What a result counts, as opposed to what effort produces: "Sign 5 new customers" is a key
 * result, "Hire 2 salespeople" a task.
 */
export const OUTCOME_NOUNS = words(`
  accounts arr attendees bookings clients contributions contributors customer customers deal
  deals donations donors downloads gift gifts iacv installs leads logos members mrr orders
  partners paying pipeline registrants revenue sales sign-ups signups sponsorships subscribers
  users views visitors wins
`);

/**
 * Who a sentence about people is about: "Teams have all the skills", "We have active members"
 * describe a state of the organisation, a direction, not something built.
 */
export const PEOPLE_NOUNS = words(`
  company contributors coop customers community employees everyone leaders maintainers member
  members organisation organization our people staff team us users volunteers we
`);

/** "Exosphere should have enough maintainers": a wish, not a capability delivered. */
export const MODAL_VERBS = words('could might must should would');

/** Verbs of learning or knowing: "Understand why...", "Learn how...": a direction to go. */
export const KNOWING_VERBS = words(`
  communicate demonstrate determine discover evaluate explore identify know learn measure prove
  understand validate
`);

/** Nouns of a quality or a state, beside the endings in `PATTERNS.abstractEnding`. */
export const ABSTRACT_NOUNS = words(`
  brand business community company confidence culture delight ecosystem environment experience
  growth health impact market momentum organisation organization place position potential
  presence progress quality reputation status success team trust value vision voice workplace
  world
`);

/** "Understand how...", "Learn what...": a question to answer is a direction. */
export const QUESTION_WORDS = words('how what when where whether which who why');

/** Reaching a target set elsewhere: "Meet the Q3 sales quota", "Hit plan". */
export const ATTAINING_VERBS = words('achieve beat exceed hit meet reach surpass');
export const TARGET_NOUNS = words('budget forecast goal plan quota target');

/** Adjectives of a quality to reach: "greater cohesion", "Healthy team function". */
export const QUALITY_WORDS = words(`
  better consistent easier effective efficient faster great greater happier happy healthier
  healthy inclusive modern positive robust seamless simple simpler strong stronger sustainable
`);

/** Words that judge rather than describe: a sentence holding one is a direction to go. */
export const PRAISE_WORDS = words(`
  best better considered delightful easier easiest effortless empowered excellent extraordinary
  go-to great known leading loved perceived recognised recognized regarded reliable seamless
  seen trusted viewed widely world-class
`);

/** Words that make the figure after them a level, not a bump: "to 15%", "from 20%", "of 3%". */
export const WORDS_BEFORE_A_LEVEL = words(`
  about above approximately are around at baseline be below between currently exceed from hit
  is least most of over reach than to under was within
`);

/** Gerunds that name a field or a thing, not an activity: "Marketing spend", "Housing". */
export const FIELD_GERUND_NOUNS = words(`
  accounting advertising banking billing building clothing engineering financing funding
  housing landing learning listing manufacturing marketing meeting mentoring networking
  offering onboarding opening parking planning pricing processing programming rating reporting
  schooling setting shipping spending staffing swimming testing ticketing tracking training
  wellbeing
`);

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
export const NUMBER_WORDS = words(`
  double doubled doubles eight eighty eleven fifteen fifty five forty four half halve halved
  halves hundred million nine ninety quadruple seven seventy six sixty ten thirty thousand three
  triple tripled triples twelve twenty twice two zero
`);

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
  /** An amount of money or a share: "$450,000", "77m", "1.5bn", "40%". */
  amount: /[$€£¥]\s?\d|\d\s?(?:%|k\b|m\b|mm\b|bn\b|b\b|million\b|billion\b)/,
  /**
   * A metric number: digits, with a currency, thousands separators, decimals or a unit sign.
   * Digits inside a word ("p2p", "v2", "S1") name something; they do not measure it.
   */
  number: /(?<![a-z])[$€£¥]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|k\b|m\b|bn\b|x\b)|(?![a-z]))/,
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
  baseline:
    /\b(?:from|currently|current is|current:|baseline|today|now at|was)\s+(?:\S+\s+){0,3}?[$€£¥]?\d/,
  /** Endings of nouns of a quality or state: "reliability", "leadership", "development". */
  abstractEnding: /(?:ity|ness|ship|ance|ence|ism|dom|hood|ure|ion|ing|ency|acy)$/,
  /** "quarterly", "weekly", "early": adjectives ending in -ly, not adverbs of manner. */
  periodic:
    /(?:hour|dai|week|month|quarter|year|annual)ly$|^(?:early|only|family|friendly|likely|holy|ugly)$/,
  /** How a register names a rate: "Circulation per capita", "Power generated as a percent of use". */
  rateName:
    /\bper (?:capita|1,?000|10,?000|100,?000|head|employee|resident)\b|\bas an? (?:percent(?:age)?|share|proportion|ratio) of\b/,
  /** A first of something to reach: "First national-level member", "First third-party contributor". */
  firstOfAKind: /^first (?!of\b|time\b|step\b)[a-z]/,
  /** A count opening a statement: "500+ new developers", "[4] teams", "$3M new revenue", ">20 ...". */
  openingCount: /^(?:[>≥]\s*|\[)?[$€£¥]?\d[\d,.]*\s*(?:k|m|mm|bn|b|million|billion)?\]?\+?\s+[a-z]/,
  openingYear: /^(?:19|20)\d\d\s/,
  /** A ceiling to stay under: "5 or fewer open bugs", "at most 3 outages". */
  upperBound:
    /\b(?:or (?:fewer|less|lower|below)|at most|no more than|not more than|fewer than|less than|under|below)\b|[<≤]/,
  /** A rate: "3 incidents per month", "10 leads a week". */
  perPeriod: /\b(?:per|a|each|every) (?:day|week|month|quarter|year|sprint|release)\b/,
  /** A time or frequency every case must meet. */
  serviceLevel:
    /\bwithin\b|\b(?:at least|no more than|no less than)\s+(?:once|twice|\w+ times)\b|\b(?:once|twice|times) (?:per|a|each|every) (?:day|week|month|quarter|year)\b/,
  /** A starting level named by its period: "by 50% compared to Q4 2024". */
  comparedToPeriod:
    /\b(?:compared (?:to|with)|relative to|versus|vs\.?) (?:q[1-4]|h[12]|fy|last|the (?:previous|prior|last)|(?:19|20)\d\d)/,
  /** A bump from a named year's level: "20% below 2010 levels", "10% over the 2015 baseline". */
  baseYear:
    /\b(?:over|above|below|from|under|on) (?:the )?(?:fy ?)?(?:19|20)\d\d(?:\/\d\d)? (?:levels?|baseline|figures?)\b|\bfrom (?:(?:its|the) )?(?:fy ?)?(?:19|20)\d\d(?:\/\d\d)?(?: levels?)? (?:to|through|until|by) (?:[a-z]+ )?(?:19|20)\d\d\b/,
  /** A level to reach: "to 35%", "to under 7", "reach 1,000". */
  targetLevel:
    /\b(?:to|into|reach(?:es|ing)?|hit(?:s|ting)?|at|exceed(?:s|ing)?|of|goal|target)\b:?\s+(?:an? |the )?(?:at least |at most |under |below |over |above |less than |more than |fewer than |no more than |no less than |a minimum of |a maximum of |[<>]=? ?)?[$€£¥]?\d/,
  /**
   * A bump relative to an unstated level: "by 20%", "by 3 points", "double", "2x", "a 10%
   * increase", "20% lift", "5% month over month".
   */
  relativeBump:
    /\bby\s+(?:another\s+|a further\s+)?[$€£¥]?\d[\d,.]*\s*(?:%|percent|pp|points?|percentage points|x)?|\b(?:double|doubles|triple|triples|quadruple|halve|halves)\b|\b\d+x\b|\bby (?:half|a third|a quarter)\b|\d\s*%\s*(?:lift|uplift|increase|growth|improvement|boost|decrease|reduction|more|higher|fewer|lower)\b|\b(?:week|month|quarter|year) over (?:week|month|quarter|year)\b/,
  /** A level to hold: comparators and ranges. */
  level:
    /\b(?:under|below|over|above|at least|at most|less than|more than|fewer than|no more than|no less than|no fewer than|not more than|not less than|within|between|up to|or more|or less|or fewer|or better|or higher|or lower|at or above|at or below|of at least)\b|[<>≤≥]/,
  /** List markers and labels teams put in front of statements: "KR1:", "O2 -", "1.", "•". */
  label: /^(?:(?:objective|obj|key result|kr|kpi|o)\s?\d*\s*[:.)-]\s*|\d+\s*[.)]\s+|[-•*–]\s*)/,
  /** Openers that carry no meaning of their own: "We will grow..." is "Grow...". */
  opener:
    /^(?:we will|we'll|we want to|we need to|we are going to|continue to|to|let's|lets|our goal is to|goal:)\s+/,
  /** Outline numbers, codes and tags around a statement: "1.1.2 ", "SP1: ", "2025 -- ", "[p0]". */
  outline: /^(?:\d+(?:\.\d+)+\.?\s+|[a-z]{1,4}\d{1,3}\s*:\s*|(?:19|20)\d{2}\s*-+\s+)/,
  /** The first number in a statement, for what it counts: "18 sessions", "five benchmarks". */
  countedNumber:
    /\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b/,
  /** Priority tags teams put after a statement: "[p0]", "[p2]". */
  priorityTag: /\[p\d\]/g,
  /**
   * A number of people or things that do something: "90% of accounts have an upsell effort",
   * "Five teams have used it", "Hiring managers report that 75% ...": a result to reach, said
   * as a sentence. The number is a digit not inside a word ("C100" names a system).
   */
  share: /(?<![a-z\d])\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b/,
  /** The verb after `share`; global, so it can be searched from where that one ends. */
  doesSomething:
    /\b(?:have|has|are|is|will|would|report|reports|say|says|use|uses|feel|recommend)\b/g,
  reportsThat: /\b(?:report|say|agree) that\b/,
} as const;

/**
 * Objectives longer than this stop being memorable; the numbers and detail go in key results.
 * Real teams' objectives run longer than the guides' ideal: 15 words flagged 5% of the tuning
 * sources' objectives, 20 words 2%, and those were sentences carrying a plan.
 */
export const OBJECTIVE_MAX_WORDS = 20;
