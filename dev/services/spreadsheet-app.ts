/**
 * SpreadsheetApp over a LocalWorkbook, as far as the add-on uses it, behaving as Apps Script's
 * reference says: rows and columns count from 1 here and from 0 in the workbook, and this file
 * is the only place that converts. Errors carry Apps Script's own messages, so code that
 * handles them locally handles them in Sheets.
 */
import { columnIndex, type GridRange, rangeToA1, splitSheetName } from '../engine/a1';
import { shiftReferences } from '../engine/references';
import { dateToSerial, type SheetsValue } from '../engine/values';
import type {
  CellContent,
  ConditionalRule,
  DataValidation as DataValidationRecord,
  LocalWorkbook,
} from '../engine/workbook';
import { APPS_SCRIPT_CLASS, AppsScriptObject, enumeration, parametersMismatch } from './calls';
import type { Ui, UiRecorder } from './ui';

/** A new sheet in Sheets has 1,000 rows and 26 columns; the grid grows to fit its data. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;
const GENERAL_FORMAT = 'General';
/** What Sheets puts on a cell written a Date, so it shows as a date and not a serial number. */
const DATE_FORMAT = 'yyyy-mm-dd';
const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const DATE_FORMAT_TOKENS = /[dy]{2}/i;
const UNTITLED = 'Untitled spreadsheet';

const RANGE_NOT_FOUND = 'Range not found';
const OUTSIDE_SHEET = 'The coordinates of the range are outside the dimensions of the sheet.';

let spreadsheetsOpened = 0;

/** What every object of one open spreadsheet shares. Never handed to the add-on. */
class OpenSpreadsheet {
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
    const grid = sheet === null ? null : parseA1(range, this.gridSize(sheet));
    if (sheet === null || grid === null) throw new Error(RANGE_NOT_FOUND);
    return this.gridRange(sheet, grid);
  }
}

/**
 * A1 notation as Sheets reads it: "B3", "A1:C10", and open ranges that run to the grid's edge:
 * "A:A" and "A2:B" (whole columns), "2:3" (whole rows). Null when it is not A1 notation.
 */
function parseA1(a1: string, grid: { rows: number; columns: number }): GridRange | null {
  const parts = a1.split(':');
  if (parts.length > 2) return null;
  const start = endpoint(parts[0] ?? '');
  const end = parts[1] === undefined ? start : endpoint(parts[1]);
  if (!start || !end) return null;
  if (parts.length === 1 && (start.row === undefined || start.column === undefined)) return null;
  const columnOnly = (point: Endpoint) => point.row === undefined;
  const rowOnly = (point: Endpoint) => point.column === undefined;
  if ((columnOnly(start) && rowOnly(end)) || (rowOnly(start) && columnOnly(end))) return null;
  const top = start.row ?? 0;
  const bottom = end.row ?? grid.rows - 1;
  const left = start.column ?? 0;
  const right = end.column ?? grid.columns - 1;
  return {
    row: Math.min(top, bottom),
    column: Math.min(left, right),
    rows: Math.abs(bottom - top) + 1,
    columns: Math.abs(right - left) + 1,
  };
}

interface Endpoint {
  row: number | undefined;
  column: number | undefined;
}

function endpoint(text: string): Endpoint | null {
  const match = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text.trim());
  const [, letters, digits] = match ?? [];
  if (letters === undefined && digits === undefined) return null;
  const row = digits === undefined ? undefined : Number(digits) - 1;
  if (row !== undefined && row < 0) return null;
  return { row, column: letters === undefined ? undefined : columnIndex(letters) };
}

function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

