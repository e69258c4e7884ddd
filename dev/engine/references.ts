/**
 * Shifts the relative cell references of a formula, as Sheets does when it applies one
 * conditional-format formula to every cell of a range: the formula is written for the range's
 * top-left cell, and each other cell sees it moved by its offset. `$` parts stay put. String
 * literals are left alone. Whole-column and whole-row references (A:A, 2:2) are not shifted.
 */
import { columnIndex, columnLetters } from './a1';

const REFERENCE =
  /("(?:[^"]|"")*")|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftReferences(formula: string, rowOffset: number, columnOffset: number): string {
  return formula.replace(
    REFERENCE,
    (match, text: string | undefined, columnFixed, letters, rowFixed, digits) => {
      if (text !== undefined) return match;
      const column = columnFixed ? columnIndex(letters) : columnIndex(letters) + columnOffset;
      const row = rowFixed ? Number(digits) : Number(digits) + rowOffset;
      if (column < 0 || row < 1) return '#REF!';
      return `${columnFixed}${columnLetters(column)}${rowFixed}${row}`;
    },
  );
}
