/**
 * One open workbook in the preview, as a person has it open in Sheets: the workbook, the
 * emulated Apps Script services over it, the add-on's server code loaded against them (its
 * onOpen already run, so the menu is there), and the tab in front. Reset goes back to the
 * workbook as it was opened.
 */
import type vm from 'node:vm';
import { type GridRange, readA1Range } from '../engine/a1';
import { readCodeJs } from '../engine/addon';
import { type Axis, type Change, SheetEditor } from '../engine/editing';
import { readEntry } from '../engine/entry';
import { LocalWorkbook, type WorkbookSnapshot } from '../engine/workbook';
import {
  type AppsScriptServices,
  createAppsScriptServices,
  loadServer,
  type Notice,
} from '../services/index';
import type { PreviewNotice, PreviewState, RunResult, ViewRequest } from './contract';
import { clampWindow, fitColumnWidths, sheetWindow } from './grid';
import { RequestError } from './http';
import { runServerFunction, topLevelFunctionNames } from './server-function';

/** Sheets' limit on one cell's text; its message is the one Sheets shows. */
export const MAX_CELL_CHARACTERS = 50_000;
/**
 * Sheets' limit on a workbook's cells. Typing past a sheet's edge grows it here (Sheets would
 * not let a person go there at all), but never past this: a cell at ZZZ40000 would make the
 * sheet 731 million cells, which the add-on then reads whole (getDataRange) as it may in Sheets.
 */
export const MAX_WORKBOOK_CELLS = 10_000_000;
/** Most rows or columns one insertion adds: more than any right-click menu offers. */
const MAX_INSERTED = 1000;
/** Sheets' width for a column nobody sized: an inserted column's. */
const DEFAULT_WIDTH = 100;

export interface SessionOptions {
  /** Where Code.js and Sidebar.html are read from (the build's dist/ by default). */
  dist?: string;
}

export class PreviewSession {
  private readonly opened: WorkbookSnapshot;
  private readonly callable: ReadonlySet<string>;
  private workbook: LocalWorkbook;
  /** Every edit made in the grid goes through it, so Ctrl+Z can undo it. */
  private editor: SheetEditor;
  private activeSheet: string;
  private services: AppsScriptServices;
  private server: vm.Context;
  private sidebarsShown = 0;
  /** Notices shown before the last reset, so ids keep counting up across resets. */
  private noticesBefore = 0;
  /** By sheet, the widths its columns were first shown with: they stay put, as in Sheets. */
  private readonly columnWidths = new Map<string, Map<number, number>>();

  constructor(
    workbook: LocalWorkbook,
    readonly fileName: string,
    private readonly options: SessionOptions = {},
  ) {
    this.opened = workbook.snapshot();
    this.callable = topLevelFunctionNames(readCodeJs(options.dist));
    this.workbook = workbook;
    this.editor = new SheetEditor(workbook);
    this.activeSheet = firstSheet(workbook);
    this.services = createAppsScriptServices(workbook, this.serviceOptions());
    this.server = this.openServer();
  }

  /** The size of the sheet in front, as getMaxRows and getMaxColumns give it. */
  sheetSize(): { rows: number; columns: number } {
    return this.workbook.gridSize(this.activeSheet);
  }

  /**
   * What the page shows of the workbook now: the window it asked for (cut at the sheet's edge)
   * of the sheet in front, and the notices after the last one it has.
   */
  state(view: ViewRequest): PreviewState {
    const { ui } = this.services;
    const sheet = this.activeSheet;
    const size = this.workbook.gridSize(sheet);
    const frozen = {
      rows: this.workbook.frozenRows(sheet),
      columns: this.workbook.frozenColumns(sheet),
    };
    const window = clampWindow(view.window, size);
    const firstNew = view.noticesAfter === null ? ui.notices.length : view.noticesAfter;
    return {
      fileName: this.fileName,
      sheets: this.workbook.sheetNames(),
      activeSheet: sheet,
      frozenRows: frozen.rows,
      frozenColumns: frozen.columns,
      rowCount: size.rows,
      columnCount: size.columns,
      columnWidths: Object.fromEntries(this.widthsOf(sheet)),
      window: sheetWindow(this.workbook, sheet, window, frozen),
      menus: ui.menus.map((menu) => ({
        title: menu.title,
        items: menu.items.map(({ caption, functionName }) => ({ caption, functionName })),
      })),
      sidebar: ui.sidebar ? { title: ui.sidebar.title, shown: this.sidebarsShown } : null,
      notices: ui.notices
        .map((notice, index) => this.previewNotice(notice, index))
        .filter((notice) => notice.id > firstNew),
      lastNoticeId: this.noticesBefore + ui.notices.length,
    };
  }

  /**
   * The sheet's column widths: those the add-on set, else those fitted when the sheet was
   * first shown. Columns that fill later keep Sheets' default: a long message typed or written
   * by the add-on overflows into empty neighbours or is clipped, it never widens its column.
   */
  private widthsOf(sheet: string): Map<number, number> {
    let kept = this.columnWidths.get(sheet);
    if (!kept) {
      kept = fitColumnWidths(this.workbook, sheet);
      this.columnWidths.set(sheet, kept);
    }
    const widths = new Map(kept);
    for (const column of kept.keys()) {
      const set = this.workbook.columnWidth(sheet, column);
      if (set !== null) widths.set(column, set);
    }
    return widths;
  }

