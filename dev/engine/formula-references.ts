/**
 * The references in a formula's text, read as Sheets reads them, and the three ways the engine
 * rewrites them:
 *
 * - open-ended ranges (`F3:F`, `B2:2`, `$F$3:$F`, `'KPIs'!C2:C`, `A:A`, `2:2`) bounded by the
 *   grid of the sheet they point at, since HyperFormula does not parse the first kinds and
 *   bounds whole columns by the data, not by the sheet's rows as Sheets does;
 * - rows or columns inserted or deleted, moving and stretching references as Sheets does;
 * - a formula moved by an offset, as a fill or a conditional format applies it to each cell.
 *
 * String literals are left alone. Rows and columns are 0-based here.
 */
import { columnIndex, columnLetters } from './a1';

/** One end of a reference: a cell (both parts), a column (no row) or a row (no column). */
export interface Endpoint {
  column: number | undefined;
  row: number | undefined;
  columnFixed: boolean;
  rowFixed: boolean;
}

export interface Reference {
  /** The sheet named before "!", unquoted; null for the formula's own sheet. */
  sheet: string | null;
  /** The sheet prefix exactly as written, "!" included; "" when there is none. */
  prefix: string;
  start: Endpoint;
  /** Null for a single cell. */
  end: Endpoint | null;
}

const SHEET_PREFIX = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!`;
const ENDPOINT = String.raw`\$?[A-Za-z]{1,3}\$?\d+|\$?[A-Za-z]{1,3}|\$?\d+`;
const REFERENCE = new RegExp(
  String.raw`("(?:[^"]|"")*")|(?<![\w.$'!:\u00C0-\uFFFF])(${SHEET_PREFIX})?(${ENDPOINT})(?::(${ENDPOINT}))?(?![\w.(!:\u00C0-\uFFFF])`,
  'g',
);

function endpoint(text: string): Endpoint {
  const match = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(text) ?? [];
  const [, columnDollar = '', letters, rowDollar = '', digits] = match;
  return {
    column: letters === undefined ? undefined : columnIndex(letters),
    row: digits === undefined ? undefined : Number(digits) - 1,
    columnFixed: letters !== undefined && columnDollar === '$',
    rowFixed: digits !== undefined && (letters === undefined ? columnDollar : rowDollar) === '$',
  };
}

function isCell(point: Endpoint): boolean {
  return point.column !== undefined && point.row !== undefined;
}

