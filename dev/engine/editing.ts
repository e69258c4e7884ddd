/**
 * Editing a sheet as a person does in Sheets, with undo: write a block of cells, clear a range
 * (Delete: values and formulas go, formats and validation stay), insert or delete rows and
 * columns, and Ctrl+Z.
 *
 * Each edit records its inverse, not a copy of the sheet, so undo costs what the edit touched:
 * - a write or a clear keeps the cells it replaced (formulas as written, text as text), and
 *   the number formats it replaced;
 * - an insertion is undone by deleting what it inserted;
 * - a deletion keeps the removed cells with their number formats, text formats, validation and
 *   column widths, and the formulas of the workbook as written (those that read the deleted
 *   rows showed #REF!, and a range that began in them shrank: undo writes back any formula
 *   whose text differs once the rows are back).
 * Conditional format rules, frozen rows and columns and developer metadata are small, and are
 * kept whole for every insertion or deletion. A developer metadata entry that a deletion
 * removed comes back with a new id (the workbook hands out ids).
 *
 * Changes made around the editor (a server function writing through SpreadsheetApp) are not
 * recorded: call forget() after one, or undo would put back cells as they were before it.
 * Rows and columns are 0-based, as in the workbook.
 */
import type { GridRange } from './a1';
import type { DeveloperMetadataEntry } from './developer-metadata';
import type { GridSize } from './formula-references';
import type {
  CellContent,
  ConditionalRule,
  DataValidation,
  LocalWorkbook,
  TextFormat,
} from './workbook';

export type Axis = 'rows' | 'columns';

/** What an edit did, as undo() reports it so a view can repaint what changed. */
export type Change =
  | { kind: 'write' | 'clear'; sheet: string; range: GridRange }
  | { kind: 'insert' | 'delete'; sheet: string; axis: Axis; index: number; count: number };

/** Where a cell was and what it had beside its content. */
interface CellExtras {
  row: number;
  column: number;
  numberFormat: string | null;
  textFormat: TextFormat;
  validation: DataValidation | null;
}

/** What a change of rows or columns may move beyond the cells themselves. */
interface Layout {
  rules: ConditionalRule[];
  frozenRows: number;
  frozenColumns: number;
  metadata: DeveloperMetadataEntry[];
}

/** The replaced cells, over the part of a range that held any. */
interface HeldCells {
  range: GridRange;
  contents: CellContent[][];
}

type Inverse =
  | {
      kind: 'cells';
      change: Change & { kind: 'write' | 'clear' };
      held: HeldCells | null;
      /** The cells whose number format the write set, as they were. */
      formats: CellExtras[];
      grid: GridSize;
    }
  | { kind: 'inserted'; change: Change & { kind: 'insert' }; layout: Layout }
  | {
      kind: 'deleted';
      change: Change & { kind: 'delete' };
      layout: Layout;
      held: HeldCells | null;
      extras: CellExtras[];
      widths: { column: number; width: number }[];
      formulas: { sheet: string; row: number; column: number; formula: string }[];
    };

const NO_TEXT_FORMAT: TextFormat = { background: null, fontColor: null, fontWeight: null };

export class SheetEditor {
  private readonly history: Inverse[] = [];

  /** `limit`: how many edits can be undone in a row (Sheets keeps many; the preview needs one). */
  constructor(
    private readonly workbook: LocalWorkbook,
    private readonly limit = 100,
  ) {}

  /**
   * Writes a block of cells in one recalculation. `formats`, when given, sets the number format
   * of each cell where it is a string (as typing "9.5%" makes a cell a percentage; see
   * entry.ts) and leaves it where it is null.
   */
  write(
    sheet: string,
    row: number,
    column: number,
    contents: CellContent[][],
    formats?: (string | null)[][],
  ): void {
    const width = Math.max(0, ...contents.map((line) => line.length));
    if (contents.length === 0 || width === 0) return;
    const range = { row, column, rows: contents.length, columns: width };
    const formatted: { row: number; column: number; format: string }[] = [];
    formats?.forEach((line, down) => {
      line.forEach((format, across) => {
        if (format !== null) formatted.push({ row: row + down, column: column + across, format });
      });
    });
    const inverse: Inverse = {
      kind: 'cells',
      change: { kind: 'write', sheet, range },
      held: this.cellsIn(sheet, range),
      formats: formatted.map((cell) => this.extrasOf(sheet, cell.row, cell.column)),
      grid: this.workbook.gridSize(sheet),
    };
    this.workbook.setContents(sheet, row, column, contents);
    for (const cell of formatted) {
      this.workbook.setNumberFormat(sheet, { ...cell, rows: 1, columns: 1 }, cell.format);
    }
    this.record(inverse);
  }

