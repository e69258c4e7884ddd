import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DIST } from '../../dev/engine/addon';
import { type CellContent, LocalWorkbook } from '../../dev/engine/workbook';
import {
  type AppsScriptServices,
  createAppsScriptServices,
  loadServer,
} from '../../dev/services/index';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const RED = '#f4c7c3';

/** Key results: current, baseline, target per row, under a header row. */
const KEY_RESULTS: CellContent[][] = [
  ['Current', 'Baseline', 'Target'],
  [30, 20, 40],
  [0.03, 0.05, 0.02],
  [5, 0, 10],
];

let workbook: LocalWorkbook;
let services: AppsScriptServices;
let app: SpreadsheetApp;
let sheet: Sheet;

/** The services as Code.js sees them, typed with Apps Script's own declarations. */
function open(sheets: Record<string, CellContent[][]>, activeSheet?: string): void {
  workbook = LocalWorkbook.create(sheets);
  services = createAppsScriptServices(workbook, activeSheet ? { activeSheet } : {});
  app = services.globals.SpreadsheetApp as SpreadsheetApp;
  sheet = app.getActiveSheet();
}

beforeEach(() => open({ 'Key results': KEY_RESULTS, Notes: [] }));

describe('ranges', () => {
  it('are found by A1 notation and by 1-based row and column', () => {
    expect(sheet.getRange('B2').getValue()).toBe(20);
    expect(sheet.getRange(2, 2).getValue()).toBe(20);
    expect(sheet.getRange(2, 1, 3).getValues()).toEqual([[30], [0.03], [5]]);
    const block = sheet.getRange(2, 1, 2, 3);
    expect(block.getA1Notation()).toBe('A2:C3');
    expect([block.getRow(), block.getColumn(), block.getNumRows(), block.getNumColumns()]).toEqual([
      2, 1, 2, 3,
    ]);
    expect([block.getLastRow(), block.getLastColumn()]).toEqual([3, 3]);
    expect(app.getActive().getRange("'Key results'!C4").getValue()).toBe(10);
    // Apps Script keeps a range's open end: getRange('D:F').getA1Notation() is "D:F".
    expect(sheet.getRange('A2:A').getA1Notation()).toBe('A2:A');
    expect(sheet.getRange('A2:A').getNumRows()).toBe(999);
    expect(block.offset(1, 1).getA1Notation()).toBe('B3:D4');
    expect(block.offset(0, 0, 1, 1).getA1Notation()).toBe('A2');
    expect(block.getSheet().getName()).toBe('Key results');
  });

  it('refuse coordinates Sheets refuses, with its messages', () => {
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(() => app.getActive().getRange('Missing!A1')).toThrow('Range not found');
  });

  it('write values and read them back, formulas recalculated', () => {
    const range = sheet.getRange('A5:C6');
    range.setValues([
      [0.5, 0, 1],
      ["'=not a formula", '=A5*2', true],
    ]);
    expect(range.getValues()).toEqual([
      [0.5, 0, 1],
      ['=not a formula', 1, true],
    ]);
    expect(range.getFormulas()).toEqual([
      ['', '', ''],
      ['', '=A5*2', ''],
    ]);
    sheet.getRange('A5').setValue(2);
    expect(sheet.getRange('B6').getValue()).toBe(4);
  });

  it('compute the add-on’s custom functions in formulas set through setFormula', () => {
    sheet.getRange('D2').setFormula('=OKRSCORE(A2:A4,B2:B4,C2:C4)');
    // The engine keeps 11 significant digits where Sheets keeps a full double.
    const scores = sheet.getRange('D2:D4').getValues();
    expect(scores[0]?.[0]).toBeCloseTo(0.5, 9);
    expect(scores[1]?.[0]).toBeCloseTo(2 / 3, 9);
    expect(scores[2]?.[0]).toBeCloseTo(0.5, 9);
    expect(sheet.getRange('D2').getFormula()).toBe('=OKRSCORE(A2:A4,B2:B4,C2:C4)');
    expect(sheet.getRange('D3').getFormula()).toBe('');
  });

  it('write a block in one recalculation: the custom function over it runs once', () => {
    sheet.getRange('D2').setFormula('=OKRSCORE(A2:A4,B2:B4,C2:C4)');
    const before = workbook.customFunctionCalls;
    sheet.getRange('A2:A4').setValues([[40], [0.02], [10]]);
    expect(workbook.customFunctionCalls - before).toBe(1);
    expect(sheet.getRange('D2:D4').getValues()).toEqual([[1], [1], [1]]);
  });

  it('fill a formula over a range with its references moved, as a fill down does', () => {
    sheet.getRange('E2:E4').setFormula('=A2-B2');
    expect(sheet.getRange('E2:E4').getFormulas()).toEqual([['=A2-B2'], ['=A3-B3'], ['=A4-B4']]);
    expect(sheet.getRange('E2:E4').getValues()).toEqual([[10], [-0.02], [5]]);
  });

  it('refuse data of another shape, with Apps Script’s message', () => {
    const range = sheet.getRange('A2:B4');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => range.setValues([[1, 2], [3], [5, 6]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getRange('A2').getValue()).toBe(30);
  });

  it('show values through their number format', () => {
    const range = sheet.getRange('A3:C3');
    range.setNumberFormat('0.0%');
    expect(range.getDisplayValues()).toEqual([['3.0%', '5.0%', '2.0%']]);
    expect(range.getNumberFormats()).toEqual([['0.0%', '0.0%', '0.0%']]);
    expect(sheet.getRange('A2').getNumberFormats()).toEqual([['General']]);
    expect(sheet.getRange('A2').getDisplayValue()).toBe('30');
  });

  it('write Dates as dates, formatted as dates, from Code.js’s realm too', () => {
    const server = loadServer(services);
    const start = vm.runInContext('new Date(2026, 9, 1)', server) as Date;
    sheet.getRange('D2:D3').setValues([[start], [new Date(2026, 11, 31, 12, 30)]]);
    const [first, last] = sheet.getRange('D2:D3').getValues().flat();
    expect(first).toBeInstanceOf(Date);
    expect((first as Date).getTime()).toBe(new Date(2026, 9, 1).getTime());
    // The engine keeps 11 significant digits of the serial number: to the 0.1 s near 2026.
    const lastTime = (last as Date).getTime();
    expect(Math.abs(lastTime - new Date(2026, 11, 31, 12, 30).getTime())).toBeLessThan(100);
    expect(sheet.getRange('D2:D3').getNumberFormats()).toEqual([
      ['yyyy-mm-dd'],
      ['yyyy-mm-dd hh:mm:ss'],
    ]);
    expect(sheet.getRange('D2').getDisplayValue()).toBe('2026-10-01');
  });

  it('clear content and keep the cells', () => {
    sheet.getRange('A4:C4').clearContent();
    expect(sheet.getRange('A4:C4').getValues()).toEqual([['', '', '']]);
    expect(sheet.getLastRow()).toBe(3);
  });
});

describe('sheets', () => {
  it('know their last row and column with content, and their data range', () => {
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    const notes = app.getActive().getSheetByName('Notes');
    expect(notes?.getLastRow()).toBe(0);
    expect(notes?.getDataRange().getA1Notation()).toBe('A1');
  });

  it('append rows after the last one', () => {
    sheet.appendRow([1, 0, '=A5+1']);
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getRange('A5:C5').getValues()).toEqual([[1, 0, 2]]);
  });

  it('freeze header rows and columns', () => {
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect(workbook.frozenRows('Key results')).toBe(1);
  });

  it('are inserted, found by name, listed and made active', () => {
    const spreadsheet = app.getActiveSpreadsheet();
    const setup = spreadsheet.insertSheet('OKR setup');
    expect(setup.getName()).toBe('OKR setup');
    expect(app.getActiveSheet().getName()).toBe('OKR setup');
    expect(spreadsheet.getSheets().map((each) => each.getName())).toEqual([
      'Key results',
      'Notes',
      'OKR setup',
    ]);
    expect(spreadsheet.getSheetByName('OKR setup')?.getSheetId()).toBe(setup.getSheetId());
    expect(spreadsheet.getSheetByName('Missing')).toBeNull();
    expect(() => spreadsheet.insertSheet('Notes')).toThrow(
      'A sheet with the name "Notes" already exists. Please enter another name.',
    );
    expect(spreadsheet.insertSheet().getName()).toBe('Sheet4');
    spreadsheet.setActiveSheet(sheet);
    expect(app.getActiveSheet().getName()).toBe('Key results');
    expect(workbook.hasSheet('OKR setup')).toBe(true);
  });

  it('open on the sheet asked for', () => {
    open({ 'Key results': KEY_RESULTS, Notes: [] }, 'Notes');
    expect(app.getActiveSheet().getName()).toBe('Notes');
    expect(app.getActiveRange()?.getA1Notation()).toBe('A1');
    services.setActiveSheet('Key results');
    expect(app.getActiveSheet().getName()).toBe('Key results');
  });
});

