/**
 * "Use my existing sheet": the team's own table gets the computed columns and the colours,
 * and nothing the team wrote moves or changes. Each computed column is one array formula in
 * the header's next row, placed in the first column right of the table that is empty from the
 * header down, so its answer can never spill over data.
 */
import { type InputRole, ROLE_NAMES } from '../core/columns';
import { columnLetter } from './a1';
import { applyRules } from './formatting';
import {
  COMPUTED_HEADERS,
  type Columns,
  type ComputedRole,
  computedFormula,
  hasScoresOrBands,
  plannedRoles,
} from './layout';
import { tableRules } from './rules';
import { type MappingChoice, readTable, type SheetTable } from './table';
import { UserError, withDocumentLock, writeFormulaRows, writeTypedRows } from './writes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SCORE_FORMAT = '0.00';
const SCORE_HEADERS: ReadonlySet<string> = new Set([
  COMPUTED_HEADERS.score,
  COMPUTED_HEADERS.objectiveScore,
]);

/** One column as the sidebar shows it: header, and the role found or chosen. */
export interface DetectedColumn {
  column: number;
  letter: string;
  header: string;
  role: InputRole | 'history' | ComputedRole | null;
}

export interface DetectedTable {
  sheetName: string;
  headerRow: number;
  columns: DetectedColumn[];
  /** What adopting would add, by header, in this order. */
  willAdd: string[];
  /** Why nothing can be added yet, as instructions; empty when adopting can go ahead. */
  problems: string[];
}

export interface AddedColumn {
  header: string;
  letter: string;
  formula: string;
}

export interface AdoptionResult {
  sheetName: string;
  headerRow: number;
  added: AddedColumn[];
  rules: number;
  message: string;
}

function sheetNamed(sheetName: string | undefined): Sheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!sheetName) return spreadsheet.getActiveSheet();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new UserError(`There is no tab named "${sheetName}": pick one of the tabs.`);
  return sheet;
}

/** Finds the header row and each column's role on a tab (the active one by default). */
export function detectColumns(sheetName?: string): DetectedTable {
  const sheet = sheetNamed(sheetName);
  const found = readTable(sheet);
  if (!found) {
    return {
      sheetName: sheet.getName(),
      headerRow: 0,
      columns: [],
      willAdd: [],
      problems: [noHeaderMessage()],
    };
  }
  return describe(sheet.getName(), found);
}

function describe(sheetName: string, found: SheetTable): DetectedTable {
  const { table, headers, headerRow } = found;
  const roleAt = new Map<number, DetectedColumn['role']>();
  for (const [role, column] of Object.entries(table.columns)) {
    roleAt.set(column, role as DetectedColumn['role']);
  }
  if (table.history) {
    for (let column = table.history.first; column <= table.history.last; column++) {
      roleAt.set(column, 'history');
    }
  }
  return {
    sheetName,
    headerRow,
    columns: headers.map((header, index) => ({
      column: index + 1,
      letter: columnLetter(index + 1),
      header,
      role: roleAt.get(index + 1) ?? null,
    })),
    willAdd: plannedRoles(table).map((role) => COMPUTED_HEADERS[role]),
    problems: problemsOf(found),
  };
}

function noHeaderMessage(): string {
  return (
    'No header row found in the first 20 rows: add headers such as Key result, Baseline, ' +
    'Target and Current (or KPI, Low, High and the months) above your data.'
  );
}

function problemsOf({ table, duplicates }: SheetTable): string[] {
  const problems = duplicates.map(
    ({ role, headers }) =>
      `More than one column could be the ${ROLE_NAMES[role]} (${headers.join(', ')}): rename all but one, or pick the right one.`,
  );
  if (!hasScoresOrBands(table)) problems.push(missingColumnsMessage(table.columns));
  return problems;
}

/** Says which headers to add for the nearest thing the table could be. */
function missingColumnsMessage(columns: Columns): string {
  const looksLikeKpis = columns.low !== undefined || columns.high !== undefined;
  const wanted: InputRole[] = looksLikeKpis ? ['current'] : ['baseline', 'target', 'current'];
  const missing = wanted.filter((role) => columns[role] === undefined);
  const headers: Record<InputRole, string> = {
    ...ROLE_NAMES,
    baseline: 'Baseline',
    target: 'Target',
    current: 'Current',
  };
  return looksLikeKpis
    ? 'Nothing to add yet: add a Current column (the latest reading) or a column per month, then try again.'
    : `Nothing to add yet: add ${missing.map((role) => `a ${headers[role]} column`).join(', ')} (where each key result started, where it should end, where it is now), then try again.`;
}