  private previewNotice(notice: Notice, index: number): PreviewNotice {
    return {
      id: this.noticesBefore + index + 1,
      kind: notice.kind,
      title: notice.title,
      message: notice.message,
      buttons: [...notice.buttons],
      answer: notice.answer ? { ...notice.answer } : null,
      timeoutSeconds: notice.timeoutSeconds ?? null,
    };
  }

  /** The page the add-on last showed in the sidebar, or null before it showed one. */
  sidebarHtml(): string | null {
    return this.services.ui.sidebar?.html ?? null;
  }

  /**
   * Typing `input` into one cell and pressing Enter: read as Sheets reads typed text ("9.5%" is
   * 0.095 shown as a percentage, "10/1/2026" a date), and undoable.
   */
  enter(sheet: string, a1: string, input: string): void {
    this.requireSheet(sheet);
    const cell = readA1Range(a1);
    if (!cell) throw new RequestError(400, `"${a1}" is not a cell: use A1 notation, e.g. B3`);
    if (cell.rows !== 1 || cell.columns !== 1) {
      throw new RequestError(400, `"${a1}" is a range: give one cell, e.g. B3`);
    }
    if (this.cellsIfGrown(sheet, cell.row + 1, cell.column + 1) > MAX_WORKBOOK_CELLS) {
      throw new RequestError(
        400,
        `This action would increase the number of cells in the workbook above the limit of ${MAX_WORKBOOK_CELLS} cells.`,
      );
    }
    if (input.length > MAX_CELL_CHARACTERS && [...input].length > MAX_CELL_CHARACTERS) {
      throw new RequestError(
        400,
        `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
      );
    }
    const { content, format } = readEntry(input);
    this.editor.write(sheet, cell.row, cell.column, [[content]], [[format]]);
  }

  /**
   * Delete on a selected range: its values and formulas go in one recalculation, formats and
   * validation stay. `a1` may be open ("B:B", "3:5"), as a selected column or row is.
   */
  clear(sheet: string, a1: string): void {
    this.requireSheet(sheet);
    this.editor.clear(sheet, this.rangeOf(sheet, a1));
  }

  /**
   * Inserts `count` rows or columns before `index` (0-based), formatted as `inheritFrom`, as
   * the grid's right-click menu does ("Insert 1 column left").
   */
  insert(sheet: string, axis: Axis, index: number, count: number, inheritFrom: number): void {
    this.requireSheet(sheet);
    const size = this.lengthOf(sheet, axis);
    checkIndex(index, 0, size, `"index" for ${axis}`);
    checkIndex(count, 1, MAX_INSERTED, '"count"');
    checkIndex(inheritFrom, 0, size - 1, '"inheritFrom"');
    this.editor.insert(sheet, axis, index, count, inheritFrom);
    this.moveWidths(sheet, { kind: 'insert', sheet, axis, index, count });
  }

  /** Deletes `count` rows or columns from `index` (0-based); never all of them, as in Sheets. */
  delete(sheet: string, axis: Axis, index: number, count: number): void {
    this.requireSheet(sheet);
    const size = this.lengthOf(sheet, axis);
    checkIndex(index, 0, size - 1, `"index" for ${axis}`);
    checkIndex(count, 1, size - index, '"count"');
    if (count === size) {
      throw new RequestError(400, `You can't delete all the ${axis} on the sheet.`);
    }
    this.editor.delete(sheet, axis, index, count);
    this.moveWidths(sheet, { kind: 'delete', sheet, axis, index, count });
  }

  /**
   * Ctrl+Z: undoes the last edit made in the grid and brings its sheet to the front, as Sheets
   * does. False when there is nothing to undo (the add-on's changes are not undoable).
   */
  undo(): boolean {
    const change = this.editor.undo();
    if (!change) return false;
    if (change.kind === 'insert') this.moveWidths(change.sheet, { ...change, kind: 'delete' });
    // The columns back are fitted again, to the text they had when the sheet was first shown.
    if (change.kind === 'delete') {
      this.moveWidths(change.sheet, { ...change, kind: 'insert' }, null);
    }
    if (change.sheet !== this.activeSheet && this.workbook.hasSheet(change.sheet)) {
      this.switchSheet(change.sheet);
    }
    return true;
  }

  /** A range of the sheet in A1 notation, within it, or a 400 saying why not. */
  private rangeOf(sheet: string, a1: string): GridRange {
    const grid = this.workbook.gridSize(sheet);
    const range = readA1Range(a1, grid);
    if (!range) {
      throw new RequestError(400, `"${a1}" is not a range: use A1 notation, e.g. B2:C10 or B:B`);
    }
    if (range.row + range.rows > grid.rows || range.column + range.columns > grid.columns) {
      throw new RequestError(
        400,
        `"${a1}" reaches past the sheet, which has ${grid.rows} rows and ${grid.columns} columns`,
      );
    }
    return range;
  }

  private lengthOf(sheet: string, axis: Axis): number {
    const grid = this.workbook.gridSize(sheet);
    return axis === 'rows' ? grid.rows : grid.columns;
  }

  /**
   * Inserted or deleted columns move the widths kept for the columns after them, so each
   * column keeps its width; inserted ones take `insertedWidth` (null: fitted to their text).
   */
  private moveWidths(
    sheet: string,
    change: Change & { kind: 'insert' | 'delete' },
    insertedWidth: number | null = DEFAULT_WIDTH,
  ): void {
    const kept = this.columnWidths.get(sheet);
    if (!kept || change.axis !== 'columns') return;
    const { index, count } = change;
    const moved = new Map<number, number>();
    for (const [column, width] of kept) {
      if (column < index) moved.set(column, width);
      else if (change.kind === 'insert') moved.set(column + count, width);
      else if (column >= index + count) moved.set(column - count, width);
    }
    if (change.kind === 'insert') {
      const inserted = Array.from({ length: count }, (_, offset) => index + offset);
      const widths =
        insertedWidth === null
          ? fitColumnWidths(this.workbook, sheet, inserted)
          : new Map(inserted.map((column) => [column, insertedWidth]));
      for (const [column, width] of widths) moved.set(column, width);
    }
    this.columnWidths.set(sheet, moved);
  }

  /** The workbook's cells once `sheet` has at least `rows` rows and `columns` columns. */
  private cellsIfGrown(sheet: string, rows: number, columns: number): number {
    let cells = 0;
    for (const name of this.workbook.sheetNames()) {
      const size = this.workbook.gridSize(name);
      cells +=
        name === sheet
          ? Math.max(size.rows, rows) * Math.max(size.columns, columns)
          : size.rows * size.columns;
    }
    return cells;
  }

  switchSheet(sheet: string): void {
    this.requireSheet(sheet);
    this.activeSheet = sheet;
    this.services.setActiveSheet(sheet);
  }

  /** Back to the workbook as it was opened, with the add-on opened on it afresh. */
  reset(): void {
    const edited = this.workbook;
    this.noticesBefore += this.services.ui.notices.length;
    this.workbook = LocalWorkbook.fromSnapshot(this.opened);
    // Nothing refers to the edited workbook any more: free its HyperFormula engine.
    edited.hf.destroy();
    if (!this.workbook.hasSheet(this.activeSheet)) this.activeSheet = firstSheet(this.workbook);
    this.services = createAppsScriptServices(this.workbook, this.serviceOptions());
    this.server = this.openServer();
    this.editor = new SheetEditor(this.workbook);
    this.sidebarsShown = 0;
    this.columnWidths.clear();
  }

  /** A click on an item of the add-on's menu: only the functions the menu names. */
  runMenuItem(functionName: string): RunResult {
    const listed = this.services.ui.menus.some((menu) =>
      menu.items.some((item) => item.functionName === functionName),
    );
    if (!listed) throw new RequestError(404, `no add-on menu item runs "${functionName}"`);
    return this.run(functionName, []);
  }

  /** google.script.run: any public top-level function of Code.js. */
  run(functionName: string, args: unknown[]): RunResult {
    const before = this.services.ui.sidebar;
    const result = runServerFunction(this.server, this.callable, functionName, args);
    // The add-on changed the sheet around the editor: undo would put back cells from before.
    this.editor.forget();
    if (this.services.ui.sidebar && this.services.ui.sidebar !== before) this.sidebarsShown++;
    this.activeSheet = this.sheetInFront();
    return result;
  }

  /**
   * The add-on may have brought another sheet to the front (insertSheet, activate): the page
   * follows, as Sheets does. The services only tell it through SpreadsheetApp, so this read is
   * counted among their calls.
   */
  private sheetInFront(): string {
    const app = this.services.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    return app.getActiveSheet().getName();
  }

  private openServer(): vm.Context {
    const server = loadServer(this.services);
    // Sheets runs onOpen when the file opens; FULL since the person here has used the add-on.
    const opened = runServerFunction(server, this.callable, 'onOpen', [{ authMode: 'FULL' }]);
    if (!opened.ok) throw new Error(`onOpen failed: ${opened.error.message}`);
    return server;
  }

  private serviceOptions(): { dist?: string; activeSheet: string } {
    return this.options.dist === undefined
      ? { activeSheet: this.activeSheet }
      : { dist: this.options.dist, activeSheet: this.activeSheet };
  }

  private requireSheet(sheet: string): void {
    if (!this.workbook.hasSheet(sheet)) throw new RequestError(404, `no sheet named "${sheet}"`);
  }
}

function checkIndex(value: number, least: number, most: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < least || value > most) {
    throw new RequestError(400, `${name} must be a whole number from ${least} to ${most}`);
  }
}

function firstSheet(workbook: LocalWorkbook): string {
  const [first] = workbook.sheetNames();
  if (first === undefined) throw new Error('the workbook has no sheets');
  return first;
}
