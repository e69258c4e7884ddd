/**
 * One open workbook in the preview, as a person has it open in Sheets: the workbook, the
 * emulated Apps Script services over it, the add-on's server code loaded against them (its
 * onOpen already run, so the menu is there), and the tab in front. Reset goes back to the
 * workbook as it was opened.
 */
import type vm from 'node:vm';
import { readA1Range } from '../engine/a1';
import { readCodeJs } from '../engine/addon';
import { LocalWorkbook, type WorkbookSnapshot } from '../engine/workbook';
import {
  type AppsScriptServices,
  createAppsScriptServices,
  loadServer,
  type Notice,
} from '../services/index';
import { cellContentFromInput } from './cell-input';
import type { PreviewNotice, PreviewState, RunResult, ViewRequest } from './contract';
import { clampWindow, fitColumnWidths, sheetWindow } from './grid';
import { RequestError } from './http';
import { runServerFunction, topLevelFunctionNames } from './server-function';

/** Sheets' limit on one cell's text; its message is the one Sheets shows. */
export const MAX_CELL_CHARACTERS = 50_000;
/** Sheets' limit on a sheet's rows (10 million cells, so 10 million rows of one column). */
const MAX_ROWS = 10_000_000;

export interface SessionOptions {
  /** Where Code.js and Sidebar.html are read from (the build's dist/ by default). */
  dist?: string;
}

export class PreviewSession {
  private readonly opened: WorkbookSnapshot;
  private readonly callable: ReadonlySet<string>;
  private workbook: LocalWorkbook;
  private activeSheet: string;
  private services: AppsScriptServices;
  private server: vm.Context;
  private sidebarsShown = 0;
  /** Notices shown before the last reset, so ids keep counting up across resets. */
  private noticesBefore = 0;
  /** By sheet, the widths its columns were first drawn with: they stay put, as in Sheets. */
  private readonly columnWidths = new Map<string, Map<number, number>>();

  constructor(
    workbook: LocalWorkbook,
    readonly fileName: string,
    private readonly options: SessionOptions = {},
  ) {
    this.opened = workbook.snapshot();
    this.callable = topLevelFunctionNames(readCodeJs(options.dist));
    this.workbook = workbook;
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
   * The sheet's column widths: those the add-on set, else those fitted when the column was
   * first drawn with text (columns the add-on adds later are fitted when they appear).
   */
  private widthsOf(sheet: string): Map<number, number> {
    const kept = this.columnWidths.get(sheet) ?? new Map<number, number>();
    this.columnWidths.set(sheet, kept);
    for (const [column, width] of fitColumnWidths(this.workbook, sheet, kept)) {
      kept.set(column, width);
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

  /** Typing `input` into one cell and pressing Enter. */
  enter(sheet: string, a1: string, input: string): void {
    this.requireSheet(sheet);
    const cell = readA1Range(a1);
    if (!cell) throw new RequestError(400, `"${a1}" is not a cell: use A1 notation, e.g. B3`);
    if (cell.rows !== 1 || cell.columns !== 1) {
      throw new RequestError(400, `"${a1}" is a range: give one cell, e.g. B3`);
    }
    if (cell.row >= MAX_ROWS) {
      throw new RequestError(400, `"${a1}" is past the last row a sheet can have (${MAX_ROWS})`);
    }
    if (input.length > MAX_CELL_CHARACTERS && [...input].length > MAX_CELL_CHARACTERS) {
      throw new RequestError(
        400,
        `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
      );
    }
    this.workbook.setContent(sheet, cell.row, cell.column, cellContentFromInput(input));
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

function firstSheet(workbook: LocalWorkbook): string {
  const [first] = workbook.sheetNames();
  if (first === undefined) throw new Error('the workbook has no sheets');
  return first;
}
