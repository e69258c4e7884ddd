/**
 * The active sheet as the page draws it: every cell of the used range, and the sheet's empty
 * columns right of it as Sheets shows them (a CSV import has 26, A to Z), with at least 30 rows
 * and 12 columns, each cell with its text, formula and conditional-format colours.
 */
import { DetailedCellError } from 'hyperformula';
import { columnLetters, toA1 } from '../engine/a1';
import type { SheetsValue } from '../engine/values';
import type { LocalWorkbook } from '../engine/workbook';
import type { CellKind, PreviewCell } from './contract';

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;
/** Empty columns past this many are not drawn: a sheet widened to thousands would be slow. */
const MAX_EMPTY_COLUMNS = 52;

export interface SheetGrid {
  columns: string[];
  grid: PreviewCell[][];
}

export function sheetGrid(workbook: LocalWorkbook, sheet: string): SheetGrid {
  const used = workbook.size(sheet);
  const rows = Math.max(used.rows, MIN_ROWS);
  const sheetColumns = Math.min(workbook.gridSize(sheet).columns, MAX_EMPTY_COLUMNS);
  const width = Math.max(used.columns, sheetColumns, MIN_COLUMNS);
  const columns = Array.from({ length: width }, (_, column) => columnLetters(column));
  const spills = spillSources(workbook, sheet, rows, width);
  const grid = Array.from({ length: rows }, (_, row) =>
    columns.map((_, column) => ({
      ...previewCell(workbook, sheet, row, column),
      spilledFrom: spills.get(toA1(row, column)) ?? null,
    })),
  );
  return { columns, grid };
}

/**
 * For each cell an array formula spills into, the A1 of that formula's cell. HyperFormula only
 * says whether a cell is part of an array: the spill is the block of formula-less array cells
 * right of and below its formula, as a custom function's answer is one rectangle.
 */
function spillSources(
  workbook: LocalWorkbook,
  sheet: string,
  rows: number,
  columns: number,
): Map<string, string> {
  const id = workbook.sheetId(sheet);
  const spilled = (row: number, col: number) =>
    row < rows &&
    col < columns &&
    workbook.hf.isCellPartOfArray({ sheet: id, row, col }) &&
    !workbook.hf.doesCellHaveFormula({ sheet: id, row, col });
  const sources = new Map<string, string>();
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const address = { sheet: id, row, col: column };
      if (!workbook.hf.doesCellHaveFormula(address) || !workbook.hf.isCellPartOfArray(address)) {
        continue;
      }
      let height = 1;
      while (spilled(row + height, column)) height++;
      let width = 1;
      while (spilled(row, column + width)) width++;
      for (let down = 0; down < height; down++) {
        for (let across = 0; across < width; across++) {
          if (down > 0 || across > 0) {
            sources.set(toA1(row + down, column + across), toA1(row, column));
          }
        }
      }
    }
  }
  return sources;
}

function previewCell(
  workbook: LocalWorkbook,
  sheet: string,
  row: number,
  column: number,
): Omit<PreviewCell, 'spilledFrom'> {
  const value = workbook.value(sheet, row, column);
  const raw = workbook.hf.getCellValue({ sheet: workbook.sheetId(sheet), row, col: column });
  const error = raw instanceof DetailedCellError ? raw : null;
  const { background, fontColor } = workbook.style(sheet, row, column);
  return {
    a1: toA1(row, column),
    display: workbook.display(sheet, row, column),
    formula: workbook.formula(sheet, row, column),
    value: typedValue(value),
    kind: error ? 'error' : kindOf(value),
    background,
    fontColor,
    checkbox: workbook.dataValidation(sheet, row, column)?.criteria === 'CHECKBOX',
    // HyperFormula leaves the message empty for plain errors such as #DIV/0!: nothing to add.
    note: error?.message ? error.message : null,
  };
}

function kindOf(value: SheetsValue): CellKind {
  if (value === '') return 'empty';
  if (typeof value === 'number' || value instanceof Date) return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'text';
}

/** The value as one would type it back: full precision, no number format. */
function typedValue(value: SheetsValue): string {
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function isoDate(date: Date): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
