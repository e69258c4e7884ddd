/**
 * Sheets' open-ended ranges (F3:F, B2:2, $F$3:$F, 'KPIs'!C2:C) in the local engine, the
 * sheet's dimensions that bound them, and an array result blocked by data (#REF!).
 */
import { describe, expect, it } from 'vitest';
import { parseA1Range } from '../../dev/engine/a1';
import {
  adjustForStructure,
  closeOpenRanges,
  hasOpenRange,
  offsetReferences,
} from '../../dev/engine/formula-references';
import { type CellContent, LocalWorkbook } from '../../dev/engine/workbook';
import { createAppsScriptServices } from '../../dev/services/index';

const SPILL_BLOCKED = 'Array result was not expanded because it would overwrite data in K7.';

/** A header, then key results in rows 3 to 6: D baseline, E target, F current. */
function keyResults(): LocalWorkbook {
  const rows: CellContent[][] = [
    ['Key results'],
    ['Key result', null, null, 'Baseline', 'Target', 'Current'],
    ['Grow MAU', null, null, 0, 10, 5],
    ['Cut churn', null, null, 0.05, 0.02, 0.03],
    ['Ship beta', null, null, 0, 1, 1],
    ['Hire', null, null, 0, 4, null],
  ];
  return LocalWorkbook.create({ KRs: rows, KPIs: [['KPI'], [1], [2], [3]] });
}

function at(workbook: LocalWorkbook, sheet: string, a1: string) {
  const { row, column } = parseA1Range(a1);
  return {
    value: workbook.value(sheet, row, column),
    formula: workbook.formula(sheet, row, column),
    message: workbook.errorMessage(sheet, row, column),
  };
}

function set(workbook: LocalWorkbook, sheet: string, a1: string, content: CellContent): void {
  const { row, column } = parseA1Range(a1);
  workbook.setContent(sheet, row, column, content);
}

function column(workbook: LocalWorkbook, sheet: string, a1: string): unknown[] {
  const range = parseA1Range(a1);
  return Array.from({ length: range.rows }, (_, down) =>
    workbook.value(sheet, range.row + down, range.column),
  );
}

describe('open-ended ranges in formula text', () => {
  it('are recognised in all of Sheets’ spellings, and not in strings or names', () => {
    for (const formula of [
      '=OKRSCORE(F3:F, D3:D, E3:E)',
      '=SUM(B2:2)',
      '=SUM($F$3:$F)',
      "=SUM('KPIs'!C2:C)",
      '=SUM(A:A)',
    ]) {
      expect(hasOpenRange(formula)).toBe(true);
    }
    for (const formula of ['=SUM(F3:F10)', '=IF(A1, TRUE, "F3:F")', '=LOG10(A1)+1E3']) {
      expect(hasOpenRange(formula)).toBe(false);
    }
  });

  it('close at the edge of the sheet they point at', () => {
    const grid = (sheet: string | null) =>
      sheet === 'KPIs' ? { rows: 50, columns: 8 } : { rows: 1000, columns: 26 };
    expect(closeOpenRanges('=OKRSCORE(F3:F, $D$3:$D, E3:E)', grid)).toBe(
      '=OKRSCORE(F3:F1000, $D$3:$D1000, E3:E1000)',
    );
    expect(closeOpenRanges("=SUM('KPIs'!C2:C) + SUM(B2:2) + SUM(A:A)", grid)).toBe(
      "=SUM('KPIs'!C2:C50) + SUM(B2:Z2) + SUM(A1:A1000)",
    );
  });

  it('move with inserted and deleted rows and columns, staying open', () => {
    const rowsAdded = { sheet: 'KRs', axis: 'rows', index: 1, count: 2 } as const;
    expect(adjustForStructure('=OKRSCORE(F3:F, D3:D, E3:E)', 'KRs', rowsAdded)).toBe(
      '=OKRSCORE(F5:F, D5:D, E5:E)',
    );
    const columnDeleted = { sheet: 'KRs', axis: 'columns', index: 3, count: -1 } as const;
    expect(adjustForStructure('=OKRSCORE(F3:F, D3:D, E3:E)', 'KRs', columnDeleted)).toBe(
      '=OKRSCORE(E3:E, #REF!, D3:D)',
    );
    expect(adjustForStructure("=SUM('KPIs'!C2:C)", 'KRs', columnDeleted)).toBe("=SUM('KPIs'!C2:C)");
    expect(offsetReferences('=SUM(F3:F)+$A$1', 1, 1)).toBe('=SUM(G4:G)+$A$1');
  });
});

