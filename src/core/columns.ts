/**
 * Finding what a team's own sheet holds: which row is the header (a title or blank rows may sit
 * above it) and which column plays which role, from the header words teams really use. Pure:
 * it sees header texts, never a sheet.
 */

/** What a column of the user's table is for. */
export type InputRole =
  | 'objective'
  | 'keyResult'
  | 'kpi'
  | 'owner'
  | 'keyResultOwner'
  | 'type'
  | 'baseline'
  | 'target'
  | 'current'
  | 'weight'
  | 'low'
  | 'high'
  | 'watch'
  | 'cadence'
  | 'direction'
  | 'cycleStart'
  | 'cycleEnd'
  | 'checkIn';

export type Role = InputRole;

/** What a role is called in messages and in the sidebar. */
export const ROLE_NAMES: Record<InputRole, string> = {
  objective: 'objective',
  keyResult: 'key result',
  kpi: 'KPI name',
  owner: 'owner',
  keyResultOwner: 'key result owner',
  type: 'type (aspirational or committed)',
  baseline: 'baseline',
  target: 'target',
  current: 'current value',
  weight: 'weight',
  low: 'low bound',
  high: 'high bound',
  watch: 'watch margin',
  cadence: 'cadence',
  direction: 'direction',
  cycleStart: 'cycle start',
  cycleEnd: 'cycle end',
  checkIn: 'check-in date',
};

/**
 * Header words per role, compared after folding case, punctuation and spaces ("Actual
 * progress", "actual_progress" and "ACTUAL PROGRESS" are one). Each entry is a whole header,
 * not a word inside one: "Target date" is not a target.
 */
export const HEADER_WORDS: Record<Role, readonly string[]> = {
  objective: ['objective', 'objectives', 'goal name', 'okr', 'objective title'],
  keyResult: ['key result', 'key results', 'kr', 'title', 'key result title'],
  kpi: [
    'kpi',
    'kpi name',
    'metric',
    'indicator',
    'indicator name',
    'measure',
    'performance indicator',
    'key performance indicator',
  ],
  owner: ['owner', 'kpi owner', 'responsible', 'assignee', 'accountable', 'lead'],
  keyResultOwner: ['kr owner', 'key result owner'],
  type: ['type', 'okr type', 'commitment', 'aspirational or committed'],
  baseline: [
    'baseline',
    'start',
    'starting value',
    'start value',
    'initial value',
    'baseline value',
    'from',
  ],
  target: ['target', 'goal', 'target value', 'goal value', 'to'],
  current: [
    'current',
    'actual',
    'actual progress',
    'value',
    'latest',
    'current value',
    'actual value',
    'progress value',
    'result value',
  ],
  weight: ['weight', 'weighting', 'weight %'],
  low: ['low', 'min', 'minimum', 'floor', 'lower bound', 'lower limit', 'low threshold'],
  high: ['high', 'max', 'maximum', 'ceiling', 'upper bound', 'upper limit', 'high threshold'],
  watch: ['watch', 'watch margin', 'warning margin'],
  cadence: ['cadence', 'frequency', 'review cadence', 'reporting frequency'],
  direction: ['direction', 'trend direction', 'polarity', 'desired change', 'desired direction'],
  cycleStart: ['cycle start', 'start date', 'quarter start', 'period start'],
  cycleEnd: ['cycle end', 'end date', 'due date', 'quarter end', 'period end', 'deadline'],
  checkIn: ['check in date', 'check in', 'checkin date', 'as of', 'last check in'],
};

/**
 * Folds a header as people vary it: case, punctuation, underscores, repeated spaces. Only the
 * first line counts: a second line under a header is a unit or a note ("Target" over "100%").
 */
export function foldHeader(text: string): string {
  const firstLine = text.trim().split(/\r?\n/)[0] ?? '';
  return firstLine
    .toLowerCase()
    .replace(/[_\-./:()#*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const ROLE_BY_WORD: ReadonlyMap<string, Role> = new Map(
  (Object.entries(HEADER_WORDS) as [Role, readonly string[]][]).flatMap(([role, words]) =>
    words.map((word) => [foldHeader(word), role] as const),
  ),
);

/** Month names in English, January first: headers and imported dates are named with them. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Month names written out or cut to three letters ("Sept" too). */
const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...MONTH_NAMES.map((name) => name.slice(0, 3)),
  'sept',
]);

/**
 * A header naming a period, so its column is one reading of a KPI's history: a date, a month
 * ("Jan", "January 2026", "Jan-26", "2026-01"), a quarter ("Q1 2026", "2026 Q1") or a year
 * ("FY2025", "2025/26").
 */
export function isPeriodHeader(header: unknown): boolean {
  if (header instanceof Date || Object.prototype.toString.call(header) === '[object Date]') {
    return true;
  }
  if (typeof header !== 'string') return false;
  const text = foldHeader(header);
  if (/^(\d{4} )?q[1-4]( \d{2,4})?$/.test(text) || /^\d{4} q[1-4]$/.test(text)) return true;
  if (/^(fy ?)?\d{4}( \d{2,4})?$/.test(text)) return true;
  if (/^\d{4} \d{1,2}( \d{1,2})?$/.test(text) || /^\d{1,2} \d{4}$/.test(text)) return true;
  const [first = '', ...rest] = text.split(' ');
  return MONTH_WORDS.has(first) && rest.length <= 1 && rest.every((part) => /^\d{2,4}$/.test(part));
}

/**
 * The last word of a header names what the column holds, whatever qualifies it: "FY26
 * Baseline", "Monthly target", "End of compact target", "Goal type". A trailing "to date"
 * ("Actual to date") is a qualifier too. A header ending in a date or percent word is about
 * something else ("Target date", "Progress %").
 */
