/**
 * "Set up OKR & KPI sheets" and the wizard's appends on the local engine: the tabs, their
 * computed columns and colours, text stored as typed, and a constant number of service calls
 * whatever the tab's size.
 */
import { describe, expect, it } from 'vitest';
import type { CellContent } from '../../dev/engine/workbook';
import { createAppsScriptServices, loadServer } from '../../dev/services/index';
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

function setUp(harness: Harness) {
  return harness.server.setUpSheets(2026);
}

const OBJECTIVE = {
  objective: 'Make onboarding effortless for new customers',
  type: 'committed',
  owner: 'Liam Walsh',
  cycleStart: '2026-10-01',
  cycleEnd: '2026-12-31',
  keyResults: [
    {
      keyResult: 'Reduce average onboarding time from 12 minutes to 7',
      baseline: 12,
      target: 7,
      current: 8,
    },
    {
      keyResult: 'Raise onboarding completion from 60% to 85%',
      baseline: 0.6,
      target: 0.85,
      current: 0.66,
      owner: 'Priya Nair',
    },
    { keyResult: 'Cut setup tickets from 400 to 150 a month', baseline: 400, target: 150 },
  ],
};

describe('setUpSheets', () => {
  it('creates the OKRs and KPIs tabs with headers, computed columns, formats and a Type dropdown', () => {
    const harness = openWorkbook({ Sheet1: [] });
    const result = setUp(harness);
    expect(result.created).toEqual(['OKRs', 'KPIs']);
    const { workbook } = harness;
    expect(
      cellsOf(workbook, 'OKRs', 1, 16)
        .flat()
        .map((cell) => cell.value),
    ).toEqual([
      'Objective',
      'Type',
      'Owner',
      'Key result',
      'KR owner',
      'Baseline',
      'Target',
      'Current',
      'Weight',
      'Cycle start',
      'Cycle end',
      'Check-in date',
      'Score',
      'Objective score',
      'Status',
      'Check',
    ]);
    expect(formulaAt(workbook, 'OKRs', 'M2')).toBe('=OKRSCORE(H2:H, F2:F, G2:G)');
    expect(formulaAt(workbook, 'OKRs', 'O2')).toBe(
      '=OKRSTATUS(M2:M, B2:B, OKRPACE(J2:J, K2:K, L2:L))',
    );
    expect(workbook.frozenRows('OKRs')).toBe(1);
    expect(workbook.dataValidation('OKRs', 1, 1)?.criteria).toBeDefined();
    const kpiHeaders = cellsOf(workbook, 'KPIs', 1, 21)
      .flat()
      .map((cell) => cell.value);
    expect(kpiHeaders.slice(0, 7)).toEqual([
      'KPI',
      'Owner',
      'Low',
      'High',
      'Watch',
      'Cadence',
      'Jan 2026',
    ]);
    expect(kpiHeaders.slice(17, 21)).toEqual(['Dec 2026', 'Latest', 'Band', 'Drift']);
    expect(formulaAt(workbook, 'KPIs', 'T2')).toBe('=KPIBAND(S2:S, C2:C, D2:D, E2:E)');
    expect(result.message).toMatch(/^Created OKRs and KPIs/);
  });

  it('leaves a tab that already holds data untouched, and says so', () => {
    const okrs: CellContent[][] = [['Our goals'], ['Ship v2', 'Ana']];
    const harness = openWorkbook({ OKRs: okrs });
    const before = cellsOf(harness.workbook, 'OKRs', 2, 4);
    const result = setUp(harness);
    expect(result.created).toEqual(['KPIs']);
    expect(result.leftAlone).toEqual(['OKRs']);
    expect(result.message).toContain('OKRs already holds data, so it was left as it is');
    expect(cellsOf(harness.workbook, 'OKRs', 2, 4)).toEqual(before);
  });
});