function unquote(prefix: string): string {
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * Rewrites every reference of `formula` that `rewrite` returns text for; the rest, and all
 * string literals, stay exactly as written. Bare words and numbers that are not references
 * (`1`, `TRUE`, `LOG10(`) are never handed to `rewrite`.
 */
export function mapReferences(
  formula: string,
  rewrite: (reference: Reference) => string | null,
): string {
  return formula.replace(
    REFERENCE,
    (match, text: string | undefined, prefix: string | undefined, first: string, second) => {
      if (text !== undefined) return match;
      const start = endpoint(first);
      const end = second === undefined ? null : endpoint(second);
      // A lone endpoint is a reference only as a cell; "A:2" mixes a column and a row.
      if (end === null && !isCell(start)) return match;
      if (end !== null && !isCell(start) && !isCell(end)) {
        const columnOnly = (point: Endpoint) => point.row === undefined;
        if (columnOnly(start) !== columnOnly(end)) return match;
      }
      const reference = {
        sheet: prefix === undefined ? null : unquote(prefix),
        prefix: prefix ?? '',
        start,
        end,
      };
      return rewrite(reference) ?? match;
    },
  );
}

export function endpointText(point: Endpoint): string {
  const column =
    point.column === undefined
      ? ''
      : `${point.columnFixed ? '$' : ''}${columnLetters(point.column)}`;
  const row = point.row === undefined ? '' : `${point.rowFixed ? '$' : ''}${point.row + 1}`;
  return `${column}${row}`;
}

export function referenceText(reference: Reference): string {
  const start = endpointText(reference.start);
  return reference.end === null
    ? `${reference.prefix}${start}`
    : `${reference.prefix}${start}:${endpointText(reference.end)}`;
}

/** A range that runs to the sheet's last row or last column: some end lacks a part. */
export function isOpenRange(reference: Reference): boolean {
  const { start, end } = reference;
  if (end === null) return false;
  return !isCell(start) || !isCell(end);
}

export function hasOpenRange(formula: string): boolean {
  let open = false;
  mapReferences(formula, (reference) => {
    if (isOpenRange(reference)) open = true;
    return null;
  });
  return open;
}

export interface GridSize {
  rows: number;
  columns: number;
}

/**
 * The formula with each open-ended range closed at the edge of the grid of the sheet it points
 * at (its own sheet for an unprefixed reference): `F3:F` on a 1,000-row sheet is `F3:F1000`,
 * `B2:2` is `B2:Z2`, `A:A` is `A1:A1000`. A sheet `gridOf` does not know is left as written.
 */
export function closeOpenRanges(
  formula: string,
  gridOf: (sheet: string | null) => GridSize | null,
): string {
  return mapReferences(formula, (reference) => {
    if (!isOpenRange(reference) || reference.end === null) return null;
    const grid = gridOf(reference.sheet);
    if (grid === null) return null;
    const close = (point: Endpoint, edge: 'first' | 'last'): Endpoint => ({
      ...point,
      column: point.column ?? (edge === 'first' ? 0 : grid.columns - 1),
      row: point.row ?? (edge === 'first' ? 0 : grid.rows - 1),
    });
    return referenceText({
      ...reference,
      start: close(reference.start, 'first'),
      end: close(reference.end, 'last'),
    });
  });
}

/** Rows or columns inserted (count > 0) or deleted (count < 0) at `index` of `sheet`. */
export interface StructureChange {
  sheet: string;
  axis: 'rows' | 'columns';
  index: number;
  count: number;
}

/**
 * Where one coordinate of a span goes when rows or columns are inserted or deleted: the start
 * moves with what follows it, the end stretches over rows inserted inside the span and shrinks
 * over rows deleted in it. Null for a span deleted whole.
 */
export function moveSpan(
  first: number,
  last: number,
  change: Pick<StructureChange, 'index' | 'count'>,
): { first: number; last: number } | null {
  const { index, count } = change;
  if (count > 0) {
    if (index <= first) return { first: first + count, last: last + count };
    if (index <= last) return { first, last: last + count };
    return { first, last };
  }
  const deleted = -count;
  const after = index + deleted;
  const moved = (at: number) => (at < index ? at : at >= after ? at - deleted : null);
  const newFirst = moved(first) ?? index;
  const newLast = moved(last) ?? index - 1;
  return newFirst > newLast ? null : { first: newFirst, last: newLast };
}

/**
 * The formula of a cell on `formulaSheet` after `change`: references to the changed sheet move
 * and stretch with its rows or columns, a reference whose cells were all deleted becomes
 * #REF!. Open ends stay open, so `F3:F` still runs to the last row.
 */
export function adjustForStructure(
  formula: string,
  formulaSheet: string,
  change: StructureChange,
): string {
  const same = (sheet: string | null) =>
    (sheet ?? formulaSheet).toLowerCase() === change.sheet.toLowerCase();
  const part = change.axis === 'rows' ? 'row' : 'column';
  return mapReferences(formula, (reference) => {
    if (!same(reference.sheet)) return null;
    const end = reference.end ?? reference.start;
    const first = reference.start[part];
    const last = end[part];
    // An open end, or a whole column for a change of rows: nothing of it moves.
    if (first === undefined && last === undefined) return null;
    const moved = moveSpan(first ?? 0, last ?? Number.MAX_SAFE_INTEGER, change);
    if (moved === null) return '#REF!';
    const start = { ...reference.start, [part]: first === undefined ? undefined : moved.first };
    if (reference.end === null) return referenceText({ ...reference, start });
    const newEnd = { ...reference.end, [part]: last === undefined ? undefined : moved.last };
    return referenceText({ ...reference, start, end: newEnd });
  });
}

/**
 * The formula moved by an offset, as Sheets moves a formula filled into another cell or a
 * conditional format's formula applied to a cell of its range: relative parts move, `$` parts
 * stay. A reference moved off the sheet becomes #REF!.
 */
export function offsetReferences(formula: string, rowOffset: number, columnOffset: number): string {
  return mapReferences(formula, (reference) => {
    const move = (point: Endpoint): Endpoint | null => {
      const column =
        point.column === undefined || point.columnFixed
          ? point.column
          : point.column + columnOffset;
      const row = point.row === undefined || point.rowFixed ? point.row : point.row + rowOffset;
      if ((column !== undefined && column < 0) || (row !== undefined && row < 0)) return null;
      return { ...point, column, row };
    };
    const start = move(reference.start);
    const end = reference.end === null ? null : move(reference.end);
    if (start === null || (reference.end !== null && end === null)) return '#REF!';
    return referenceText({ ...reference, start, end });
  });
}
