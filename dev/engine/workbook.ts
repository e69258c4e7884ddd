/**
 * A local spreadsheet: HyperFormula holds the sheets, values and formulas and recalculates them;
 * this class adds what Sheets keeps beside them (number formats, frozen rows, data validation,
 * conditional format rules) and evaluates conditional formatting as Sheets does.
 * Rows and columns are 0-based here; the SpreadsheetApp emulation converts from 1-based.
 */
import { type ConfigParams, HyperFormula, type RawCellContent } from 'hyperformula';
import type { GridRange } from './a1';
import { displayValue } from './format';
import { customFunctionCalls, registerCustomFunctions } from './plugin';
import { shiftReferences } from './references';
import { type SheetsValue, serialToDate, toSheetsValue } from './values';

const DATE_TYPES = new Set<string>(['NUMBER_DATE', 'NUMBER_DATETIME']);

/** What can be written to a cell: a formula is text starting with "=". */
export type CellContent = string | number | boolean | Date | null;

export interface CellStyle {
  background: string | null;
  fontColor: string | null;
}

/** A conditional format rule: when `formula` holds for a cell, it takes the rule's colours. */
export interface ConditionalRule {
  /** The ranges the rule applies to; the formula is written for each range's top-left cell. */
  ranges: GridRange[];
  formula: string;
  background: string | null;
  fontColor: string | null;
}

/** Everything a data validation rule needs to be listed back; the engine does not enforce it. */
export interface DataValidation {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

interface SheetExtras {
  numberFormats: Map<string, string>;
  dataValidations: Map<string, DataValidation>;
  frozenRows: number;
  frozenColumns: number;
  conditionalRules: ConditionalRule[];
}

export interface WorkbookSnapshot {
  sheets: Record<string, RawCellContent[][]>;
  extras: Record<string, SheetExtras>;
}

const HYPERFORMULA_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  // Sheets' epoch and its date entry, so typed dates and DATE() agree with Apps Script's.
  nullDate: { year: 1899, month: 12, day: 30 },
  dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY'],
  // Ranges and arrays in formulas behave as in Sheets (=B2:B5*2 spills).
  useArrayArithmetic: true,
};

const cellKey = (row: number, column: number) => `${row},${column}`;

export class LocalWorkbook {
  readonly hf: HyperFormula;
  private readonly extras = new Map<string, SheetExtras>();
  /** Formulas of conditional rules that call a custom function: Sheets never applies them. */
  readonly ignoredRuleFormulas = new Set<string>();
  private readonly customFunctionNames: string[];

  private constructor(sheets: Record<string, RawCellContent[][]>) {
    this.customFunctionNames = registerCustomFunctions();
    this.hf = HyperFormula.buildFromSheets(sheets, HYPERFORMULA_CONFIG);
    // Sheets reads a bare TRUE or FALSE in a formula as the boolean; HyperFormula only knows the
    // functions TRUE() and FALSE(), and would show #NAME? for "=$L2=TRUE".
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
    for (const name of Object.keys(sheets)) this.extras.set(name, emptyExtras());
  }

  static create(sheets: Record<string, CellContent[][]> = { Sheet1: [] }): LocalWorkbook {
    return new LocalWorkbook(sheets as Record<string, RawCellContent[][]>);
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): LocalWorkbook {
    const workbook = new LocalWorkbook(snapshot.sheets);
    for (const [name, extras] of Object.entries(snapshot.extras)) {
      workbook.extras.set(name, copyExtras(extras));
    }
    return workbook;
  }

