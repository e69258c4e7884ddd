/**
 * What a cell shows: its value through its number format. Only the formats the add-on and the
 * sample use are understood: percentages, fixed decimals, thousands separators, ISO dates.
 */
import type { SheetsValue } from './values';

export function displayValue(value: SheetsValue, numberFormat: string | null): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'string') return value;
  if (numberFormat) return formatNumber(value, numberFormat);
  return generalNumber(value);
}

/** Sheets' "General": up to 10 significant digits, no trailing zeros. */
function generalNumber(value: number): string {
  return String(Number.parseFloat(value.toPrecision(10)));
}

function isoDate(date: Date): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

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
  const scaled = percent ? value * 100 : value;
  const text = scaled.toLocaleString('en-US', {
    minimumFractionDigits: required,
    maximumFractionDigits: Math.min(required + optional, 20),
    useGrouping: digits.includes(','),
  });
  return `${prefix}${text}${percent ? '%' : ''}`;
}
