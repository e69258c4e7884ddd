/**
 * Sheet: one tab of the open spreadsheet, named as the workbook names it. Its rows and columns
 * are Sheets' (1,000 x 26 for a new sheet, more for one made with data): getRange refuses what
 * lies beyond them, and inserting or deleting rows and columns moves cells, formulas'
 * references, formats and developer metadata as Sheets does (see dev/engine/workbook.ts).
 */
import { APPS_SCRIPT_CLASS, AppsScriptObject, parametersMismatch } from './calls';
import { ConditionalFormatRule } from './conditional-format';
import {
  addDeveloperMetadata,
  type DeveloperMetadata,
  DeveloperMetadataFinder,
} from './developer-metadata';
import { isInteger } from './grid';
import { type OpenSpreadsheet, RANGE_NOT_FOUND } from './open-spreadsheet';
import { Range } from './range';
import { Spreadsheet } from './spreadsheet-app';

const ROWS_OUT_OF_BOUNDS = 'Those rows are out of bounds.';
const COLUMNS_OUT_OF_BOUNDS = 'Those columns are out of bounds.';
/** Sheets' width of a column nobody resized, in pixels. */
const DEFAULT_COLUMN_WIDTH = 100;

export class Sheet extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Sheet';
  readonly #open: OpenSpreadsheet;
  readonly #name: string;

  constructor(open: OpenSpreadsheet, name: string) {
    super();
    this.#open = open;
    this.#name = name;
  }

  getName(): string {
    return this.#name;
  }

  getSheetId(): number {
    return this.#open.workbook.sheetId(this.#name);
  }

  getParent(): Spreadsheet {
    return new Spreadsheet(this.#open);
  }

  activate(): Sheet {
    this.#open.activeSheet = this.#name;
    return this;
  }

  /** getRange(a1), getRange(row, column), (row, column, numRows), (row, column, numRows, numColumns). */
  getRange(...args: unknown[]): Range {
    if (typeof args[0] === 'string') {
      if (args.length > 1) throw parametersMismatch('SpreadsheetApp.Sheet.getRange', args);
      const range = this.#open.a1Range(this.#name, args[0], 'SpreadsheetApp.Sheet.getRange');
      if (Range.locate(range).sheet !== this.#name) throw new Error(RANGE_NOT_FOUND);
      return range;
    }
    if (args.length < 2 || args.length > 4) {
      throw parametersMismatch('SpreadsheetApp.Sheet.getRange', args);
    }
    return this.#open.rangeAt(this.#name, 'SpreadsheetApp.Sheet.getRange', args);
  }

  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): Range {
    const used = this.#open.usedSize(this.#name);
    return this.#open.rangeAt(this.#name, 'SpreadsheetApp.Sheet.getDataRange', [
      1,
      1,
      Math.max(used.rows, 1),
      Math.max(used.columns, 1),
    ]);
  }

  getLastRow(): number {
    return this.#open.usedSize(this.#name).rows;
  }

  getLastColumn(): number {
    return this.#open.usedSize(this.#name).columns;
  }

  getMaxRows(): number {
    return this.#open.gridSize(this.#name).rows;
  }

  getMaxColumns(): number {
    return this.#open.gridSize(this.#name).columns;
  }

  getFrozenRows(): number {
    return this.#open.workbook.frozenRows(this.#name);
  }

  setFrozenRows(rows: unknown): void {
    if (!isInteger(rows)) throw parametersMismatch('SpreadsheetApp.Sheet.setFrozenRows', [rows]);
    this.#open.workbook.setFrozenRows(this.#name, rows);
  }

  getFrozenColumns(): number {
    return this.#open.workbook.frozenColumns(this.#name);
  }

  setFrozenColumns(columns: unknown): void {
    if (!isInteger(columns)) {
      throw parametersMismatch('SpreadsheetApp.Sheet.setFrozenColumns', [columns]);
    }
    this.#open.workbook.setFrozenColumns(this.#name, columns);
  }

  /** The sheet's rules, in order; the first whose formula holds colours the cell. */
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.#open.workbook.conditionalRules(this.#name).map(
      (rule) =>
        new ConditionalFormatRule({
          formula: rule.formula,
          background: rule.background,
          fontColor: rule.fontColor,
          ranges: rule.ranges.map(
            ({ openRows = false, openColumns = false, ...grid }) =>
              new Range(this.#open, this.#name, grid, { rows: openRows, columns: openColumns }),
          ),
        }),
    );
  }

  /** Replaces every rule of the sheet: to add one, get the rules, append, and set them all. */
  setConditionalFormatRules(rules: unknown): void {
    const method = 'SpreadsheetApp.Sheet.setConditionalFormatRules';
    if (!Array.isArray(rules) || !rules.every((rule) => rule instanceof ConditionalFormatRule)) {
      throw parametersMismatch(method, [rules]);
    }
    this.#open.workbook.setConditionalRules(
      this.#name,
      rules.map((rule: ConditionalFormatRule) =>
        ConditionalFormatRule.toWorkbook(rule, this.#name),
      ),
    );
  }

  /**
   * Writes after the last row with content (see getLastRow: a formula's spilled "" counts),
   * from column A, its strings read as typed. A full sheet gets a row added first, formatted
   * like the row above it.
   */
  appendRow(rowContents: unknown): Sheet {
    if (!Array.isArray(rowContents)) {
      throw parametersMismatch('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    }
    if (rowContents.length === 0) return this;
    const workbook = this.#open.workbook;
    const row = this.#open.usedSize(this.#name).rows;
    const grid = this.#open.gridSize(this.#name);
    if (row >= grid.rows) workbook.insertRows(this.#name, grid.rows, 1, grid.rows - 1);
    if (rowContents.length > grid.columns) {
      const missing = rowContents.length - grid.columns;
      workbook.insertColumns(this.#name, grid.columns, missing, grid.columns - 1);
    }
    const cells = { row, column: 0, rows: 1, columns: rowContents.length };
    new Range(this.#open, this.#name, cells).setValues([rowContents]);
    return this;
  }

  // Rows and columns -------------------------------------------------------------------------

  /** Adds rows below `afterPosition`, formatted like it; formulas over F3:F cover them. */
  insertRowsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertRowsAfter';
    this.#insert('rows', method, [afterPosition, howMany], afterPosition, howMany, 'after');
    return this;
  }

  insertRowAfter(afterPosition: unknown): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertRowAfter';
    this.#insert('rows', method, [afterPosition], afterPosition, 1, 'after');
    return this;
  }

  /** Adds rows above `beforePosition`, formatted like it. */
  insertRowsBefore(beforePosition: unknown, howMany: unknown): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertRowsBefore';
    this.#insert('rows', method, [beforePosition, howMany], beforePosition, howMany, 'before');
    return this;
  }

  insertRowBefore(beforePosition: unknown): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertRowBefore';
    this.#insert('rows', method, [beforePosition], beforePosition, 1, 'before');
    return this;
  }

  /** insertRows(rowIndex) or insertRows(rowIndex, numRows): above rowIndex. */
  insertRows(rowIndex: unknown, numRows: unknown = 1): void {
    const method = 'SpreadsheetApp.Sheet.insertRows';
    this.#insert('rows', method, [rowIndex, numRows], rowIndex, numRows, 'before');
  }

  insertColumnsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertColumnsAfter';
    this.#insert('columns', method, [afterPosition, howMany], afterPosition, howMany, 'after');
    return this;
  }

  insertColumnAfter(afterPosition: unknown): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertColumnAfter';
    this.#insert('columns', method, [afterPosition], afterPosition, 1, 'after');
    return this;
  }

  insertColumnsBefore(beforePosition: unknown, howMany: unknown): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertColumnsBefore';
    this.#insert('columns', method, [beforePosition, howMany], beforePosition, howMany, 'before');
    return this;
  }

  insertColumnBefore(beforePosition: unknown): Sheet {
    const method = 'SpreadsheetApp.Sheet.insertColumnBefore';
    this.#insert('columns', method, [beforePosition], beforePosition, 1, 'before');
    return this;
  }

  /** insertColumns(columnIndex) or insertColumns(columnIndex, numColumns): left of it. */
  insertColumns(columnIndex: unknown, numColumns: unknown = 1): void {
    const method = 'SpreadsheetApp.Sheet.insertColumns';
    this.#insert('columns', method, [columnIndex, numColumns], columnIndex, numColumns, 'before');
  }

  /** Deletes rows with their cells, formats and metadata; references to them become #REF!. */
  deleteRows(rowPosition: unknown, howMany: unknown): void {
    this.#delete('rows', 'SpreadsheetApp.Sheet.deleteRows', [rowPosition, howMany]);
  }

  deleteRow(rowPosition: unknown): Sheet {
    this.#delete('rows', 'SpreadsheetApp.Sheet.deleteRow', [rowPosition, 1]);
    return this;
  }

  deleteColumns(columnPosition: unknown, howMany: unknown): void {
    this.#delete('columns', 'SpreadsheetApp.Sheet.deleteColumns', [columnPosition, howMany]);
  }

  deleteColumn(columnPosition: unknown): Sheet {
    this.#delete('columns', 'SpreadsheetApp.Sheet.deleteColumn', [columnPosition, 1]);
    return this;
  }

  /** Kept, not drawn: getColumnWidth gives it back. */
  setColumnWidth(columnPosition: unknown, width: unknown): Sheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: unknown, numColumns: unknown, width: unknown): Sheet {
    const args = [startColumn, numColumns, width];
    if (!isInteger(startColumn) || !isInteger(numColumns) || !isInteger(width)) {
      throw parametersMismatch('SpreadsheetApp.Sheet.setColumnWidths', args);
    }
    this.#checkColumns(startColumn, numColumns);
    for (let column = startColumn; column < startColumn + numColumns; column++) {
      this.#open.workbook.setColumnWidth(this.#name, column - 1, width);
    }
    return this;
  }

  /** In pixels: 100 for a column nobody resized. */
  getColumnWidth(columnPosition: unknown): number {
    if (!isInteger(columnPosition)) {
      throw parametersMismatch('SpreadsheetApp.Sheet.getColumnWidth', [columnPosition]);
    }
    this.#checkColumns(columnPosition, 1);
    const width = this.#open.workbook.columnWidth(this.#name, columnPosition - 1);
    return width ?? DEFAULT_COLUMN_WIDTH;
  }

  // Selection --------------------------------------------------------------------------------

  /** setActiveSelection(range) or setActiveSelection(a1Notation): selects it on this sheet. */
  setActiveSelection(range: unknown): Range {
    const method = 'SpreadsheetApp.Sheet.setActiveSelection';
    const selected =
      typeof range === 'string' ? this.#open.a1Range(this.#name, range, method) : range;
    if (!(selected instanceof Range) || Range.locate(selected).sheet !== this.#name) {
      throw parametersMismatch(method, [range]);
    }
    return selected.activate();
  }

  setActiveRange(range: unknown): Range {
    if (!(range instanceof Range) || Range.locate(range).sheet !== this.#name) {
      throw parametersMismatch('SpreadsheetApp.Sheet.setActiveRange', [range]);
    }
    return range.activate();
  }

  /** The sheet's selection: what was last selected on it, else its A1. */
  getActiveRange(): Range {
    return this.#open.selection(this.#name);
  }

  // Developer metadata -----------------------------------------------------------------------

  addDeveloperMetadata(...args: unknown[]): Sheet {
    addDeveloperMetadata(
      this.#open,
      { type: 'SHEET', sheet: this.#name },
      args,
      'SpreadsheetApp.Sheet.addDeveloperMetadata',
    );
    return this;
  }

  /** The metadata attached to the sheet itself (not to its rows or columns). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return new DeveloperMetadataFinder(this.#open, { kind: 'sheet', sheet: this.#name })
      .withLocationType('SHEET')
      .find();
  }

  /** Finds the sheet's own metadata and that of its rows and columns. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.#open, { kind: 'sheet', sheet: this.#name });
  }

  // ------------------------------------------------------------------------------------------

  /** Inserts `howMany` rows (or columns) after or before a 1-based position. */
  #insert(
    axis: 'rows' | 'columns',
    method: string,
    args: unknown[],
    position: unknown,
    howMany: unknown,
    side: 'after' | 'before',
  ): void {
    if (!isInteger(position) || !isInteger(howMany)) throw parametersMismatch(method, args);
    const size = this.#open.gridSize(this.#name)[axis];
    if (position < 1 || position > size || howMany < 1) {
      throw new Error(axis === 'rows' ? ROWS_OUT_OF_BOUNDS : COLUMNS_OUT_OF_BOUNDS);
    }
    // 0-based: after row 5 is before index 5, formatted like index 4; before row 5 is before
    // index 4, formatted like index 4 too (the row that moves down).
    const index = side === 'after' ? position : position - 1;
    const insert =
      axis === 'rows'
        ? this.#open.workbook.insertRows.bind(this.#open.workbook)
        : this.#open.workbook.insertColumns.bind(this.#open.workbook);
    insert(this.#name, index, howMany, position - 1);
  }

  #delete(axis: 'rows' | 'columns', method: string, args: unknown[]): void {
    const [position, howMany] = args;
    if (!isInteger(position) || !isInteger(howMany)) throw parametersMismatch(method, args);
    const size = this.#open.gridSize(this.#name)[axis];
    if (position < 1 || howMany < 1 || position + howMany - 1 > size) {
      throw new Error(axis === 'rows' ? ROWS_OUT_OF_BOUNDS : COLUMNS_OUT_OF_BOUNDS);
    }
    if (howMany >= size) {
      throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis}.`);
    }
    if (axis === 'rows') this.#open.workbook.deleteRows(this.#name, position - 1, howMany);
    else this.#open.workbook.deleteColumns(this.#name, position - 1, howMany);
  }

  #checkColumns(first: number, count: number): void {
    const columns = this.#open.gridSize(this.#name).columns;
    if (first < 1 || count < 1 || first + count - 1 > columns) {
      throw new Error(COLUMNS_OUT_OF_BOUNDS);
    }
  }

  /** Clears every cell's content and formatting (number formats, colours, weights). */
  clear(): Sheet {
    const used = this.#open.usedSize(this.#name);
    if (used.rows > 0 && used.columns > 0) {
      new Range(this.#open, this.#name, {
        row: 0,
        column: 0,
        rows: used.rows,
        columns: used.columns,
      }).clearContent();
    }
    const grid = this.#open.gridSize(this.#name);
    this.#open.workbook.clearFormats(this.#name, {
      row: 0,
      column: 0,
      rows: grid.rows,
      columns: grid.columns,
    });
    return this;
  }
}
