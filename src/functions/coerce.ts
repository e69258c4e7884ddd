import { echoed } from '../core/echo';
import { Problem } from '../core/problem';
import { type Bound, parseQuantity, type Quantity, unitKey } from '../core/quantity';
import { type CellValue, isBlank } from './cells';

/**
 * Reads one cell as the type a parameter declares. Returns `null` for a blank cell (the core
 * decides what blank means) and a Problem naming the parameter for a value it cannot use.
 * `units` is the row's units, given by the vectoriser: a reader of the metric's own values
 * notes each unit it reads there, so units that disagree within a row give a message.
 */
export type CellReader<T> = ((
  cell: CellValue,
  paramName: string,
  units?: RowUnits,
) => T | null | Problem) & {
  /**
   * Set on readers of numbers, which read a finite number cell as that number: the vectoriser
   * then skips the call for such cells (most cells of a sheet), so they stay unboxed.
   */
  readonly numbersAsIs?: true;
};

/** Marks a reader as reading a finite number cell as that number (see CellReader). */
const numbersAsIs = <T>(reader: CellReader<T>): CellReader<T> =>
  Object.assign(reader, { numbersAsIs: true as const });

/** Days between Sheets' epoch (1899-12-30) and the Unix epoch. */
const SHEETS_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * The units one row's cells were written in, so OKRSCORE("8 days", "2 weeks", "5 days") says
 * the units differ instead of scoring days against weeks. Only text with a unit is noted: a
 * plain number agrees with any unit, since Sheets stores most cells as plain numbers (and 45%
 * as 0.45). One per custom function, cleared at each call; noting nothing costs a row nothing
 * but one flag read.
 */
export class RowUnits {
  private key = '';
  private unit = '';
  private param = '';
  private sharedKey = '';
  private sharedUnit = '';
  private sharedParam = '';
  /** Set once a row has noted a unit beyond the shared ones. */
  noted = false;

  note(unit: string, param: string): Problem | null {
    const key = unitKey(unit);
    if (this.key === '') {
      this.key = key;
      this.unit = unit;
      this.param = param;
      this.noted = true;
      return null;
    }
    if (key === this.key) return null;
    const said =
      param === this.param
        ? `${param} mixes ${this.unit} and ${unit}`
        : `${param} is in ${unit} but ${this.param} in ${this.unit}`;
    return new Problem(`${said}: use one unit in a row`);
  }

  /** Forgets every unit noted, for the next call. */
  clear(): void {
    this.key = this.unit = this.param = '';
    this.share();
  }

  /** The units noted so far are the single-cell arguments' ones, which every row shares. */
  share(): void {
    this.sharedKey = this.key;
    this.sharedUnit = this.unit;
    this.sharedParam = this.param;
    this.noted = false;
  }

  /** Forgets the last row's own units. */
  nextRow(): void {
    this.key = this.sharedKey;
    this.unit = this.sharedUnit;
    this.param = this.sharedParam;
    this.noted = false;
  }
}

/**
 * A date as the serial number Sheets shows for it (days since 1899-12-30, local time), so a
 * date compares correctly with a bound typed as a plain number.
 */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + SHEETS_EPOCH_OFFSET_DAYS - date.getTimezoneOffset() / 1440;
}

/**
 * A reader of numbers, which all read cells the same way: a number as it is (the fast path: no
 * parsing, no allocation), blank as `null`, a date as its serial number, and text as teams
 * write numbers ("45%", "$40k", "8 days", "≤3%"), which `use` turns into the reading. With
 * `units` (a value on the metric's scale), the text's unit is noted in the row.
 */
function numberReader<T>(
  use: (quantity: Quantity, cell: string, paramName: string) => T | Problem,
  compareUnits: boolean,
): CellReader<number | T> {
  return numbersAsIs((cell, paramName, units) => {
    if (typeof cell === 'number') {
      return Number.isFinite(cell)
        ? cell
        : new Problem(`${paramName} is not a finite number: enter a number`);
    }
    if (isBlank(cell)) return null;
    if (isDate(cell)) {
      const serial = dateToSerial(cell);
      return Number.isNaN(serial)
        ? new Problem(`${paramName} is not a valid date: enter a date`)
        : serial;
    }
    if (typeof cell === 'boolean') return new Problem(`${paramName} is a checkbox: enter a number`);
    if (typeof cell !== 'string')
      return new Problem(`${paramName} is not a number: enter a number`);
    if (cell.trim() === '') return null;
    const quantity = parseQuantity(cell);
    if (!quantity) return notANumber(cell, paramName);
    const clash = compareUnits && quantity.unit ? units?.note(quantity.unit, paramName) : null;
    return clash ?? use(quantity, cell, paramName);
  });
}

/** A quantity's number, where a bound ("≤3%", "at least 95%") has no place. */
const plainValue = ({ value, comparator }: Quantity, cell: string, paramName: string) =>
  comparator
    ? new Problem(`${paramName} "${echoed(cell)}" is a bound, not a reading: enter a number`)
    : value;

/**
 * A number: a count, a weight, a score. Text may carry a unit ("3 months" is 3), which is not
 * compared with the row's other units: these parameters are not on the metric's scale.
 */
export const readNumber: CellReader<number> = numberReader(plainValue, false);

/**
 * A value on the metric's own scale (a reading, a baseline, a watch margin): its unit, if
 * written, must agree with the row's other units.
 */
