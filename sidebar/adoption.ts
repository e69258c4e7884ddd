/**
 * "Use my existing sheet" in the sidebar: the mapping detectColumns found, as the user
 * corrects it, and what adopting with that mapping would add where, worked out here from the
 * same layout rules the server uses (src/sheet/layout.ts), so each change of a dropdown shows
 * its effect without a round trip (plannedRoles and hasScoresOrBands, as adoptSheet uses them).
 * The server checks again when the mapping is applied. Pure.
 */
import { type InputRole, ROLE_NAMES, roleOfHeader } from '../src/core/columns';
import { columnLetter } from '../src/sheet/a1';
import type { DetectedColumn, DetectedTable } from '../src/sheet/adopt';
import {
  COMPUTED_HEADERS,
  type Columns,
  type ComputedRole,
  hasScoresOrBands,
  plannedRoles,
  type Table,
} from '../src/sheet/layout';
import type { MappingChoice } from '../src/sheet/table';

/** What a column can be set to: a role, a period of a KPI's history, or nothing (''). */
export type Choice = InputRole | 'history' | '';

export const NOT_USED = 'not used';
const HISTORY = 'a month or period (KPI history)';

/** The dropdown's options, value and label, in the order a table usually reads. */
export const CHOICES: readonly (readonly [Choice, string])[] = [
  ['', NOT_USED],
  ...(Object.keys(ROLE_NAMES) as InputRole[]).map((role) => [role, ROLE_NAMES[role]] as const),
  ['history', HISTORY],
];

export function isComputed(role: DetectedColumn['role']): role is ComputedRole {
  return role !== null && role in COMPUTED_HEADERS;
}

/** Columns with a header: the ones the sidebar lists. */
export function listedColumns(detected: DetectedTable): DetectedColumn[] {
  return detected.columns.filter((column) => column.header !== '');
}

/**
 * The dropdowns' starting values: the detected roles, and for a column left without one
 * because another column took its role, that role again, so the clash shows and the user
 * picks (detectColumns reports it as a problem, with no role on the second column).
 */
export function initialChoices(detected: DetectedTable): Map<number, Choice> {
  const choices = new Map<number, Choice>();
  const taken = new Set(detected.columns.map((column) => column.role));
  for (const column of listedColumns(detected)) {
    if (isComputed(column.role)) continue;
    if (column.role !== null) {
      choices.set(column.column, column.role);
      continue;
    }
    const named = roleOfHeader(column.header);
    const clashes =
      named !== null &&
      taken.has(named) &&
      detected.problems.some((problem) => problem.includes(column.header));
    choices.set(column.column, clashes ? named : '');
  }
  return choices;
}

export interface Planned {
  header: string;
  /** Where it goes, or null where only the sheet's cells could tell (see `after`). */
  letter: string | null;
}

export interface AdoptionPreview {
  /** The mapping adoptSheet gets: 1-based columns, plain data. */
  mapping: MappingChoice;
  willAdd: Planned[];
  /** The last column of the table: new columns go in the first empty ones right of it. */
  after: string;
  /** What stops adopting, as instructions; empty when it can go ahead. */
  problems: string[];
}

/** A KPI's history is one run of adjacent period columns: the last run, as the server reads it. */
function historySpan(columns: number[]): Table['history'] {
  const sorted = [...columns].sort((a, b) => a - b);
  const last = sorted[sorted.length - 1];
  if (last === undefined) return null;
  let first = last;
  while (sorted.includes(first - 1)) first--;
  return { first, last };
}

export function previewAdoption(
  detected: DetectedTable,
  choices: ReadonlyMap<number, Choice>,
): AdoptionPreview {
  const byColumn: Record<number, InputRole | 'history'> = {};
  const columns: Columns = {};
  const periods: number[] = [];
  const seen = new Map<InputRole, string[]>();
  for (const column of detected.columns) {
    if (isComputed(column.role)) columns[column.role] = column.column;
  }
  for (const [column, choice] of choices) {
    if (choice === '') continue;
    byColumn[column] = choice;
    if (choice === 'history') {
      periods.push(column);
      continue;
    }
    const header = detected.columns.find((each) => each.column === column)?.header ?? '';
    seen.set(choice, [...(seen.get(choice) ?? []), `${header} (${columnLetter(column)})`]);
    columns[choice] ??= column;
  }
  const table: Table = {
    columns,
    history: historySpan(periods),
    firstRow: detected.headerRow + 1,
  };
  const planned = plannedRoles(table);
  const lastHeader = Math.max(0, ...listedColumns(detected).map((column) => column.column));
  // Columns past the sheet's data are empty; between the last header and there, only the
  // cells (which the sidebar does not have) say whether a column is free.
  const exact = lastHeader >= detected.columns.length;
  const problems = [...seen]
    .filter(([, headers]) => headers.length > 1)
    .map(
      ([role, headers]) =>
        `${headers.join(' and ')} are ${headers.length === 2 ? 'both' : 'all'} set as the ${ROLE_NAMES[role]}: set all but one to "${NOT_USED}".`,
    );
  if (detected.headerRow === 0) problems.push(...detected.problems);
  else if (!hasScoresOrBands(table)) problems.push(nothingToAdd(table));
  return {
    mapping: { headerRow: detected.headerRow, columns: byColumn },
    willAdd: planned.map((role, index) => ({
      header: COMPUTED_HEADERS[role],
      letter: exact ? columnLetter(lastHeader + 1 + index) : null,
    })),
    after: columnLetter(lastHeader),
    problems,
  };
}

/** Scores or bands are what a table is adopted for: which columns would give one. */
function nothingToAdd(table: Table): string {
  const { columns } = table;
  if (columns.low !== undefined || columns.high !== undefined) {
    return `Nothing to add yet: set a column as the ${ROLE_NAMES.current}, or the months as "${HISTORY}", so the KPI's band can be checked.`;
  }
  const missing = (['baseline', 'target', 'current'] as const).filter(
    (role) => columns[role] === undefined,
  );
  return `Nothing to add yet: a score needs a ${missing.map((role) => ROLE_NAMES[role]).join(', a ')} column. Set ${missing.length === 1 ? 'it' : 'them'} above, or add ${missing.length === 1 ? 'it' : 'them'} to the sheet.`;
}