  /** Empties a range's cells, as Delete does in Sheets: formats and validation stay. */
  clear(sheet: string, range: GridRange): void {
    const held = this.cellsIn(sheet, range);
    // Nothing there: Delete on empty cells changes nothing, and leaves nothing to undo.
    if (held === null) return;
    const empty = held.contents.map((line) => line.map(() => null));
    this.workbook.setContents(sheet, held.range.row, held.range.column, empty);
    this.record({
      kind: 'cells',
      change: { kind: 'clear', sheet, range: { ...range } },
      held,
      formats: [],
      grid: this.workbook.gridSize(sheet),
    });
  }

  /**
   * Inserts `count` rows or columns before `index`; they take the formats of `inheritFrom`
   * (numbered as before the insertion), as Sheets' "insert 1 above/below" does.
   */
  insert(
    sheet: string,
    axis: Axis,
    index: number,
    count: number,
    inheritFrom: number | null = null,
  ): void {
    const layout = this.layoutOf(sheet);
    if (axis === 'rows') this.workbook.insertRows(sheet, index, count, inheritFrom);
    else this.workbook.insertColumns(sheet, index, count, inheritFrom);
    this.record({
      kind: 'inserted',
      change: { kind: 'insert', sheet, axis, index, count },
      layout,
    });
  }

  delete(sheet: string, axis: Axis, index: number, count: number): void {
    const grid = this.workbook.gridSize(sheet);
    const removed: GridRange =
      axis === 'rows'
        ? { row: index, column: 0, rows: count, columns: grid.columns }
        : { row: 0, column: index, rows: grid.rows, columns: count };
    const inverse: Inverse = {
      kind: 'deleted',
      change: { kind: 'delete', sheet, axis, index, count },
      layout: this.layoutOf(sheet),
      held: this.cellsIn(sheet, removed),
      extras: this.extrasIn(sheet, removed, grid),
      widths: axis === 'columns' ? this.widthsOf(sheet, index, count) : [],
      formulas: this.allFormulas(),
    };
    if (axis === 'rows') this.workbook.deleteRows(sheet, index, count);
    else this.workbook.deleteColumns(sheet, index, count);
    this.record(inverse);
  }

  canUndo(): boolean {
    return this.history.length > 0;
  }

  /** Undoes the last edit and says what it was; null when there is nothing to undo. */
  undo(): Change | null {
    const inverse = this.history.pop();
    if (!inverse) return null;
    if (inverse.kind === 'cells') this.undoCells(inverse);
    else if (inverse.kind === 'inserted') this.undoInsert(inverse);
    else this.undoDelete(inverse);
    return inverse.change;
  }

  /** Drops the history: after a change made around the editor, its inverses no longer hold. */
  forget(): void {
    this.history.length = 0;
  }

  // ------------------------------------------------------------------------------------------

  private record(inverse: Inverse): void {
    this.history.push(inverse);
    if (this.history.length > this.limit) this.history.shift();
  }

