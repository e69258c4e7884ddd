/**
 * Between HyperFormula's values and what Sheets hands a custom function: blanks as "", dates as
 * Date, percentages as decimals, booleans as booleans, ranges as rows of cells.
 */
import {
  CellError,
  DetailedCellError,
  EmptyValue,
  ErrorType,
  SimpleRangeValue,
} from 'hyperformula';

type RichNumber = { val: number; getDetailedType: () => string };

/** Errors as Sheets writes them. */
const ERROR_TEXT: Partial<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.CYCLE]: '#REF!',
  [ErrorType.ERROR]: '#ERROR!',
  [ErrorType.SPILL]: '#REF!',
};

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME']);
const MS_PER_DAY = 86_400_000;

export type SheetsValue = number | string | boolean | Date;

function isRichNumber(value: unknown): value is RichNumber {
  return (
    typeof value === 'object' && value !== null && 'val' in value && 'getDetailedType' in value
  );
}

/** A Sheets serial day number as a local Date, as Apps Script builds it for a date cell. */
export function serialToDate(serial: number): Date {
  const days = Math.floor(serial);
  return new Date(1899, 11, 30 + days, 0, 0, 0, Math.round((serial - days) * MS_PER_DAY));
}

export function dateToSerial(date: Date): number {
  const midnight = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const days = Math.round((midnight.getTime() - new Date(1899, 11, 30).getTime()) / MS_PER_DAY);
  return days + (date.getTime() - midnight.getTime()) / MS_PER_DAY;
}

/** One HyperFormula cell value as Sheets would pass it; errors come as their text ("#N/A"). */
export function toSheetsValue(value: unknown): SheetsValue {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (isRichNumber(value)) {
    return DATE_TYPES.has(value.getDetailedType()) ? serialToDate(value.val) : value.val;
  }
  // Inside formulas errors are CellErrors; read from a cell they are DetailedCellErrors.
  if (value instanceof CellError || value instanceof DetailedCellError) {
    return ERROR_TEXT[value.type as ErrorType] ?? '#ERROR!';
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

/** An argument: a single cell arrives as a scalar, as in Sheets; a range as rows of cells. */
export function toSheetsArgument(value: unknown): SheetsValue | SheetsValue[][] {
  if (value instanceof SimpleRangeValue) {
    const rows = value.data.map((row) => row.map(toSheetsValue));
    return rows.length === 1 && rows[0]?.length === 1 ? (rows[0][0] as SheetsValue) : rows;
  }
  return toSheetsValue(value);
}

/** A custom function's answer back into HyperFormula: a grid spills, a scalar fills one cell. */
export function fromSheetsResult(result: unknown): SimpleRangeValue | number | string | boolean {
  if (Array.isArray(result)) {
    const rows = result.map((row) => (Array.isArray(row) ? row : [row]).map(fromSheetsScalar));
    return SimpleRangeValue.onlyValues(rows.length > 0 ? rows : [['']]);
  }
  return fromSheetsScalar(result);
}

function fromSheetsScalar(value: unknown): number | string | boolean {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (isDate(value)) return dateToSerial(value);
  return value === null || value === undefined ? '' : String(value);
}

/** Dates made by Code.js come from the vm's realm, where `instanceof Date` is false. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
