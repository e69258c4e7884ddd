/** A1 notation: "B3", "A1:C10", "'Key results'!A2:A". Rows and columns here are 0-based. */

export interface GridRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

export function toA1(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

export function rangeToA1({ row, column, rows, columns }: GridRange): string {
  const start = toA1(row, column);
  return rows === 1 && columns === 1
    ? start
    : `${start}:${toA1(row + rows - 1, column + columns - 1)}`;
}

/**
 * A1 notation as Sheets reads it: "B3", "A1:C10", and, given the grid's size, open ranges that
 * run to its edge: "A:A" and "A2:B" (whole columns), "2:3" (whole rows). Null when it is not
 * A1 notation (or is an open range and no grid size was given).
 */
export function readA1Range(
  a1: string,
  grid?: { rows: number; columns: number },
): GridRange | null {
  const parts = a1.split(':');
  if (parts.length > 2) return null;
  const start = endpoint(parts[0] ?? '');
  const end = parts[1] === undefined ? start : endpoint(parts[1]);
  if (!start || !end) return null;
  const open = (point: Endpoint) => point.row === undefined || point.column === undefined;
  if ((parts.length === 1 || !grid) && (open(start) || open(end))) return null;
  const columnOnly = (point: Endpoint) => point.row === undefined;
  const rowOnly = (point: Endpoint) => point.column === undefined;
  if ((columnOnly(start) && rowOnly(end)) || (rowOnly(start) && columnOnly(end))) return null;
  const top = start.row ?? 0;
  const bottom = end.row ?? (grid?.rows ?? 1) - 1;
  const left = start.column ?? 0;
  const right = end.column ?? (grid?.columns ?? 1) - 1;
  return {
    row: Math.min(top, bottom),
    column: Math.min(left, right),
    rows: Math.abs(bottom - top) + 1,
    columns: Math.abs(right - left) + 1,
  };
}

/** Parses "B3" or "B3:D10" (sheet name already removed); throws on anything else. */
export function parseA1Range(a1: string): GridRange {
  const range = readA1Range(a1);
  if (!range) throw new Error(`not an A1 range: ${a1}`);
  return range;
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

/** Splits "'Key results'!A1:B2" into its sheet name (or null) and its A1 range. */
export function splitSheetName(a1: string): { sheetName: string | null; range: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, range: a1 };
  const name = a1.slice(0, bang);
  const unquoted = name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
  return { sheetName: unquoted, range: a1.slice(bang + 1) };
}
