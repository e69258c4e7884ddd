/**
 * The state one open spreadsheet's SpreadsheetApp objects share, and the range look-ups they
 * all make, checked as Apps Script checks them.
 */
import { type GridRange, readA1Range, splitSheetName } from '../engine/a1';
import type { LocalWorkbook } from '../engine/workbook';
import { parametersMismatch } from './calls';
import { indices, isInteger } from './grid';
import { Range } from './range';
import type { Ui, UiRecorder } from './ui';

/** A new sheet in Sheets has 1,000 rows and 26 columns; the grid grows to fit its data. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

export const RANGE_NOT_FOUND = 'Range not found';
const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';

let spreadsheetsOpened = 0;

/** What every object of one open spreadsheet shares. Never handed to the add-on. */
export class OpenSpreadsheet {
  activeSheet: string;
  /** Rows and columns each sheet has, where they were grown past the defaults. */
  readonly grids = new Map<string, { rows: number; columns: number }>();
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

  gridSize(sheet: string): { rows: number; columns: number } {
    const grid = this.grids.get(sheet) ?? { rows: NEW_SHEET_ROWS, columns: NEW_SHEET_COLUMNS };
    const extent = this.workbook.size(sheet);
    return {
      rows: Math.max(grid.rows, extent.rows),
      columns: Math.max(grid.columns, extent.columns),
    };
  }

  growGrid(sheet: string, rows: number, columns: number): void {
    const grid = this.gridSize(sheet);
    this.grids.set(sheet, {
      rows: Math.max(grid.rows, rows),
      columns: Math.max(grid.columns, columns),
    });
  }

  /**
   * The rows and columns holding content (a value, or a formula even if it shows blank), as
   * getLastRow and getLastColumn count them. The workbook's own extent is only an upper
   * bound: it does not shrink when the last rows are cleared.
   */
  usedSize(sheet: string): { rows: number; columns: number } {
    const extent = this.workbook.size(sheet);
    const used = (row: number, column: number) =>
      this.workbook.value(sheet, row, column) !== '' ||
      this.workbook.formula(sheet, row, column) !== '';
    const rowUsed = (row: number) => indices(extent.columns).some((column) => used(row, column));
    let rows = extent.rows;
    while (rows > 0 && !rowUsed(rows - 1)) rows--;
    const columnUsed = (column: number) => indices(rows).some((row) => used(row, column));
    let columns = rows === 0 ? 0 : extent.columns;
    while (columns > 0 && !columnUsed(columns - 1)) columns--;
    return { rows, columns };
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

  gridRange(sheet: string, grid: GridRange): Range {
    const size = this.gridSize(sheet);
    if (grid.row + grid.rows > size.rows || grid.column + grid.columns > size.columns) {
      throw new Error(OUTSIDE_SHEET);
    }
    return new Range(this, sheet, grid);
  }

  a1Range(defaultSheet: string, a1: unknown, method: string): Range {
    if (typeof a1 !== 'string') throw parametersMismatch(method, [a1]);
    const { sheetName, range } = splitSheetName(a1);
    const sheet = sheetName === null ? defaultSheet : this.sheetNamed(sheetName);
    const grid = sheet === null ? null : readA1Range(range, this.gridSize(sheet));
    if (sheet === null || grid === null) throw new Error(RANGE_NOT_FOUND);
    return this.gridRange(sheet, grid);
  }
}