describe('appendObjective', () => {
  it('appends one row per key result below the last, and the computed columns fill in', () => {
    const harness = openWorkbook({ Sheet1: [] });
    setUp(harness);
    const appended = harness.server.appendObjective({
      ...OBJECTIVE,
      keyResults: OBJECTIVE.keyResults.map((kr) => ({ ...kr })),
    });
    expect(JSON.parse(JSON.stringify(appended))).toMatchObject({
      sheetName: 'OKRs',
      firstRow: 2,
      lastRow: 4,
    });
    const { workbook } = harness;
    expect(shown(workbook, 'OKRs', 'D3')).toBe('Raise onboarding completion from 60% to 85%');
    expect(shown(workbook, 'OKRs', 'E2')).toBe('Liam Walsh');
    expect(shown(workbook, 'OKRs', 'E3')).toBe('Priya Nair');
    expect(valueAt(workbook, 'OKRs', 'M2')).toBeCloseTo(0.8, 9);
    expect(valueAt(workbook, 'OKRs', 'M3')).toBeCloseTo(0.24, 9);
    expect(shown(workbook, 'OKRs', 'M4')).toBe('');
    expect(backgroundAt(workbook, 'OKRs', 'M2')).toBe(AMBER); // committed: 0.8 falls short of 1
    expect(backgroundAt(workbook, 'OKRs', 'M3')).toBe(RED);
    const second = harness.server.appendObjective({
      ...OBJECTIVE,
      objective: 'Grow pipeline',
      type: 'aspirational',
      keyResults: OBJECTIVE.keyResults.slice(0, 2).map((kr) => ({ ...kr })),
    });
    expect(second.firstRow).toBe(5);
    expect(backgroundAt(workbook, 'OKRs', 'M5')).toBe(GREEN); // aspirational: 0.8 is green
  });

  it('stores text a formula could hide in as the text typed', () => {
    const harness = openWorkbook({ Sheet1: [] });
    setUp(harness);
    const payloads = ['=IMPORTXML("http://x","//a")', '+1+1', '-2+3', '@SUM(A1)'];
    harness.server.appendObjective({
      ...OBJECTIVE,
      objective: payloads[0],
      keyResults: payloads.map((keyResult) => ({ keyResult, baseline: 0, target: 1 })),
    });
    const { workbook } = harness;
    expect(shown(workbook, 'OKRs', 'A2')).toBe(payloads[0]);
    expect([2, 3, 4, 5].map((row) => valueAt(workbook, 'OKRs', `D${row}`))).toEqual(payloads);
    expect([2, 3, 4, 5].map((row) => formulaAt(workbook, 'OKRs', `D${row}`))).toEqual([
      '',
      '',
      '',
      '',
    ]);
  });

  it("formats each key result's amounts in its unit, and the cycle as dates", () => {
    const harness = openWorkbook({ Sheet1: [] });
    setUp(harness);
    harness.server.appendObjective({
      ...OBJECTIVE,
      keyResults: [
        {
          keyResult: 'Raise completion from 60% to 85%',
          unit: 'percent',
          baseline: 0.6,
          target: 0.85,
        },
        {
          keyResult: 'Grow expansion revenue from $40k to $90k',
          unit: 'currency',
          baseline: 40000,
          target: 90000,
        },
      ],
    });
    const { workbook } = harness;
    expect([shown(workbook, 'OKRs', 'F2'), shown(workbook, 'OKRs', 'G2')]).toEqual([
      '60.0%',
      '85.0%',
    ]);
    expect(shown(workbook, 'OKRs', 'G3')).toBe('$90,000.00');
    expect(shown(workbook, 'OKRs', 'J2')).toBe('2026-10-01');
  });

  it('explains an objective with too few or too many key results', () => {
    const harness = openWorkbook({ Sheet1: [] });
    setUp(harness);
    expect(() =>
      harness.server.appendObjective({ ...OBJECTIVE, keyResults: [{ keyResult: 'One' }] }),
    ).toThrow('An objective needs 2 to 5 key results; this one has 1.');
  });

  // Generous: filling 10,000 rows takes seconds on a busy two-core CI machine.
  it('makes the same number of service calls on a 10-row and a 10,000-row tab', {
    timeout: 60_000,
  }, () => {
    const counts = [10, 10_000].map((rows) => {
      const harness = openWorkbook({ Sheet1: [] });
      setUp(harness);
      // A tab with room below its rows, as a tab people type in has: growing a full tab costs
      // one more call (insertRowsAfter), tested below.
      const app = harness.services.globals
        .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const okrs = app.getActiveSpreadsheet().getSheetByName('OKRs');
      okrs?.insertRowsAfter(okrs.getMaxRows(), rows);
      const filler = Array.from({ length: rows }, (_, index) => [
        'Existing objective',
        'aspirational',
        'Ana',
        `Key result ${index + 1}`,
        'Ana',
        0,
        10,
        5,
      ]);
      harness.workbook.setContents('OKRs', 1, 0, filler);
      harness.services.calls.reset();
      const appended = harness.server.appendObjective({
        ...OBJECTIVE,
        keyResults: OBJECTIVE.keyResults.map((kr) => ({ ...kr })),
      });
      expect(appended.firstRow).toBe(rows + 2);
      return harness.services.calls.total;
    });
    console.log(`service calls per append: 10 rows ${counts[0]}, 10,000 rows ${counts[1]}`);
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(15);
  });

  it('grows a full tab by the rows it needs, with one more call', () => {
    const harness = openWorkbook({ Sheet1: [] });
    setUp(harness);
    const app = harness.services.globals
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const okrs = app.getActiveSpreadsheet().getSheetByName('OKRs');
    const maxRows = okrs?.getMaxRows() ?? 0;
    harness.workbook.setContents(
      'OKRs',
      1,
      0,
      Array.from({ length: maxRows - 1 }, (_, index) => [
        'O',
        'aspirational',
        'Ana',
        `KR ${index}`,
      ]),
    );
    harness.services.calls.reset();
    const appended = harness.server.appendObjective({
      ...OBJECTIVE,
      keyResults: OBJECTIVE.keyResults.map((kr) => ({ ...kr })),
    });
    expect(appended.firstRow).toBe(maxRows + 1);
    expect(okrs?.getMaxRows()).toBe(maxRows + 3);
    expect(harness.services.calls.byMethod.get('Sheet.insertRowsAfter')).toBe(1);
    expect(valueAt(harness.workbook, 'OKRs', `M${maxRows + 1}`)).toBeCloseTo(0.8, 9);
  });
});

