/** Range: a block of one sheet's cells, read and written as Apps Script's Range does. */
import { type GridRange, rangeToA1 } from '../engine/a1';
import { shiftReferences } from '../engine/references';
import { dateToSerial, isDate, type SheetsValue } from '../engine/values';
import type { CellContent } from '../engine/workbook';
import { APPS_SCRIPT_CLASS, AppsScriptObject, parametersMismatch } from './calls';
import { DataValidation } from './data-validation';
import { indices, isInteger } from './grid';
import type { OpenSpreadsheet } from './open-spreadsheet';
import { Sheet } from './sheet';

const GENERAL_FORMAT = 'General';
/** What Sheets puts on a cell written a Date, so it shows as a date and not a serial number. */
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const DATE_FORMAT_TOKENS = /[dy]{2}/i;

/**
 * A value as Sheets stores what setValues writes: a string starting with "=" is a formula, ""
 * empties the cell, and a Date is its serial number (its cell is then formatted as a date).
 */
function cellContent(value: unknown): CellContent {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (isDate(value)) return dateToSerial(new Date(value.getTime()));
  return String(value);
}

export class Range extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Range';
  readonly #open: OpenSpreadsheet;
  readonly #sheet: string;
  readonly #grid: GridRange;

  constructor(open: OpenSpreadsheet, sheet: string, grid: GridRange) {
    super();
    this.#open = open;
    this.#sheet = sheet;
    this.#grid = { ...grid };
  }

  /** Where a range is, for the emulation's own use: the add-on cannot reach a static. */
  static locate(range: Range): { sheet: string; grid: GridRange } {
    return { sheet: range.#sheet, grid: { ...range.#grid } };
  }

  getSheet(): Sheet {
    return new Sheet(this.#open, this.#sheet);
  }

  getRow(): number {
    return this.#grid.row + 1;
  }

  getColumn(): number {
    return this.#grid.column + 1;
  }

  getNumRows(): number {
    return this.#grid.rows;
  }

  getNumColumns(): number {
    return this.#grid.columns;
  }

  getLastRow(): number {
    return this.#grid.row + this.#grid.rows;
  }

  getLastColumn(): number {
    return this.#grid.column + this.#grid.columns;
  }

  /** "A1:B2", without the sheet name; a single cell as "A1". */
  getA1Notation(): string {
    return rangeToA1(this.#grid);
  }

  /** The same size unless given, moved by the offsets; it must stay on the sheet. */
  offset(rowOffset: unknown, columnOffset: unknown, ...size: unknown[]): Range {
    const args = [rowOffset, columnOffset, ...size];
    const [numRows = this.#grid.rows, numColumns = this.#grid.columns] = size;
    if (size.length > 2 || !isInteger(rowOffset) || !isInteger(columnOffset)) {
      throw parametersMismatch('SpreadsheetApp.Range.offset', args);
    }
    return this.#open.rangeAt(this.#sheet, 'SpreadsheetApp.Range.offset', [
      this.getRow() + rowOffset,
      this.getColumn() + columnOffset,
      numRows,
      numColumns,
    ]);
  }

  // Values -----------------------------------------------------------------------------------

  /** Numbers, strings, booleans and Dates; "" for an empty cell; an error as its text. */
  getValues(): SheetsValue[][] {
    return this.#read((row, column) => this.#open.workbook.value(this.#sheet, row, column));
  }

  getValue(): SheetsValue {
    return this.#open.workbook.value(this.#sheet, this.#grid.row, this.#grid.column);
  }

  /**
   * Writes every cell in one recalculation. A string starting with "=" is a formula; text
   * meant literally starts with "'". The data must have the range's exact shape.
   */
  setValues(values: unknown): Range {
    const rows = this.#checkShape(values, 'setValues');
    this.#write(rows);
    return this;
  }

  /** Every cell of the range gets the value; a formula's references move with each cell. */
  setValue(value: unknown): Range {
    this.#fill(value);
    return this;
  }

  getDisplayValues(): string[][] {
    return this.#read((row, column) => this.#open.workbook.display(this.#sheet, row, column));
  }

  getDisplayValue(): string {
    return this.#open.workbook.display(this.#sheet, this.#grid.row, this.#grid.column);
  }

  /** "=SUM(A1:A3)" for a formula, "" for a cell holding a value. */
  getFormulas(): string[][] {
    return this.#read((row, column) => this.#open.workbook.formula(this.#sheet, row, column));
  }

  getFormula(): string {
    return this.#open.workbook.formula(this.#sheet, this.#grid.row, this.#grid.column);
  }

  setFormulas(formulas: unknown): Range {
    const rows = this.#checkShape(formulas, 'setFormulas');
    if (!rows.every((row) => row.every((formula) => typeof formula === 'string'))) {
      throw parametersMismatch('SpreadsheetApp.Range.setFormulas', [formulas]);
    }
    this.#write(rows);
    return this;
  }

  /** The formula is written for the top-left cell; the others get it moved, as a fill does. */
  setFormula(formula: unknown): Range {
    if (typeof formula !== 'string') {
      throw parametersMismatch('SpreadsheetApp.Range.setFormula', [formula]);
    }
    this.#fill(formula);
    return this;
  }

  /** Empties the cells; their formats and validation stay. */
  clearContent(): Range {
    this.#fill(null);
    return this;
  }

  // Formats ----------------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this.#read((row, column) => this.#numberFormat(row, column));
  }

  getNumberFormat(): string {
    return this.#numberFormat(this.#grid.row, this.#grid.column);
  }

  setNumberFormat(numberFormat: unknown): Range {
    if (typeof numberFormat !== 'string') {
      throw parametersMismatch('SpreadsheetApp.Range.setNumberFormat', [numberFormat]);
    }
    this.#open.workbook.setNumberFormat(this.#sheet, this.#grid, numberFormat);
    return this;
  }

  setNumberFormats(numberFormats: unknown): Range {
    const rows = this.#checkShape(numberFormats, 'setNumberFormats');
    rows.forEach((formats, rowOffset) => {
      formats.forEach((format, columnOffset) => {
        const cell = this.#cell(rowOffset, columnOffset);
        this.#open.workbook.setNumberFormat(this.#sheet, cell, String(format));
      });
    });
    return this;
  }

  /** Colours and weights are not kept by the workbook: these only count as calls. */
  setBackground(_color: string | null): Range {
    return this;
  }

  setFontColor(_color: string | null): Range {
    return this;
  }

  setFontWeight(_fontWeight: string | null): Range {
    return this;
  }

  // Data validation --------------------------------------------------------------------------

  /** Sets the rule on every cell, or removes it given null. */
  setDataValidation(rule: unknown): Range {
    if (rule !== null && !(rule instanceof DataValidation)) {
      throw parametersMismatch('SpreadsheetApp.Range.setDataValidation', [rule]);
    }
    const record = rule === null ? null : DataValidation.toWorkbook(rule);
    this.#open.workbook.setDataValidation(this.#sheet, this.#grid, record);
    return this;
  }

  /** The rule of the top-left cell, or null. */
  getDataValidation(): DataValidation | null {
    return this.#dataValidation(this.#grid.row, this.#grid.column);
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.#read((row, column) => this.#dataValidation(row, column));
  }

  // ------------------------------------------------------------------------------------------

  #read<T>(readCell: (row: number, column: number) => T): T[][] {
    const { row, column, rows, columns } = this.#grid;
    return indices(rows).map((down) =>
      indices(columns).map((across) => readCell(row + down, column + across)),
    );
  }

  #cell(rowOffset: number, columnOffset: number): GridRange {
    return {
      row: this.#grid.row + rowOffset,
      column: this.#grid.column + columnOffset,
      rows: 1,
      columns: 1,
    };
  }

  #numberFormat(row: number, column: number): string {
    return this.#open.workbook.numberFormat(this.#sheet, row, column) ?? GENERAL_FORMAT;
  }

  #dataValidation(row: number, column: number): DataValidation | null {
    const record = this.#open.workbook.dataValidation(this.#sheet, row, column);
    return record === null ? null : new DataValidation(record);
  }

  #checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || !data.every((row): row is unknown[] => Array.isArray(row))) {
      throw parametersMismatch(`SpreadsheetApp.Range.${method}`, [data]);
    }
    const { rows, columns } = this.#grid;
    if (data.length !== rows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`,
      );
    }
    for (const row of data) {
      if (row.length !== columns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${columns}.`,
        );
      }
    }
    return data;
  }

  #fill(value: unknown): void {
    const { rows, columns } = this.#grid;
    const formula = typeof value === 'string' && value.startsWith('=') ? value : null;
    this.#write(
      indices(rows).map((down) =>
        indices(columns).map((across) =>
          formula === null ? value : shiftReferences(formula, down, across),
        ),
      ),
    );
  }

  /**
   * One write, so one recalculation. A cell written a Date gets a date format unless it has
   * one, as in Sheets: the workbook holds only its serial number.
   */
  #write(values: unknown[][]): void {
    const { row, column } = this.#grid;
    const contents = values.map((cells) => cells.map(cellContent));
    this.#open.workbook.setContents(this.#sheet, row, column, contents);
    values.forEach((cells, rowOffset) => {
      cells.forEach((value, columnOffset) => {
        if (!isDate(value)) return;
        const cell = this.#cell(rowOffset, columnOffset);
        const current = this.#open.workbook.numberFormat(this.#sheet, cell.row, cell.column);
        if (DATE_FORMAT_TOKENS.test(current ?? '')) return;
        const midnight = value.getHours() + value.getMinutes() + value.getSeconds() === 0;
        const format = midnight ? DATE_FORMAT : DATE_TIME_FORMAT;
        this.#open.workbook.setNumberFormat(this.#sheet, cell, format);
      });
    });
  }
}
