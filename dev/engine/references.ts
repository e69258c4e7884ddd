/**
 * Shifts the relative references of a formula, as Sheets does when it applies one
 * conditional-format formula to every cell of a range, or fills one formula over a range: the
 * formula is written for the top-left cell, and each other cell sees it moved by its offset.
 * `$` parts stay put, string literals are left alone, and open ranges move with their start
 * (`F3:F` one row down is `F4:F`; `A:A` one column right is `B:B`).
 */
import { offsetReferences } from './formula-references';

export function shiftReferences(formula: string, rowOffset: number, columnOffset: number): string {
  return offsetReferences(formula, rowOffset, columnOffset);
}
