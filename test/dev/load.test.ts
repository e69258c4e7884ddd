import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseA1Range } from '../../dev/engine/a1';
import { loadWorkbookFile } from '../../dev/engine/load';
import type { SheetsValue } from '../../dev/engine/values';
import type { LocalWorkbook } from '../../dev/engine/workbook';

let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'okr-load-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function valueAt(workbook: LocalWorkbook, sheet: string, a1: string): SheetsValue {
  const { row, column } = parseA1Range(a1);
  return workbook.value(sheet, row, column);
}

function shownAt(workbook: LocalWorkbook, sheet: string, a1: string): string {
  const { row, column } = parseA1Range(a1);
  return workbook.display(sheet, row, column);
}

describe('a CSV file', () => {
  const CSV = [
    // A byte-order mark, as Excel writes one, must not end up in the first header.
    '\uFEFFKey result,Owner,Baseline,Target,Current,Reviewed,Due,Score,Note,Budget,Checked',
    'Cut churn from 5% to 2% this quarter,Tom Berger,0.05,0.02,0.035,FALSE,2026-12-31,"=OKRSCORE(E2:E4, C2:C4, D2:D4)",45%," $1,200.50 ",=ISNUMBER(I2)',
    'Acquire 70 new customers,Daniel Okafor,0,70,38,true,2026-11-30 17:30,,"1,200",($500),=ISNUMBER(I3)',
    '"Checklist live, all accounts",Liam Walsh,,,TRUE,TRUE,2026-02-30,,007,N/A,=ISNUMBER(G4)',
    "Ship the referral programme,Ana Lima,,,,,10/1/2026,,'0045,12 apples,=ISNUMBER(G5)",
  ].join('\r\n');

  async function loadCsv(): Promise<LocalWorkbook> {
    const file = path.join(folder, 'q4-okrs.csv');
    await writeFile(file, CSV, 'utf8');
    return loadWorkbookFile(file);
  }

  it('opens as one sheet named after the file, with text as written', async () => {
    const workbook = await loadCsv();
    expect(workbook.sheetNames()).toEqual(['q4-okrs']);
    expect(valueAt(workbook, 'q4-okrs', 'A1')).toBe('Key result');
    expect(valueAt(workbook, 'q4-okrs', 'A4')).toBe('Checklist live, all accounts');
    expect(valueAt(workbook, 'q4-okrs', 'B2')).toBe('Tom Berger');
  });

  it('reads plain numbers as numbers and leaves a blank field empty', async () => {
    const workbook = await loadCsv();
    expect(valueAt(workbook, 'q4-okrs', 'C2')).toBe(0.05);
    expect(valueAt(workbook, 'q4-okrs', 'D3')).toBe(70);
    expect(valueAt(workbook, 'q4-okrs', 'I4')).toBe(7);
    expect(valueAt(workbook, 'q4-okrs', 'C4')).toBe('');
  });

  it('reads "45%", "1,200" and "$1,200.50" as numbers shown as written, as Sheets imports them', async () => {
    const workbook = await loadCsv();
    expect(valueAt(workbook, 'q4-okrs', 'I2')).toBe(0.45);
    expect(shownAt(workbook, 'q4-okrs', 'I2')).toBe('45%');
    expect(valueAt(workbook, 'q4-okrs', 'I3')).toBe(1200);
    expect(shownAt(workbook, 'q4-okrs', 'I3')).toBe('1,200');
    expect(valueAt(workbook, 'q4-okrs', 'J2')).toBe(1200.5);
    expect(shownAt(workbook, 'q4-okrs', 'J2')).toBe('$1,200.50');
    expect(valueAt(workbook, 'q4-okrs', 'J3')).toBe(-500);
    expect(shownAt(workbook, 'q4-okrs', 'J3')).toBe('-$500');
    // What a formula over them sees: numbers, as in Sheets.
    expect(valueAt(workbook, 'q4-okrs', 'K2')).toBe(true);
    expect(valueAt(workbook, 'q4-okrs', 'K3')).toBe(true);
  });

  it('keeps as text what is not exactly a number or a date', async () => {
    const workbook = await loadCsv();
    expect(valueAt(workbook, 'q4-okrs', 'J4')).toBe('N/A');
    expect(valueAt(workbook, 'q4-okrs', 'J5')).toBe('12 apples');
    // A leading apostrophe says "text" and is not shown, as when typed in Sheets.
    expect(valueAt(workbook, 'q4-okrs', 'I5')).toBe('0045');
    expect(shownAt(workbook, 'q4-okrs', 'I5')).toBe('0045');
  });

  it('reads TRUE and FALSE in any case as checkboxes', async () => {
    const workbook = await loadCsv();
    expect(valueAt(workbook, 'q4-okrs', 'F2')).toBe(false);
    expect(valueAt(workbook, 'q4-okrs', 'F3')).toBe(true);
    expect(valueAt(workbook, 'q4-okrs', 'E4')).toBe(true);
  });

  it('reads ISO dates as dates, and a day that does not exist as text', async () => {
    const workbook = await loadCsv();
    expect(valueAt(workbook, 'q4-okrs', 'G2')).toEqual(new Date(2026, 11, 31));
    expect(shownAt(workbook, 'q4-okrs', 'G2')).toBe('2026-12-31');
    // To the second: the engine keeps 11 significant digits of a serial day, about 0.1 s.
    const dueAt = valueAt(workbook, 'q4-okrs', 'G3') as Date;
    expect(dueAt).toBeInstanceOf(Date);
    expect(Math.abs(dueAt.getTime() - new Date(2026, 10, 30, 17, 30).getTime())).toBeLessThan(500);
    expect(shownAt(workbook, 'q4-okrs', 'G3')).toBe('2026-11-30 17:30:00');
    expect(valueAt(workbook, 'q4-okrs', 'G4')).toBe('2026-02-30');
    expect(valueAt(workbook, 'q4-okrs', 'K4')).toBe(false);
  });

  it('reads 10/1/2026 month first, as a United States spreadsheet does', async () => {
    const workbook = await loadCsv();
    expect(valueAt(workbook, 'q4-okrs', 'G5')).toEqual(new Date(2026, 9, 1));
    expect(shownAt(workbook, 'q4-okrs', 'G5')).toBe('10/1/2026');
    expect(valueAt(workbook, 'q4-okrs', 'K5')).toBe(true);
  });

  it('recalculates a formula over its rows: one OKRSCORE fills the column', async () => {
    const workbook = await loadCsv();
    expect(workbook.formula('q4-okrs', 1, 7)).toBe('=OKRSCORE(E2:E4, C2:C4, D2:D4)');
    expect(valueAt(workbook, 'q4-okrs', 'H2')).toBeCloseTo(0.5, 9);
    expect(valueAt(workbook, 'q4-okrs', 'H3')).toBeCloseTo(38 / 70, 9);
    // The ticked checkbox is a binary key result done.
    expect(valueAt(workbook, 'q4-okrs', 'H4')).toBe(1);
  });
});