describe('appendKpi', () => {
  it('appends a KPI whose band and colour follow its readings', () => {
    const harness = openWorkbook({ Sheet1: [] });
    setUp(harness);
    const appended = harness.server.appendKpi({
      kpi: 'Monthly churn',
      owner: 'Tom',
      high: 0.03,
      watch: 0.005,
      cadence: 'monthly',
    });
    expect(appended.firstRow).toBe(2);
    const { workbook } = harness;
    expect(shown(workbook, 'KPIs', 'F2')).toBe('monthly');
    workbook.setContents('KPIs', 1, 6, [[0.028, 0.034]]);
    expect(shown(workbook, 'KPIs', 'T2')).toBe('ABOVE');
    expect(backgroundAt(workbook, 'KPIs', 'S2')).toBe(RED);
    workbook.setContents('KPIs', 1, 8, [[0.026]]);
    expect(shown(workbook, 'KPIs', 'T2')).toBe('WATCH');
  });
});

describe('two appends racing each other', () => {
  /** Two executions on one spreadsheet: two people adding objectives at the same moment. */
  function twoExecutions() {
    const first = openWorkbook({ Sheet1: [] });
    first.server.setUpSheets(2026);
    const secondServices = createAppsScriptServices(first.workbook);
    return { first, second: { services: secondServices, server: loadServer(secondServices) } };
  }

  const objective = (name: string) => ({
    ...OBJECTIVE,
    objective: name,
    keyResults: OBJECTIVE.keyResults.slice(0, 2).map((kr) => ({ ...kr })),
  });

  it('both land: the second waits for the first’s lock, then writes below its rows', () => {
    const { first, second } = twoExecutions();
    const lockService = first.services.globals.LockService as GoogleAppsScript.Lock.LockService;
    const firstLock = lockService.getDocumentLock();
    firstLock.waitLock(10_000); // the first execution is in the middle of its append
    second.services.locks.whileWaiting(() => {
      firstLock.releaseLock();
      first.server.appendObjective(objective('Grow pipeline'));
    });
    const appended = second.server.appendObjective(objective('Fix retention'));
    expect(appended.firstRow).toBe(4);
    const { workbook } = first;
    expect([2, 3, 4, 5].map((row) => shown(workbook, 'OKRs', `A${row}`))).toEqual([
      'Grow pipeline',
      'Grow pipeline',
      'Fix retention',
      'Fix retention',
    ]);
  });

  it('a lock never freed in time gives the user a message, and writes nothing', () => {
    const { first, second } = twoExecutions();
    const lockService = first.services.globals.LockService as GoogleAppsScript.Lock.LockService;
    lockService.getDocumentLock().waitLock(10_000);
    expect(() => second.server.appendObjective(objective('Fix retention'))).toThrow(
      'The spreadsheet is busy with another change',
    );
    expect(shown(first.workbook, 'OKRs', 'A2')).toBe('');
  });
});
