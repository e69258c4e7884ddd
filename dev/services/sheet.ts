/** Sheet: one tab of the open spreadsheet, named as the workbook names it. */
import { APPS_SCRIPT_CLASS, AppsScriptObject, parametersMismatch } from './calls';
import { ConditionalFormatRule } from './conditional-format';
import { isInteger } from './grid';
import { type OpenSpreadsheet, RANGE_NOT_FOUND } from './open-spreadsheet';
import { Range } from './range';
import { Spreadsheet } from './spreadsheet-app';

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
          ranges: rule.ranges.map((grid) => new Range(this.#open, this.#name, grid)),
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

  /** Writes after the last row with content, from column A; the grid grows to fit. */
  appendRow(rowContents: unknown): Sheet {
    if (!Array.isArray(rowContents)) {
      throw parametersMismatch('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    }
    if (rowContents.length === 0) return this;
    const row = this.#open.usedSize(this.#name).rows;
    this.#open.growGrid(this.#name, row + 1, rowContents.length);
    const grid = { row, column: 0, rows: 1, columns: rowContents.length };
    new Range(this.#open, this.#name, grid).setValues([rowContents]);
    return this;
  }

  /**
   * Clears the content of every cell. Apps Script clears formatting too; the workbook has no
   * way to remove a number format, so those stay.
   */
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
    return this;
  }
}
