/**
 * A local spreadsheet: HyperFormula holds the sheets, values and formulas and recalculates them;
 * this class adds what Sheets keeps beside them (each sheet's rows and columns, number formats,
 * text formats, column widths, frozen rows, data validation, conditional format rules,
 * developer metadata) and evaluates conditional formatting as Sheets does.
 *
 * Formulas may use Sheets' open-ended ranges (`F3:F`, `B2:2`, `'KPIs'!C2:C`, `A:A`): HyperFormula
 * gets them closed at the edge of the sheet they point at (see formula-references.ts), and is
 * given them again, closed at the new edge, whenever that sheet gains or loses rows or columns;
 * the formula as written is what formula() and snapshots give back. An array result that would
 * overwrite data shows #REF! with Sheets' message, and spills again once the data is cleared
 * (spills.ts).
 *
 * Rows and columns are 0-based here; the SpreadsheetApp emulation converts from 1-based.
 */
import {
  AlwaysSparse,
  type ConfigParams,
  DetailedCellError,
  HyperFormula,
  type RawCellContent,
} from 'hyperformula';
import type { GridRange } from './a1';
import { copyEntry, type DeveloperMetadataEntry, moveEntry } from './developer-metadata';
import { displayValue } from './format';
import {
  adjustForStructure,
  closeOpenRanges,
  type GridSize,
  hasOpenRange,
  moveSpan,
  type StructureChange,
} from './formula-references';
import { customFunctionCalls, registerCustomFunctions } from './plugin';
import { shiftReferences } from './references';
import {
  arrayFormulaCells,
  blockedSpillMessage,
  forgetRemovedArrays,
  respillFreedArrays,
} from './spills';
import {
  cellKey,
  cellOfKey,
  moveCellMap,
  moveFrozen,
  moveGridRange,
  moveIndexMap,
} from './structure';
import { type SheetsValue, serialToDate, toSheetsValue } from './values';

const DATE_TYPES = new Set<string>(['NUMBER_DATE', 'NUMBER_DATETIME']);

/** A new sheet in Sheets has 1,000 rows and 26 columns; one made with data, at least that. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

/** What can be written to a cell: a formula is text starting with "=". */
export type CellContent = string | number | boolean | Date | null;

export interface CellStyle {
  background: string | null;
  fontColor: string | null;
}

/** What Range.setBackground, setFontColor and setFontWeight put on a cell (kept, not drawn). */
export interface TextFormat {
  background: string | null;
  fontColor: string | null;
  fontWeight: string | null;
}

/** A conditional format rule: when `formula` holds for a cell, it takes the rule's colours. */
export interface ConditionalRule {
  /**
   * The ranges the rule applies to; the formula is written for each range's top-left cell. A
   * range made from "K2:K" (openRows) or "B2:2" (openColumns) runs to the sheet's edge, as
   * the sheet grows.
   */
  ranges: RuleRange[];
  formula: string;
  background: string | null;
  fontColor: string | null;
}

export type RuleRange = GridRange & { openRows?: boolean; openColumns?: boolean };

/** Everything a data validation rule needs to be listed back; the engine does not enforce it. */
export interface DataValidation {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

interface SheetExtras {
  /** The sheet's rows and columns, as getMaxRows and getMaxColumns give them. */
  grid: GridSize;
  numberFormats: Map<string, string>;
  textFormats: Map<string, TextFormat>;
  dataValidations: Map<string, DataValidation>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  conditionalRules: ConditionalRule[];
}

export interface WorkbookSnapshot {
  sheets: Record<string, RawCellContent[][]>;
  extras: Record<string, SheetExtras>;
  developerMetadata?: DeveloperMetadataEntry[];
}

/** A formula with an open-ended range: as written, and as HyperFormula was last given it. */
interface OpenFormula {
  written: string;
  closed: string;
}

const HYPERFORMULA_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  // Sheets' epoch and its date entry, so typed dates and DATE() agree with Apps Script's.
  nullDate: { year: 1899, month: 12, day: 30 },
  dateFormats: ['YYYY-MM-DD', 'MM/DD/YYYY'],
  // Ranges and arrays in formulas behave as in Sheets (=B2:B5*2 spills).
  useArrayArithmetic: true,
  // Sheets' limits: 10 million cells, columns up to ZZZ. HyperFormula only checks them.
  maxRows: 10_000_000,
  maxColumns: 18_278,
  // Cells by column, then row: HyperFormula's dense mapping gives every row it touches an
  // array as wide as the sheet, so one cell written at ZZZ40000 made a score column's spill
  // allocate 40,000 rows of 18,278 slots (gigabytes). Sparse costs what the cells cost.
  chooseAddressMappingPolicy: new AlwaysSparse(),
};