describe('conditional formatting', () => {
  function redBelow40(range: GoogleAppsScript.Spreadsheet.Range) {
    return app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2<0.4')
      .setBackground(RED)
      .setRanges([range])
      .build();
  }

  beforeEach(() => {
    open({
      Scores: [
        ['Key result', 'Score'],
        ['Ship beta', 0.2],
        ['Grow MAU', 0.8],
        ['Cut churn', 0.3],
      ],
    });
  });

  it('colours the rows where the formula holds, and only those', () => {
    sheet.setConditionalFormatRules([redBelow40(sheet.getRange('A2:B4'))]);
    const background = (row: number, column: number) =>
      workbook.style('Scores', row, column).background;
    expect([background(1, 0), background(1, 1)]).toEqual([RED, RED]);
    expect([background(2, 0), background(2, 1)]).toEqual([null, null]);
    expect([background(3, 0), background(3, 1)]).toEqual([RED, RED]);
    expect(background(0, 1)).toBeNull();
  });

  it('reads the rules back, and appending one keeps the user’s rules', () => {
    const users = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$B2>=0.7')
      .setBackground('#b7e1cd')
      .setFontColor('#0b8043')
      .setRanges([sheet.getRange('B2:B4')])
      .build();
    sheet.setConditionalFormatRules([users]);

    const rules = sheet.getConditionalFormatRules();
    rules.push(redBelow40(sheet.getRange('A2:B4')));
    sheet.setConditionalFormatRules(rules);

    const listed = sheet.getConditionalFormatRules();
    expect(listed).toHaveLength(2);
    const [kept, added] = listed;
    expect(kept?.getBooleanCondition()?.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(kept?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$B2>=0.7']);
    expect(kept?.getBooleanCondition()?.getBackground()).toBe('#b7e1cd');
    expect(kept?.getBooleanCondition()?.getFontColor()).toBe('#0b8043');
    expect(kept?.getRanges().map((range) => range.getA1Notation())).toEqual(['B2:B4']);
    expect(added?.getBooleanCondition()?.getCriteriaValues()).toEqual(['=$B2<0.4']);
    expect(workbook.style('Scores', 2, 1).background).toBe('#b7e1cd');
    expect(workbook.style('Scores', 1, 0).background).toBe(RED);

    const copied = added?.copy().setBackground('#ffffff').build();
    expect(copied?.getBooleanCondition()?.getBackground()).toBe('#ffffff');
    expect(added?.getBooleanCondition()?.getBackground()).toBe(RED);
  });

  it('refuses a rule whose range is on another sheet', () => {
    open({ Scores: [['Score'], [0.2]], Other: [] });
    const other = app.getActive().getSheetByName('Other');
    expect(() => other?.setConditionalFormatRules([redBelow40(sheet.getRange('A2'))])).toThrow(
      /range on sheet "Scores"/,
    );
  });
});

describe('data validation', () => {
  it('stores a dropdown and a checkbox rule, and reads them back', () => {
    const types = app
      .newDataValidation()
      .requireValueInList(['aspirational', 'committed'], true)
      .setAllowInvalid(false)
      .setHelpText('Pick the OKR type')
      .build();
    sheet.getRange('D2:D4').setDataValidation(types);
    sheet.getRange('E2').setDataValidation(app.newDataValidation().requireCheckbox().build());

    expect(workbook.dataValidation('Key results', 2, 3)).toEqual({
      criteria: 'VALUE_IN_LIST',
      values: [['aspirational', 'committed'], true],
      allowInvalid: false,
      helpText: 'Pick the OKR type',
    });
    const read = sheet.getRange('D3').getDataValidation();
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([['aspirational', 'committed'], true]);
    expect(read?.getHelpText()).toBe('Pick the OKR type');
    expect(sheet.getRange('E2').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    expect(
      sheet
        .getRange('D4:E4')
        .getDataValidations()
        .map((row) => row.map((rule) => rule?.getCriteriaType() ?? null)),
    ).toEqual([['VALUE_IN_LIST', null]]);

    sheet.getRange('D2:D4').setDataValidation(null);
    expect(sheet.getRange('D3').getDataValidation()).toBeNull();
  });
});

describe('the add-on’s server code (dist/Code.js)', () => {
  it('onOpen adds the add-on menu, and under AuthMode.NONE nothing else', () => {
    const server = loadServer(services);
    const scriptApp = services.globals.ScriptApp as GoogleAppsScript.Script.ScriptApp;
    services.calls.reset();
    server.onOpen({ authMode: scriptApp.AuthMode.NONE });
    expect(services.ui.menus).toEqual([
      {
        title: 'OKR & KPI',
        items: [
          { caption: 'Plan an OKR', functionName: 'showPlanOkr' },
          { caption: 'Add a KPI', functionName: 'showAddKpi' },
          { caption: 'OKR or KPI?', functionName: 'showOkrOrKpi' },
          { caption: 'Set up OKR & KPI sheets', functionName: 'menuSetUpSheets' },
          { caption: 'Use my existing sheet', functionName: 'showUseExistingSheet' },
          { caption: 'Refresh formatting', functionName: 'menuRefreshFormatting' },
          { caption: 'Function help', functionName: 'showSidebar' },
        ],
      },
    ]);
    // getUi, createAddonMenu, seven addItem, addToUi: the menu and no other service call.
    expect([...services.calls.byMethod.keys()].sort()).toEqual([
      'Menu.addItem',
      'Menu.addToUi',
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
    ]);
    expect(services.calls.total).toBe(10);
  });

  it('showSidebar shows dist/Sidebar.html titled OKR & KPI', () => {
    const server = loadServer(services);
    server.showSidebar();
    expect(services.ui.sidebar).toEqual({
      title: 'OKR & KPI',
      html: readFileSync(path.join(DIST, 'Sidebar.html'), 'utf8'),
    });
  });
});

describe('the Ui and HtmlService', () => {
  it('record alerts, toasts and dialogs', () => {
    const ui = app.getUi();
    expect(ui.alert('Setup done')).toBe(ui.Button.OK);
    expect(ui.alert('Replace?', 'The sheet exists.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    app.getActive().toast('Saved');
    const html = services.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    ui.showModalDialog(html.createHtmlOutput('<p>Hi</p>').append('<p>there</p>'), 'Wizard');
    expect(services.ui.alerts).toEqual(['Setup done', 'The sheet exists.']);
    expect(services.ui.toasts).toEqual(['Saved']);
    expect(services.ui.dialogs).toEqual([
      { title: 'Wizard', html: '<p>Hi</p><p>there</p>', modal: true },
    ]);
  });

  it('fails like Apps Script on an HTML file the project does not have', () => {
    const html = services.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
    expect(() => html.createHtmlOutputFromFile('Wizard')).toThrow(
      'No HTML file named Wizard was found.',
    );
  });
});

describe('call counting', () => {
  it('counts one getValues the same whatever the size of the range', () => {
    open({ Data: Array.from({ length: 1000 }, (_, row) => [row, row * 2]) });
    services.calls.reset();
    sheet.getRange('A1:B10').getValues();
    const small = services.calls.total;
    services.calls.reset();
    const values = sheet.getRange('A1:B1000').getValues();
    expect(values).toHaveLength(1000);
    expect(services.calls.total).toBe(small);
    expect(Object.fromEntries(services.calls.byMethod)).toEqual({
      'Sheet.getRange': 1,
      'Range.getValues': 1,
    });
  });

  it('counts every call under Class.method, and not the emulation’s own calls', () => {
    services.calls.reset();
    sheet.getRange('A2:C4').setValues([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
    ]);
    sheet.getRange('A2').getValue();
    expect(Object.fromEntries(services.calls.byMethod)).toEqual({
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.getValue': 1,
    });
    expect(services.calls.total).toBe(4);
  });

  it('fails loudly on a method the emulation lacks', () => {
    expect(() => sheet.hideSheet()).toThrow('not emulated: Sheet.hideSheet');
    expect(() => app.openById('x')).toThrow('not emulated: SpreadsheetApp.openById');
    expect(() => sheet.getRange('A1').setNote('x')).toThrow('not emulated: Range.setNote');
  });

  it('is not mistaken for a promise', async () => {
    await expect(Promise.resolve(sheet)).resolves.toBe(sheet);
  });
});

describe('Logger and console', () => {
  it('pass what the add-on logs through to this process’s console', () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const logger = services.globals.Logger as GoogleAppsScript.Base.Logger;
      logger.log('%s rows written', 3).log('done');
      (services.globals.console as Console).log('from console');
      expect(printed.mock.calls).toEqual([['3 rows written'], ['done'], ['from console']]);
      expect(logger.getLog()).toBe('3 rows written\ndone\n');
      expect(services.calls.byMethod.get('Logger.log')).toBe(2);
    } finally {
      printed.mockRestore();
    }
  });
});

describe('LockService', () => {
  const lockService = () => services.globals.LockService as GoogleAppsScript.Lock.LockService;

  it('gives the lock to one holder; another times out as in Apps Script', () => {
    const first = lockService().getDocumentLock();
    const second = lockService().getDocumentLock();
    expect(first.hasLock()).toBe(false);
    first.waitLock(10_000);
    expect(first.hasLock()).toBe(true);
    expect(second.tryLock(100)).toBe(false);
    expect(() => second.waitLock(100)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(lockService().getScriptLock().tryLock(0)).toBe(true);
    first.releaseLock();
    expect(first.hasLock()).toBe(false);
    expect(second.tryLock(100)).toBe(true);
  });
});

describe('PropertiesService', () => {
  const properties = () =>
    services.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;

  it('stores text per kind, and keeps a document’s properties for the next run', () => {
    const document = properties().getDocumentProperties();
    document.setProperty('cycle', 'Q3').setProperties({ weeks: 13 as unknown as string });
    expect(document.getProperty('weeks')).toBe('13');
    expect(document.getProperties()).toEqual({ cycle: 'Q3', weeks: '13' });
    expect(document.getKeys()).toEqual(['cycle', 'weeks']);
    expect(properties().getScriptProperties().getProperty('cycle')).toBeNull();
    document.deleteProperty('weeks');

    const nextRun = createAppsScriptServices(workbook);
    const again = (
      nextRun.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService
    ).getDocumentProperties();
    expect(again.getProperties()).toEqual({ cycle: 'Q3' });
    again.deleteAllProperties();
    expect(document.getKeys()).toEqual([]);
  });
});
