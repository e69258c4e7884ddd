/**
 * Numbers as teams write them in a sheet: "8 days", "20 MBps", "$40k", "1.2M", "45 %",
 * "€3.5B", and as a bound, "≤3%", "at least 95%", "under 2 hours", "75 or higher".
 *
 * Parsing is a few steps that each look at the text once (sticky regexes with no nested
 * repetition, one split on spaces), so a 50,000-character cell, Sheets' maximum, costs no more
 * than reading it: no pattern here can backtrack over the text more than once.
 */

/** Which side of a bound the metric belongs on: "≤3%" and "under 3%" are at most 3%. */
export type Comparator = 'at most' | 'at least';

/** A number read from text: its unit as written ('' for none) and its comparator, if any. */
export interface Quantity {
  value: number;
  unit: string;
  comparator: Comparator | null;
}

/**
 * A bound a metric should reach or stay on one side of. Bounds are inclusive whichever way they
 * are written ("< 3%" is read as "≤ 3%"): a reading exactly on the edge meets it.
 */
export interface Bound {
  value: number;
  comparator: Comparator;
}

const AT_MOST_PREFIX =
  /(?:no\s+more\s+than|not\s+more\s+than|less\s+than|fewer\s+than|at\s+most|under|below|up\s+to|max(?:imum)?|<=?|=<|[≤⩽≦])\s*/iy;
const AT_LEAST_PREFIX =
  /(?:no\s+less\s+than|not\s+less\s+than|no\s+fewer\s+than|more\s+than|greater\s+than|at\s+least|over|above|min(?:imum)?|>=?|=>|[≥⩾≧])\s*/iy;
const AT_MOST_SUFFIX = /^(?:or (?:less|lower|fewer|below|under)|at most|max|max\.|maximum)$/;
const AT_LEAST_SUFFIX = /^(?:or (?:more|higher|greater|above|over)|at least|\+|min\.|minimum)$/;

/** A sign, then a currency symbol (or the sign after it: "$-5"). */
const SIGN_AND_CURRENCY = /([+\-−]?)\s*([$€£¥]?)\s*([+\-−]?)\s*/y;
/**
 * Digits as people type them: thousands separators only in groups of three ("0,45" is not a
 * number: a comma is never a decimal point here), decimals, an exponent.
 */
const DIGITS = /(\d{1,3}(?:,\d{3})+(?!\d)|\d*)(\.\d+)?(?:[eE]([+-]?\d+))?/y;

/** Powers of ten a multiplier stands for: "$40k", "1.2M", "€3.5B", "2 million". */
const MULTIPLIERS = new Map(
  Object.entries({ k: 3, K: 3, M: 6, MM: 6, B: 9, bn: 9, Bn: 9, BN: 9, T: 12 }).concat(
    Object.entries({ thousand: 3, million: 6, billion: 9, trillion: 12 }),
  ),
);
/**
 * Finance's million and billion, read as such only after a currency ("$5m", "£2mm"). Alone,
 * "5m" is as likely minutes or metres, and "5 mm" millimetres: such text is refused.
 */
const CURRENCY_MULTIPLIERS = new Map(Object.entries({ m: 6, mm: 6, mn: 6, b: 9 }));

