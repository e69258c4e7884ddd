/**
 * The wizard's "Add to sheet": an objective with its key results, or a KPI, appended below the
 * last row of the OKRs or KPIs tab. Only the typed columns are written: the computed ones are
 * array formulas that already cover the new rows. The number of service calls is the same for
 * a 10-row and a 10,000-row tab: the header and one column are read, one block is written.
 */
import type { InputRole } from '../core/columns';
import { mapColumns } from '../core/columns';
import { COMPUTED_HEADERS } from './layout';
import { KPI_TAB, OKR_TAB } from './setup';
import { type TypedValue, UserError, withDocumentLock, writeTypedRows } from './writes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How a key result's or KPI's amounts read; a yes/no key result has no baseline or target. */
export type Unit = 'percent' | 'number' | 'currency' | 'binary';

export interface KeyResultDraft {
  keyResult: string;
  unit?: Unit;
  owner?: string;
  baseline?: number | null;
  target?: number | null;
  current?: number | null;
  weight?: number | null;
}

/** Plain data from the sidebar: dates as ISO text (2026-10-01). */
export interface ObjectiveDraft {
  objective: string;
  type: 'aspirational' | 'committed';
  owner: string;
  cycleStart?: string | null;
  cycleEnd?: string | null;
  keyResults: KeyResultDraft[];
}

export interface KpiDraft {
  kpi: string;
  owner: string;
  low?: number | null;
  high?: number | null;
  watch?: number | null;
  /** weekly, monthly or quarterly. */
  cadence?: string | null;
  unit?: Unit;
}

export interface Appended {
  sheetName: string;
  /** 1-based, inclusive. */
  firstRow: number;
  lastRow: number;
  message: string;
}

export const MIN_KEY_RESULTS = 2;
export const MAX_KEY_RESULTS = 5;

export function appendObjective(draft: ObjectiveDraft): Appended {
  const count = draft.keyResults.length;
  if (count < MIN_KEY_RESULTS || count > MAX_KEY_RESULTS) {
    throw new UserError(
      `An objective needs ${MIN_KEY_RESULTS} to ${MAX_KEY_RESULTS} key results; this one has ${count}.`,
    );
  }
  const rows = draft.keyResults.map((keyResult) => ({
    unit: keyResult.unit,
    objective: draft.objective,
    type: draft.type,
    owner: draft.owner,
    keyResult: keyResult.keyResult,
    keyResultOwner: keyResult.owner ?? draft.owner,
    baseline: keyResult.baseline ?? null,
    target: keyResult.target ?? null,
    current: keyResult.current ?? null,
    weight: keyResult.weight ?? null,
    cycleStart: isoDate(draft.cycleStart),
    cycleEnd: isoDate(draft.cycleEnd),
  }));
  const appended = appendRows(OKR_TAB, 'keyResult', rows);
  return {
    ...appended,
    message: `Added "${draft.objective}" with ${count} key results to ${OKR_TAB}, rows ${appended.firstRow} to ${appended.lastRow}.`,
  };
}

export function appendKpi(draft: KpiDraft): Appended {
  const appended = appendRows(KPI_TAB, 'kpi', [
    {
      kpi: draft.kpi,
      owner: draft.owner,
      low: draft.low ?? null,
      high: draft.high ?? null,
      watch: draft.watch ?? null,
      cadence: draft.cadence ?? null,
      unit: draft.unit,
    },
  ]);
  return {
    ...appended,
    message: `Added the KPI "${draft.kpi}" to ${KPI_TAB}, row ${appended.firstRow}.`,
  };
}