export class LocalWorkbook {
  readonly hf: HyperFormula;
  private readonly extras = new Map<string, SheetExtras>();
  /** By sheet, then by cell: the formulas written with an open-ended range. */
  private readonly openFormulas = new Map<string, Map<string, OpenFormula>>();
  private metadata: DeveloperMetadataEntry[] = [];
  private nextMetadataId = 1;
  /** Formulas of conditional rules that call a custom function: Sheets never applies them. */
  readonly ignoredRuleFormulas = new Set<string>();
  private readonly customFunctionNames: string[];

  private constructor(
    sheets: Record<string, RawCellContent[][]>,
    grids: Record<string, GridSize> = {},
  ) {
    this.customFunctionNames = registerCustomFunctions();
    for (const [name, cells] of Object.entries(sheets)) {
      this.extras.set(name, emptyExtras(grids[name] ?? gridFor(cells)));
    }
    const closed = Object.fromEntries(
      Object.entries(sheets).map(([name, cells]) => [name, this.closeSheet(name, cells)]),
    );
    this.hf = HyperFormula.buildFromSheets(closed, HYPERFORMULA_CONFIG);
    // Sheets reads a bare TRUE or FALSE in a formula as the boolean; HyperFormula only knows the
    // functions TRUE() and FALSE(), and would show #NAME? for "=$L2=TRUE".
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
  }

  /** Each sheet gets max(its data, 1,000) rows and max(its data, 26) columns, as in Sheets. */
  static create(sheets: Record<string, CellContent[][]> = { Sheet1: [] }): LocalWorkbook {
    return new LocalWorkbook(sheets as Record<string, RawCellContent[][]>);
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): LocalWorkbook {
    const grids = Object.fromEntries(
      Object.entries(snapshot.extras).map(([name, extras]) => [name, { ...extras.grid }]),
    );
    const workbook = new LocalWorkbook(snapshot.sheets, grids);
    for (const [name, extras] of Object.entries(snapshot.extras)) {
      workbook.extras.set(name, copyExtras(extras));
    }
    workbook.metadata = (snapshot.developerMetadata ?? []).map(copyEntry);
    workbook.nextMetadataId = Math.max(0, ...workbook.metadata.map((entry) => entry.id)) + 1;
    return workbook;
  }