  private undoCells(inverse: Inverse & { kind: 'cells' }): void {
    const { sheet } = inverse.change;
    const workbook = this.workbook;
    const gridNow = workbook.gridSize(sheet);
    // A clear only emptied the cells that held something; a write also filled empty ones,
    // which become empty again.
    const { held } = inverse;
    const range = inverse.change.kind === 'clear' ? held?.range : inverse.change.range;
    if (range) {
      const block = Array.from({ length: range.rows }, () =>
        Array.from({ length: range.columns }, (): CellContent => null),
      );
      held?.contents.forEach((line, down) => {
        const target = block[held.range.row - range.row + down] ?? [];
        line.forEach((content, across) => {
          target[held.range.column - range.column + across] = content;
        });
      });
      workbook.setContents(sheet, range.row, range.column, block);
    }
    for (const extras of inverse.formats) this.restoreExtras(sheet, extras);
    // A write past the sheet's edge grew it; the rows and columns it added go again.
    const { grid } = inverse;
    if (gridNow.rows > grid.rows) workbook.deleteRows(sheet, grid.rows, gridNow.rows - grid.rows);
    if (gridNow.columns > grid.columns) {
      workbook.deleteColumns(sheet, grid.columns, gridNow.columns - grid.columns);
    }
  }

  private undoInsert(inverse: Inverse & { kind: 'inserted' }): void {
    const { sheet, axis, index, count } = inverse.change;
    if (axis === 'rows') this.workbook.deleteRows(sheet, index, count);
    else this.workbook.deleteColumns(sheet, index, count);
    this.restoreLayout(sheet, inverse.layout);
  }

  private undoDelete(inverse: Inverse & { kind: 'deleted' }): void {
    const { sheet, axis, index, count } = inverse.change;
    const workbook = this.workbook;
    if (axis === 'rows') workbook.insertRows(sheet, index, count);
    else workbook.insertColumns(sheet, index, count);
    if (inverse.held) {
      const { range, contents } = inverse.held;
      workbook.setContents(sheet, range.row, range.column, contents);
    }
    for (const extras of inverse.extras) this.restoreExtras(sheet, extras);
    for (const { column, width } of inverse.widths) workbook.setColumnWidth(sheet, column, width);
    // Formulas that read the deleted cells (#REF!) or began in them (shrunk) get their text back.
    const changed = inverse.formulas.filter(
      (cell) =>
        workbook.hasSheet(cell.sheet) &&
        workbook.formula(cell.sheet, cell.row, cell.column) !== cell.formula,
    );
    for (const run of columnRuns(changed)) {
      workbook.setContents(
        run.sheet,
        run.row,
        run.column,
        run.formulas.map((formula) => [formula]),
      );
    }
    this.restoreLayout(sheet, inverse.layout);
  }

  /**
   * The contents of the part of `range` that holds any, as they can be written back: formulas
   * as written, text as text ("'123"), the cells an array formula spills into as empty (they
   * belong to the formula). Null when the range holds nothing.
   */
  private cellsIn(sheet: string, range: GridRange): HeldCells | null {
    const workbook = this.workbook;
    const id = workbook.sheetId(sheet);
    const extent = workbook.size(sheet);
    const rows = Math.min(range.rows, extent.rows - range.row);
    const columns = Math.min(range.columns, extent.columns - range.column);
    if (rows <= 0 || columns <= 0) return null;
    const held = { row: range.row, column: range.column, rows, columns };
    let any = false;
    const contents = Array.from({ length: rows }, (_, down) =>
      Array.from({ length: columns }, (__, across): CellContent => {
        const address = { sheet: id, row: held.row + down, col: held.column + across };
        let content: CellContent = null;
        if (workbook.hf.doesCellHaveFormula(address)) {
          content = workbook.formula(sheet, address.row, address.col);
        } else if (!workbook.hf.isCellPartOfArray(address)) {
          content = workbook.hf.getCellSerialized(address) as CellContent;
        }
        if (content !== null && content !== undefined && content !== '') any = true;
        return content ?? null;
      }),
    );
    return any ? { range: held, contents } : null;
  }

  private extrasOf(sheet: string, row: number, column: number): CellExtras {
    return {
      row,
      column,
      numberFormat: this.workbook.numberFormat(sheet, row, column),
      textFormat: this.workbook.textFormat(sheet, row, column),
      validation: this.workbook.dataValidation(sheet, row, column),
    };
  }

