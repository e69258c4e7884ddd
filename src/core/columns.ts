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
  | 'direction'
  | 'cycleStart'
  | 'cycleEnd'
  | 'checkIn';

export type Role = InputRole;

/**
 * Header words per role, compared after folding case, punctuation and spaces ("Actual
 * progress", "actual_progress" and "ACTUAL PROGRESS" are one). Each entry is a whole header,
 * not a word inside one: "Target date" is not a target.
 */
export const HEADER_WORDS: Record<Role, readonly string[]> = {
  objective: ['objective', 'objectives', 'goal name', 'okr', 'objective title'],
  keyResult: ['key result', 'key results', 'kr', 'title', 'key result title', 'result'],
  kpi: [
    'kpi',
    'kpi name',
    'metric',
    'metric name',
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
  direction: ['direction', 'trend direction', 'polarity'],
  cycleStart: ['cycle start', 'start date', 'quarter start', 'period start'],
  cycleEnd: ['cycle end', 'end date', 'due date', 'quarter end', 'period end', 'deadline'],
  checkIn: ['check in date', 'check in', 'checkin date', 'as of', 'last check in'],
};

/** Folds a header as people vary it: case, punctuation, underscores, repeated spaces. */
export function foldHeader(text: string): string {
  return text
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

const MONTH_NAMES = [
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

export function roleOfHeader(header: unknown): Role | null {
  if (typeof header !== 'string') return null;
  return ROLE_BY_WORD.get(foldHeader(header)) ?? null;
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

export function mapColumns(rows: readonly (readonly unknown[])[]): ColumnMapping | null {
  const headerRow = findHeaderRow(rows);
  if (headerRow === null) return null;
  const headers = rows[headerRow] ?? [];
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
    const role = roleOfHeader(cell);
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
