/**
 * The sidebar's side of the server: which panel it opens on, what it needs to know of the
 * spreadsheet to warn and suggest (tabs, objectives per cycle, how many KPIs), and what
 * happens after "Add to sheet" (colours refreshed, new rows selected). Plain data in and out:
 * dates as ISO text, never Date objects.
 */
import type { Appended } from './append';
import { applyRules } from './formatting';
import { tableRules } from './rules';
import { KPI_TAB, OKR_TAB } from './setup';
import { readTable } from './table';

/** The sidebar's panels; the menu item names which one it opens on. */
export type Panel = 'plan' | 'kpi' | 'quiz' | 'adopt' | 'help';

export const SIDEBAR_TITLE = 'OKR & KPI';

/** Sidebar.html's body says which panel to show first: the server swaps this one attribute. */
const PANEL_ATTRIBUTE = 'data-panel="help"';

export function openSidebar(panel: Panel): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  if (panel !== 'help')
    page.setContent(page.getContent().replace(PANEL_ATTRIBUTE, `data-panel="${panel}"`));
  SpreadsheetApp.getUi().showSidebar(page);
}

export function showPlanOkr(): void {
  openSidebar('plan');
}

export function showAddKpi(): void {
  openSidebar('kpi');
}

export function showOkrOrKpi(): void {
  openSidebar('quiz');
}

export function showUseExistingSheet(): void {
  openSidebar('adopt');
}

/** Opens the sidebar on the function reference. */
export function showSidebar(): void {
  openSidebar('help');
}

export interface CycleObjectives {
  cycleStart: string | null;
  cycleEnd: string | null;
  objectives: string[];
}

export interface SidebarState {
  sheetNames: string[];
  activeSheet: string;
  hasOkrTab: boolean;
  hasKpiTab: boolean;
  /** The OKRs tab's distinct objectives, by cycle. */
  cycles: CycleObjectives[];
  kpiCount: number;
}

/** What the sidebar needs to warn about caps (4 objectives a cycle, 7 KPIs) and to pick tabs. */
export function sidebarState(): SidebarState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheets = spreadsheet.getSheets();
  const okrs = spreadsheet.getSheetByName(OKR_TAB);
  const kpis = spreadsheet.getSheetByName(KPI_TAB);
  return {
    sheetNames: sheets.map((sheet) => sheet.getName()),
    activeSheet: spreadsheet.getActiveSheet().getName(),
    hasOkrTab: okrs !== null,
    hasKpiTab: kpis !== null,
    cycles: okrs ? objectivesByCycle(okrs) : [],
    kpiCount: kpis ? countFilled(kpis, 'kpi') : 0,
  };
}

function isoDay(cell: unknown): string | null {
  if (cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]') {
    const date = cell as Date;
    const pad = (part: number) => String(part).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  }
  return typeof cell === 'string' && cell.trim() !== '' ? cell.trim() : null;
}

function objectivesByCycle(sheet: GoogleAppsScript.Spreadsheet.Sheet): CycleObjectives[] {
  const found = readTable(sheet);
  const { objective, cycleStart, cycleEnd } = found?.table.columns ?? {};
  if (!found || objective === undefined) return [];
  const cycles = new Map<string, CycleObjectives>();
  for (const row of found.values.slice(found.headerRow)) {
    const name = String(row[objective - 1] ?? '').trim();
    if (!name) continue;
    const start = cycleStart === undefined ? null : isoDay(row[cycleStart - 1]);
    const end = cycleEnd === undefined ? null : isoDay(row[cycleEnd - 1]);
    const key = `${start}|${end}`;
    const cycle = cycles.get(key) ?? { cycleStart: start, cycleEnd: end, objectives: [] };
    if (!cycle.objectives.includes(name)) cycle.objectives.push(name);
    cycles.set(key, cycle);
  }
  return [...cycles.values()];
}

function countFilled(sheet: GoogleAppsScript.Spreadsheet.Sheet, role: 'kpi'): number {
  const found = readTable(sheet);
  const column = found?.table.columns[role];
  if (!found || column === undefined) return 0;
  return found.values
    .slice(found.headerRow)
    .filter((row) => String(row[column - 1] ?? '').trim() !== '').length;
}

/**
 * After "Add to sheet": the tab's colours written again (its new rows are already inside the
 * rules' ranges, but a tab the user changed since may need them), and the new rows selected so
 * the user sees what was written.
 */
export function showAppended(
  appended: Pick<Appended, 'sheetName' | 'firstRow' | 'lastRow'>,
): string {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(appended.sheetName);
  if (!sheet) return '';
  const found = readTable(sheet);
  if (found) applyRules(sheet, tableRules(found.table), found.table.firstRow);
  spreadsheet.setActiveSheet(sheet);
  const rows = appended.lastRow - appended.firstRow + 1;
  sheet.getRange(appended.firstRow, 1, rows, Math.max(sheet.getLastColumn(), 1)).activate();
  return `Rows ${appended.firstRow} to ${appended.lastRow} of ${appended.sheetName} are selected.`;
}
