/**
 * The part of the active sheet the page draws: the cells of one window of rows and columns (and
 * of the frozen rows and columns, which stay on screen wherever the window is), each with its
 * text, formula and conditional-format colours; and the columns' widths.
 *
 * Everything here costs in proportion to the window, never to the sheet: a cell written at
 * ZZZ40000 makes the sheet 40,000 x 18,278 cells, and a window of it still 60 x 20.
 */
import { DetailedCellError } from 'hyperformula';
import { toA1 } from '../engine/a1';
import { typedForm } from '../engine/format';
import { arrayFormulaCorner } from '../engine/spills';
import type { SheetsValue } from '../engine/values';
import type { LocalWorkbook } from '../engine/workbook';
import type { CellKind, PreviewCell, SheetWindow, ViewWindow } from './contract';

/** Column widths are fitted to the text of this many rows from the top, as a person sees it. */
const FIT_ROWS = 100;
/** Columns past this many are never fitted: they take Sheets' default width. */
const FIT_COLUMNS = 52;
/**
 * Fitted columns fit their text, within bounds: Sheets' fixed 100 px would hide most of a key
 * result, and fitting it all would push the scores out of view beside the sidebar.
 */
const MIN_WIDTH = 64;
const MAX_WIDTH = 230;
const CHARACTER_WIDTH = 6.5;

/** The window within a sheet of this size: a window reaching past the edge is cut there. */
export function clampWindow(
  window: ViewWindow,
  size: { rows: number; columns: number },
): ViewWindow {
  const row = Math.min(window.row, Math.max(size.rows - 1, 0));
  const column = Math.min(window.column, Math.max(size.columns - 1, 0));
  return {
    row,
    column,
    rows: Math.max(Math.min(window.rows, size.rows - row), 0),
    columns: Math.max(Math.min(window.columns, size.columns - column), 0),
  };
}

export function sheetWindow(
  workbook: LocalWorkbook,
  sheet: string,
  window: ViewWindow,
  frozen: { rows: number; columns: number },
): SheetWindow {
  const rows = withFrozen(window.row, window.rows, frozen.rows);
  const columns = withFrozen(window.column, window.columns, frozen.columns);
  const cells = rows.map((row) =>
    columns.map((column) => previewCell(workbook, sheet, row, column)),
  );
  return { rows, columns, cells };
}

/** The frozen indexes, then the window's, without repeats. */
function withFrozen(first: number, count: number, frozen: number): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < Math.min(frozen, first); index++) indexes.push(index);
  for (let index = first; index < first + count; index++) indexes.push(index);
  return indexes;
}

/**
 * Widths fitted to the longest text in the top FIT_ROWS rows, for `columns` (by default those
 * of the used range, up to FIT_COLUMNS). The session fits a sheet's columns once, when it is
 * first shown, and keeps them, as Sheets keeps a column's width: scrolling, typing a long
 * message or the add-on adding a column never resizes one (long text overflows or is clipped).
 */
export function fitColumnWidths(
  workbook: LocalWorkbook,
  sheet: string,
  columns?: Iterable<number>,
): Map<number, number> {
  const used = workbook.size(sheet);
  const rows = Math.min(used.rows, FIT_ROWS);
  const fitted = new Map<number, number>();
  const all = Array.from({ length: Math.min(used.columns, FIT_COLUMNS) }, (_, column) => column);
  for (const column of columns ?? all) {
    let longest = 0;
    for (let row = 0; row < rows; row++) {
      longest = Math.max(longest, workbook.display(sheet, row, column).length);
    }
    const width = Math.ceil(longest * CHARACTER_WIDTH) + 12;
    fitted.set(column, Math.min(Math.max(width, MIN_WIDTH), MAX_WIDTH));
  }
  return fitted;
}

function previewCell(
  workbook: LocalWorkbook,
  sheet: string,
  row: number,
  column: number,
): PreviewCell {
  const id = workbook.sheetId(sheet);
  const address = { sheet: id, row, col: column };
  const raw = workbook.hf.getCellValue(address);
  const error = raw instanceof DetailedCellError ? raw : null;
  const value = workbook.value(sheet, row, column);
  const formula = workbook.formula(sheet, row, column);
  const { background, fontColor } = workbook.style(sheet, row, column);
  return {
    a1: toA1(row, column),
    display: workbook.display(sheet, row, column),
    formula,
    spilledFrom: formula === '' ? spillSource(workbook, sheet, address) : null,
    value: typedForm(value, workbook.numberFormat(sheet, row, column)),
    kind: error ? 'error' : kindOf(value),
    background,
    fontColor,
    checkbox: workbook.dataValidation(sheet, row, column)?.criteria === 'CHECKBOX',
    // HyperFormula leaves the message empty for plain errors such as #DIV/0!: nothing to add.
    note: error?.message ? error.message : null,
  };
}

/** The array formula a formula-less cell shows its result of, found in one lookup. */
function spillSource(
  workbook: LocalWorkbook,
  sheet: string,
  address: { sheet: number; row: number; col: number },
): PreviewCell['spilledFrom'] {
  if (!workbook.hf.isCellPartOfArray(address)) return null;
  const corner = arrayFormulaCorner(workbook.hf, address);
  if (!corner || (corner.row === address.row && corner.col === address.col)) return null;
  return {
    a1: toA1(corner.row, corner.col),
    formula: workbook.formula(sheet, corner.row, corner.col),
  };
}

function kindOf(value: SheetsValue): CellKind {
  if (value === '') return 'empty';
  if (typeof value === 'number' || value instanceof Date) return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}