describe('an .xlsx file', () => {
  /** exceljs reads and writes these for array and shared formulas, but not in its types. */
  type RangeFormula = ExcelJS.CellFormulaValue & { shareType: 'array' | 'shared'; ref: string };

  async function writeXlsx(): Promise<string> {
    const file = new ExcelJS.Workbook();
    const okrs = file.addWorksheet('OKRs', { views: [{ state: 'frozen', ySplit: 1 }] });
    okrs.addRows([
      ['Objective', 'Key result', 'Baseline', 'Target', 'Current', 'Score', 'Due', 'Reviewed'],
      ['Fix retention', 'Cut churn from 5% to 2%', 0.05, 0.02, 0.035],
      ['Fix retention', 'Raise NRR from 98% to 106%', 0.98, 1.06, 0.99],
      ['Make onboarding effortless', 'Setup checklist live', null, null, true],
    ]);
    // As Excel saves a spilled formula: the formula on its first cell, cached values below.
    const scores: RangeFormula = {
      formula: 'OKRSCORE(E2:E4,C2:C4,D2:D4)',
      shareType: 'array',
      ref: 'F2:F4',
      result: 0.5,
    };
    okrs.getCell('F2').value = scores;
    okrs.getCell('F3').value = 0.125;
    okrs.getCell('F4').value = 1;
    for (const address of ['C2', 'D2', 'E2']) okrs.getCell(address).numFmt = '0.0%';
    // exceljs writes a date at its UTC instant, which is how Excel's serial days read back.
    okrs.getCell('G2').value = new Date(Date.UTC(2026, 11, 31));
    okrs.getCell('G2').numFmt = 'yyyy-mm-dd';
    okrs.getCell('H2').value = false;

    const review = file.addWorksheet('Review');
    review.addRows([['Objective', 'Score']]);
    // As Google Sheets downloads a custom function: a placeholder Excel can evaluate, around it.
    review.getCell('B2').value = {
      formula: 'IFERROR(__xludf.DUMMYFUNCTION("OKRROLLUP(OKRs!A2:A4,OKRs!F2:F4)"),0.3125)',
      result: 0.3125,
    };
    for (const address of ['B3', 'B4']) {
      review.getCell(address).value = {
        formula: 'IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),0.3125)',
        result: 0.3125,
      };
    }
    review.getCell('A2').value = { formula: 'OKRs!A2' };
    const objectives: RangeFormula = { formula: 'OKRs!A3', shareType: 'shared', ref: 'A3:A4' };
    review.getCell('A3').value = objectives;
    review.getCell('A4').value = { sharedFormula: 'A3' };
    review.getCell('C2').value = { formula: 'SUMPRODUCT(OKRs!C2:C3,OKRs!D2:D3)', result: 1.0398 };
    review.getCell('C3').value = {
      formula: '_xlfn.IFS(B2>=0.7,"GREEN",B2>=0.4,"YELLOW",B2<0.4,"RED")',
    };

    const filePath = path.join(folder, 'q4.xlsx');
    await file.xlsx.writeFile(filePath);
    return filePath;
  }

  it('opens every worksheet, with its values, formats and frozen header', async () => {
    const workbook = await loadWorkbookFile(await writeXlsx());
    expect(workbook.sheetNames()).toEqual(['OKRs', 'Review']);
    expect(valueAt(workbook, 'OKRs', 'B2')).toBe('Cut churn from 5% to 2%');
    expect(valueAt(workbook, 'OKRs', 'C2')).toBe(0.05);
    expect(shownAt(workbook, 'OKRs', 'C2')).toBe('5.0%');
    expect(workbook.numberFormat('OKRs', 1, 2)).toBe('0.0%');
    expect(valueAt(workbook, 'OKRs', 'C4')).toBe('');
    expect(workbook.frozenRows('OKRs')).toBe(1);
    expect(workbook.frozenRows('Review')).toBe(0);
  });

  it('reads dates as dates and checkboxes as booleans', async () => {
    const workbook = await loadWorkbookFile(await writeXlsx());
    expect(valueAt(workbook, 'OKRs', 'G2')).toEqual(new Date(2026, 11, 31));
    expect(shownAt(workbook, 'OKRs', 'G2')).toBe('2026-12-31');
    expect(valueAt(workbook, 'OKRs', 'E4')).toBe(true);
    expect(valueAt(workbook, 'OKRs', 'H2')).toBe(false);
  });

  it('recalculates an OKRSCORE array formula rather than keeping its cached values', async () => {
    const workbook = await loadWorkbookFile(await writeXlsx());
    expect(workbook.formula('OKRs', 1, 5)).toBe('=OKRSCORE(E2:E4,C2:C4,D2:D4)');
    expect(valueAt(workbook, 'OKRs', 'F2')).toBeCloseTo(0.5, 9);
    expect(valueAt(workbook, 'OKRs', 'F3')).toBeCloseTo(0.125, 9);
    expect(valueAt(workbook, 'OKRs', 'F4')).toBe(1);

    workbook.setContent('OKRs', 1, 4, 0.02);
    expect(valueAt(workbook, 'OKRs', 'F2')).toBe(1);
  });

  it('restores the custom functions of a sheet downloaded from Google Sheets', async () => {
    const workbook = await loadWorkbookFile(await writeXlsx());
    expect(workbook.formula('Review', 1, 1)).toBe('=OKRROLLUP(OKRs!A2:A4,OKRs!F2:F4)');
    expect(workbook.formula('Review', 2, 1)).toBe('');
    // (0.5 + 0.125) / 2 for "Fix retention", then the checklist's objective.
    expect(valueAt(workbook, 'Review', 'B2')).toBeCloseTo(0.3125, 9);
    expect(valueAt(workbook, 'Review', 'B3')).toBeCloseTo(0.3125, 9);
    expect(valueAt(workbook, 'Review', 'B4')).toBe(1);
  });

  it('keeps shared formulas and Excel’s newer functions working', async () => {
    const workbook = await loadWorkbookFile(await writeXlsx());
    expect(valueAt(workbook, 'Review', 'A2')).toBe('Fix retention');
    expect(valueAt(workbook, 'Review', 'A4')).toBe('Make onboarding effortless');
    expect(workbook.formula('Review', 3, 0)).toBe('=OKRs!A4');
    expect(valueAt(workbook, 'Review', 'C2')).toBeCloseTo(0.05 * 0.02 + 0.98 * 1.06, 9);
    expect(valueAt(workbook, 'Review', 'C3')).toBe('RED');
  });
});

