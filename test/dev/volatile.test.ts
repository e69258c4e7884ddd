/**
 * Sheets refuses a custom function whose arguments depend on NOW(), TODAY(), RAND() or
 * RANDBETWEEN(): the cell shows #ERROR! with Sheets' message and the function is not called.
 * The local engine must do the same, or a layout that passes TODAY() would pass here and fail
 * in Sheets.
 */
import { DetailedCellError } from 'hyperformula';
import { describe, expect, it, vi } from 'vitest';
import { parseA1Range } from '../../dev/engine/a1';
import type { SheetsValue } from '../../dev/engine/values';
import { type CellContent, LocalWorkbook } from '../../dev/engine/workbook';

/** Sheets' own words, as its cell note shows them. */
const REFUSED =
  'This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN()';
const SHEET = 'Sheet1';

function value(workbook: LocalWorkbook, a1: string, sheet = SHEET): SheetsValue {
  const { row, column } = parseA1Range(a1);
  return workbook.value(sheet, row, column);
}

/** The message of the error a cell shows (its note in the preview), or null. */
function errorMessage(workbook: LocalWorkbook, a1: string, sheet = SHEET): string | null {
  const { row, column } = parseA1Range(a1);
  const raw = workbook.hf.getCellValue({ sheet: workbook.sheetId(sheet), row, col: column });
  return raw instanceof DetailedCellError ? raw.message : null;
}

function write(workbook: LocalWorkbook, a1: string, content: CellContent, sheet = SHEET): void {
  const { row, column } = parseA1Range(a1);
  workbook.setContent(sheet, row, column, content);
}

/** What the cells of a column range show, top to bottom. */
function column(workbook: LocalWorkbook, a1: string): SheetsValue[] {
  const range = parseA1Range(a1);
  return Array.from({ length: range.rows }, (_, down) =>
    workbook.value(SHEET, range.row + down, range.column),
  );
}

/** Writes `formula` to `a1` and returns how many times a custom function ran meanwhile. */
function callsWhileWriting(workbook: LocalWorkbook, a1: string, formula: string): number {
  const before = workbook.customFunctionCalls;
  write(workbook, a1, formula);
  return workbook.customFunctionCalls - before;
}

function expectRefused(workbook: LocalWorkbook, a1: string, sheet = SHEET): void {
  expect(value(workbook, a1, sheet)).toBe('#ERROR!');
  expect(errorMessage(workbook, a1, sheet)).toBe(REFUSED);
}

