/**
 * The real CSV files of test/fixtures/real (SOURCES.md says where each comes from) opened as
 * `npm start -- file.csv` opens them: each field typed as Sheets' import types it (United
 * States locale), so a formula sees the numbers and dates a user would see in Sheets.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseA1Range } from '../../dev/engine/a1';
import { loadWorkbookFile } from '../../dev/engine/load';
import type { LocalWorkbook } from '../../dev/engine/workbook';

const REAL = path.join(import.meta.dirname, '../fixtures/real');

async function open(file: string): Promise<{ workbook: LocalWorkbook; sheet: string }> {
  const workbook = await loadWorkbookFile(path.join(REAL, file));
  return { workbook, sheet: workbook.sheetNames()[0] ?? '' };
}

type Kind = 'text' | 'number' | 'percent' | 'currency' | 'date' | 'boolean';

/** How many non-empty cells hold each kind of value, as its format shows it. */
function kinds(workbook: LocalWorkbook, sheet: string): Partial<Record<Kind, number>> {
  const counts: Partial<Record<Kind, number>> = {};
  const { rows, columns } = workbook.size(sheet);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const value = workbook.value(sheet, row, column);
      if (value === '') continue;
      const format = workbook.numberFormat(sheet, row, column) ?? '';
      let kind: Kind = 'text';
      if (value instanceof Date) kind = 'date';
      else if (typeof value === 'boolean') kind = 'boolean';
      else if (typeof value === 'number') {
        kind = format.includes('%') ? 'percent' : /[$€£]/.test(format) ? 'currency' : 'number';
      }
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
  }
  return counts;
}

function cell(workbook: LocalWorkbook, sheet: string, a1: string) {
  const { row, column } = parseA1Range(a1);
  return { value: workbook.value(sheet, row, column), shown: workbook.display(sheet, row, column) };
}

/** What =ISNUMBER(cell) answers: the symptom was FALSE for "9.5%". */
function isNumber(workbook: LocalWorkbook, sheet: string, a1: string): unknown {
  return workbook.hf.calculateFormula(`=ISNUMBER(${a1})`, workbook.sheetId(sheet));
}

describe('what each real file holds once typed', () => {
  // Before typing, only plain numbers and ISO dates were read: MCC held 74 numbers and 682
  // texts, the athletics sheet 41 numbers and 534 texts, the TRA plan 89 numbers and 810 texts.
  it.each([
    ['gov-indicator-register-mcc.csv', { text: 537, number: 109, percent: 33, date: 77 }],
    ['athletics-dept-kpis-fy26.csv', { text: 387, number: 74, currency: 20, date: 94 }],
    ['gov-corporate-plan-kpis-tra.csv', { text: 632, number: 89, percent: 178 }],
    ['team-goals-monthly-columns.csv', { text: 108, number: 21, percent: 11 }],
    ['okr-tool-export-viva-goals.csv', { text: 260, number: 113, date: 56 }],
    ['gov-transit-kpis-monthly-long-mta.csv', { text: 366, number: 450 }],
    ['world-bank-indicator-with-preamble.csv', { text: 19, number: 229, date: 1 }],
  ])('%s', async (file, expected) => {
    const { workbook, sheet } = await open(file);
    expect(kinds(workbook, sheet)).toEqual(expected);
  });
});

describe('the MCC indicator register', () => {
  it('reads progress as percentages, counts with separators as numbers and dates as dates', async () => {
    const { workbook, sheet } = await open('gov-indicator-register-mcc.csv');
    expect(cell(workbook, sheet, 'N2')).toEqual({ value: 7, shown: '700%' });
    expect(cell(workbook, sheet, 'N4')).toEqual({ value: -4.02, shown: '-402%' });
    expect(cell(workbook, sheet, 'L8')).toEqual({ value: 1319238, shown: '1,319,238' });
    expect(cell(workbook, sheet, 'C2')).toEqual({
      value: new Date(2011, 10, 29),
      shown: 'November 29, 2011',
    });
    expect(cell(workbook, sheet, 'L23')).toEqual({
      value: new Date(2008, 8, 13),
      shown: '13-Sep-08',
    });
    expect(isNumber(workbook, sheet, 'N2')).toBe(true);
  });

  it('keeps N/A and a day that does not exist (31 September) as text', async () => {
    const { workbook, sheet } = await open('gov-indicator-register-mcc.csv');
    expect(cell(workbook, sheet, 'E2').value).toBe('N/A');
    expect(cell(workbook, sheet, 'M37').value).toBe(' 31-Sep-2010 ');
    expect(isNumber(workbook, sheet, 'M37')).toBe(false);
  });
});

describe('the athletics department KPI sheet', () => {
  it('reads padded dollar amounts as currency and US dates month first', async () => {
    const { workbook, sheet } = await open('athletics-dept-kpis-fy26.csv');
    expect(cell(workbook, sheet, 'C40')).toEqual({ value: 600000, shown: '$600,000' });
    expect(cell(workbook, sheet, 'D40')).toEqual({ value: 209774, shown: '$209,774' });
    expect(cell(workbook, sheet, 'C89')).toEqual({ value: 314473, shown: '314,473' });
    expect(cell(workbook, sheet, 'E9')).toEqual({ value: new Date(2025, 5, 1), shown: '6/1/2025' });
    expect(isNumber(workbook, sheet, 'C40')).toBe(true);
  });

  it('keeps goals written as sentences as text', async () => {
    const { workbook, sheet } = await open('athletics-dept-kpis-fy26.csv');
    expect(cell(workbook, sheet, 'C4').value).toBe('GPA above 3.37');
  });
});

describe('the TRA corporate plan', () => {
  it('reads yearly percentage targets as decimals shown as percentages', async () => {
    const { workbook, sheet } = await open('gov-corporate-plan-kpis-tra.csv');
    expect(cell(workbook, sheet, 'I2')).toEqual({ value: 0.095, shown: '9.5%' });
    expect(cell(workbook, sheet, 'I12')).toEqual({ value: 0.0247, shown: '2.47%' });
    expect(isNumber(workbook, sheet, 'I2')).toBe(true);
  });

  it('keeps bounds, bands and numbers with units as text', async () => {
    const { workbook, sheet } = await open('gov-corporate-plan-kpis-tra.csv');
    expect(cell(workbook, sheet, 'J12').value).toBe('≤3%');
    expect(cell(workbook, sheet, 'I26').value).toBe('± 5.2%');
    expect(cell(workbook, sheet, 'I37').value).toBe('8 days');
  });
});
