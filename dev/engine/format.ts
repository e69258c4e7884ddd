/**
 * What a cell shows: its value through its number format. Only the formats the add-on, the
 * sample and a CSV import use are understood: percentages, fixed decimals, thousands
 * separators, a currency prefix, and dates and times written with Sheets' date tokens
 * (yyyy-mm-dd, M/d/yyyy, mmm d, yyyy, d-mmm-yy, hh:mm:ss...).
 */
import type { SheetsValue } from './values';

export function displayValue(value: SheetsValue, numberFormat: string | null): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    return numberFormat && isDateFormat(numberFormat)
      ? formatDate(value, numberFormat)
      : isoDate(value);
  }
  if (typeof value === 'string') return value;
  if (numberFormat) return formatNumber(value, numberFormat);
  return generalNumber(value);
}

/**
 * What Sheets' formula bar shows for a value cell: the value as one would type it back, at
 * full precision. A percentage keeps its sign (0.66 in a percent format is "66%"), a date is
 * shown month first as a US-locale sheet takes it back (10/1/2026, with the time when it has
 * one); any other number is plain, whatever its format ($1,200.50 is 1200.5).
 */
export function typedForm(value: SheetsValue, numberFormat: string | null): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return typedDate(value);
  if (typeof value === 'string') return value;
  if (numberFormat && NUMBER_PATTERN.exec(numberFormat)?.[2]?.endsWith('%')) {
    // toPrecision(15) drops the float noise of the multiplication (0.066 * 100).
    return `${Number.parseFloat((value * 100).toPrecision(15))}%`;
  }
  return String(value);
}

function typedDate(date: Date): string {
  const day = `${date.getMonth() + 1}/${date.getDate()}/${date.getFullYear()}`;
  const hasTime = date.getHours() + date.getMinutes() + date.getSeconds() > 0;
  return hasTime
    ? `${day} ${date.getHours()}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
    : day;
}

/** Sheets' "General": up to 10 significant digits, no trailing zeros. */
function generalNumber(value: number): string {
  return String(Number.parseFloat(value.toPrecision(10)));
}

function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const pad = (part: number) => String(part).padStart(2, '0');

/**
 * Plain number patterns: "0", "0.00", "#,##0", "0%", "0.0%", "0.###############" (what Sheets
 * reports for an automatic cell), with a quoted prefix such as "$". A "0" decimal always
 * shows, a "#" decimal only when it is not a trailing zero. Anything else shows as General.
 */
const NUMBER_PATTERN = /^("[^"]*")?([#0,]*(\.[0#]+)?%?)$/;

function formatNumber(value: number, pattern: string): string {
  const match = NUMBER_PATTERN.exec(pattern);
  const core = match?.[2] ?? '';
  if (!match || !/0/.test(core)) return generalNumber(value);
  const prefix = (match[1] ?? '').slice(1, -1);
  const percent = core.endsWith('%');
  const digits = percent ? core.slice(0, -1) : core;
  const fraction = digits.includes('.') ? (digits.split('.')[1] ?? '') : '';
  const required = fraction.replace(/[^0]/g, '').length;
  const optional = fraction.replace(/[^#]/g, '').length;
  const scaled = Math.abs(percent ? value * 100 : value);
  const text = scaled.toLocaleString('en-US', {
    minimumFractionDigits: required,
    maximumFractionDigits: Math.min(required + optional, 20),
    useGrouping: digits.includes(','),
  });
  // The sign goes before a prefix, as Sheets shows -1200 in "$"#,##0.00: -$1,200.00.
  const sign = value < 0 && /[1-9]/.test(text) ? '-' : '';
  return `${sign}${prefix}${text}${percent ? '%' : ''}`;
}

// Dates ------------------------------------------------------------------------------------

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Sheets' date and time tokens, longest first; quoted text and "\x" are literal. */
const DATE_TOKEN = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|./gi;

/** A format with a year, day, hour or second token shows a date (or a time). */
export function isDateFormat(format: string): boolean {
  return /[ydhs]/i.test(datePattern(format).replace(/"[^"]*"|\\./g, ''));
}

/**
 * The part of a format a date is shown through: its first section, without the bracketed
 * locale and colour tags Excel writes (`[$-409]mmmm d, yyyy`, `[Red]`); elapsed `[h]` as `h`.
 */
function datePattern(format: string): string {
  const first = format.split(';')[0] ?? '';
  return first.replace(/\[([hms])\]/gi, '$1').replace(/\[[^\]]*\]/g, '');
}

function formatDate(value: Date, format: string): string {
  // The engine keeps about 11 significant digits of a serial day: 14:30:00 may come back as
  // 14:29:59.96, which Sheets, holding the exact serial, would never show.
  const date = new Date(Math.round(value.getTime() / 1000) * 1000);
  const tokens = datePattern(format).match(DATE_TOKEN) ?? [];
  const twelveHour = tokens.some((token) => /^(am\/pm|a\/p)$/i.test(token));
  const isMinutes = (index: number) => {
    // "m" after an hour or before a second is minutes, as in every spreadsheet.
    for (let before = index - 1; before >= 0; before--) {
      const token = (tokens[before] ?? '').toLowerCase();
      if (/^h+$/.test(token)) return true;
      if (/^[ydms]+$/.test(token)) break;
    }
    for (let after = index + 1; after < tokens.length; after++) {
      const token = (tokens[after] ?? '').toLowerCase();
      if (/^s+$/.test(token)) return true;
      if (/^[ydhm]+$/.test(token)) break;
    }
    return false;
  };
  const hours = date.getHours();
  const shownHours = twelveHour ? hours % 12 || 12 : hours;
  return tokens
    .map((token, index) => {
      const lower = token.toLowerCase();
      switch (lower) {
        case 'yyyy':
          return String(date.getFullYear());
        case 'yy':
          return pad(date.getFullYear() % 100);
        case 'mmmm':
          return MONTHS[date.getMonth()] ?? '';
        case 'mmm':
          return (MONTHS[date.getMonth()] ?? '').slice(0, 3);
        case 'mm':
          return isMinutes(index) ? pad(date.getMinutes()) : pad(date.getMonth() + 1);
        case 'm':
          return isMinutes(index) ? String(date.getMinutes()) : String(date.getMonth() + 1);
        case 'dddd':
          return DAYS[date.getDay()] ?? '';
        case 'ddd':
          return (DAYS[date.getDay()] ?? '').slice(0, 3);
        case 'dd':
          return pad(date.getDate());
        case 'd':
          return String(date.getDate());
        case 'hh':
          return pad(shownHours);
        case 'h':
          return String(shownHours);
        case 'ss':
          return pad(date.getSeconds());
        case 's':
          return String(date.getSeconds());
        case 'am/pm':
          return hours < 12 ? 'AM' : 'PM';
        case 'a/p':
          return hours < 12 ? 'A' : 'P';
        default:
          if (token.startsWith('"')) return token.slice(1, -1);
          if (token.startsWith('\\')) return token.slice(1);
          return token;
      }
    })
    .join('');
}
