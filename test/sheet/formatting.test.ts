/**
 * The add-on's conditional formatting on the local engine: stable however often it is
 * applied, the user's own rules kept in their order, colours that follow the data, and a
 * refresh that still fits after columns were inserted before the table.
 */
import { describe, expect, it } from 'vitest';
import type { CellContent, ConditionalRule } from '../../dev/engine/workbook';
import { backgroundAt, openWorkbook, shown } from './harness';

const RED = '#f4c7c3';

const KPIS: CellContent[][] = [
  ['KPI', 'Owner', 'Low', 'High', 'Watch', 'Current'],
  ['Monthly churn', 'Tom', null, 0.03, 0.005, 0.028],
  ['Gross margin', 'Ana', 0.35, null, null, 0.38],
];

/** Two rules the team made before the add-on came: they must survive, first and in order. */
const USER_RULES: ConditionalRule[] = [
  {
    ranges: [{ row: 1, column: 0, rows: 10, columns: 1 }],
    formula: '=$A2="Monthly churn"',
    background: '#cfe2f3',
    fontColor: null,
  },
  {
    ranges: [{ row: 1, column: 1, rows: 10, columns: 1 }],
    formula: '=$B2="Ana"',
    background: null,
    fontColor: '#990000',
  },
];

describe('the add-on’s rules', () => {
  it('are the same after ten applications as after one, the user’s rules kept first', () => {
    const harness = openWorkbook({ KPIs: KPIS });
    harness.workbook.setConditionalRules('KPIs', USER_RULES);
    harness.server.adoptSheet();
    const once = harness.workbook.conditionalRules('KPIs');
    for (let time = 0; time < 9; time++) harness.server.refreshFormatting();
    const after = harness.workbook.conditionalRules('KPIs');
    expect(after).toEqual(once);
    expect(after.slice(0, 2)).toEqual(USER_RULES);
    expect(after.length).toBe(4); // the user's two, then red and amber for the band
  });

  it('turn a KPI edited out of its band red, and back', () => {
    const harness = openWorkbook({ KPIs: KPIS });
    harness.server.adoptSheet();
    const { workbook } = harness;
    expect(backgroundAt(workbook, 'KPIs', 'F3')).toBeNull();
    workbook.setContents('KPIs', 2, 5, [[0.31]]);
    expect(shown(workbook, 'KPIs', 'G3')).toBe('BELOW');
    expect([backgroundAt(workbook, 'KPIs', 'F3'), backgroundAt(workbook, 'KPIs', 'G3')]).toEqual([
      RED,
      RED,
    ]);
    workbook.setContents('KPIs', 2, 5, [[0.4]]);
    expect([backgroundAt(workbook, 'KPIs', 'F3'), backgroundAt(workbook, 'KPIs', 'G3')]).toEqual([
      null,
      null,
    ]);
  });

  it('still colour the right cells after a column is inserted before the table and refreshed', () => {
    const harness = openWorkbook({ KPIs: KPIS });
    harness.server.adoptSheet();
    const app = harness.services.globals
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    app.getActiveSpreadsheet().getSheetByName('KPIs')?.insertColumnsBefore(1, 1);
    const result = harness.server.refreshFormatting();
    expect(result.sheets).toEqual(['KPIs']);
    const { workbook } = harness;
    expect(shown(workbook, 'KPIs', 'H2')).toBe('WATCH');
    workbook.setContents('KPIs', 1, 6, [[0.04]]);
    expect([backgroundAt(workbook, 'KPIs', 'G2'), backgroundAt(workbook, 'KPIs', 'H2')]).toEqual([
      RED,
      RED,
    ]);
    expect(backgroundAt(workbook, 'KPIs', 'F2')).toBeNull();
  });
});
