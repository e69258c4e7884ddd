/**
 * One open workbook in the preview, as a person has it open in Sheets: the workbook, the
 * emulated Apps Script services over it, the add-on's server code loaded against them (its
 * onOpen already run, so the menu is there), and the tab in front. Reset goes back to the
 * workbook as it was opened.
 */
import type vm from 'node:vm';
import { parseA1Range } from '../engine/a1';
import { readCodeJs } from '../engine/addon';
import { LocalWorkbook, type WorkbookSnapshot } from '../engine/workbook';
import {
  type AppsScriptServices,
  createAppsScriptServices,
  loadServer,
  type Notice,
} from '../services/index';
import { cellContentFromInput } from './cell-input';
import type { PreviewNotice, PreviewState, RunResult } from './contract';
import { sheetGrid } from './grid';
import { RequestError } from './http';
import { runServerFunction, topLevelFunctionNames } from './server-function';

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

  state(): PreviewState {
    const { ui } = this.services;
    return {
      fileName: this.fileName,
      sheets: this.workbook.sheetNames(),
      activeSheet: this.activeSheet,
      frozenRows: this.workbook.frozenRows(this.activeSheet),
      frozenColumns: this.workbook.frozenColumns(this.activeSheet),
      ...sheetGrid(this.workbook, this.activeSheet),
      menus: ui.menus.map((menu) => ({
        title: menu.title,
        items: menu.items.map(({ caption, functionName }) => ({ caption, functionName })),
      })),
      sidebar: ui.sidebar ? { title: ui.sidebar.title, shown: this.sidebarsShown } : null,
      notices: ui.notices.map((notice, index) => this.previewNotice(notice, index)),
    };
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
    let cell: ReturnType<typeof parseA1Range>;
    try {
      cell = parseA1Range(a1);
    } catch {
      throw new RequestError(400, `"${a1}" is not a cell: use A1 notation, e.g. B3`);
    }
    if (cell.rows !== 1 || cell.columns !== 1) {
      throw new RequestError(400, `"${a1}" is a range: give one cell, e.g. B3`);
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