export const ROLE_BY_LAST_WORD: Readonly<Record<string, Role>> = {
  baseline: 'baseline',
  target: 'target',
  goal: 'target',
  actual: 'current',
  current: 'current',
  latest: 'current',
  owner: 'owner',
  weight: 'weight',
  kpi: 'kpi',
  indicator: 'kpi',
  objective: 'objective',
  type: 'type',
  direction: 'direction',
};

/** "KPIs", "Owners", "Key results": a plural names the same column. */
function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function roleOfHeader(header: unknown): Role | null {
  if (typeof header !== 'string') return null;
  const folded = foldHeader(header).replace(/ to date$/, '');
  const words = folded.split(' ');
  const last = singular(words[words.length - 1] ?? '');
  const singularHeader = [...words.slice(0, -1), last].join(' ');
  return (
    ROLE_BY_WORD.get(folded) ?? ROLE_BY_WORD.get(singularHeader) ?? ROLE_BY_LAST_WORD[last] ?? null
  );
}

/** Roles whose cells hold statements or names, not numbers. */
const TEXT_ROLES: ReadonlySet<Role> = new Set(['objective', 'keyResult', 'kpi']);

const NUMERIC_TEXT = /^\s*[-+]?[$€£¥]?\s*[\d,]*\.?\d+\s*%?\s*$/;

function isNumeric(cell: unknown): boolean {
  return typeof cell === 'number' || (typeof cell === 'string' && NUMERIC_TEXT.test(cell));
}

function isBlankCell(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined;
}

/** Words that say whether an OKR is a stretch or a commitment, as okrType reads them. */
const TYPE_WORDS = /\b(aspirational|committed|commit|stretch|moonshot|roofshot)\b/i;

/**
 * What a column's cells say about the role its header suggests. "Goal" names either a number
 * to reach or the goal itself: a "Goal" column of sentences ("GPA above 3.37") is the
 * statement, and one of other words ("Core", "Non-Core") is neither. A statement or name column of numbers is not one, and a "Type"
 * column whose cells are not aspirational or committed is some other type. With no data rows
 * yet, the header alone decides.
 */
function roleByContent(role: Role, header: string, cells: unknown[]): Role | null {
  const filled = cells.filter((cell) => !isBlankCell(cell));
  if (filled.length === 0) return role;
  const share = (test: (cell: unknown) => boolean) => filled.filter(test).length / filled.length;
  const isSentence = (cell: unknown) => typeof cell === 'string' && /\S\s+\S/.test(cell.trim());
  if (role === 'target' && /\bgoals?$/.test(foldHeader(header)) && share(isNumeric) < 0.5) {
    return share(isSentence) >= 0.5 ? 'keyResult' : null;
  }
  if (TEXT_ROLES.has(role) && share(isNumeric) >= 0.5) return null;
  if (role === 'type' && share((cell) => TYPE_WORDS.test(String(cell))) < 0.5) return null;
  return role;
}

/** One column of the user's table and the role found for it. */
export interface MappedColumn {
  /** 0-based, within the rows given. */
  index: number;
  header: string;
  role: Role;
}

export interface ColumnMapping {
  /** 0-based row of the header within the rows given. */
  headerRow: number;
  columns: MappedColumn[];
  /** Columns whose headers name periods: a KPI's readings, oldest first as laid out. */
  history: number[];
  /** Headers that name the same role as another column: which one is meant is unclear. */
  duplicates: { role: Role; headers: string[] }[];
  /** 0-based index of the table's last column with a header. */
  lastColumn: number;
}

/** How far down a header row is looked for: a title block is a few rows, not dozens. */
export const HEADER_SEARCH_ROWS = 20;

/** At least this many recognised headers make a row the header row. */
const MIN_RECOGNISED = 2;

/**
 * The header row is the row among the first ones with the most recognised headers (the first
 * of equals); a title or blank rows above it are skipped. Null when no row has two.
 */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): number | null {
  let best: number | null = null;
  let bestCount = MIN_RECOGNISED - 1;
  rows.forEach((row, index) => {
    const count = row.filter((cell) => roleOfHeader(cell) !== null || isPeriodHeader(cell)).length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

/** How many data rows under the header are read to check what its columns hold. */
const CONTENT_SAMPLE_ROWS = 50;

/**
 * Maps the columns of the table whose header is found among the first rows given; the rows
 * under the header, when given, check each column's content against its header's role.
 */
export function mapColumns(rows: readonly (readonly unknown[])[]): ColumnMapping | null {
  const headerRow = findHeaderRow(rows.slice(0, HEADER_SEARCH_ROWS));
  if (headerRow === null) return null;
  const headers = rows[headerRow] ?? [];
  const sample = rows.slice(headerRow + 1, headerRow + 1 + CONTENT_SAMPLE_ROWS);
  const columns: MappedColumn[] = [];
  const history: number[] = [];
  const byRole = new Map<Role, string[]>();
  let lastColumn = -1;
  headers.forEach((cell, index) => {
    if (cell !== '' && cell !== null && cell !== undefined) lastColumn = index;
    if (isPeriodHeader(cell)) {
      history.push(index);
      return;
    }
    const suggested = roleOfHeader(cell);
    const cells = sample.map((row) => row[index]);
    const role = suggested && roleByContent(suggested, String(cell), cells);
    if (!role) return;
    const header = String(cell).trim();
    const seen = byRole.get(role);
    if (seen) {
      seen.push(header);
      return;
    }
    byRole.set(role, [header]);
    columns.push({ index, header, role });
  });
  const duplicates = [...byRole]
    .filter(([, seen]) => seen.length > 1)
    .map(([role, seen]) => ({ role, headers: seen }));
  return { headerRow, columns, history, duplicates, lastColumn };
}