/** A date the sidebar sends as ISO text, as a Date Sheets stores as a date. */
function isoDate(text: string | null | undefined): Date | null {
  if (!text) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new UserError(`"${text}" is not a date: use the date picker.`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

type RowValues = Partial<Record<InputRole, TypedValue>> & { unit?: Unit | undefined };

/**
 * Amounts read in their unit: 0.2 shows as 20.0%, 40000 as $40,000.00. A plain number keeps
 * Sheets' automatic format, which Apps Script names 0.###############.
 */
const AUTOMATIC_FORMAT = '0.###############';
const AMOUNT_FORMATS: Record<Unit, string> = {
  percent: '0.0%',
  currency: '"$"#,##0.00',
  number: AUTOMATIC_FORMAT,
  binary: AUTOMATIC_FORMAT,
};

const AMOUNT_ROLES: ReadonlySet<InputRole> = new Set([
  'baseline',
  'target',
  'current',
  'low',
  'high',
  'watch',
]);
const DATE_ROLES: ReadonlySet<InputRole> = new Set(['cycleStart', 'cycleEnd', 'checkIn']);

/** The number format of one new cell: by its column's role, amounts by the row's unit. */
function cellFormat(role: InputRole | null, unit: Unit | undefined): string {
  if (role && DATE_ROLES.has(role)) return 'yyyy-mm-dd';
  if (role && AMOUNT_ROLES.has(role)) return AMOUNT_FORMATS[unit ?? 'number'];
  if (role === 'weight') return AUTOMATIC_FORMAT;
  return '@';
}

function appendRows(
  tabName: string,
  keyRole: InputRole,
  rows: RowValues[],
): Omit<Appended, 'message'> {
  return withDocumentLock(() => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(tabName);
    if (!sheet) {
      throw new UserError(
        `There is no ${tabName} tab yet: choose "Set up OKR & KPI sheets" in the add-on menu first.`,
      );
    }
    const maxRows = sheet.getMaxRows();
    const width = sheet.getMaxColumns();
    const headers = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
    const roles = rolesByColumn(headers);
    const keyColumn = roles.indexOf(keyRole) + 1;
    if (keyColumn === 0) {
      throw new UserError(
        `The ${tabName} tab has no ${keyRole === 'kpi' ? 'KPI' : 'Key result'} column in row 1: put the header back, or run "Set up OKR & KPI sheets" on a new tab.`,
      );
    }
    const firstRow = lastFilledRow(sheet, keyColumn, maxRows) + 1;
    const lastRow = firstRow + rows.length - 1;
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
    // One block over the typed columns, from the first to the last that has a role; computed
    // columns lie to their right and are not touched.
    const typed = roles.map((role, index) => (role ? index : -1)).filter((index) => index >= 0);
    const from = Math.min(...typed);
    const to = Math.max(...typed);
    const columns = roles.slice(from, to + 1);
    const block = rows.map((row) => columns.map((role) => (role ? (row[role] ?? null) : null)));
    // Formats in the same block, so an append costs the same calls whatever the tab's size.
    writeTypedRows(sheet, firstRow, from + 1, block).setNumberFormats(
      rows.map((row) => columns.map((role) => cellFormat(role, row.unit))),
    );
    return { sheetName: tabName, firstRow, lastRow };
  });
}

/**
 * The role of each header of row 1; null for an unknown column and for a computed one (its
 * header is one the add-on writes, such as "Latest", which would otherwise read as a current
 * value), so a new row never writes over a computed column's array formula.
 */
function rolesByColumn(headers: unknown[]): (InputRole | null)[] {
  const computed = new Set<unknown>(Object.values(COMPUTED_HEADERS));
  const found = mapColumns([headers.map((header) => (computed.has(header) ? '' : header))]);
  const roles: (InputRole | null)[] = headers.map(() => null);
  for (const column of found?.columns ?? []) roles[column.index] = column.role;
  return roles;
}

/** The last row whose key column is filled (1 when only the header is). */
function lastFilledRow(sheet: Sheet, keyColumn: number, maxRows: number): number {
  if (maxRows < 2) return 1;
  const keys = sheet.getRange(2, keyColumn, maxRows - 1, 1).getValues();
  for (let index = keys.length - 1; index >= 0; index--) {
    const key = keys[index]?.[0];
    if (key !== '' && key !== null) return index + 2;
  }
  return 1;
}
