/**
 * What Sheets makes of text entered into a cell, in a spreadsheet whose locale is United States
 * (the default for an English account, and the only locale the local engine knows). File >
 * Import with "Convert text to numbers, dates, and formulas" reads each CSV field this way, so
 * a custom function reading an imported sheet gets the number, date or boolean Sheets would
 * hand it, and the cell shows what Sheets shows:
 *
 * - numbers: `12`, `-3.5`, `.5`, `1e3`, `007` (7), shown in General; `1,200`, `-4,423`,
 *   `1,200.50`, and `(1,200)` as accountants write -1200, shown with separators;
 * - percentages: `9.5%` is 0.095, `-402%` is -4.02, shown as written (`0.0%`, `0%`);
 * - currency: `$1,200.50`, `-$5`, `$-5`, `($500)`, `€3`, `£3`, shown `"$"#,##0.00`;
 * - booleans: `TRUE`, `false`, any case;
 * - dates: `2026-10-01`, `2026/10/01`, `2026-10` (its first day), `10/1/2026` and `10/1/26`
 *   (month first), `Oct 1, 2026`, `October 1 2026`, `1-Oct-26`, `13 Sep 2008`, each shown as
 *   written except a two-digit year (`10/1/26` shows 10/1/2026); with a time,
 *   `2026-10-01 14:30` shows 2026-10-01 14:30:00 and `10/1/2026 2:30 PM` 10/1/2026 14:30:00;
 * - formulas: `=SUM(A1:A2)`, as Sheets converts them with that option on;
 * - text: `'0045` is the text 0045, and anything else stays as written: `12 apples`, `N/A`,
 *   `≤3%`, `45 %`, `$5k`, `2026-02-30`.
 *
 * Choices where Sheets' behaviour is not documented: the decimals a number, percentage or
 * currency was written with are kept in its format, so a cell shows what the file said; a
 * comma is only a thousands separator between groups of three digits (`0,45` stays text
 * rather than becoming 45); a two-digit year below 30 is 20xx, else 19xx; a date without a
 * year (`10/1`), a time alone (`14:30`) and a date with a zone (`... UTC`) stay text; `+x` and
 * `-x` that are not numbers stay text (typed, Sheets reads them as formulas); `1e3` shows 1000
 * where Sheets would show 1.00E+03 (the engine has no scientific format).
 */

import { MONTH_NAMES } from '../../src/core/columns';
import type { CellContent } from './workbook';

/** A cell's content, and the number format that makes it show as written (null: General). */
export interface Entry {
  content: CellContent;
  format: string | null;
}

const GENERAL: null = null;

export function readEntry(text: string): Entry {
  const trimmed = text.trim();
  if (trimmed === '') return { content: null, format: GENERAL };
  // The engine, like Sheets, keeps what follows a leading apostrophe as text.
  if (text.startsWith("'")) return { content: text, format: GENERAL };
  if (trimmed.startsWith('=')) return { content: trimmed, format: GENERAL };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { content: upper === 'TRUE', format: GENERAL };
  return readNumber(trimmed) ?? readDate(trimmed) ?? { content: asText(text), format: GENERAL };
}

/**
 * Text exactly as written: the engine, like Sheets, would otherwise read "45%" or "TRUE" typed
 * into a text cell as a number or a boolean. The leading "'" is Sheets' own "keep as text".
 */
export function asText(text: string): CellContent {
  return text === '' ? null : `'${text}`;
}

// Numbers ------------------------------------------------------------------------------------

/**
 * A sign, a currency symbol, the sign again (`-$5` and `$-5` are both -5), digits grouped by
 * threes or not grouped, decimals, an exponent, a percent sign.
 */
const NUMBER =
  /^([+-]?)([$€£]?)([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))(e[+-]?\d+)?(%?)$/i;
const ACCOUNTING_NEGATIVE = /^\((.+)\)$/;

function readNumber(text: string): Entry | null {
  const negative = ACCOUNTING_NEGATIVE.exec(text);
  if (negative) {
    const inner = parseNumber(negative[1] ?? '');
    if (!inner || inner.signed) return null;
    return { content: -inner.value, format: inner.format };
  }
  const number = parseNumber(text);
  return number && { content: number.value, format: number.format };
}