describe('a file that cannot be opened', () => {
  it('names the formats it can open', async () => {
    const file = path.join(folder, 'plan.ods');
    await writeFile(file, 'not read');
    await expect(loadWorkbookFile(file)).rejects.toThrow(
      `cannot load "${file}": only .xlsx and .csv files can be opened, not ".ods"`,
    );
    await expect(loadWorkbookFile(path.join(folder, 'plan.xls'))).rejects.toThrow(
      /old Excel format, save it as \.xlsx/,
    );
  });

  it('says when the file is missing', async () => {
    const file = path.join(folder, 'missing.csv');
    await expect(loadWorkbookFile(file)).rejects.toThrow(`cannot read "${file}": no such file`);
  });

  it('says when the contents are not what the extension claims', async () => {
    const xlsx = path.join(folder, 'broken.xlsx');
    await writeFile(xlsx, 'Key result,Score\n');
    await expect(loadWorkbookFile(xlsx)).rejects.toThrow(
      `cannot load "${xlsx}": not a readable .xlsx workbook`,
    );
    const csv = path.join(folder, 'broken.csv');
    await writeFile(csv, 'Key result,Score\n"Cut churn,0.5\n');
    await expect(loadWorkbookFile(csv)).rejects.toThrow(
      `cannot load "${csv}": not a readable CSV file`,
    );
  });
});
