/**
 * "Use my existing sheet" on the local engine: differently laid-out tables get their computed
 * columns and colours, nothing the team wrote moves or changes, and a second run adds nothing.
 */
import { describe, expect, it } from 'vitest';
import type { CellContent } from '../../dev/engine/workbook';
import {
  backgroundAt,
  cellsOf,
  formulaAt,
  type Harness,
  openWorkbook,
  shown,
  valueAt,
} from './harness';

const RED = '#f4c7c3';
const AMBER = '#fce8b2';
const GREEN = '#b7e1cd';

/** A team's quarter, with a title above the headers and its own words and order. */
const TITLED_OKRS: CellContent[][] = [
  ['Growth team: Q4 2026 OKRs', null, null, null, null, null],
  [null, null, null, null, null, null],
  ['Objective', 'KR', 'Owner', 'Start', 'Goal', 'Actual'],
  ['Grow pipeline', 'Raise MQL-to-SQL conversion from 20% to 35%', 'Sofia', 0.2, 0.35, 0.29],
  ['Grow pipeline', 'Acquire 70 new customers', 'Daniel', 0, 70, 38],
  ['Fix retention', 'Cut churn from 5% to 2%', 'Tom', 0.05, 0.02, 0.045],
];

/** KPIs with a band and monthly readings, no current column. */
const MONTHLY_KPIS: CellContent[][] = [
  ['KPI name', 'Owner', 'Min', 'Max', 'Jul 2026', 'Aug 2026', 'Sep 2026'],
  ['Monthly churn', 'Tom', null, 0.03, 0.028, 0.034, 0.041],
  ['Gross margin', 'Ana', 0.35, null, 0.38, 0.37, 0.36],
  ['Utilization', 'Raj', 0.65, 0.75, 0.7, 0.62, 0.6],
];

function adopt(harness: Harness, sheetName?: string) {
  return harness.server.adoptSheet(sheetName ? { sheetName } : undefined);
}

describe('detectColumns', () => {
  it('finds the header row under a title and each column’s role, as plain data', () => {
    const harness = openWorkbook({ Q4: TITLED_OKRS });
    const detected = JSON.parse(JSON.stringify(harness.server.detectColumns('Q4')));
    expect(detected.headerRow).toBe(3);
    expect(
      detected.columns.map((column: { header: string; role: string }) => [
        column.header,
        column.role,
      ]),
    ).toEqual([
      ['Objective', 'objective'],
      ['KR', 'keyResult'],
      ['Owner', 'owner'],
      ['Start', 'baseline'],
      ['Goal', 'target'],
      ['Actual', 'current'],
    ]);
    expect(detected.willAdd).toEqual(['Score', 'Objective score', 'Status', 'Check']);
    expect(detected.problems).toEqual([]);
  });
});

describe('adoptSheet on an OKR table with a title above its headers', () => {
  it('adds one array formula per computed column right of the table, scores computed', () => {
    const harness = openWorkbook({ Q4: TITLED_OKRS });
    const before = cellsOf(harness.workbook, 'Q4', 6, 6);
    const result = adopt(harness, 'Q4');
    expect(
      result.added.map((column: { header: string; letter: string }) => [
        column.header,
        column.letter,
      ]),
    ).toEqual([
      ['Score', 'G'],
      ['Objective score', 'H'],
      ['Status', 'I'],
      ['Check', 'J'],
    ]);
    const { workbook } = harness;
    expect(formulaAt(workbook, 'Q4', 'G4')).toBe('=OKRSCORE(F4:F, D4:D, E4:E)');
    expect(formulaAt(workbook, 'Q4', 'H4')).toBe('=OKRROLLUP(A4:A, G4:G)');
    expect(formulaAt(workbook, 'Q4', 'I4')).toBe('=OKRSTATUS(G4:G)');
    expect(formulaAt(workbook, 'Q4', 'J4')).toBe('=KRCHECK(B4:B)');
    expect(valueAt(workbook, 'Q4', 'G4')).toBeCloseTo(0.6, 9);
    expect(valueAt(workbook, 'Q4', 'G6')).toBeCloseTo(1 / 6, 9);
    expect(valueAt(workbook, 'Q4', 'H5')).toBeCloseTo((0.6 + 38 / 70) / 2, 9);
    expect(shown(workbook, 'Q4', 'I6')).toBe('RED');
    expect(shown(workbook, 'Q4', 'J5')).toBe('OK');
    expect(shown(workbook, 'Q4', 'G3')).toBe('Score');
    // Colours by grade: 0.6 yellow, 1/6 red.
    expect(backgroundAt(workbook, 'Q4', 'G4')).toBe(AMBER);
    expect(backgroundAt(workbook, 'Q4', 'G6')).toBe(RED);
    expect(cellsOf(workbook, 'Q4', 6, 6)).toEqual(before);
    expect(result.message).toMatch(
      /^Header in row 3: "Objective" as objective, "KR" as key result/,
    );
    expect(result.message).toContain('Added Score (G), Objective score (H), Status (I), Check (J)');
  });

  it('changes nothing the second time: no second Score column, no duplicate rules', () => {
    const harness = openWorkbook({ Q4: TITLED_OKRS });
    adopt(harness, 'Q4');
    const once = cellsOf(harness.workbook, 'Q4', 8, 14);
    const rules = harness.workbook.conditionalRules('Q4');
    const again = adopt(harness, 'Q4');
    expect(again.added).toEqual([]);
    expect(again.message).toContain('already there');
    expect(cellsOf(harness.workbook, 'Q4', 8, 14)).toEqual(once);
    expect(harness.workbook.conditionalRules('Q4')).toEqual(rules);
  });

  it('a new row typed below the table computes and colours by itself', () => {
    const harness = openWorkbook({ Q4: TITLED_OKRS });
    adopt(harness, 'Q4');
    harness.workbook.setContents('Q4', 6, 0, [
      ['Fix retention', 'Lift NRR from 98% to 106%', 'Aisha', 0.98, 1.06, 1.05],
    ]);
    expect(valueAt(harness.workbook, 'Q4', 'G7')).toBeCloseTo(0.875, 9);
    expect(backgroundAt(harness.workbook, 'Q4', 'G7')).toBe(GREEN);
  });
});

