/**
 * Rows and columns as the add-on hands them to SpreadsheetApp: whole-number arguments, and the
 * offsets of a range's rows or columns (0-based, as in the workbook). A1 notation is read by
 * dev/engine/a1.ts.
 */

export function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

export function indices(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}