  snapshot(): WorkbookSnapshot {
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const name of this.sheetNames()) {
      sheets[name] = this.serializedWithoutSpills(name);
    }
    const extras: Record<string, SheetExtras> = {};
    for (const [name, sheetExtras] of this.extras) extras[name] = copyExtras(sheetExtras);
    return { sheets, extras, developerMetadata: this.metadata.map(copyEntry) };
  }

  /**
   * A sheet's contents as written: serialising gives the cells an array formula spills into as
   * plain values, which would block the formula's spill (#SPILL!) once rebuilt. They belong to
   * their formula, so they are left blank. Open-ended ranges are given back as written.
   */
  private serializedWithoutSpills(name: string): RawCellContent[][] {
    const sheet = this.sheetId(name);
    const open = this.openFormulas.get(name);
    return this.hf.getSheetSerialized(sheet).map((cells, row) =>
      cells.map((cell, col) => {
        const written = open?.get(cellKey(row, col))?.written;
        if (written !== undefined) return written;
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

  /** A new sheet: 1,000 rows and 26 columns, as insertSheet makes one. */
  addSheet(name: string): void {
    this.hf.addSheet(name);
    this.extras.set(name, emptyExtras({ rows: NEW_SHEET_ROWS, columns: NEW_SHEET_COLUMNS }));
    // Formulas naming this sheet before it existed may now close their open ranges.
    this.hf.batch(() => this.reopenAll());
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

  /** The formula in a cell as written ("" when it holds a value), as Range.getFormula gives it. */
  formula(sheet: string, row: number, column: number): string {
    const open = this.openFormulas.get(sheet)?.get(cellKey(row, column));
    if (open) return open.written;
    return this.hf.getCellFormula({ sheet: this.sheetId(sheet), row, col: column }) ?? '';
  }

  display(sheet: string, row: number, column: number): string {
    return displayValue(this.value(sheet, row, column), this.numberFormat(sheet, row, column));
  }

  /**
   * What Sheets shows when the pointer rests on an error cell: "Array result was not expanded
   * because it would overwrite data in K7.", a custom function's thrown message, a parse
   * error... Null for a cell without an error, or an error without a message (#DIV/0!).
   */
  errorMessage(sheet: string, row: number, column: number): string | null {
    const address = { sheet: this.sheetId(sheet), row, col: column };
    const blocked = blockedSpillMessage(this.hf, address);
    if (blocked) return blocked;
    const value = this.hf.getCellValue(address);
    return value instanceof DetailedCellError && value.message ? value.message : null;
  }

  /**
   * Writes a block of cells in one recalculation, as setValues does. The sheet grows to hold
   * the block (Sheets' own writers never write outside the sheet; the preview's typing may).
   */
  setContents(sheet: string, row: number, column: number, contents: CellContent[][]): void {
    if (contents.length === 0) return;
    const width = Math.max(...contents.map((line) => line.length));
    const grew = this.growGrid(sheet, row + contents.length, column + width);
    // Writing "" empties a cell in Sheets; HyperFormula would keep an empty text cell.
    // Array.from: rows made in another realm (Code.js's) are not `instanceof Array` here.
    const cells = Array.from(contents, (line, down) =>
      Array.from(line, (cell, across) =>
        this.closeCell(sheet, row + down, column + across, cell === '' ? null : cell),
      ),
    );
    this.hf.batch(() => {
      this.hf.setCellContents(
        { sheet: this.sheetId(sheet), row, col: column },
        cells as RawCellContent[][],
      );
      if (grew) this.reopenAll();
    });
    this.respill();
  }

  setContent(sheet: string, row: number, column: number, content: CellContent): void {
    this.setContents(sheet, row, column, [[content]]);
  }

  /** The extent HyperFormula holds (1-based counts): an upper bound of the cells in use. */
  size(sheet: string): { rows: number; columns: number } {
    const { height, width } = this.hf.getSheetDimensions(this.sheetId(sheet));
    return { rows: height, columns: width };
  }

  /** The sheet's rows and columns, as getMaxRows and getMaxColumns give them. */
  gridSize(sheet: string): GridSize {
    return { ...this.sheetExtras(sheet).grid };
  }

  /**
   * The rows and columns holding content, as getLastRow and getLastColumn count them: a value,
   * a formula even if it shows blank, or a cell an array formula spilled a value into, "" as
   * well (Sheets counts the "" a formula spills down a column, so getLastRow under an array
   * formula answering "" for blank rows is the array's last row).
   */
  usedSize(sheet: string): { rows: number; columns: number } {
    const id = this.sheetId(sheet);
    const extent = this.size(sheet);
    const used = (row: number, col: number) => {
      const address = { sheet: id, row, col };
      return this.hf.getCellValue(address) !== null || this.hf.doesCellHaveFormula(address);
    };
    const rowUsed = (row: number) => {
      for (let column = 0; column < extent.columns; column++) if (used(row, column)) return true;
      return false;
    };
    let rows = extent.rows;
    while (rows > 0 && !rowUsed(rows - 1)) rows--;
    const columnUsed = (column: number) => {
      for (let row = 0; row < rows; row++) if (used(row, column)) return true;
      return false;
    };
    let columns = rows === 0 ? 0 : extent.columns;
    while (columns > 0 && !columnUsed(columns - 1)) columns--;
    return { rows, columns };
  }

  // Rows and columns -------------------------------------------------------------------------

  /**
   * Inserts `count` rows before row `index`. Cells, formulas' references, formats, validation,
   * conditional format ranges and developer metadata below move down; ranges and metadata
   * spanning the insertion stretch. The new rows take the formats and validation of the row
   * `inheritFrom` (numbered as before the insertion), as Sheets' insert row above/below does.
   */
  insertRows(sheet: string, index: number, count: number, inheritFrom: number | null = null): void {
    this.changeStructure({ sheet, axis: 'rows', index, count }, inheritFrom);
  }

  deleteRows(sheet: string, index: number, count: number): void {
    this.changeStructure({ sheet, axis: 'rows', index, count: -count }, null);
  }

  insertColumns(
    sheet: string,
    index: number,
    count: number,
    inheritFrom: number | null = null,
  ): void {
    this.changeStructure({ sheet, axis: 'columns', index, count }, inheritFrom);
  }

  deleteColumns(sheet: string, index: number, count: number): void {
    this.changeStructure({ sheet, axis: 'columns', index, count: -count }, null);
  }

  // Formats ----------------------------------------------------------------------------------

  numberFormat(sheet: string, row: number, column: number): string | null {
    return this.sheetExtras(sheet).numberFormats.get(cellKey(row, column)) ?? null;
  }

  setNumberFormat(sheet: string, range: GridRange, format: string): void {
    const formats = this.sheetExtras(sheet).numberFormats;
    forEachCell(range, (row, column) => formats.set(cellKey(row, column), format));
  }

  textFormat(sheet: string, row: number, column: number): TextFormat {
    return { ...(this.sheetExtras(sheet).textFormats.get(cellKey(row, column)) ?? NO_FORMAT) };
  }

  /** Sets the given parts of the text format of every cell of the range; null resets a part. */
  setTextFormat(sheet: string, range: GridRange, format: Partial<TextFormat>): void {
    const formats = this.sheetExtras(sheet).textFormats;
    forEachCell(range, (row, column) => {
      const key = cellKey(row, column);
      const next = { ...(formats.get(key) ?? NO_FORMAT), ...format };
      if (next.background === null && next.fontColor === null && next.fontWeight === null) {
        formats.delete(key);
      } else {
        formats.set(key, next);
      }
    });
  }

  /** Removes the number formats and text formats of a range's cells. */
  clearFormats(sheet: string, range: GridRange): void {
    const extras = this.sheetExtras(sheet);
    for (const formats of [extras.numberFormats, extras.textFormats]) {
      for (const key of [...formats.keys()]) {
        const { row, column } = cellOfKey(key);
        if (contains(range, row, column)) formats.delete(key);
      }
    }
  }

  /** A column's width in pixels, or null where it was never set (Sheets' default is 100). */
  columnWidth(sheet: string, column: number): number | null {
    return this.sheetExtras(sheet).columnWidths.get(column) ?? null;
  }

  setColumnWidth(sheet: string, column: number, width: number): void {
    this.sheetExtras(sheet).columnWidths.set(column, width);
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
   * formula is true there, over the cell's own colours. The formula is shifted from the range's
   * top-left cell to this cell.
   */
  style(sheet: string, row: number, column: number): CellStyle {
    const own = this.textFormat(sheet, row, column);
    for (const rule of this.sheetExtras(sheet).conditionalRules) {
      const range = rule.ranges
        .map((candidate) => this.ruleRangeNow(sheet, candidate))
        .find((candidate) => contains(candidate, row, column));
      if (!range) continue;
      if (this.ruleHolds(sheet, rule.formula, row - range.row, column - range.column)) {
        return {
          background: rule.background ?? own.background,
          fontColor: rule.fontColor ?? own.fontColor,
        };
      }
    }
    return { background: own.background, fontColor: own.fontColor };
  }

  // Developer metadata -----------------------------------------------------------------------

  /** Every entry, oldest first. */
  developerMetadata(): DeveloperMetadataEntry[] {
    return this.metadata.map(copyEntry);
  }

  developerMetadataEntry(id: number): DeveloperMetadataEntry | null {
    const entry = this.metadata.find((candidate) => candidate.id === id);
    return entry ? copyEntry(entry) : null;
  }

  addDeveloperMetadata(entry: Omit<DeveloperMetadataEntry, 'id'>): DeveloperMetadataEntry {
    const added = copyEntry({ ...entry, id: this.nextMetadataId++ });
    this.metadata.push(added);
    return copyEntry(added);
  }

  updateDeveloperMetadata(id: number, changes: Partial<Omit<DeveloperMetadataEntry, 'id'>>): void {
    const index = this.metadata.findIndex((candidate) => candidate.id === id);
    const entry = this.metadata[index];
    if (!entry) throw new Error(`no developer metadata with id ${id}`);
    this.metadata[index] = copyEntry({ ...entry, ...changes, id });
  }

  removeDeveloperMetadata(id: number): void {
    this.metadata = this.metadata.filter((candidate) => candidate.id !== id);
  }

  /** Calls into the add-on's custom functions so far (one per formula evaluation). */
  get customFunctionCalls(): number {
    return customFunctionCalls.count;
  }

  // ------------------------------------------------------------------------------------------

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
    const shifted = this.closeFormula(sheet, shiftReferences(formula, rowOffset, columnOffset));
    const result = this.hf.calculateFormula(shifted, this.sheetId(sheet));
    const value = toSheetsValue(Array.isArray(result) ? result[0]?.[0] : result);
    return value === true || (typeof value === 'number' && value !== 0);
  }

  /** A rule's range as it is now: an open one reaches the sheet's current edge. */
  ruleRangeNow(sheet: string, range: RuleRange): GridRange {
    return rangeWithin(range, this.sheetExtras(sheet).grid);
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

  /** The grid of the sheet a reference names (Sheets matches names ignoring case). */
  private gridOf(sheet: string | null, formulaSheet: string): GridSize | null {
    const wanted = (sheet ?? formulaSheet).toLowerCase();
    for (const [name, extras] of this.extras) {
      if (name.toLowerCase() === wanted) return extras.grid;
    }
    return null;
  }

  private closeFormula(sheet: string, formula: string): string {
    return closeOpenRanges(formula, (named) => this.gridOf(named, sheet));
  }

  /** A sheet's cells as HyperFormula is given them, its open formulas recorded. */
  private closeSheet(sheet: string, cells: RawCellContent[][]): RawCellContent[][] {
    return cells.map((line, row) =>
      // A cell never holds "": writing it empties the cell, as in Sheets.
      (line ?? []).map((cell, column) =>
        this.closeCell(sheet, row, column, cell === '' ? null : (cell as CellContent)),
      ),
    );
  }

  /** A cell's content as HyperFormula is given it; an open formula is recorded as written. */
  private closeCell(
    sheet: string,
    row: number,
    column: number,
    content: CellContent,
  ): RawCellContent {
    const key = cellKey(row, column);
    const open = this.openFormulas.get(sheet);
    if (typeof content !== 'string' || !content.startsWith('=') || !hasOpenRange(content)) {
      open?.delete(key);
      return content;
    }
    const closed = this.closeFormula(sheet, content);
    const formulas = open ?? new Map<string, OpenFormula>();
    formulas.set(key, { written: content, closed });
    this.openFormulas.set(sheet, formulas);
    return closed;
  }

  /** Grows a sheet to at least this size; true when it grew. */
  private growGrid(sheet: string, rows: number, columns: number): boolean {
    const extras = this.sheetExtras(sheet);
    if (rows <= extras.grid.rows && columns <= extras.grid.columns) return false;
    extras.grid = {
      rows: Math.max(extras.grid.rows, rows),
      columns: Math.max(extras.grid.columns, columns),
    };
    return true;
  }

  /** Gives HyperFormula every open formula closed at the current edges, where those moved. */
  private reopenAll(): void {
    for (const [sheet, formulas] of this.openFormulas) {
      const id = this.sheetId(sheet);
      for (const [key, formula] of formulas) {
        const closed = this.closeFormula(sheet, formula.written);
        if (closed === formula.closed) continue;
        formula.closed = closed;
        const { row, column } = cellOfKey(key);
        this.hf.setCellContents({ sheet: id, row, col: column }, closed);
      }
    }
  }

  /** A blocked array formula whose room was freed spills again, as in Sheets. */
  private respill(): void {
    respillFreedArrays(this.hf);
  }

  private changeStructure(change: StructureChange, inheritFrom: number | null): void {
    const { sheet, axis, index, count } = change;
    const extras = this.sheetExtras(sheet);
    const size = axis === 'rows' ? extras.grid.rows : extras.grid.columns;
    if (index < 0 || index > size || (count < 0 && index - count > size)) {
      throw new Error(`${axis} ${index} to ${index + Math.abs(count)} are outside "${sheet}"`);
    }
    const id = this.sheetId(sheet);
    const gridBefore = { ...extras.grid };
    const { height, width } = this.hf.getSheetDimensions(id);
    const extent = axis === 'rows' ? height : width;
    // Rows past the data hold nothing HyperFormula has to move.
    const movesCells = index < extent;
    // Lifted before the batch: emptied inside one, an array leaves its spilled cells behind.
    const lifted = movesCells ? this.liftArrayFormulas(sheet) : new Map<string, string>();
    forgetRemovedArrays(this.hf);
    this.hf.batch(() => {
      if (movesCells) {
        const span: [number, number] = [
          index,
          count > 0 ? count : Math.min(-count, extent - index),
        ];
        if (axis === 'rows' && count > 0) this.hf.addRows(id, span);
        if (axis === 'rows' && count < 0) this.hf.removeRows(id, span);
        if (axis === 'columns' && count > 0) this.hf.addColumns(id, span);
        if (axis === 'columns' && count < 0) this.hf.removeColumns(id, span);
      }
      extras.grid =
        axis === 'rows'
          ? { ...extras.grid, rows: extras.grid.rows + count }
          : { ...extras.grid, columns: extras.grid.columns + count };
      const putBack = this.moveOpenFormulas(change, lifted);
      for (const [key, formula] of lifted) {
        if (putBack.has(key)) continue;
        const { row, column } = cellOfKey(key);
        const position = axis === 'rows' ? row : column;
        const moved = moveSpan(position, position, change);
        if (moved === null) continue;
        const address =
          axis === 'rows'
            ? { sheet: id, row: moved.first, col: column }
            : { sheet: id, row, col: moved.first };
        this.hf.setCellContents(address, adjustForStructure(formula, sheet, change));
      }
    });
    extras.numberFormats = moveCellMap(extras.numberFormats, change, inheritFrom);
    extras.textFormats = moveCellMap(extras.textFormats, change, inheritFrom, (format) => ({
      ...format,
    }));
    extras.dataValidations = moveCellMap(extras.dataValidations, change, inheritFrom);
    if (axis === 'columns') extras.columnWidths = moveIndexMap(extras.columnWidths, change);
    if (axis === 'rows') extras.frozenRows = moveFrozen(extras.frozenRows, change);
    else extras.frozenColumns = moveFrozen(extras.frozenColumns, change);
    extras.conditionalRules = extras.conditionalRules.flatMap((rule) => {
      const ranges = rule.ranges.flatMap((range) => {
        const moved = moveGridRange(rangeWithin(range, gridBefore), change);
        return moved === null ? [] : [{ ...range, ...moved }];
      });
      if (ranges.length === 0) return [];
      return [{ ...rule, ranges, formula: adjustForStructure(rule.formula, sheet, change) }];
    });
    this.metadata = this.metadata.flatMap((entry) => moveEntry(entry, change) ?? []);
    this.respill();
  }

  /**
   * Open formulas after a change of rows or columns: those on the changed sheet move with their
   * cell, every one's references move as Sheets moves them, and HyperFormula, which has moved
   * the closed formulas it holds the same way, is given again those whose closing edge moved
   * differently (rows added after the last row stretch `F3:F` but no closed range).
   */
  private moveOpenFormulas(
    change: StructureChange,
    lifted: ReadonlyMap<string, string>,
  ): Set<string> {
    const putBack = new Set<string>();
    for (const [sheet, formulas] of this.openFormulas) {
      const moved = new Map<string, OpenFormula>();
      const id = this.sheetId(sheet);
      for (const [key, formula] of formulas) {
        let { row, column } = cellOfKey(key);
        const wasLifted = sheet === change.sheet && lifted.has(key);
        if (wasLifted) putBack.add(key);
        if (sheet === change.sheet) {
          const position = change.axis === 'rows' ? row : column;
          const span = moveSpan(position, position, change);
          if (span === null) continue;
          if (change.axis === 'rows') row = span.first;
          else column = span.first;
        }
        const written = adjustForStructure(formula.written, sheet, change);
        const heldByHyperFormula = adjustForStructure(formula.closed, sheet, change);
        const closed = this.closeFormula(sheet, written);
        if (wasLifted || closed !== heldByHyperFormula) {
          this.hf.setCellContents({ sheet: id, row, col: column }, closed);
        }
        moved.set(cellKey(row, column), { written, closed });
      }
      this.openFormulas.set(sheet, moved);
    }
    return putBack;
  }

  /**
   * Empties the sheet's array formula cells, giving their formulas by cell. HyperFormula 3.5
   * cannot move rows or columns under an array formula that reads another one's result (it
   * throws "Cannot move cell. Destination already occupied." and is left broken), which is
   * the add-on's own layout: score, then the objective score and the status over the scores.
   * They are lifted out before the move and put back, moved, after it.
   */
  private liftArrayFormulas(sheet: string): Map<string, string> {
    const id = this.sheetId(sheet);
    const lifted = new Map<string, string>();
    for (const address of arrayFormulaCells(this.hf, id)) {
      const formula = this.hf.getCellFormula(address);
      if (formula === undefined) continue;
      lifted.set(cellKey(address.row, address.col), formula);
    }
    for (const key of lifted.keys()) {
      const { row, column } = cellOfKey(key);
      this.hf.setCellContents({ sheet: id, row, col: column }, null);
    }
    return lifted;
  }
}

const NO_FORMAT: TextFormat = { background: null, fontColor: null, fontWeight: null };

/** A rule's range on a grid of this size: an open end reaches the grid's edge. */
function rangeWithin(range: RuleRange, grid: GridSize): GridRange {
  return {
    row: range.row,
    column: range.column,
    rows: range.openRows ? Math.max(grid.rows - range.row, 1) : range.rows,
    columns: range.openColumns ? Math.max(grid.columns - range.column, 1) : range.columns,
  };
}

/** Sheets' size for a sheet made with data: at least 1,000 rows and 26 columns. */
function gridFor(cells: readonly (readonly unknown[] | undefined)[]): GridSize {
  const width = Math.max(0, ...cells.map((line) => line?.length ?? 0));
  return {
    rows: Math.max(cells.length, NEW_SHEET_ROWS),
    columns: Math.max(width, NEW_SHEET_COLUMNS),
  };
}

function emptyExtras(grid: GridSize): SheetExtras {
  return {
    grid: { ...grid },
    numberFormats: new Map(),
    textFormats: new Map(),
    dataValidations: new Map(),
    columnWidths: new Map(),
    frozenRows: 0,
    frozenColumns: 0,
    conditionalRules: [],
  };
}

function copyExtras(extras: SheetExtras): SheetExtras {
  return {
    grid: { ...extras.grid },
    numberFormats: new Map(extras.numberFormats),
    textFormats: new Map(
      [...(extras.textFormats ?? new Map<string, TextFormat>())].map(([key, format]) => [
        key,
        { ...format },
      ]),
    ),
    dataValidations: new Map(extras.dataValidations),
    columnWidths: new Map(extras.columnWidths ?? new Map<number, number>()),
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
