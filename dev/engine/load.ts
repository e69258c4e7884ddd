/**
 * Opens a team's real spreadsheet in the local workbook: an .xlsx (as Excel saves it, or as
 * Sheets downloads it) or a .csv (as Sheets imports one, its fields typed as numbers, dates,
 * booleans and formulas: entry.ts). Formulas come in as formulas, so the engine recalculates
 * them with the add-on's custom functions instead of trusting cached values.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { type GridRange, parseA1Range } from './a1';
import { asText, readEntry } from './entry';
import { type CellContent, LocalWorkbook } from './workbook';

export async function loadWorkbookFile(filePath: string): Promise<LocalWorkbook> {
  const extension = path.extname(filePath).toLowerCase();
  if (extension === '.xls') {
    throw new Error(`cannot load "${filePath}": .xls is the old Excel format, save it as .xlsx`);
  }
  if (extension !== '.xlsx' && extension !== '.csv') {
    throw new Error(
      `cannot load "${filePath}": only .xlsx and .csv files can be opened, not "${extension || 'no extension'}"`,
    );
  }
  const bytes = await readBytes(filePath);
  return extension === '.xlsx' ? loadXlsx(filePath, bytes) : loadCsv(filePath, bytes);
}

async function readBytes(filePath: string): Promise<Buffer> {
  try {
    return await readFile(filePath);
  } catch (error) {
    throw new Error(`cannot read "${filePath}": ${readFailure(error)}`);
  }
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** A sheet as it is read: its cells, and the number formats worth keeping beside them. */
interface LoadedSheet {
  rows: CellContent[][];
  numberFormats: { row: number; column: number; format: string }[];
  frozenRows: number;
  frozenColumns: number;
}

function emptySheet(): LoadedSheet {
  return { rows: [], numberFormats: [], frozenRows: 0, frozenColumns: 0 };
}

function toWorkbook(sheets: Map<string, LoadedSheet>): LocalWorkbook {
  const workbook = LocalWorkbook.create(
    Object.fromEntries([...sheets].map(([name, sheet]) => [name, sheet.rows])),
  );
  for (const [name, sheet] of sheets) {
    for (const { row, column, format } of sheet.numberFormats) {
      workbook.setNumberFormat(name, { row, column, rows: 1, columns: 1 }, format);
    }
    workbook.setFrozenRows(name, sheet.frozenRows);
    workbook.setFrozenColumns(name, sheet.frozenColumns);
  }
  return workbook;
}

function setCell(sheet: LoadedSheet, row: number, column: number, content: CellContent): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const cells = sheet.rows[row] ?? [];
  while (cells.length < column) cells.push(null);
  cells[column] = content;
}

// ---------------------------------------------------------------------------------------------
// .xlsx