/** Applies a mapping (as detected, or as the user corrected it) to a tab. */
export function adoptSheet(
  choice?: { sheetName?: string } & Partial<MappingChoice>,
): AdoptionResult {
  return withDocumentLock(() => {
    const sheet = sheetNamed(choice?.sheetName);
    const mapping =
      choice?.headerRow && choice.columns
        ? { headerRow: choice.headerRow, columns: choice.columns }
        : undefined;
    const found = readTable(sheet, mapping);
    if (!found) throw new UserError(noHeaderMessage());
    const problems = problemsOf(found);
    if (problems.length > 0) throw new UserError(problems.join(' '));
    const added = addComputedColumns(sheet, found);
    const rules = tableRules(found.table);
    applyRules(sheet, rules, found.table.firstRow);
    return {
      sheetName: sheet.getName(),
      headerRow: found.headerRow,
      added,
      rules: rules.length,
      message: adoptionMessage(found, added),
    };
  });
}

/**
 * Places each planned column in the next column right of the table that is empty from the
 * header row down, so the formula's answer has room. Writes one header block and one formula
 * block per run of adjacent columns.
 */
export function addComputedColumns(sheet: Sheet, found: SheetTable): AddedColumn[] {
  const { table, headerRow, values } = found;
  const columns: Columns = { ...table.columns };
  const added: (AddedColumn & { column: number })[] = [];
  let candidate = lastHeaderColumn(found.headers) + 1;
  for (const role of plannedRoles(table)) {
    while (!isFreeColumn(values, headerRow, candidate)) candidate++;
    columns[role] = candidate;
    const formula = computedFormula(role, { ...table, columns });
    if (formula === null) continue;
    added.push({
      header: COMPUTED_HEADERS[role],
      letter: columnLetter(candidate),
      formula,
      column: candidate,
    });
    candidate++;
  }
  if (added.length === 0) return [];
  const lastColumn = added[added.length - 1]?.column ?? 0;
  const missing = lastColumn - sheet.getMaxColumns();
  if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
  for (const run of adjacentRuns(added)) {
    const first = run[0]?.column ?? 0;
    writeTypedRows(sheet, headerRow, first, [run.map((column) => column.header)]);
    writeFormulaRows(sheet, headerRow + 1, first, [run.map((column) => column.formula)]);
  }
  // Scores read as 0.60, not 0.6 or 0.3333333333.
  const rows = sheet.getMaxRows() - headerRow;
  for (const column of added.filter((each) => SCORE_HEADERS.has(each.header))) {
    sheet.getRange(headerRow + 1, column.column, rows, 1).setNumberFormat(SCORE_FORMAT);
  }
  table.columns = columns;
  return added.map(({ header, letter, formula }) => ({ header, letter, formula }));
}

function lastHeaderColumn(headers: string[]): number {
  for (let column = headers.length; column > 0; column--) {
    if (headers[column - 1] !== '') return column;
  }
  return 0;
}

function isFreeColumn(values: unknown[][], headerRow: number, column: number): boolean {
  for (let row = headerRow - 1; row < values.length; row++) {
    const cell = values[row]?.[column - 1];
    if (cell !== '' && cell !== null && cell !== undefined) return false;
  }
  return true;
}

function adjacentRuns<T extends { column: number }>(columns: T[]): T[][] {
  const runs: T[][] = [];
  for (const column of columns) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (run && previous && previous.column === column.column - 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

function adoptionMessage(found: SheetTable, added: AddedColumn[]): string {
  const roles = Object.entries(found.table.columns)
    .filter(([role]) => role in ROLE_NAMES)
    .map(([role, column]) => `"${found.headers[column - 1]}" as ${ROLE_NAMES[role as InputRole]}`);
  const history = found.table.history;
  if (history) {
    roles.push(
      `${columnLetter(history.first)} to ${columnLetter(history.last)} as the KPI's history`,
    );
  }
  const read = `Header in row ${found.headerRow}: ${roles.join(', ')}.`;
  const did =
    added.length === 0
      ? 'The computed columns were already there: colours refreshed, nothing else changed.'
      : `Added ${added.map((column) => `${column.header} (${column.letter})`).join(', ')}, and colours.`;
  return `${read} ${did}`;
}
