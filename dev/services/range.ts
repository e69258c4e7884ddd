/** Range: a block of one sheet's cells, read and written as Apps Script's Range does. */
import { columnLetters, type GridRange } from '../engine/a1';
import { shiftReferences } from '../engine/references';
import { typedContent } from '../engine/typed';
import { dateToSerial, isDate, type SheetsValue } from '../engine/values';
import type { CellContent } from '../engine/workbook';
import { APPS_SCRIPT_CLASS, AppsScriptObject, parametersMismatch } from './calls';
import { DataValidation } from './data-validation';
import {
  addDeveloperMetadata,
  type DeveloperMetadata,
  DeveloperMetadataFinder,
  metadataOfRange,
} from './developer-metadata';
import { indices, isInteger } from './grid';
import type { OpenSpreadsheet } from './open-spreadsheet';
import { Sheet } from './sheet';

const GENERAL_FORMAT = 'General';
/** What Sheets puts on a cell written a Date, so it shows as a date and not a serial number. */
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const DATE_FORMAT_TOKENS = /[dy]{2}/i;
const DEFAULT_BACKGROUND = '#ffffff';
const DEFAULT_FONT_WEIGHT = 'normal';

/** A range made from "K:K" or "A2:B" runs to the sheet's last row, however many it gets. */
export interface OpenEnds {
  rows: boolean;
  columns: boolean;
}

/**
 * A value as Sheets stores what setValues writes: a string is read as if typed (a formula,
 * a number, text behind "'": see typed.ts), "" empties the cell, and a Date is its serial
 * number (its cell is then formatted as a date).
 */
