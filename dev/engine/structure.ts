/**
 * What Sheets keeps beside a sheet's cells, moved when rows or columns are inserted or deleted:
 * per-cell records (formats, validation), rectangles (conditional format ranges) and spans of
 * whole rows or columns (developer metadata). Cells of deleted rows go with them; rows inserted
 * take the formats of the row they were inserted next to, as Sheets' "insert row below" does.
 */
import type { GridRange } from './a1';
import { moveSpan, type StructureChange } from './formula-references';

export const cellKey = (row: number, column: number) => `${row},${column}`;

export function cellOfKey(key: string): { row: number; column: number } {
  const [row = 0, column = 0] = key.split(',').map(Number);
  return { row, column };
}

/**
 * Per-cell records after `change`. `inheritFrom`, the row (or column) new ones copy, is given
 * as it was numbered before the change.
 */
export function moveCellMap<T>(
  cells: Map<string, T>,
  change: StructureChange,
  inheritFrom: number | null,
  copy: (value: T) => T = (value) => value,
): Map<string, T> {
  const along = (row: number, column: number) => (change.axis === 'rows' ? row : column);
  const at = (row: number, column: number, position: number) =>
    change.axis === 'rows' ? cellKey(position, column) : cellKey(row, position);
  const moved = new Map<string, T>();
  const inherited: [number, number, T][] = [];
  for (const [key, value] of cells) {
    const { row, column } = cellOfKey(key);
    const position = along(row, column);
    const span = moveSpan(position, position, change);
    if (span === null) continue;
    moved.set(at(row, column, span.first), value);
    if (inheritFrom === position && change.count > 0) inherited.push([row, column, value]);
  }
  for (const [row, column, value] of inherited) {
    for (let offset = 0; offset < change.count; offset++) {
      moved.set(at(row, column, change.index + offset), copy(value));
    }
  }
  return moved;
}

/** A rectangle after `change`: it moves, stretches or shrinks; null once all of it is deleted. */
export function moveGridRange(range: GridRange, change: StructureChange): GridRange | null {
  const rows = change.axis === 'rows';
  const first = rows ? range.row : range.column;
  const size = rows ? range.rows : range.columns;
  const span = moveSpan(first, first + size - 1, change);
  if (span === null) return null;
  const length = span.last - span.first + 1;
  return rows
    ? { ...range, row: span.first, rows: length }
    : { ...range, column: span.first, columns: length };
}

/** Keys of a per-index map (column widths) after `change`. */
export function moveIndexMap<T>(indexes: Map<number, T>, change: StructureChange): Map<number, T> {
  const moved = new Map<number, T>();
  for (const [index, value] of indexes) {
    const span = moveSpan(index, index, change);
    if (span !== null) moved.set(span.first, value);
  }
  return moved;
}

/** Frozen rows (or columns) after `change`: rows inserted or deleted among them count. */
export function moveFrozen(frozen: number, change: StructureChange): number {
  if (frozen === 0) return 0;
  const span = moveSpan(0, frozen - 1, change);
  return span === null ? 0 : span.last + 1;
}