function parseNumber(
  text: string,
): { value: number; format: string | null; signed: boolean } | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const [
    ,
    sign = '',
    currency = '',
    signAfter = '',
    body = '',
    decimals,
    leading,
    exponent,
    percent,
  ] = match;
  if (sign && signAfter) return null;
  if (signAfter && !currency) return null;
  const grouped = body.includes(',');
  // Sheets reads "1e3" but not "$1e3", "1,000e3" or "1e3%".
  if (exponent && (currency || grouped || percent)) return null;
  if (currency && percent) return null;
  const digits = `${body.replace(/,/g, '')}${exponent ?? ''}`;
  const magnitude = Number(percent ? `${digits}e-2` : digits);
  if (!Number.isFinite(magnitude)) return null;
  const value = sign === '-' || signAfter === '-' ? -magnitude : magnitude;
  const places = (decimals ?? leading ?? '').length;
  const fraction = places > 0 ? `.${'0'.repeat(places)}` : '';
  let format: string | null = GENERAL;
  if (currency) format = `"${currency}"#,##0${fraction}`;
  else if (percent) format = `${grouped ? '#,##0' : '0'}${fraction}%`;
  else if (grouped) format = `#,##0${fraction}`;
  return { value, format, signed: Boolean(sign || signAfter) };
}

// Dates --------------------------------------------------------------------------------------

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP]M))?`;
const ISO = new RegExp(String.raw`^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ]${TIME})?$`, 'i');
const YEAR_MONTH = /^(\d{4})-(\d{1,2})$/;
const US = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:\s+${TIME})?$`, 'i');
const MONTH_DAY_YEAR = /^([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/i;
const DAY_MONTH_YEAR = /^(\d{1,2})([-\s])([a-z]{3,9})\.?\2(\d{4}|\d{2})$/i;

const ISO_DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const US_DATE_FORMAT = 'M/d/yyyy';
const US_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

function readDate(text: string): Entry | null {
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, separator, month, day, ...time] = iso;
    const format =
      time[0] === undefined ? `yyyy${separator}mm${separator}dd` : ISO_DATE_TIME_FORMAT;
    return dateEntry(Number(year), Number(month), Number(day), time, format);
  }
  const yearMonth = YEAR_MONTH.exec(text);
  if (yearMonth) return dateEntry(Number(yearMonth[1]), Number(yearMonth[2]), 1, [], 'yyyy-mm');
  const us = US.exec(text);
  if (us) {
    const [, month, day, year = '', ...time] = us;
    const format = time[0] === undefined ? US_DATE_FORMAT : US_DATE_TIME_FORMAT;
    return dateEntry(fullYear(year), Number(month), Number(day), time, format);
  }
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) {
    const [, name = '', day, year] = monthFirst;
    const month = monthNumber(name);
    const format = `${monthPattern(name)} d, yyyy`;
    return month === null ? null : dateEntry(Number(year), month, Number(day), [], format);
  }
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) {
    const [, day, separator = '-', name = '', year = ''] = dayFirst;
    const month = monthNumber(name);
    const format = ['d', monthPattern(name), year.length === 2 ? 'yy' : 'yyyy'].join(separator);
    return month === null ? null : dateEntry(fullYear(year), month, Number(day), [], format);
  }
  return null;
}

/** A month's number from its name or its first three letters ("Sept" too); null otherwise. */
function monthNumber(name: string): number | null {
  const lower = name.toLowerCase();
  const index = MONTH_NAMES.findIndex(
    (month) =>
      month === lower || month.slice(0, 3) === lower || (lower === 'sept' && month === 'september'),
  );
  return index < 0 ? null : index + 1;
}

/** A month written in full shows in full; an abbreviation shows as three letters. */
function monthPattern(name: string): string {
  return MONTH_NAMES.includes(name.toLowerCase()) ? 'mmmm' : 'mmm';
}

/** Two-digit years as spreadsheets read them: 00-29 are 2000-2029, 30-99 are 1930-1999. */
function fullYear(year: string): number {
  const value = Number(year);
  if (year.length !== 2) return value;
  return value < 30 ? 2000 + value : 1900 + value;
}

function dateEntry(
  year: number,
  month: number,
  day: number,
  time: (string | undefined)[],
  format: string,
): Entry | null {
  const [hourText, minuteText, secondText, meridiem] = time;
  let hours = Number(hourText ?? 0);
  const minutes = Number(minuteText ?? 0);
  const seconds = Number(secondText ?? 0);
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem.toUpperCase() === 'PM' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // Date() rolls 2026-02-30 over into March; Sheets keeps such a field as text.
  const real =
    date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
  return real ? { content: date, format } : null;
}
