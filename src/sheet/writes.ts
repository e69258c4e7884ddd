/**
 * The one place the add-on writes cells. Every write is a block (one `setValues` per block,
 * never a call per cell: each service call is a round trip) under the document lock, so two
 * people adding rows at once both land; and text a user typed is stored as text, never run as
 * a formula.
 */

/** A problem the user can act on: its message is shown as it is, in the sidebar or a dialog. */
export class UserError extends Error {
  override name = 'UserError';
}

/** How long a write waits for another one (a colleague's append) to finish. */
const LOCK_WAIT_MS = 10_000;

export const BUSY_MESSAGE =
  'The spreadsheet is busy with another change (yours in another tab, or a colleague’s): wait a moment, then try again.';

/** Runs `write` holding the document lock; a lock not had in time is a message, not a crash. */
export function withDocumentLock<T>(write: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(BUSY_MESSAGE);
  try {
    const result = write();
    // Written before the lock is let go, so the next writer reads what this one wrote.
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}

/** A cell's content as the user typed it in the sidebar: text, a number, a date or blank. */
export type TypedValue = string | number | boolean | Date | null;

/**
 * Sheets reads text starting with = + - or @ as a formula when it is written, so a key result
 * such as `=IMPORTXML("http://x","//a")` would run. A leading apostrophe makes Sheets keep it
 * as the text typed (the apostrophe itself is not shown). Numbers stay numbers.
 */
export function asTypedText(value: TypedValue): string | number | boolean | Date {
  if (value === null) return '';
  if (typeof value === 'string' && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

/** Writes rows of typed values as one block at (row, column), 1-based. */
export function writeTypedRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  column: number,
  rows: TypedValue[][],
): GoogleAppsScript.Spreadsheet.Range {
  const width = rows[0]?.length ?? 0;
  const range = sheet.getRange(row, column, rows.length, width);
  range.setValues(rows.map((cells) => cells.map(asTypedText)));
  return range;
}

/** Writes rows of the add-on's own formulas as one block at (row, column), 1-based. */
export function writeFormulaRows(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  column: number,
  formulas: string[][],
): GoogleAppsScript.Spreadsheet.Range {
  const range = sheet.getRange(row, column, formulas.length, formulas[0]?.length ?? 0);
  range.setFormulas(formulas);
  return range;
}
