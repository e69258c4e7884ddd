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

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Parses "B3" or "B3:D10" (sheet name already removed). */
export function parseA1Range(a1: string): GridRange {
  const [startText = '', endText] = a1.split(':');
  const start = CELL.exec(startText.trim());
  const end = CELL.exec((endText ?? startText).trim());
  if (!start || !end) throw new Error(`not an A1 range: ${a1}`);
  const top = Number(start[2]) - 1;
  const left = columnIndex(start[1] ?? 'A');
  const bottom = Number(end[2]) - 1;
  const right = columnIndex(end[1] ?? 'A');
  return {
    row: Math.min(top, bottom),
    column: Math.min(left, right),
    rows: Math.abs(bottom - top) + 1,
    columns: Math.abs(right - left) + 1,
  };
}

/** Splits "'Key results'!A1:B2" into its sheet name (or null) and its A1 range. */
export function splitSheetName(a1: string): { sheetName: string | null; range: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, range: a1 };
  const name = a1.slice(0, bang);
  const unquoted = name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
  return { sheetName: unquoted, range: a1.slice(bang + 1) };
}
