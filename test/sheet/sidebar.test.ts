/** The server side of the sidebar on the local engine: panels, state for warnings, after-append. */
import { describe, expect, it } from 'vitest';
import { openWorkbook } from './harness';

const OBJECTIVE = (name: string, cycleStart = '2026-10-01') => ({
  objective: name,
  type: 'aspirational',
  owner: 'Ana',
  cycleStart,
  cycleEnd: '2026-12-31',
  keyResults: [
    { keyResult: 'Acquire 70 new customers', baseline: 0, target: 70 },
    { keyResult: 'Cut churn from 5% to 2%', baseline: 0.05, target: 0.02 },
  ],
});

describe('the menu items open the sidebar on their panel', () => {
  it.each([
    ['showPlanOkr', 'plan'],
    ['showAddKpi', 'kpi'],
    ['showOkrOrKpi', 'quiz'],
    ['showUseExistingSheet', 'adopt'],
    ['showSidebar', 'help'],
  ])('%s opens the %s panel', (handler, panel) => {
    const harness = openWorkbook({ Sheet1: [] });
    harness.server[handler]();
    const sidebar = harness.services.ui.sidebar;
    expect(sidebar?.title).toBe('OKR & KPI');
    expect(sidebar?.html).toContain(`<body data-panel="${panel}">`);
  });
});

describe('sidebarState', () => {
  it('lists the tabs, the objectives of each cycle and how many KPIs there are', () => {
    const harness = openWorkbook({ Sheet1: [] });
    harness.server.setUpSheets(2026);
    for (const name of ['Grow pipeline', 'Fix retention'])
      harness.server.appendObjective(OBJECTIVE(name));
    harness.server.appendObjective(OBJECTIVE('Ship v2', '2027-01-01'));
    harness.server.appendKpi({ kpi: 'Monthly churn', owner: 'Tom', high: 0.03 });
    const state = JSON.parse(JSON.stringify(harness.server.sidebarState()));
    expect(state).toEqual({
      sheetNames: ['Sheet1', 'OKRs', 'KPIs'],
      activeSheet: 'OKRs',
      hasOkrTab: true,
      hasKpiTab: true,
      cycles: [
        {
          cycleStart: '2026-10-01',
          cycleEnd: '2026-12-31',
          objectives: ['Grow pipeline', 'Fix retention'],
        },
        { cycleStart: '2027-01-01', cycleEnd: '2026-12-31', objectives: ['Ship v2'] },
      ],
      kpiCount: 1,
    });
  });
});

describe('showAppended', () => {
  it('selects the rows just written on their tab', () => {
    const harness = openWorkbook({ Sheet1: [] });
    harness.server.setUpSheets(2026);
    const appended = harness.server.appendObjective(OBJECTIVE('Grow pipeline'));
    const message = harness.server.showAppended(appended);
    expect(message).toBe('Rows 2 to 3 of OKRs are selected.');
    const app = harness.services.globals
      .SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(app.getActiveSheet().getName()).toBe('OKRs');
    expect(app.getActiveRange()?.getA1Notation()).toBe('A2:P3');
  });
});