function cellContent(value: unknown): CellContent {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return typedContent(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return dateToSerial(new Date(value.getTime()));
  return String(value);
}

/** A formula as setFormula(s) writes it: text starting with "=" is the formula, as given. */
function formulaContent(value: unknown): CellContent {
  return typeof value === 'string' && value.startsWith('=') ? value : cellContent(value);
}

export class Range extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Range';
  readonly #open: OpenSpreadsheet;
  readonly #sheet: string;
  readonly #start: GridRange;
  readonly #openEnds: OpenEnds;

  constructor(
    open: OpenSpreadsheet,
    sheet: string,
    grid: GridRange,
    openEnds: OpenEnds = { rows: false, columns: false },
  ) {
    super();
    this.#open = open;
    this.#sheet = sheet;
    this.#start = { ...grid };
    this.#openEnds = { ...openEnds };
  }

  /** Where a range is now, for the emulation's own use: the add-on cannot reach a static. */
  static locate(range: Range): { sheet: string; grid: GridRange; openEnds: OpenEnds } {
    return { sheet: range.#sheet, grid: range.#grid, openEnds: { ...range.#openEnds } };
  }

  /** The cells it covers now: an open range reaches the sheet's current edge. */
  get #grid(): GridRange {
    const grid = { ...this.#start };
    if (!this.#openEnds.rows && !this.#openEnds.columns) return grid;
    const size = this.#open.gridSize(this.#sheet);
    if (this.#openEnds.rows) grid.rows = Math.max(size.rows - grid.row, 1);
    if (this.#openEnds.columns) grid.columns = Math.max(size.columns - grid.column, 1);
    return grid;
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
    const grid = this.#grid;
    return grid.row + grid.rows;
  }

  getLastColumn(): number {
    const grid = this.#grid;
    return grid.column + grid.columns;
  }

  /**
   * "A1:B2", without the sheet name; a single cell as "A1". A range opened as "K:K", "A2:B",
   * "2:2" or "B2:2" keeps its open end, as in Apps Script.
   */
  getA1Notation(): string {
    const { row, column, rows, columns } = this.#grid;
    const openRows = this.#openEnds.rows;
    const openColumns = this.#openEnds.columns;
    if (!openRows && !openColumns) {
      const start = `${columnLetters(column)}${row + 1}`;
      if (rows === 1 && columns === 1) return start;
      return `${start}:${columnLetters(column + columns - 1)}${row + rows}`;
    }
    const startColumn = openColumns && column === 0 ? '' : columnLetters(column);
    const startRow = openRows && row === 0 ? '' : String(row + 1);
    const endColumn = openColumns ? '' : columnLetters(column + columns - 1);
    const endRow = openRows ? '' : String(row + rows);
    return `${startColumn}${startRow}:${endColumn}${endRow}`;
  }

  /** The same size unless given, moved by the offsets; it must stay on the sheet. */
  offset(rowOffset: unknown, columnOffset: unknown, ...size: unknown[]): Range {
    const args = [rowOffset, columnOffset, ...size];
    const grid = this.#grid;
    const [numRows = grid.rows, numColumns = grid.columns] = size;
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

  /** Makes this the selection, on its sheet brought to the front. */
  activate(): Range {
    this.#open.activeSheet = this.#sheet;
    this.#open.selections.set(this.#sheet, this.#grid);
    return this;
  }

  // Values -----------------------------------------------------------------------------------

  /** Numbers, strings, booleans and Dates; "" for an empty cell; an error as its text. */
  getValues(): SheetsValue[][] {
    return this.#read((row, column) => this.#open.workbook.value(this.#sheet, row, column));
  }

  getValue(): SheetsValue {
    const { row, column } = this.#grid;
    return this.#open.workbook.value(this.#sheet, row, column);
  }

  /**
   * Writes every cell in one recalculation. Strings are read as typed: "=..." (and "+..." or
   * "-..." that is not a number) is a formula, numeric text a number; text meant literally
   * starts with "'". The data must have the range's exact shape.
   */
  setValues(values: unknown): Range {
    const rows = this.#checkShape(values, 'setValues');
    this.#write(rows, cellContent);
    return this;
  }

  /** Every cell of the range gets the value; a formula's references move with each cell. */
  setValue(value: unknown): Range {
    this.#fill(value, cellContent);
    return this;
  }

  getDisplayValues(): string[][] {
    return this.#read((row, column) => this.#open.workbook.display(this.#sheet, row, column));
  }

  getDisplayValue(): string {
    const { row, column } = this.#grid;
    return this.#open.workbook.display(this.#sheet, row, column);
  }

  /** "=SUM(A1:A3)" for a formula, as written (open ranges such as F3:F too); "" for a value. */
  getFormulas(): string[][] {
    return this.#read((row, column) => this.#open.workbook.formula(this.#sheet, row, column));
  }

  getFormula(): string {
    const { row, column } = this.#grid;
    return this.#open.workbook.formula(this.#sheet, row, column);
  }

  setFormulas(formulas: unknown): Range {
    const rows = this.#checkShape(formulas, 'setFormulas');
    if (!rows.every((row) => row.every((formula) => typeof formula === 'string'))) {
      throw parametersMismatch('SpreadsheetApp.Range.setFormulas', [formulas]);
    }
    this.#write(rows, formulaContent);
    return this;
  }

  /** The formula is written for the top-left cell; the others get it moved, as a fill does. */
  setFormula(formula: unknown): Range {
    if (typeof formula !== 'string') {
      throw parametersMismatch('SpreadsheetApp.Range.setFormula', [formula]);
    }
    this.#fill(formula, formulaContent);
    return this;
  }

  /** Empties the cells; their formats and validation stay. */
  clearContent(): Range {
    this.#fill(null, cellContent);
    return this;
  }

  /** Removes number formats, colours and font weights; content and validation stay. */
  clearFormat(): Range {
    this.#open.workbook.clearFormats(this.#sheet, this.#grid);
    return this;
  }

  /** Empties the cells and removes their formats, as Range.clear() with no options does. */
  clear(): Range {
    this.clearContent();
    return this.clearFormat();
  }

  // Formats ----------------------------------------------------------------------------------

  getNumberFormats(): string[][] {
    return this.#read((row, column) => this.#numberFormat(row, column));
  }

  getNumberFormat(): string {
    const { row, column } = this.#grid;
    return this.#numberFormat(row, column);
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

  /** Kept on the cells (the preview draws them under conditional formatting); null resets. */
  setBackground(color: unknown): Range {
    return this.#setTextFormat('setBackground', color, 'background');
  }

  setFontColor(color: unknown): Range {
    return this.#setTextFormat('setFontColor', color, 'fontColor');
  }

  /** "bold" or "normal"; null resets. */
  setFontWeight(fontWeight: unknown): Range {
    if (fontWeight !== null && fontWeight !== 'bold' && fontWeight !== 'normal') {
      throw parametersMismatch('SpreadsheetApp.Range.setFontWeight', [fontWeight]);
    }
    return this.#setTextFormat('setFontWeight', fontWeight, 'fontWeight');
  }

  /** The top-left cell's background, "#ffffff" where none was set. */
  getBackground(): string {
    const { row, column } = this.#grid;
    return this.#textFormat(row, column).background ?? DEFAULT_BACKGROUND;
  }

  getBackgrounds(): string[][] {
    return this.#read(
      (row, column) => this.#textFormat(row, column).background ?? DEFAULT_BACKGROUND,
    );
  }

  getFontWeight(): string {
    const { row, column } = this.#grid;
    return this.#textFormat(row, column).fontWeight ?? DEFAULT_FONT_WEIGHT;
  }

  getFontWeights(): string[][] {
    return this.#read(
      (row, column) => this.#textFormat(row, column).fontWeight ?? DEFAULT_FONT_WEIGHT,
    );
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
    const { row, column } = this.#grid;
    return this.#dataValidation(row, column);
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.#read((row, column) => this.#dataValidation(row, column));
  }

  // Developer metadata -----------------------------------------------------------------------

  /**
   * addDeveloperMetadata(key), (key, value), (key, visibility), (key, value, visibility), on a
   * range of whole columns ("K:K", or rows 1 to getMaxRows()) or whole rows ("2:2"): it stays
   * attached to those columns or rows wherever they move. Other ranges are refused, as in
   * Sheets.
   */
  addDeveloperMetadata(...args: unknown[]): Range {
    addDeveloperMetadata(
      this.#open,
      metadataOfRange(this.#open, this.#sheet, this.#grid),
      args,
      'SpreadsheetApp.Range.addDeveloperMetadata',
    );
    return this;
  }

  /** The metadata attached to exactly these whole columns or rows. */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return new DeveloperMetadataFinder(this.#open, {
      kind: 'range',
      sheet: this.#sheet,
      grid: this.#grid,
    }).find();
  }

  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.#open, {
      kind: 'range',
      sheet: this.#sheet,
      grid: this.#grid,
    });
  }

  // ------------------------------------------------------------------------------------------

  #read<T>(readCell: (row: number, column: number) => T): T[][] {
    const { row, column, rows, columns } = this.#grid;
    return indices(rows).map((down) =>
      indices(columns).map((across) => readCell(row + down, column + across)),
    );
  }

  #cell(rowOffset: number, columnOffset: number): GridRange {
    const { row, column } = this.#grid;
    return { row: row + rowOffset, column: column + columnOffset, rows: 1, columns: 1 };
  }

  #numberFormat(row: number, column: number): string {
    return this.#open.workbook.numberFormat(this.#sheet, row, column) ?? GENERAL_FORMAT;
  }

  #textFormat(row: number, column: number) {
    return this.#open.workbook.textFormat(this.#sheet, row, column);
  }

  #setTextFormat(
    method: string,
    value: unknown,
    part: 'background' | 'fontColor' | 'fontWeight',
  ): Range {
    if (value !== null && typeof value !== 'string') {
      throw parametersMismatch(`SpreadsheetApp.Range.${method}`, [value]);
    }
    this.#open.workbook.setTextFormat(this.#sheet, this.#grid, { [part]: value });
    return this;
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

  #fill(value: unknown, content: (value: unknown) => CellContent): void {
    const { rows, columns } = this.#grid;
    const formula = typeof value === 'string' && value.startsWith('=') ? value : null;
    this.#write(
      indices(rows).map((down) =>
        indices(columns).map((across) =>
          formula === null ? value : shiftReferences(formula, down, across),
        ),
      ),
      content,
    );
  }

  /**
   * One write, so one recalculation. A cell written a Date gets a date format unless it has
   * one, as in Sheets: the workbook holds only its serial number.
   */
  #write(values: unknown[][], content: (value: unknown) => CellContent): void {
    const { row, column } = this.#grid;
    const contents = values.map((cells) => cells.map(content));
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