describe('adoptSheet on KPIs with monthly columns', () => {
  it('adds the latest reading, the band and the drift, and colours out-of-band readings', () => {
    const harness = openWorkbook({ KPIs: MONTHLY_KPIS });
    const before = cellsOf(harness.workbook, 'KPIs', 4, 7);
    const result = adopt(harness);
    expect(
      result.added.map((column: { header: string; letter: string; formula: string }) => [
        column.header,
        column.letter,
        column.formula,
      ]),
    ).toEqual([
      ['Latest', 'H', '=KPILATEST(E2:G)'],
      ['Band', 'I', '=KPIBAND(H2:H, C2:C, D2:D)'],
      ['Drift', 'J', '=KPIDRIFT(E2:G, C2:C, D2:D)'],
    ]);
    const { workbook } = harness;
    expect([
      shown(workbook, 'KPIs', 'I2'),
      shown(workbook, 'KPIs', 'I3'),
      shown(workbook, 'KPIs', 'I4'),
    ]).toEqual(['ABOVE', 'IN BAND', 'BELOW']);
    expect([
      valueAt(workbook, 'KPIs', 'J2'),
      valueAt(workbook, 'KPIs', 'J3'),
      valueAt(workbook, 'KPIs', 'J4'),
    ]).toEqual([true, false, true]);
    expect([backgroundAt(workbook, 'KPIs', 'H2'), backgroundAt(workbook, 'KPIs', 'I2')]).toEqual([
      RED,
      RED,
    ]);
    expect(backgroundAt(workbook, 'KPIs', 'I3')).toBeNull();
    expect(cellsOf(workbook, 'KPIs', 4, 7)).toEqual(before);
  });
});

describe('adoptSheet never writes where a formula would spill over data', () => {
  it('skips a column that holds a note further down', () => {
    const rows = TITLED_OKRS.map((row) => [...row]);
    rows[5]?.push('ask Tom');
    const harness = openWorkbook({ Q4: rows });
    const result = adopt(harness, 'Q4');
    expect(result.added[0]).toMatchObject({ header: 'Score', letter: 'H' });
    expect(shown(harness.workbook, 'Q4', 'G6')).toBe('ask Tom');
    expect(valueAt(harness.workbook, 'Q4', 'H4')).toBeCloseTo(0.6, 9);
  });
});

describe('adoptSheet when a needed column is missing or ambiguous', () => {
  it('says which header to add and changes nothing', () => {
    const harness = openWorkbook({
      Q4: [
        ['Key result', 'Owner', 'Target', 'Actual'],
        ['Acquire 70 customers', 'Dan', 70, 38],
      ],
    });
    const before = cellsOf(harness.workbook, 'Q4', 2, 6);
    expect(() => adopt(harness, 'Q4')).toThrow('Nothing to add yet: add a Baseline column');
    expect(cellsOf(harness.workbook, 'Q4', 2, 6)).toEqual(before);
    expect(harness.workbook.conditionalRules('Q4')).toEqual([]);
  });

  it('names both headers when two columns could be the target', () => {
    const harness = openWorkbook({
      Q4: [
        ['Key result', 'Baseline', 'Target', 'Goal', 'Current'],
        ['Acquire customers', 0, 70, 80, 38],
      ],
    });
    expect(() => adopt(harness, 'Q4')).toThrow(
      'More than one column could be the target (Target, Goal)',
    );
  });

  it('takes a corrected mapping from the sidebar', () => {
    const harness = openWorkbook({
      Q4: [
        ['Key result', 'Baseline', 'Target', 'Goal', 'Current'],
        ['Acquire customers', 0, 70, 80, 40],
      ],
    });
    const result = harness.server.adoptSheet({
      sheetName: 'Q4',
      headerRow: 1,
      columns: { 1: 'keyResult', 2: 'baseline', 4: 'target', 5: 'current' },
    });
    expect(result.added[0]).toMatchObject({
      header: 'Score',
      letter: 'F',
      formula: '=OKRSCORE(E2:E, B2:B, D2:D)',
    });
    expect(valueAt(harness.workbook, 'Q4', 'F2')).toBe(0.5);
  });
});