function indices(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

function isDate(value: unknown): value is Date {
  // Dates made by Code.js come from the vm's realm, where `instanceof Date` is false.
  return Object.prototype.toString.call(value) === '[object Date]';
}

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

// ---------------------------------------------------------------------------------------------

class SpreadsheetApp extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'SpreadsheetApp';
  readonly BooleanCriteria = enumeration('BooleanCriteria', ['CUSTOM_FORMULA']);
  readonly DataValidationCriteria = enumeration('DataValidationCriteria', [
    'CHECKBOX',
    'VALUE_IN_LIST',
  ]);
  readonly #open: OpenSpreadsheet;

  constructor(open: OpenSpreadsheet) {
    super();
    this.#open = open;
  }

  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this.#open);
  }

  getActive(): Spreadsheet {
    return new Spreadsheet(this.#open);
  }

  getActiveSheet(): Sheet {
    return new Sheet(this.#open, this.#open.activeSheet);
  }

  /** The selection: nobody selects here, so it is A1 of the active sheet. */
  getActiveRange(): Range {
    return this.#open.rangeAt(this.#open.activeSheet, 'SpreadsheetApp.getActiveRange', [1, 1]);
  }

  getUi(): Ui {
    return this.#open.ui;
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder();
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }

  /** Every write is applied and recalculated at once here: there is nothing to flush. */
  flush(): void {}
}

class Spreadsheet extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Spreadsheet';
  readonly #open: OpenSpreadsheet;

  constructor(open: OpenSpreadsheet) {
    super();
    this.#open = open;
  }

  getId(): string {
    return this.#open.id;
  }

  getName(): string {
    return UNTITLED;
  }

  getSheets(): Sheet[] {
    return this.#open.workbook.sheetNames().map((name) => new Sheet(this.#open, name));
  }

  getSheetByName(name: unknown): Sheet | null {
    if (typeof name !== 'string') {
      throw parametersMismatch('SpreadsheetApp.Spreadsheet.getSheetByName', [name]);
    }
    const sheet = this.#open.sheetNamed(name);
    return sheet === null ? null : new Sheet(this.#open, sheet);
  }

  /**
   * insertSheet() or insertSheet(sheetName): the new sheet goes last and becomes the active
   * sheet. The overloads with an index or a template are not emulated.
   */
  insertSheet(...args: unknown[]): Sheet {
    const [name = this.#defaultSheetName()] = args;
    if (args.length > 1 || typeof name !== 'string') {
      throw new Error(`not emulated: Spreadsheet.insertSheet with (${args.map(String)})`);
    }
    if (this.#open.sheetNamed(name) !== null) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.#open.workbook.addSheet(name);
    this.#open.activeSheet = name;
    return new Sheet(this.#open, name);
  }

  getActiveSheet(): Sheet {
    return new Sheet(this.#open, this.#open.activeSheet);
  }

  setActiveSheet(sheet: unknown): Sheet {
    if (!(sheet instanceof Sheet)) {
      throw parametersMismatch('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    }
    return sheet.activate();
  }

  /** "Sheet1!A1:B2", or "A1:B2" on the active sheet. */
  getRange(a1: unknown): Range {
    return this.#open.a1Range(this.#open.activeSheet, a1, 'SpreadsheetApp.Spreadsheet.getRange');
  }

  toast(message: unknown, _title?: string, _timeoutSeconds?: number): void {
    this.#open.recorder.toasts.push(String(message));
  }

  #defaultSheetName(): string {
    let number = this.#open.workbook.sheetNames().length + 1;
    while (this.#open.sheetNamed(`Sheet${number}`) !== null) number++;
    return `Sheet${number}`;
  }
}

class Sheet extends AppsScriptObject {
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

class Range extends AppsScriptObject {
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
    const record = this.#open.workbook.dataValidation(
      this.#sheet,
      this.#grid.row,
      this.#grid.column,
    );
    return record === null ? null : new DataValidation(record);
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.#read((row, column) => {
      const record = this.#open.workbook.dataValidation(this.#sheet, row, column);
      return record === null ? null : new DataValidation(record);
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

// Conditional formatting -----------------------------------------------------------------------

interface RuleParts {
  formula: string | null;
  background: string | null;
  fontColor: string | null;
  ranges: Range[];
}

function copyParts(parts: RuleParts): RuleParts {
  return { ...parts, ranges: [...parts.ranges] };
}

/** Only custom-formula rules are emulated: the add-on colours rows by a formula on them. */
class ConditionalFormatRuleBuilder extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'ConditionalFormatRuleBuilder';
  readonly #parts: RuleParts;

  constructor(parts: RuleParts = { formula: null, background: null, fontColor: null, ranges: [] }) {
    super();
    this.#parts = copyParts(parts);
  }

  /** The formula is written for the top-left cell of each range, e.g. "=$B2<0.4". */
  whenFormulaSatisfied(formula: unknown): ConditionalFormatRuleBuilder {
    if (typeof formula !== 'string') {
      throw parametersMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.whenFormulaSatisfied', [
        formula,
      ]);
    }
    this.#parts.formula = formula;
    return this;
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.#parts.background = color ?? null;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.#parts.fontColor = color ?? null;
    return this;
  }

  setRanges(ranges: unknown): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges) || !ranges.every((range) => range instanceof Range)) {
      throw parametersMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    }
    this.#parts.ranges = [...ranges];
    return this;
  }

  getRanges(): Range[] {
    return [...this.#parts.ranges];
  }

  getBooleanCondition(): BooleanCondition | null {
    return this.#parts.formula === null ? null : new BooleanCondition(this.#parts);
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.#parts);
  }

  build(): ConditionalFormatRule {
    if (this.#parts.formula === null) {
      throw new Error(
        'not emulated: ConditionalFormatRuleBuilder.build without whenFormulaSatisfied',
      );
    }
    return new ConditionalFormatRule(this.#parts);
  }
}

class ConditionalFormatRule extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'ConditionalFormatRule';
  readonly #parts: RuleParts;

  constructor(parts: RuleParts) {
    super();
    this.#parts = copyParts(parts);
  }

  /** The rule as the workbook keeps it for `sheet`, whose cells its ranges must all be on. */
  static toWorkbook(rule: ConditionalFormatRule, sheet: string): ConditionalRule {
    const ranges = rule.#parts.ranges.map((range) => {
      const at = Range.locate(range);
      if (at.sheet !== sheet) {
        throw new Error(
          `a conditional format rule set on sheet "${sheet}" has a range on sheet "${at.sheet}"`,
        );
      }
      return at.grid;
    });
    return {
      ranges,
      formula: rule.#parts.formula ?? '',
      background: rule.#parts.background,
      fontColor: rule.#parts.fontColor,
    };
  }

  getRanges(): Range[] {
    return [...this.#parts.ranges];
  }

  getBooleanCondition(): BooleanCondition | null {
    return new BooleanCondition(this.#parts);
  }

  getGradientCondition(): null {
    return null;
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.#parts);
  }
}

class BooleanCondition extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'BooleanCondition';
  readonly #parts: RuleParts;

  constructor(parts: RuleParts) {
    super();
    this.#parts = copyParts(parts);
  }

  getCriteriaType(): 'CUSTOM_FORMULA' {
    return 'CUSTOM_FORMULA';
  }

  getCriteriaValues(): string[] {
    return [this.#parts.formula ?? ''];
  }

  getBackground(): string | null {
    return this.#parts.background;
  }

  getFontColor(): string | null {
    return this.#parts.fontColor;
  }
}

// Data validation -------------------------------------------------------------------------------

/** Rules are kept to be listed back and to show checkboxes; the workbook does not enforce them. */
class DataValidationBuilder extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'DataValidationBuilder';
  #criteria: string | null;
  #values: unknown[];
  /** A new rule warns about invalid data rather than rejecting it, as in Apps Script. */
  #allowInvalid: boolean;
  #helpText: string | null;

  constructor(record?: DataValidationRecord) {
    super();
    this.#criteria = record?.criteria ?? null;
    this.#values = copyCriteriaValues(record?.values ?? []);
    this.#allowInvalid = record?.allowInvalid ?? true;
    this.#helpText = record?.helpText ?? null;
  }

  /** getCriteriaValues() then gives [values, showDropdown]. */
  requireValueInList(values: unknown, showDropdown: unknown = true): DataValidationBuilder {
    if (
      !Array.isArray(values) ||
      !values.every((value) => typeof value === 'string') ||
      typeof showDropdown !== 'boolean'
    ) {
      throw parametersMismatch('SpreadsheetApp.DataValidationBuilder.requireValueInList', [
        values,
        showDropdown,
      ]);
    }
    this.#criteria = 'VALUE_IN_LIST';
    this.#values = [[...values], showDropdown];
    return this;
  }

  /** requireCheckbox(), or with the values a ticked and an unticked box hold. */
  requireCheckbox(...values: unknown[]): DataValidationBuilder {
    if (values.length > 2) {
      throw parametersMismatch('SpreadsheetApp.DataValidationBuilder.requireCheckbox', values);
    }
    this.#criteria = 'CHECKBOX';
    this.#values = [...values];
    return this;
  }

  setAllowInvalid(allowInvalidData: unknown): DataValidationBuilder {
    if (typeof allowInvalidData !== 'boolean') {
      throw parametersMismatch('SpreadsheetApp.DataValidationBuilder.setAllowInvalid', [
        allowInvalidData,
      ]);
    }
    this.#allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: unknown): DataValidationBuilder {
    if (typeof helpText !== 'string') {
      throw parametersMismatch('SpreadsheetApp.DataValidationBuilder.setHelpText', [helpText]);
    }
    this.#helpText = helpText;
    return this;
  }

  getCriteriaType(): string | null {
    return this.#criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyCriteriaValues(this.#values);
  }

  getAllowInvalid(): boolean {
    return this.#allowInvalid;
  }

  getHelpText(): string | null {
    return this.#helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.#record());
  }

  build(): DataValidation {
    if (this.#criteria === null) {
      throw new Error(
        'not emulated: DataValidationBuilder.build without requireValueInList or requireCheckbox',
      );
    }
    return new DataValidation(this.#record());
  }

  #record(): DataValidationRecord {
    return {
      criteria: this.#criteria ?? '',
      values: copyCriteriaValues(this.#values),
      allowInvalid: this.#allowInvalid,
      helpText: this.#helpText,
    };
  }
}

class DataValidation extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'DataValidation';
  readonly #record: DataValidationRecord;

  constructor(record: DataValidationRecord) {
    super();
    this.#record = { ...record, values: copyCriteriaValues(record.values) };
  }

  static toWorkbook(rule: DataValidation): DataValidationRecord {
    return { ...rule.#record, values: copyCriteriaValues(rule.#record.values) };
  }

  getCriteriaType(): string {
    return this.#record.criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyCriteriaValues(this.#record.values);
  }

  getAllowInvalid(): boolean {
    return this.#record.allowInvalid;
  }

  getHelpText(): string | null {
    return this.#record.helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.#record);
  }
}

/** A list's values are an array inside the criteria values: copied so no caller shares it. */
function copyCriteriaValues(values: readonly unknown[]): unknown[] {
  return values.map((value) => (Array.isArray(value) ? [...value] : value));
}

// ---------------------------------------------------------------------------------------------

/**
 * SpreadsheetApp for `workbook`, open on `activeSheet` (its first sheet unless given), and the
 * way for the user's own clicks to change the sheet in front.
 */
export function createSpreadsheetApp(
  workbook: LocalWorkbook,
  ui: Ui,
  recorder: UiRecorder,
  activeSheet?: string,
): { service: AppsScriptObject; setActiveSheet(sheet: string): void } {
  const first = workbook.sheetNames()[0];
  if (first === undefined) throw new Error('the workbook has no sheets');
  const open = new OpenSpreadsheet(workbook, ui, recorder, first);
  const setActiveSheet = (sheet: string) => {
    const name = open.sheetNamed(sheet);
    if (name === null) throw new Error(`no sheet named "${sheet}"`);
    open.activeSheet = name;
  };
  if (activeSheet !== undefined) setActiveSheet(activeSheet);
  return { service: new SpreadsheetApp(open), setActiveSheet };
}