describe('a formula over open-ended ranges in the workbook', () => {
  it('spills one result per row down to the sheet’s last row, blanks giving ""', () => {
    const workbook = keyResults();
    set(workbook, 'KRs', 'K2', '=OKRSCORE(F3:F, D3:D, E3:E)');
    expect(column(workbook, 'KRs', 'K2:K6')).toEqual([0.5, expect.closeTo(2 / 3, 9), 1, '', '']);
    // F3:F is 998 rows on a 1,000-row sheet: K2 to K999.
    expect(at(workbook, 'KRs', 'K999').value).toBe('');
    expect(
      workbook.hf.isCellPartOfArray({ sheet: workbook.sheetId('KRs'), row: 998, col: 10 }),
    ).toBe(true);
    expect(
      workbook.hf.isCellPartOfArray({ sheet: workbook.sheetId('KRs'), row: 999, col: 10 }),
    ).toBe(false);
    expect(at(workbook, 'KRs', 'K2').formula).toBe('=OKRSCORE(F3:F, D3:D, E3:E)');
  });

  it('reads $-fixed, row and other-sheet open ranges', () => {
    const workbook = keyResults();
    set(workbook, 'KRs', 'H1', '=SUM($F$3:$F)');
    set(workbook, 'KRs', 'I1', "=SUM('KPIs'!A2:A)");
    set(workbook, 'KRs', 'J1', '=COUNTA(A3:3)');
    expect([at(workbook, 'KRs', 'H1').value, at(workbook, 'KRs', 'I1').value]).toEqual([6.03, 6]);
    expect(at(workbook, 'KRs', 'J1').value).toBe(4);
    expect(at(workbook, 'KRs', 'I1').formula).toBe("=SUM('KPIs'!A2:A)");
  });

  it('covers rows added at the end of the sheet, and rows written there', () => {
    const workbook = keyResults();
    set(workbook, 'KRs', 'K2', '=OKRSCORE(F3:F, D3:D, E3:E)');
    set(workbook, 'KRs', 'L1', "=SUM('KPIs'!A2:A)");
    workbook.insertRows('KRs', 1000, 5, 999);
    expect(workbook.gridSize('KRs')).toEqual({ rows: 1005, columns: 26 });
    set(workbook, 'KRs', 'D1004', 0);
    set(workbook, 'KRs', 'E1004', 8);
    set(workbook, 'KRs', 'F1004', 2);
    expect(at(workbook, 'KRs', 'K1003').value).toBe(0.25);
    expect(at(workbook, 'KRs', 'K2').formula).toBe('=OKRSCORE(F3:F, D3:D, E3:E)');

    workbook.insertRows('KPIs', 1000, 1, 999);
    set(workbook, 'KPIs', 'A1001', 10);
    expect(at(workbook, 'KRs', 'L1').value).toBe(16);
  });

  it('keeps its open ranges when rows and columns move before them', () => {
    const workbook = keyResults();
    set(workbook, 'KRs', 'K2', '=OKRSCORE(F3:F, D3:D, E3:E)');
    workbook.insertRows('KRs', 1, 1, null);
    expect(at(workbook, 'KRs', 'K3').formula).toBe('=OKRSCORE(F4:F, D4:D, E4:E)');
    workbook.insertColumns('KRs', 0, 2, null);
    expect(at(workbook, 'KRs', 'M3').formula).toBe('=OKRSCORE(H4:H, F4:F, G4:G)');
    expect(column(workbook, 'KRs', 'M3:M5')).toEqual([0.5, expect.closeTo(2 / 3, 9), 1]);
    workbook.deleteColumns('KRs', 0, 1);
    workbook.deleteRows('KRs', 0, 1);
    expect(at(workbook, 'KRs', 'L2').formula).toBe('=OKRSCORE(G3:G, E3:E, F3:F)');
    expect(column(workbook, 'KRs', 'L2:L4')).toEqual([0.5, expect.closeTo(2 / 3, 9), 1]);
    expect(workbook.gridSize('KRs')).toEqual({ rows: 1000, columns: 27 });
  });

  it('keeps array formulas that read each other’s results working through moves', () => {
    // HyperFormula alone throws "Cannot move cell" here: the engine lifts them out and back.
    const workbook = keyResults();
    set(workbook, 'KRs', 'A3', 'Grow');
    workbook.setContents('KRs', 1, 10, [
      ['=OKRSCORE(F3:F, D3:D, E3:E)', '=OKRROLLUP(A3:A, K2:K)', '=OKRSTATUS(K2:K)'],
    ]);
    workbook.insertRows('KRs', 3, 2, 2);
    workbook.deleteRows('KRs', 4, 1);
    workbook.insertColumns('KRs', 11, 1, null);
    expect(at(workbook, 'KRs', 'M2').formula).toBe('=OKRROLLUP(A3:A, K2:K)');
    expect(at(workbook, 'KRs', 'N2').formula).toBe('=OKRSTATUS(K2:K)');
    expect(column(workbook, 'KRs', 'K2:K6')).toEqual([0.5, '', expect.closeTo(2 / 3, 9), 1, '']);
    expect(at(workbook, 'KRs', 'N2').value).toBe('YELLOW');
  });

  it('lets an array formula be cleared, rows moved, and the formula written again', () => {
    // HyperFormula alone keeps a cleared array formula listed and breaks on the next move.
    const workbook = keyResults();
    set(workbook, 'KRs', 'K2', '=OKRSCORE(F3:F, D3:D, E3:E)');
    set(workbook, 'KRs', 'K2', null);
    workbook.insertRows('KRs', 2, 2, 2);
    workbook.deleteRows('KRs', 2, 2);
    set(workbook, 'KRs', 'K2', '=OKRSCORE(F3:F, D3:D, E3:E)');
    expect(column(workbook, 'KRs', 'K2:K4')).toEqual([0.5, expect.closeTo(2 / 3, 9), 1]);
  });

  it('is given back as written by snapshots (the preview’s Reset)', () => {
    const workbook = keyResults();
    set(workbook, 'KRs', 'K2', '=OKRSCORE(F3:F, D3:D, E3:E)');
    workbook.insertRows('KRs', 1000, 10, 999);
    const snapshot = workbook.snapshot();
    expect(snapshot.sheets.KRs?.[1]?.[10]).toBe('=OKRSCORE(F3:F, D3:D, E3:E)');
    const restored = LocalWorkbook.fromSnapshot(snapshot);
    expect(restored.gridSize('KRs')).toEqual({ rows: 1010, columns: 26 });
    expect(at(restored, 'KRs', 'K2').formula).toBe('=OKRSCORE(F3:F, D3:D, E3:E)');
    expect(at(restored, 'KRs', 'K3').value).toBeCloseTo(2 / 3, 9);
    expect(
      restored.hf.isCellPartOfArray({ sheet: restored.sheetId('KRs'), row: 1008, col: 10 }),
    ).toBe(true);
  });

  it('works in conditional format rules', () => {
    const workbook = keyResults();
    workbook.setConditionalRules('KRs', [
      {
        ranges: [parseA1Range('F3:F6')],
        formula: '=F3=MAX($F$3:$F)',
        background: '#b7e1cd',
        fontColor: null,
      },
    ]);
    const backgrounds = [2, 3, 4, 5].map((row) => workbook.style('KRs', row, 5).background);
    expect(backgrounds).toEqual(['#b7e1cd', null, null, null]);
  });
});