export const readMetric: CellReader<number> = numberReader(plainValue, true);

/**
 * A key result's target: a number, or a bound that says which way the metric should go
 * ("≤3%": down to 3% or below; "at least 95%": up to 95% or more).
 */
export const readTarget: CellReader<number | Bound> = numberReader(
  ({ value, comparator }) => (comparator ? { value, comparator } : value),
  true,
);

/**
 * One bound of a KPI's band. A comparator may say which bound it is ("at least 95%" in low,
 * "under 3%" in high); one that says the other side is a mix-up to fix, not to guess.
 */
export function readBandBound(side: 'low' | 'high'): CellReader<number> {
  const [wrong, kind, other] =
    side === 'low' ? ['at most', 'an upper', 'high'] : ['at least', 'a lower', 'low'];
  return numberReader(
    ({ value, comparator }, cell, paramName) =>
      comparator === wrong
        ? new Problem(`${paramName} "${echoed(cell)}" is ${kind} bound: put it in ${other}`)
        : value,
    true,
  );
}

/**
 * A Date made in another JavaScript realm (a test harness or local engine running Code.js in
 * node:vm) is not `instanceof` this realm's Date, but is a date all the same.
 */
export function isDate(cell: unknown): cell is Date {
  return cell instanceof Date || Object.prototype.toString.call(cell) === '[object Date]';
}

/** A date written as text the way people type it unambiguously: 2026-10-01 or 2026/10/01. */
const ISO_DATE_TEXT = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * Days since Sheets' epoch for a calendar day. Sheets' serial for a date has no time zone: the
 * day's number is the same wherever the spreadsheet is.
 */
function calendarDaySerial(year: number, month: number, day: number): number | null {
  const utc = Date.UTC(year, month - 1, day);
  const date = new Date(utc);
  // Date.UTC rolls 2026-02-31 over to March: a day that does not exist is not a date.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return utc / MS_PER_DAY + SHEETS_EPOCH_OFFSET_DAYS;
}

/**
 * A date as its serial number. People type dates as text as often as they enter real dates,
 * so ISO text (2026-10-01) is read as that day; a serial number is taken as it is. Text such
 * as 10/01/2026 is refused: it is the 1st of October in one country and the 10th of January
 * in another.
 */
export const readDate: CellReader<number> = numbersAsIs((cell, paramName) => {
  if (typeof cell === 'boolean') return new Problem(`${paramName} is a checkbox: enter a date`);
  if (typeof cell !== 'string') return readNumber(cell, paramName);
  const text = cell.trim();
  if (text === '') return null;
  const match = ISO_DATE_TEXT.exec(text);
  const serial = match
    ? calendarDaySerial(Number(match[1]), Number(match[2]), Number(match[3]))
    : null;
  if (serial !== null) return serial;
  return new Problem(
    `${paramName} "${echoed(text)}" is not a date: enter a date, DATE(2026,10,1) or 2026-10-01`,
  );
});

/** A reading on the metric's scale, or a checkbox for a binary key result (done / not done). */
export const readMetricOrCheckbox: CellReader<number | boolean> = numbersAsIs(
  (cell, paramName, units) =>
    typeof cell === 'boolean' ? cell : readMetric(cell, paramName, units),
);

/**
 * The shape of the messages the add-on's functions put in a cell: what is wrong, a colon, what
 * to do, in lower case ("no check-in date: give as_of a cell ..."). Such a cell feeding
 * another function (OKRPACE into OKRSTATUS) shows the first message as it is, not a second
 * one about it.
 */
const ADD_ON_MESSAGE = /^[a-z][^:\n]{1,80}: [a-z][^\n]{1,200}$/;

function notANumber(text: string, paramName: string): Problem {
  if (ADD_ON_MESSAGE.test(text)) return new Problem(text);
  return new Problem(`${paramName} "${echoed(text)}" is not a number: enter a number`);
}

/** Reads a whole row of cells (one KPI's readings, period by period) as one value. */
export type RowReader<T> = (
  cells: CellValue[],
  paramName: string,
  units?: RowUnits,
) => T | null | Problem;

/**
 * Text as typed, trimmed. A blank cell is `null`; a cell of only spaces is `''`, so text
 * checks can tell "nothing here yet" from "something empty was typed".
 */
export const readText: CellReader<string> = (cell, paramName) => {
  // Text first: it is what this reader reads by far the most.
  if (typeof cell === 'string') return cell === '' ? null : cell.trim();
  if (isBlank(cell)) return null;
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  // A script caller (google.script.run) can pass any object, even one String() cannot
  // convert ("Cannot convert object to primitive value"): a message, not a crash.
  if (typeof cell !== 'string' && typeof cell !== 'number') {
    return new Problem(`${paramName} is not text: enter text`);
  }
  return String(cell).trim();
};

/**
 * A row of numeric readings with blanks kept as `null`; any unreadable cell spoils the row.
 * The readings are one metric's, so their units must agree.
 */
export const readNumberRow: RowReader<(number | null)[]> = (cells, paramName, units) => {
  const readings: (number | null)[] = [];
  for (const cell of cells) {
    const reading = readMetric(cell, paramName, units);
    if (reading instanceof Problem) return reading;
    readings.push(reading);
  }
  return readings.every((reading) => reading === null) ? null : readings;
};
