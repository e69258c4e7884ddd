/**
 * A sheet's table as the add-on sees it: the header row, which column plays which role, the
 * computed columns already there (recognised by the custom function their first data row
 * calls, so a second adoption adds nothing), and the cells, read in one call.
 */
import { type InputRole, mapColumns } from '../core/columns';
import {
  COMPUTED_FUNCTIONS,
  COMPUTED_ORDER,
  type Columns,
  type ComputedRole,
  type Table,
} from './layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A mapping the user checked or corrected in the sidebar: 1-based, plain data. */
export interface MappingChoice {
  headerRow: number;
  /** Role per 1-based column; "history" for a period column; absent for no role. */
  columns: Record<number, InputRole | 'history'>;
}

export interface SheetTable {
  table: Table;
  /** 1-based header row. */
  headerRow: number;
  headers: string[];
  /** Roles named by more than one column: which one is meant is unclear. */
  duplicates: { role: InputRole; headers: string[] }[];
  /** The sheet's cells from row 1, as getValues gives them. */
  values: unknown[][];
}

export function readTable(sheet: Sheet, choice?: MappingChoice): SheetTable | null {
  const values = sheet.getDataRange().getValues();
  const mapped = choice ? fromChoice(choice) : fromHeaders(values);
  if (!mapped) return null;
  const { headerRow } = mapped;
  const headers = (values[headerRow - 1] ?? []).map((cell) => headerText(cell));
  const firstRow = headerRow + 1;
  const computed = computedColumns(sheet, firstRow, headers.length);
  // A computed column is not also an input, whatever its header says ("Latest" reads as a
  // current value).
  const computedAt = new Set(Object.values(computed));
  const inputs = Object.fromEntries(
    Object.entries(mapped.columns).filter(([, column]) => !computedAt.has(column)),
  );
  const table: Table = {
    columns: { ...inputs, ...computed },
    history: mapped.history,
    firstRow,
  };
  return { table, headerRow, headers, duplicates: mapped.duplicates, values };
}

function headerText(cell: unknown): string {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell ?? '').trim();
}

interface Mapped {
  /** 1-based. */
  headerRow: number;
  columns: Columns;
  history: Table['history'];
  duplicates: SheetTable['duplicates'];
}

function fromHeaders(values: unknown[][]): Mapped | null {
  const found = mapColumns(values);
  if (!found) return null;
  const columns: Columns = {};
  for (const column of found.columns) columns[column.role] = column.index + 1;
  return {
    headerRow: found.headerRow + 1,
    columns,
    history: periodSpan(found.history.map((index) => index + 1)),
    duplicates: found.duplicates,
  };
}

function fromChoice(choice: MappingChoice): Mapped {
  const columns: Columns = {};
  const periods: number[] = [];
  const seen = new Map<InputRole, number[]>();
  for (const [key, role] of Object.entries(choice.columns)) {
    const column = Number(key);
    if (role === 'history') {
      periods.push(column);
      continue;
    }
    seen.set(role, [...(seen.get(role) ?? []), column]);
    columns[role] ??= column;
  }
  const duplicates = [...seen]
    .filter(([, at]) => at.length > 1)
    .map(([role, at]) => ({ role, headers: at.map(String) }));
  return {
    headerRow: choice.headerRow,
    columns,
    history: periodSpan(periods.sort((a, b) => a - b)),
    duplicates,
  };
}

/**
 * A KPI's history is one run of adjacent period columns. Where periods are split by other
 * columns, the last run is the one that holds the latest readings.
 */
function periodSpan(columns: number[]): Table['history'] {
  const last = columns[columns.length - 1];
  if (last === undefined) return null;
  let first = last;
  while (columns.includes(first - 1)) first--;
  return { first, last };
}

/** Computed columns already on the sheet, by the function their first data row calls. */
function computedColumns(sheet: Sheet, firstRow: number, width: number): Columns {
  if (width === 0 || firstRow > sheet.getMaxRows()) return {};
  const formulas = sheet.getRange(firstRow, 1, 1, width).getFormulas()[0] ?? [];
  const found: Columns = {};
  formulas.forEach((formula, index) => {
    const role = computedRoleOf(formula);
    if (role && found[role] === undefined) found[role] = index + 1;
  });
  return found;
}

export function computedRoleOf(formula: string): ComputedRole | null {
  const called = /^=\s*([A-Z]+)\(/i.exec(formula)?.[1]?.toUpperCase();
  return COMPUTED_ORDER.find((role) => COMPUTED_FUNCTIONS[role] === called) ?? null;
}