/** The characters of a unit: letters, and /, -, ., ', °, µ, ², ³ and currency symbols. */
const UNIT_WORD = /^[\p{L}\p{M}°µ/$€£¥][\p{L}\p{M}°µ/$€£¥.\-'’²³]*$/u;
/** A unit is a short label: a longer phrase after a number is a sentence, not a number. */
const MAX_UNIT_WORDS = 4;
const MAX_UNIT_LENGTH = 24;

/**
 * Words that make the number beside them mean something else: a range or a share ("3 of 5",
 * "2 and a half"), a change rather than a level ("10% higher", "5 more than last year"), or a
 * date written in words ("31 Mar").
 */
const NOT_UNITS = new Set(
  (
    'and or to of from than by vs versus more less fewer higher lower up down increase decrease ' +
    'over under above below ' +
    'jan january feb february mar march apr april may jun june jul july aug august sep sept ' +
    'september oct october nov november dec december'
  ).split(' '),
);

/** Spellings of one unit, so "2 hrs" and "5 hours", or "$40" and "40 USD", agree. */
const UNIT_SPELLINGS: Record<string, string> = {
  '%': '% percent pct',
  $: '$ usd us$ dollar dollars',
  '€': '€ eur euro euros',
  '£': '£ gbp',
  '¥': '¥ jpy yen',
  milliseconds: 'ms msec msecs millisecond milliseconds',
  seconds: 's sec secs second seconds',
  minutes: 'min mins minute minutes',
  hours: 'h hr hrs hour hours',
  days: 'd day days',
  weeks: 'w wk wks week weeks',
  months: 'mo mos mth mths month months',
  years: 'y yr yrs year years',
};
const UNIT_NAMES = new Map(
  Object.entries(UNIT_SPELLINGS).flatMap(([name, spellings]) =>
    spellings.split(' ').map((spelling) => [spelling, name] as const),
  ),
);

/**
 * Reads text as a number with an optional unit and comparator, or `null` when it is not one.
 * A percent divides by 100 (as Sheets does for 45%); a multiplier scales ("$40k" is 40,000).
 */
export function parseQuantity(input: string): Quantity | null {
  const text = input.trim();
  let comparator: Comparator | null = null;
  let position = 0;
  // Most text starts with its digits ("45%", "1,200"): only other text can start with a bound.
  const lead = text.charCodeAt(0);
  if (!(lead >= 48 && lead <= 57)) {
    if (matchesAtStart(AT_MOST_PREFIX, text)) comparator = 'at most';
    else if (matchesAtStart(AT_LEAST_PREFIX, text)) comparator = 'at least';
    if (comparator) {
      position = (comparator === 'at most' ? AT_MOST_PREFIX : AT_LEAST_PREFIX).lastIndex;
    }
  }
  SIGN_AND_CURRENCY.lastIndex = position;
  const [signed = '', signBefore = '', currency = '', signAfter = ''] =
    SIGN_AND_CURRENCY.exec(text) ?? [];
  if (signBefore && signAfter) return null;
  DIGITS.lastIndex = position + signed.length;
  const [number = '', whole = '', fraction = '', exponent] = DIGITS.exec(text) ?? [];
  if (!whole && !fraction) return null;
  const end = position + signed.length + number.length;
  let words = end === text.length ? [] : splitWords(text.slice(end));
  if (!words) return null;
  let power = 0;
  let unit = '';
  let percent = false;
  if (words.length === 1 && words[0] === '%') {
    // The usual unit by far ("45%", "12.5 %"): nothing more to look at.
    if (currency) return null;
    unit = '%';
    percent = true;
  } else if (words.length > 0) {
    const suffix = suffixComparator(words);
    if (suffix) {
      if (comparator) return null;
      comparator = suffix.comparator;
      words = words.slice(0, words.length - suffix.words);
    }
    const first = words[0] ?? '';
    const multiplier = MULTIPLIERS.get(first) ?? (currency ? CURRENCY_MULTIPLIERS.get(first) : 0);
    if (multiplier) {
      if (exponent !== undefined) return null;
      power = multiplier;
      words = words.slice(1);
    } else if (CURRENCY_MULTIPLIERS.has(first)) {
      return null;
    }
    if (/^per$/i.test(words[0] ?? '') && /^cent$/i.test(words[1] ?? '')) {
      words = ['percent', ...words.slice(2)];
    }
    const written = unitOf(words);
    if (written === null) return null;
    unit = written;
    percent = words[0] === '%' || unitKey(words[0] ?? '') === '%';
    if (percent && currency) return null;
  }
  const digits = `${whole.includes(',') ? whole.replace(/,/g, '') : whole}${fraction}`;
  const scaled =
    exponent === undefined && power === 0 ? digits : `${digits}e${Number(exponent ?? 0) + power}`;
  const magnitude = percent ? Number(scaled) / 100 : Number(scaled);
  if (!Number.isFinite(magnitude)) return null;
  const sign = signBefore || signAfter;
  return {
    value: sign === '-' || sign === '−' ? -magnitude : magnitude,
    unit: currency && unit ? `${currency} ${unit}` : currency || unit,
    comparator,
  };
}

function matchesAtStart(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/**
 * What follows the number, as words: "%" and "+" stand alone even when typed against it.
 * `null` for more words than a unit and its comparator can have.
 */
function splitWords(rest: string): string[] | null {
  const trimmed = rest.trim();
  if (trimmed === '') return [];
  if (trimmed === '%') return ['%'];
  const lead = trimmed[0] === '%' || trimmed[0] === '+' ? [trimmed[0]] : [];
  const after = lead.length > 0 ? trimmed.slice(1).trim() : trimmed;
  // At most a unit's words and a two-word comparator: the limit stops the split early.
  const limit = MAX_UNIT_WORDS + 4;
  const words = after === '' ? lead : [...lead, ...after.split(/\s+/, limit)];
  return words.length >= limit ? null : words;
}

function suffixComparator(words: string[]): { comparator: Comparator; words: number } | null {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const lastTwo = `${(words[words.length - 2] ?? '').toLowerCase()} ${last}`;
  if (AT_MOST_SUFFIX.test(lastTwo)) return { comparator: 'at most', words: 2 };
  if (AT_LEAST_SUFFIX.test(lastTwo)) return { comparator: 'at least', words: 2 };
  if (AT_MOST_SUFFIX.test(last)) return { comparator: 'at most', words: 1 };
  if (AT_LEAST_SUFFIX.test(last)) return { comparator: 'at least', words: 1 };
  return null;
}

/** The unit as written, one space between words; `null` when the words are not a unit. */
function unitOf(words: string[]): string | null {
  if (words.length > MAX_UNIT_WORDS) return null;
  const unit = words.join(' ');
  if (unit.length > MAX_UNIT_LENGTH) return null;
  for (const [index, word] of words.entries()) {
    const percentSign = word === '%' && index === 0;
    if (!percentSign && !UNIT_WORD.test(word)) return null;
    if (NOT_UNITS.has(word.toLowerCase())) return null;
  }
  return unit;
}

/**
 * What makes two units the same: "day" and "days", "hr" and "hours", "$" and "USD" agree.
 * Letter case and a plural "s" do not count ("Users", "user"), except in a unit that has a
 * capital after its first letter, where case is meaning: "MBps" is bytes, "Mbps" bits.
 */
export function unitKey(unit: string): string {
  return unit.split(' ').map(wordKey).join(' ');
}

function wordKey(word: string): string {
  const lower = word.toLowerCase();
  const name = UNIT_NAMES.get(lower);
  if (name) return name;
  if (/\p{Lu}/u.test(word.slice(1))) return word;
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')
    ? lower.slice(0, -1)
    : lower;
}
