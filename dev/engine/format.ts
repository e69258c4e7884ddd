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

/** Plain number patterns: "0", "0.00", "#,##0", "0%", "0.0%". Anything else shows as General. */
const NUMBER_PATTERN = /^[#0,]*(\.[0#]+)?%?$/;

function formatNumber(value: number, pattern: string): string {
  if (!NUMBER_PATTERN.test(pattern) || !/0/.test(pattern)) return generalNumber(value);
  const percent = pattern.endsWith('%');
  const core = percent ? pattern.slice(0, -1) : pattern;
  const decimals = core.includes('.') ? (core.split('.')[1] ?? '').replace(/[^0#]/g, '').length : 0;
  const scaled = percent ? value * 100 : value;
  const text = core.includes(',')
    ? scaled.toLocaleString('en-US', {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    : scaled.toFixed(decimals);
  return percent ? `${text}%` : text;
}
