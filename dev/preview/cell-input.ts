/**
 * What typing into a cell writes, as Sheets reads it: "=" starts a formula, numbers and
 * percentages become numbers, TRUE and FALSE booleans, a leading "'" forces text, and nothing
 * clears the cell. Anything else goes to the engine as text (which still reads dates in it).
 */
import type { CellContent } from '../engine/workbook';

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function cellContentFromInput(input: string): CellContent {
  if (input.startsWith('=')) return input;
  if (input.startsWith("'")) return input;
  const text = input.trim();
  if (text === '') return null;
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  if (NUMBER.test(text)) return Number(text);
  const percent = text.endsWith('%') ? text.slice(0, -1).trim() : '';
  if (percent && NUMBER.test(percent)) return Number(percent) / 100;
  return input;
}
