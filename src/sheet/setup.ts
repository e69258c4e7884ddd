/**
 * "Set up OKR & KPI sheets": an OKRs tab (one row per key result) and a KPIs tab (one row per
 * KPI, one column per month), side by side in the same spreadsheet as the domain wants them,
 * with the computed columns and colours an adopted sheet gets. A tab of that name that holds
 * data is the team's: it is left untouched.
 */
import { addComputedColumns } from './adopt';
import { applyRules } from './formatting';
import { tableRules } from './rules';
import { readTable } from './table';
import { withDocumentLock, writeTypedRows } from './writes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const OKR_TAB = 'OKRs';
export const KPI_TAB = 'KPIs';

/**
 * Cycle start and end sit on every key result row (the wizard fills them per objective), so
 * each row's status is judged against its own cycle at its own check-in date: no TODAY() in a
 * custom function's arguments, which Sheets refuses.
 */
export const OKR_HEADERS = [
  'Objective',
  'Type',
  'Owner',
  'Key result',
  'KR owner',
  'Baseline',
  'Target',
  'Current',
  'Weight',
  'Cycle start',
  'Cycle end',
  'Check-in date',
] as const;

export const KPI_HEADERS = ['KPI', 'Owner', 'Low', 'High', 'Watch', 'Cadence'] as const;

/** How often a KPI is looked at: the KPIs tab's dropdown and the wizard's choices. */
export const KPI_CADENCES = ['weekly', 'monthly', 'quarterly'] as const;

export const OKR_TYPES = ['aspirational', 'committed'] as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One column per month of the year being planned, oldest first: "Jan 2026" ... "Dec 2026". */
export function monthHeaders(year: number): string[] {
  return MONTHS.map((month) => `${month} ${year}`);
}

const DATE_FORMAT = 'yyyy-mm-dd';

export interface SetupResult {
  created: string[];
  leftAlone: string[];
  message: string;
}

/** `year` is the year of the KPIs tab's months: this year unless a test says otherwise. */
export function setUpSheets(year = new Date().getFullYear()): SetupResult {
  return withDocumentLock(() => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const created: string[] = [];
    const leftAlone: string[] = [];
    const tabs = [
      { name: OKR_TAB, headers: [...OKR_HEADERS], write: writeOkrTab },
      { name: KPI_TAB, headers: [...KPI_HEADERS, ...monthHeaders(year)], write: writeKpiTab },
    ];
    for (const { name, headers, write } of tabs) {
      const existing = spreadsheet.getSheetByName(name);
      if (existing && existing.getLastRow() > 0) {
        leftAlone.push(name);
        continue;
      }
      const sheet = existing ?? spreadsheet.insertSheet(name);
      writeHeaders(sheet, headers);
      write(sheet);
      created.push(name);
    }
    // insertSheet brings each new tab to the front; the plan starts on the OKRs tab.
    const first = created[0] && spreadsheet.getSheetByName(created[0]);
    if (first) spreadsheet.setActiveSheet(first);
    return { created, leftAlone, message: setupMessage(created, leftAlone) };
  });
}

function writeHeaders(sheet: Sheet, headers: string[]): void {
  const missing = headers.length - sheet.getMaxColumns();
  if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
  writeTypedRows(sheet, 1, 1, [headers]).setFontWeight('bold');
  sheet.setFrozenRows(1);
}

/** The header's computed columns, and the colours, as on an adopted sheet. */
function finishTable(sheet: Sheet): void {
  const found = readTable(sheet, undefined);
  if (!found) return;
  addComputedColumns(sheet, found);
  applyRules(sheet, tableRules(found.table), found.table.firstRow);
}

/** A column from the first data row to the end of the sheet. */
function dataColumn(sheet: Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(2, column, sheet.getMaxRows() - 1, 1);
}

function columnOf(header: string, headers: readonly string[]): number {
  return headers.indexOf(header) + 1;
}

function writeOkrTab(sheet: Sheet): void {
  const typeRule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...OKR_TYPES], true)
    .setAllowInvalid(false)
    .setHelpText('aspirational (a stretch: 0.7 is success) or committed (1.0 is expected)')
    .build();
  dataColumn(sheet, columnOf('Type', OKR_HEADERS)).setDataValidation(typeRule);
  for (const header of ['Cycle start', 'Cycle end', 'Check-in date']) {
    dataColumn(sheet, columnOf(header, OKR_HEADERS)).setNumberFormat(DATE_FORMAT);
  }
  finishTable(sheet);
}

function writeKpiTab(sheet: Sheet): void {
  const cadenceRule = SpreadsheetApp.newDataValidation()
    .requireValueInList([...KPI_CADENCES], true)
    .setAllowInvalid(true)
    .build();
  dataColumn(sheet, columnOf('Cadence', KPI_HEADERS)).setDataValidation(cadenceRule);
  finishTable(sheet);
}

function setupMessage(created: string[], leftAlone: string[]): string {
  const parts: string[] = [];
  if (created.length > 0) {
    parts.push(
      `Created ${created.join(' and ')}: type your key results and KPIs in the rows; scores, statuses and bands compute by themselves.`,
    );
  }
  if (leftAlone.length > 0) {
    parts.push(
      `${leftAlone.join(' and ')} already ${leftAlone.length === 1 ? 'holds' : 'hold'} data, so ${leftAlone.length === 1 ? 'it was' : 'they were'} left as ${leftAlone.length === 1 ? 'it is' : 'they are'}: use "Use my existing sheet" on ${leftAlone.length === 1 ? 'it' : 'them'} instead.`,
    );
  }
  return parts.join(' ');
}