describe('a custom function given a volatile argument, as in Sheets', () => {
  it.each([
    '=OKRSCORE(RAND(), 0, 1)',
    '=OKRPACE(DATE(2026,10,1), DATE(2026,12,31), TODAY())',
    '=OKRPACE(DATE(2026,10,1), DATE(2026,12,31), NOW())',
    '=OKRSCORE(RANDBETWEEN(0, 1), 0, 1)',
    '=OKRSCORE(0.5 * (RAND() > 2), 0, 1)',
    '=OKRSTATUS(0.5, "committed", OKRPACE(DATE(2026,10,1), DATE(2026,12,31), TODAY()))',
  ])('shows #ERROR! with Sheets’ message and is not called: %s', (formula) => {
    const workbook = LocalWorkbook.create();
    expect(callsWhileWriting(workbook, 'A1', formula)).toBe(0);
    expectRefused(workbook, 'A1');
  });

  it('refuses a cell that depends on TODAY() through other cells, on any sheet', () => {
    const workbook = LocalWorkbook.create({ Sheet1: [], Dates: [] });
    write(workbook, 'B1', '=TODAY()', 'Dates');
    write(workbook, 'B2', '=B1+1', 'Dates');
    write(workbook, 'B3', '=Dates!B2', SHEET);
    const pace = (checkIn: string) => `=OKRPACE(DATE(2026,10,1), DATE(2026,12,31), ${checkIn})`;

    expect(callsWhileWriting(workbook, 'A1', pace('Dates!B2'))).toBe(0);
    expectRefused(workbook, 'A1');
    expect(callsWhileWriting(workbook, 'A2', pace('B3'))).toBe(0);
    expectRefused(workbook, 'A2');
    expect(callsWhileWriting(workbook, 'A3', pace('Dates!B2 - 1'))).toBe(0);
    expectRefused(workbook, 'A3');
    // The cells themselves are plain formulas: they show the date.
    expect(value(workbook, 'B2', 'Dates')).toBeInstanceOf(Date);
    expect(errorMessage(workbook, 'B3')).toBeNull();
  });

  it('refuses a range holding one volatile cell, and spills nothing', () => {
    const workbook = LocalWorkbook.create({
      Sheet1: [[0.1], [0.2], [0.3], [0.4], ['=NOW()'], [0.6], [0.7], [0.8], [0.9], [1]],
    });
    expect(callsWhileWriting(workbook, 'C1', '=OKRSCORE(A1:A10, 0, 1)')).toBe(0);
    expectRefused(workbook, 'C1');
    expect(column(workbook, 'C2:C10')).toEqual(new Array(9).fill(''));

    // The range that stops above it is deterministic.
    write(workbook, 'D1', '=OKRSCORE(A1:A4, 0, 1)');
    expect(column(workbook, 'D1:D4').map((score) => Number(score))).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('refuses a whole column holding a cell that depends on RAND()', () => {
    const workbook = LocalWorkbook.create({ Sheet1: [[0.2], [0.4], ['=RAND()'], ['=A3*2']] });
    expect(callsWhileWriting(workbook, 'C1', '=OKRSCORE(A:A, 0, 1)')).toBe(0);
    expectRefused(workbook, 'C1');
  });

  it('refuses a spilled range computed with NOW() in a workbook as opened', () => {
    const workbook = LocalWorkbook.create({
      Sheet1: [
        [0.2, '=A1:A3 * 0 + NOW()', '=OKRSCORE(B1:B3, 0, 1)', '=OKRSCORE(B3, 0, 1)'],
        [0.4],
        [0.6],
      ],
    });
    expectRefused(workbook, 'C1');
    expectRefused(workbook, 'D1');
  });

  it('refuses once a cell it reads turns volatile, and calls it again once it no longer is', () => {
    const workbook = LocalWorkbook.create({ Sheet1: [[0.1], [0.2], [0.3]] });
    write(workbook, 'C1', '=OKRSCORE(A1:A3, 0, 1)');
    expect(column(workbook, 'C1:C3')).toEqual([0.1, 0.2, 0.3]);

    const before = workbook.customFunctionCalls;
    write(workbook, 'A2', '=RANDBETWEEN(0, 1)');
    expect(workbook.customFunctionCalls).toBe(before);
    expectRefused(workbook, 'C1');
    // Sheets shows the error in the formula's cell only, not over the spill it had.
    expect(column(workbook, 'C2:C3')).toEqual(['', '']);

    write(workbook, 'A2', 0.5);
    expect(column(workbook, 'C1:C3')).toEqual([0.1, 0.5, 0.3]);
    expect(workbook.customFunctionCalls).toBe(before + 1);
  });
});

describe('what Sheets still allows', () => {
  it('shows NOW() and TODAY() written outside a custom function', () => {
    // A fixed clock: the test must not depend on the day (or the minute) it runs.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2026, 10, 15, 10, 30));
      const workbook = LocalWorkbook.create({ Sheet1: [['=NOW()', '=TODAY()', '=B1+1']] });
      expect((value(workbook, 'A1') as Date).getTime()).toBe(
        new Date(2026, 10, 15, 10, 30).getTime(),
      );
      expect(value(workbook, 'B1')).toEqual(new Date(2026, 10, 15));
      expect(value(workbook, 'C1')).toEqual(new Date(2026, 10, 16));
      expect(errorMessage(workbook, 'C1')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('calls a custom function on plain arguments, beside volatile cells it does not read', () => {
    const workbook = LocalWorkbook.create({ Sheet1: [[null, 0.5, '=TODAY()']] });
    expect(callsWhileWriting(workbook, 'A1', '=OKRSCORE(B1, 0, 1)')).toBe(1);
    expect(value(workbook, 'A1')).toBe(0.5);
    expect(errorMessage(workbook, 'A1')).toBeNull();

    write(workbook, 'A2', '=OKRPACE(DATE(2026,10,1), DATE(2026,12,31), DATE(2026,11,15))');
    expect(value(workbook, 'A2')).toBeCloseTo(45 / 91, 9);
  });
});