  snapshot(): WorkbookSnapshot {
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const name of this.sheetNames()) {
      sheets[name] = this.serializedWithoutSpills(name);
    }
    const extras: Record<string, SheetExtras> = {};
    for (const [name, sheetExtras] of this.extras) extras[name] = copyExtras(sheetExtras);
    return { sheets, extras };
  }

  /**
   * A sheet's contents as written: serialising gives the cells an array formula spills into as
   * plain values, which would block the formula's spill (#SPILL!) once rebuilt. They belong to
   * their formula, so they are left blank.
   */
  private serializedWithoutSpills(name: string): RawCellContent[][] {
    const sheet = this.sheetId(name);
    return this.hf.getSheetSerialized(sheet).map((cells, row) =>
      cells.map((cell, col) => {
        const address = { sheet, row, col };
        const spilled = this.hf.isCellPartOfArray(address) && !this.hf.doesCellHaveFormula(address);
        return spilled ? null : cell;
      }),
    );
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  hasSheet(name: string): boolean {
    return this.hf.doesSheetExist(name);
  }

  addSheet(name: string): void {
    this.hf.addSheet(name);
    this.extras.set(name, emptyExtras());
  }

  sheetId(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet named "${name}"`);
    return id;
  }

  /**
   * What getValues returns for a cell: a Date where the cell holds a date (typed as one, made
   * by DATE(), or formatted as one), "" when empty, an error as its text.
   */
  value(sheet: string, row: number, column: number): SheetsValue {
    const address = { sheet: this.sheetId(sheet), row, col: column };
    const value = toSheetsValue(this.hf.getCellValue(address));
    if (typeof value !== 'number') return value;
    const isDate =
      DATE_TYPES.has(this.hf.getCellValueDetailedType(address)) ||
      /[dy]{2}/i.test(this.numberFormat(sheet, row, column) ?? '');
    return isDate ? serialToDate(value) : value;
  }

  /** The formula in a cell ("" when it holds a value), as Range.getFormula returns it. */
  formula(sheet: string, row: number, column: number): string {
    return this.hf.getCellFormula({ sheet: this.sheetId(sheet), row, col: column }) ?? '';
  }

  display(sheet: string, row: number, column: number): string {
    return displayValue(this.value(sheet, row, column), this.numberFormat(sheet, row, column));
  }

  /** Writes a block of cells in one recalculation, as setValues does. */
  setContents(sheet: string, row: number, column: number, contents: CellContent[][]): void {
    if (contents.length === 0) return;
    // Writing "" empties a cell in Sheets; HyperFormula would keep an empty text cell.
    const cells = contents.map((line) => line.map((cell) => (cell === '' ? null : cell)));
    this.hf.setCellContents(
      { sheet: this.sheetId(sheet), row, col: column },
      cells as RawCellContent[][],
    );
  }

  setContent(sheet: string, row: number, column: number, content: CellContent): void {
    this.setContents(sheet, row, column, [[content]]);
  }

  /** Rows and columns in use (1-based counts, as getLastRow and getLastColumn give). */
  size(sheet: string): { rows: number; columns: number } {
    const { height, width } = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: height, columns: width };
  }

  numberFormat(sheet: string, row: number, column: number): string | null {
    return this.sheetExtras(sheet).numberFormats.get(cellKey(row, column)) ?? null;
  }

  setNumberFormat(sheet: string, range: GridRange, format: string): void {
    const formats = this.sheetExtras(sheet).numberFormats;
    forEachCell(range, (row, column) => formats.set(cellKey(row, column), format));
  }

  dataValidation(sheet: string, row: number, column: number): DataValidation | null {
    return this.sheetExtras(sheet).dataValidations.get(cellKey(row, column)) ?? null;
  }

  setDataValidation(sheet: string, range: GridRange, rule: DataValidation | null): void {
    const rules = this.sheetExtras(sheet).dataValidations;
    forEachCell(range, (row, column) => {
      if (rule) rules.set(cellKey(row, column), rule);
      else rules.delete(cellKey(row, column));
    });
  }

  frozenRows(sheet: string): number {
    return this.sheetExtras(sheet).frozenRows;
  }

  setFrozenRows(sheet: string, rows: number): void {
    this.sheetExtras(sheet).frozenRows = rows;
  }

  frozenColumns(sheet: string): number {
    return this.sheetExtras(sheet).frozenColumns;
  }

  setFrozenColumns(sheet: string, columns: number): void {
    this.sheetExtras(sheet).frozenColumns = columns;
  }

  conditionalRules(sheet: string): ConditionalRule[] {
    return this.sheetExtras(sheet).conditionalRules.map(copyRule);
  }

  /** Replaces the sheet's rules, as Sheet.setConditionalFormatRules does. */
  setConditionalRules(sheet: string, rules: ConditionalRule[]): void {
    this.sheetExtras(sheet).conditionalRules = rules.map(copyRule);
  }

  /**
   * The colours a cell shows: the first rule, in order, whose range holds the cell and whose
   * formula is true there. The formula is shifted from the range's top-left cell to this cell.
   */
  style(sheet: string, row: number, column: number): CellStyle {
    for (const rule of this.sheetExtras(sheet).conditionalRules) {
      const range = rule.ranges.find((candidate) => contains(candidate, row, column));
      if (!range) continue;
      if (this.ruleHolds(sheet, rule.formula, row - range.row, column - range.column)) {
        return { background: rule.background, fontColor: rule.fontColor };
      }
    }
    return { background: null, fontColor: null };
  }

  /** Calls into the add-on's custom functions so far (one per formula evaluation). */
  get customFunctionCalls(): number {
    return customFunctionCalls.count;
  }

  private ruleHolds(
    sheet: string,
    formula: string,
    rowOffset: number,
    columnOffset: number,
  ): boolean {
    if (this.callsCustomFunction(formula)) {
      this.ignoredRuleFormulas.add(formula);
      return false;
    }
    const shifted = shiftReferences(formula, rowOffset, columnOffset);
    const result = this.hf.calculateFormula(shifted, this.sheetId(sheet));
    const value = toSheetsValue(Array.isArray(result) ? result[0]?.[0] : result);
    return value === true || (typeof value === 'number' && value !== 0);
  }

  /** Sheets refuses custom functions in conditional formatting: such a rule never applies. */
  private callsCustomFunction(formula: string): boolean {
    const upper = formula.toUpperCase();
    return this.customFunctionNames.some((name) => new RegExp(`\\b${name}\\s*\\(`).test(upper));
  }

  private sheetExtras(sheet: string): SheetExtras {
    const extras = this.extras.get(sheet);
    if (!extras) throw new Error(`no sheet named "${sheet}"`);
    return extras;
  }
}

function emptyExtras(): SheetExtras {
  return {
    numberFormats: new Map(),
    dataValidations: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    conditionalRules: [],
  };
}

function copyExtras(extras: SheetExtras): SheetExtras {
  return {
    numberFormats: new Map(extras.numberFormats),
    dataValidations: new Map(extras.dataValidations),
    frozenRows: extras.frozenRows,
    frozenColumns: extras.frozenColumns,
    conditionalRules: extras.conditionalRules.map(copyRule),
  };
}

function copyRule(rule: ConditionalRule): ConditionalRule {
  return { ...rule, ranges: rule.ranges.map((range) => ({ ...range })) };
}

function contains(range: GridRange, row: number, column: number): boolean {
  return (
    row >= range.row &&
    row < range.row + range.rows &&
    column >= range.column &&
    column < range.column + range.columns
  );
}

function forEachCell(range: GridRange, visit: (row: number, column: number) => void): void {
  for (let row = range.row; row < range.row + range.rows; row++) {
    for (let column = range.column; column < range.column + range.columns; column++) {
      visit(row, column);
    }
  }
}