async function loadXlsx(filePath: string, bytes: Buffer): Promise<LocalWorkbook> {
  const file = new ExcelJS.Workbook();
  try {
    await file.xlsx.load(toArrayBuffer(bytes));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot load "${filePath}": not a readable .xlsx workbook (${reason})`);
  }
  const sheets = new Map<string, LoadedSheet>();
  for (const worksheet of file.worksheets) sheets.set(worksheet.name, readWorksheet(worksheet));
  if (sheets.size === 0) throw new Error(`cannot load "${filePath}": the workbook has no sheets`);
  return toWorkbook(sheets);
}

/** exceljs types its input as an ArrayBuffer, of which a Node Buffer may view only a part. */
function toArrayBuffer(bytes: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

function readWorksheet(worksheet: ExcelJS.Worksheet): LoadedSheet {
  const sheet = emptySheet();
  const spills: GridRange[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const at = { row: rowNumber - 1, column: columnNumber - 1 };
      const spill = arrayFormulaRange(cell);
      if (spill) spills.push(parseA1Range(spill));
      setCell(sheet, at.row, at.column, xlsxContent(cell));
      const format = cell.numFmt;
      if (format && format !== 'General') sheet.numberFormats.push({ ...at, format });
    });
  });
  for (const spill of spills) clearSpilledCells(sheet, spill);
  // exceljs leaves views null on a sheet saved without any, whatever its types say.
  const views: Partial<ExcelJS.WorksheetView>[] = worksheet.views ?? [];
  const frozen = views.find((view) => view.state === 'frozen');
  if (frozen?.state === 'frozen') {
    sheet.frozenRows = frozen.ySplit ?? 0;
    sheet.frozenColumns = frozen.xSplit ?? 0;
  }
  return sheet;
}

/**
 * Excel saves the cells an array formula spills into with their cached values; left there, they
 * would block the spill. The formula in the range's first cell recomputes them.
 */
function clearSpilledCells(sheet: LoadedSheet, spill: GridRange): void {
  for (let row = spill.row; row < spill.row + spill.rows; row++) {
    for (let column = spill.column; column < spill.column + spill.columns; column++) {
      const isFormulaCell = row === spill.row && column === spill.column;
      if (!isFormulaCell && sheet.rows[row]?.[column] !== undefined)
        setCell(sheet, row, column, null);
    }
  }
}

/** exceljs reads these for an array formula but leaves them out of its types. */
interface ArrayFormulaValue extends ExcelJS.CellFormulaValue {
  shareType?: string;
  ref?: string;
}

function arrayFormulaRange(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const value = cell.value as ArrayFormulaValue;
  return value.shareType === 'array' && value.ref ? value.ref : null;
}

function xlsxContent(cell: ExcelJS.Cell): CellContent {
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      // A merged area's value lives in its top-left cell only, as in Sheets.
      return null;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
      return cell.value as number | boolean;
    case ExcelJS.ValueType.Date:
      return fromExcelDate(cell.value as Date);
    case ExcelJS.ValueType.Formula:
      return xlsxFormula(cell.formula);
    case ExcelJS.ValueType.Error:
      // An error typed as a value, with no formula behind it: the engine reads "#N/A" as one.
      return (cell.value as ExcelJS.CellErrorValue).error;
    default:
      // Strings, shared strings, rich text and hyperlinks all read as their text.
      return asText(cell.text);
  }
}

/** The text inside Sheets' placeholder for a formula Excel lacks: DUMMYFUNCTION("..."). */
const SHEETS_PLACEHOLDER = /^(?:IFERROR\()?@?__xludf\.DUMMYFUNCTION\("((?:[^"]|"")*)"\)/i;
/** Sheets writes this into the cells a formula spills into; the formula itself is elsewhere. */
const SPILLED_BY_SHEETS = '"COMPUTED_VALUE"';

/**
 * A formula as the engine should read it. Sheets saves a formula Excel does not have (every
 * custom function, QUERY...) as IFERROR(__xludf.DUMMYFUNCTION("the formula"), cached value):
 * the formula is restored, and the cells it spilled into are left empty for it to fill again.
 */
function xlsxFormula(formula: string): CellContent {
  const placeholder = SHEETS_PLACEHOLDER.exec(formula);
  if (placeholder) {
    const original = (placeholder[1] ?? '').replace(/""/g, '"');
    return original === SPILLED_BY_SHEETS ? null : `=${original}`;
  }
  // Excel marks functions newer than 2007 with a prefix no other spreadsheet writes.
  return `=${formula.replace(/\b_xl(?:fn|ws)\./gi, '')}`;
}

/**
 * exceljs gives a date cell as the UTC instant of its wall-clock reading; the engine, like Apps
 * Script, takes the wall clock in the local zone.
 */
function fromExcelDate(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
}

// ---------------------------------------------------------------------------------------------
// .csv

function loadCsv(filePath: string, bytes: Buffer): LocalWorkbook {
  let records: string[][];
  try {
    records = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot load "${filePath}": not a readable CSV file (${reason})`);
  }
  const sheet = emptySheet();
  records.forEach((record, row) => {
    record.forEach((text, column) => {
      // Each field as Sheets' import reads it with "Convert text to numbers, dates, and
      // formulas" on (entry.ts): "9.5%" is 0.095 shown as 9.5%, "10/1/2026" a date.
      const { content, format } = readEntry(text);
      setCell(sheet, row, column, content);
      if (format) sheet.numberFormats.push({ row, column, format });
    });
  });
  const name = path.basename(filePath, path.extname(filePath));
  return toWorkbook(new Map([[name, sheet]]));
}
