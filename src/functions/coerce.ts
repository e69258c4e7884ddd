import { echoed } from '../core/echo';
import { Problem } from '../core/problem';
import { type CellValue, isBlank } from './cells';

/**
 * Reads one cell as the type a parameter declares. Returns `null` for a blank cell (the core
 * decides what blank means) and a Problem naming the parameter for a value it cannot use.
 */
export type CellReader<T> = (cell: CellValue, paramName: string) => T | null | Problem;

/** Days between Sheets' epoch (1899-12-30) and the Unix epoch. */
const SHEETS_EPOCH_OFFSET_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * Numeric text as people type it or as CSV exports hold it: optional sign and currency symbol,
 * thousands separators in groups of three, decimals, exponent, and a trailing percent sign.
 * "0,45" is deliberately not a number: a comma is only a thousands separator here.
 */
const NUMERIC_TEXT =
  /^([+-]?)[$€£¥]?\s*((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(%?)$/;

export function parseNumericText(text: string): number | null {
  const match = NUMERIC_TEXT.exec(text.trim());
  if (!match) return null;
  const [, sign = '', digits = '', percent = ''] = match;
  if (!/\d/.test(digits)) return null;
  const magnitude = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(magnitude)) return null;
  const value = sign === '-' ? -magnitude : magnitude;
  return percent ? value / 100 : value;
}

/**
 * A date as the serial number Sheets shows for it (days since 1899-12-30, local time), so a
 * date compares correctly with a bound typed as a plain number.
 */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + SHEETS_EPOCH_OFFSET_DAYS - date.getTimezoneOffset() / 1440;
}

export const readNumber: CellReader<number> = (cell, paramName) => {
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
  if (typeof cell === 'string') {
    if (cell.trim() === '') return null;
    return parseNumericText(cell) ?? notANumber(cell, paramName);
  }
  if (typeof cell === 'boolean') return new Problem(`${paramName} is a checkbox: enter a number`);
  return new Problem(`${paramName} is not a number: enter a number`);
};

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
export const readDate: CellReader<number> = (cell, paramName) => {
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
};

/** A number, or a checkbox for a binary key result (done / not done). */
export const readNumberOrCheckbox: CellReader<number | boolean> = (cell, paramName) =>
  typeof cell === 'boolean' ? cell : readNumber(cell, paramName);

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
export type RowReader<T> = (cells: CellValue[], paramName: string) => T | null | Problem;

/**
 * Text as typed, trimmed. A blank cell is `null`; a cell of only spaces is `''`, so text
 * checks can tell "nothing here yet" from "something empty was typed".
 */
export const readText: CellReader<string> = (cell, paramName) => {
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

/** A row of numeric readings with blanks kept as `null`; any unreadable cell spoils the row. */
export const readNumberRow: RowReader<(number | null)[]> = (cells, paramName) => {
  const readings: (number | null)[] = [];
  for (const cell of cells) {
    const reading = readNumber(cell, paramName);
    if (reading instanceof Problem) return reading;
    readings.push(reading);
  }
  return readings.every((reading) => reading === null) ? null : readings;
};
