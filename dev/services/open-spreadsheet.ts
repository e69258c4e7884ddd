/**
 * The state one open spreadsheet's SpreadsheetApp objects share, and the range look-ups they
 * all make, checked as Apps Script checks them.
 */
import { type GridRange, readA1Range, splitSheetName } from '../engine/a1';
import type { LocalWorkbook } from '../engine/workbook';
import { parametersMismatch } from './calls';
import { isInteger } from './grid';
import { type OpenEnds, Range } from './range';
import type { Ui, UiRecorder } from './ui';

export const RANGE_NOT_FOUND = 'Range not found';
export const OUTSIDE_SHEET =
  'The coordinates of the range are outside the dimensions of the sheet.';

let spreadsheetsOpened = 0;

/** What every object of one open spreadsheet shares. Never handed to the add-on. */
export class OpenSpreadsheet {
  activeSheet: string;
  /**
   * Each sheet's selection, where the add-on made one (activate, setActiveSelection); A1 of a
   * sheet it never selected in. Coming back to a sheet finds its selection, as in Sheets.
   */
  readonly selections = new Map<string, GridRange>();
  readonly id = `local-spreadsheet-${++spreadsheetsOpened}`;

  constructor(
    readonly workbook: LocalWorkbook,
    readonly ui: Ui,
    readonly recorder: UiRecorder,
    activeSheet: string,
  ) {
    this.activeSheet = activeSheet;
  }

  /** The sheet's own spelling of `name`: Sheets matches sheet names ignoring letter case. */
  sheetNamed(name: string): string | null {
    const wanted = name.toLowerCase();
    return this.workbook.sheetNames().find((sheet) => sheet.toLowerCase() === wanted) ?? null;
  }

  /** The sheet's rows and columns, as getMaxRows and getMaxColumns give them. */
  gridSize(sheet: string): { rows: number; columns: number } {
    return this.workbook.gridSize(sheet);
  }

  /** The rows and columns holding content, as getLastRow and getLastColumn count them. */
  usedSize(sheet: string): { rows: number; columns: number } {
    return this.workbook.usedSize(sheet);
  }

  /** The selection of a sheet: what was selected there last, else its A1. */
  selection(sheet: string): Range {
    const grid = this.selections.get(sheet) ?? { row: 0, column: 0, rows: 1, columns: 1 };
    return new Range(this, sheet, grid);
  }

  /** getRange(row, column, numRows, numColumns), 1-based, checked as Apps Script checks it. */
  rangeAt(sheet: string, method: string, args: readonly unknown[]): Range {
    const [row, column, rows = 1, columns = 1] = args;
    if (!isInteger(row) || !isInteger(column) || !isInteger(rows) || !isInteger(columns)) {
      throw parametersMismatch(method, args);
    }
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (rows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (columns < 1) throw new Error('The number of columns in the range must be at least 1.');
    return this.gridRange(sheet, { row: row - 1, column: column - 1, rows, columns });
  }

  gridRange(sheet: string, grid: GridRange, openEnds?: OpenEnds): Range {
    const size = this.gridSize(sheet);
    if (grid.row + grid.rows > size.rows || grid.column + grid.columns > size.columns) {
      throw new Error(OUTSIDE_SHEET);
    }
    return new Range(this, sheet, grid, openEnds);
  }

  /**
   * "B3", "A1:C10", and open ranges: "K:K" and "A2:B" run to the sheet's last row, "2:2" and
   * "B2:2" to its last column, and keep doing so as the sheet grows.
   */
  a1Range(defaultSheet: string, a1: unknown, method: string): Range {
    if (typeof a1 !== 'string') throw parametersMismatch(method, [a1]);
    const { sheetName, range } = splitSheetName(a1);
    const sheet = sheetName === null ? defaultSheet : this.sheetNamed(sheetName);
    const grid = sheet === null ? null : readA1Range(range, this.gridSize(sheet));
    if (sheet === null || grid === null) throw new Error(RANGE_NOT_FOUND);
    return this.gridRange(sheet, grid, openEndsOf(range));
  }
}

/** Which ends of an A1 range are open: "A2:A" runs to the last row, "B2:2" to the last column. */
function openEndsOf(a1: string): OpenEnds {
  const [start = '', end] = a1.split(':');
  if (end === undefined) return { rows: false, columns: false };
  const hasRow = (point: string) => /\d/.test(point);
  const hasColumn = (point: string) => /[A-Za-z]/.test(point);
  return {
    rows: !hasRow(start) || !hasRow(end),
    columns: !hasColumn(start) || !hasColumn(end),
  };
}