describe('an array result that would overwrite data', () => {
  it('shows #REF! with Sheets’ message naming the first cell in the way', () => {
    const workbook = keyResults();
    set(workbook, 'KRs', 'K7', 'typed by hand');
    set(workbook, 'KRs', 'K9', 'and here');
    set(workbook, 'KRs', 'K2', '=OKRSCORE(F3:F, D3:D, E3:E)');
    expect(at(workbook, 'KRs', 'K2')).toEqual({
      value: '#REF!',
      formula: '=OKRSCORE(F3:F, D3:D, E3:E)',
      message: SPILL_BLOCKED,
    });
    expect(workbook.display('KRs', 1, 10)).toBe('#REF!');
    expect(at(workbook, 'KRs', 'K3').value).toBe('');
  });

  it('spills again once the data in the way is cleared', () => {
    const workbook = keyResults();
    set(workbook, 'KRs', 'K2', '=OKRSCORE(F3:F, D3:D, E3:E)');
    set(workbook, 'KRs', 'K7', 'typed by hand');
    expect(at(workbook, 'KRs', 'K2').message).toBe(SPILL_BLOCKED);
    set(workbook, 'KRs', 'K7', null);
    expect(column(workbook, 'KRs', 'K2:K4')).toEqual([0.5, expect.closeTo(2 / 3, 9), 1]);
    expect(at(workbook, 'KRs', 'K2').message).toBeNull();
  });

  it('reads as "#REF!" through getValues and getDisplayValues, as Sheets gives errors', () => {
    const workbook = keyResults();
    set(workbook, 'KRs', 'K7', 'typed by hand');
    const { globals } = createAppsScriptServices(workbook);
    const sheet = (globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheetByName('KRs');
    sheet?.getRange('K2').setFormula('=OKRSCORE(F3:F, D3:D, E3:E)');
    expect(sheet?.getRange('K2:K3').getValues()).toEqual([['#REF!'], ['']]);
    expect(sheet?.getRange('K2').getDisplayValue()).toBe('#REF!');
    expect(sheet?.getRange('K2').getFormula()).toBe('=OKRSCORE(F3:F, D3:D, E3:E)');
    sheet?.getRange('K7').clearContent();
    expect(sheet?.getRange('K2').getValue()).toBe(0.5);
  });
});

// Tests assert answers, never wall-clock times (a busy CI machine would make them flaky): the
// time is printed for the record.
describe('a 10,000-row sheet', () => {
  it('evaluates 4 array formulas over open-ended ranges to the last row', {
    timeout: 60_000,
  }, () => {
    const rows: CellContent[][] = [['Objective', 'Key result', 'Type', 'Base', 'Target', 'Now']];
    for (let row = 1; row < 10_000; row++) {
      rows.push([`O${row % 7}`, `Grow MAU to ${row}`, 'aspirational', 0, 100, row % 100]);
    }
    const workbook = LocalWorkbook.create({ KRs: rows });
    const started = performance.now();
    workbook.setContents('KRs', 1, 10, [
      [
        '=OKRSCORE(F2:F, D2:D, E2:E)',
        '=OKRROLLUP(A2:A, K2:K)',
        '=OKRSTATUS(K2:K, C2:C)',
        '=OKRKIND(B2:B)',
      ],
    ]);
    const elapsed = performance.now() - started;
    expect(at(workbook, 'KRs', 'M101').value).toBe('RED');
    expect(at(workbook, 'KRs', 'K9999').value).toBe(0.98);
    console.log(`4 array formulas over 10,000 rows: ${Math.round(elapsed)} ms`);
  });
});
