/**
 * Rows and columns as the add-on hands them to SpreadsheetApp: A1 notation read the way Sheets
 * reads it, whole-number arguments, and the offsets of a range's rows or columns. Rows and
 * columns here are 0-based, as in the workbook.
 */
import { columnIndex, type GridRange } from '../engine/a1';

/**
 * A1 notation as Sheets reads it: "B3", "A1:C10", and open ranges that run to the grid's edge:
 * "A:A" and "A2:B" (whole columns), "2:3" (whole rows). Null when it is not A1 notation.
 */
export function parseA1(a1: string, grid: { rows: number; columns: number }): GridRange | null {
  const parts = a1.split(':');
  if (parts.length > 2) return null;
  const start = endpoint(parts[0] ?? '');
  const end = parts[1] === undefined ? start : endpoint(parts[1]);
  if (!start || !end) return null;
  if (parts.length === 1 && (start.row === undefined || start.column === undefined)) return null;
  const columnOnly = (point: Endpoint) => point.row === undefined;
  const rowOnly = (point: Endpoint) => point.column === undefined;
  if ((columnOnly(start) && rowOnly(end)) || (rowOnly(start) && columnOnly(end))) return null;
  const top = start.row ?? 0;
  const bottom = end.row ?? grid.rows - 1;
  const left = start.column ?? 0;
  const right = end.column ?? grid.columns - 1;
  return {
    row: Math.min(top, bottom),
    column: Math.min(left, right),
    rows: Math.abs(bottom - top) + 1,
    columns: Math.abs(right - left) + 1,
  };
}

interface Endpoint {
  row: number | undefined;
  column: number | undefined;
}

function endpoint(text: string): Endpoint | null {
  const match = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text.trim());
  const [, letters, digits] = match ?? [];
  if (letters === undefined && digits === undefined) return null;
  const row = digits === undefined ? undefined : Number(digits) - 1;
  if (row !== undefined && row < 0) return null;
  return { row, column: letters === undefined ? undefined : columnIndex(letters) };
}

export function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

export function indices(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
