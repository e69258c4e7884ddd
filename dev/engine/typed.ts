/**
 * Text written as Sheets reads it when it is typed, or written by Range.setValue(s) or
 * Sheet.appendRow (Apps Script parses their strings as if a person had typed them):
 *
 * - `=...` is a formula;
 * - `+...` and `-...` that are not plain numbers are formulas too (Sheets keeps the old
 *   spreadsheets' habit: `+1+1` is the formula `=+1+1`, and a phone number `+1 555 0100` or a
 *   bullet `- item` is a formula that shows an error);
 * - a leading apostrophe keeps the rest as text: `'=IMPORTXML(...)` is the text
 *   `=IMPORTXML(...)`, shown and read back without the apostrophe;
 * - numbers (`12`, `-3.5`, `1e3`, `1,200`), percentages (`45%`), booleans (`TRUE`) and dates
 *   (`2026-10-01`) become what they read as (the engine reads the last three itself).
 *
 * `@` stays text: Sheets has no `@` formula prefix.
 */
import type { CellContent } from './workbook';

const PLAIN_NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?%?\s*$/i;
const THOUSANDS = /^\s*([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d*)?)\s*$/;

export function typedContent(text: string): CellContent {
  if (text === '') return null;
  if (text.startsWith("'") || text.startsWith('=')) return text;
  const thousands = THOUSANDS.exec(text);
  if (thousands) return Number(`${thousands[1]}${(thousands[2] ?? '').replace(/,/g, '')}`);
  if (/^[+-]/.test(text) && text.length > 1 && !PLAIN_NUMBER.test(text)) return `=${text}`;
  return text;
}