  /** The formats and validation of the cells of `range` that have any, within the grid. */
  private extrasIn(sheet: string, range: GridRange, grid: GridSize): CellExtras[] {
    const found: CellExtras[] = [];
    const lastRow = Math.min(range.row + range.rows, grid.rows);
    const lastColumn = Math.min(range.column + range.columns, grid.columns);
    for (let row = range.row; row < lastRow; row++) {
      for (let column = range.column; column < lastColumn; column++) {
        const extras = this.extrasOf(sheet, row, column);
        const { background, fontColor, fontWeight } = extras.textFormat;
        const textFormatted = background !== null || fontColor !== null || fontWeight !== null;
        if (extras.numberFormat !== null || textFormatted || extras.validation !== null) {
          found.push(extras);
        }
      }
    }
    return found;
  }

  /** Puts back a cell's number format, text format and validation. */
  private restoreExtras(sheet: string, extras: CellExtras): void {
    const workbook = this.workbook;
    const cell = { row: extras.row, column: extras.column, rows: 1, columns: 1 };
    if (extras.numberFormat === null) {
      // The workbook only removes a number format with the text format beside it.
      workbook.clearFormats(sheet, cell);
    } else {
      workbook.setNumberFormat(sheet, cell, extras.numberFormat);
    }
    workbook.setTextFormat(sheet, cell, { ...NO_TEXT_FORMAT, ...extras.textFormat });
    workbook.setDataValidation(sheet, cell, extras.validation);
  }

  private widthsOf(
    sheet: string,
    index: number,
    count: number,
  ): { column: number; width: number }[] {
    const widths: { column: number; width: number }[] = [];
    for (let column = index; column < index + count; column++) {
      const width = this.workbook.columnWidth(sheet, column);
      if (width !== null) widths.push({ column, width });
    }
    return widths;
  }

  /** Every formula of the workbook, as written, where it is. */
  private allFormulas(): { sheet: string; row: number; column: number; formula: string }[] {
    const workbook = this.workbook;
    const formulas: { sheet: string; row: number; column: number; formula: string }[] = [];
    for (const sheet of workbook.sheetNames()) {
      workbook.hf.getSheetFormulas(workbook.sheetId(sheet)).forEach((line, row) => {
        line.forEach((formula, column) => {
          if (formula === undefined) return;
          formulas.push({ sheet, row, column, formula: workbook.formula(sheet, row, column) });
        });
      });
    }
    return formulas;
  }

  private layoutOf(sheet: string): Layout {
    return {
      rules: this.workbook.conditionalRules(sheet),
      frozenRows: this.workbook.frozenRows(sheet),
      frozenColumns: this.workbook.frozenColumns(sheet),
      metadata: this.workbook.developerMetadata(),
    };
  }

  private restoreLayout(sheet: string, layout: Layout): void {
    const workbook = this.workbook;
    workbook.setConditionalRules(sheet, layout.rules);
    workbook.setFrozenRows(sheet, layout.frozenRows);
    workbook.setFrozenColumns(sheet, layout.frozenColumns);
    const now = new Set(workbook.developerMetadata().map((entry) => entry.id));
    for (const { id, ...entry } of layout.metadata) {
      if (now.has(id)) workbook.updateDeveloperMetadata(id, entry);
      else workbook.addDeveloperMetadata(entry);
    }
  }
}

/**
 * Formulas grouped into runs down a column, so that a whole column of them (every row's formula
 * reading a deleted column) is written back in one recalculation, not one per row.
 */
function columnRuns(
  cells: { sheet: string; row: number; column: number; formula: string }[],
): { sheet: string; row: number; column: number; formulas: string[] }[] {
  const sorted = [...cells].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.column - b.column || a.row - b.row,
  );
  const runs: { sheet: string; row: number; column: number; formulas: string[] }[] = [];
  for (const cell of sorted) {
    const last = runs.at(-1);
    const continues =
      last?.sheet === cell.sheet &&
      last.column === cell.column &&
      last.row + last.formulas.length === cell.row;
    if (last && continues) last.formulas.push(cell.formula);
    else
      runs.push({
        sheet: cell.sheet,
        row: cell.row,
        column: cell.column,
        formulas: [cell.formula],
      });
  }
  return runs;
}
