/**
 * What the add-on's sheet layer asks of SpreadsheetApp, Ui and LockService, emulated as
 * Google Sheets behaves: the sheet's dimensions, inserted and deleted rows and columns, text
 * written as typed, formats, selection, developer metadata, dialogs and toasts, and two
 * executions racing for the document lock.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../dev/engine/load';
import { type CellContent, LocalWorkbook } from '../../dev/engine/workbook';
import {
  type AppsScriptServices,
  createAppsScriptServices,
  loadServer,
} from '../../dev/services/index';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';
const ARBITRARY_RANGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** Key results under a header: A objective, D baseline, E target, F current. */
const OKRS: CellContent[][] = [
  ['Objective', 'Key result', 'Type', 'Baseline', 'Target', 'Current'],
  ['Grow', 'Grow MAU', 'aspirational', 0, 10, 5],
  ['Grow', 'Cut churn', 'committed', 0.05, 0.02, 0.03],
  ['Fix', 'Ship beta', 'aspirational', 0, 1, 1],
];

let workbook: LocalWorkbook;
let services: AppsScriptServices;
let app: SpreadsheetApp;
let sheet: Sheet;

function open(sheets: Record<string, CellContent[][]>): void {
  workbook = LocalWorkbook.create(sheets);
  services = createAppsScriptServices(workbook);
  app = services.globals.SpreadsheetApp as SpreadsheetApp;
  sheet = app.getActiveSheet();
}

beforeEach(() => open({ OKRs: OKRS.map((row) => [...row]) }));

describe('a sheet’s dimensions', () => {
  it('are 1,000 x 26 for a new sheet, and at least the data for one made with data', () => {
    const added = app.getActiveSpreadsheet().insertSheet('Notes');
    expect([added.getMaxRows(), added.getMaxColumns()]).toEqual([1000, 26]);
    open({ Wide: [Array.from({ length: 30 }, (_, column) => column)] });
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 30]);
    open({ Long: Array.from({ length: 1500 }, (_, row) => [row]) });
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1500, 26]);
  });

  it('are at least 1,000 x 26 for a sheet loaded from a file', async () => {
    const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
    const loaded = await loadWorkbookFile(
      path.join(fixtures, 'real/gov-indicator-register-mcc.csv'),
    );
    const name = loaded.sheetNames()[0] ?? '';
    // 55 rows of 15 columns.
    expect(loaded.gridSize(name)).toEqual({ rows: 1000, columns: 26 });
    const wide = LocalWorkbook.create({ Wide: [Array.from({ length: 40 }, () => 1)] });
    expect(wide.gridSize('Wide')).toEqual({ rows: 1000, columns: 40 });
  });

  it('bound getRange, with Sheets’ message', () => {
    expect(() => sheet.getRange(1001, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(1, 27)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(990, 1, 20, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange('A995:A1005')).toThrow(OUTSIDE);
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  it('give whole columns and rows as Apps Script writes them', () => {
    const column = sheet.getRange('K:K');
    expect([column.getA1Notation(), column.getNumRows(), column.getColumn()]).toEqual([
      'K:K',
      1000,
      11,
    ]);
    expect(sheet.getRange('B2:2').getA1Notation()).toBe('B2:2');
    expect(sheet.getRange('5:7').getNumColumns()).toBe(26);
    sheet.insertRowsAfter(1000, 10);
    expect(column.getNumRows()).toBe(1010);
  });
});

describe('rows and columns inserted and deleted', () => {
  it('move cells, formulas’ references and formats, and grow the sheet', () => {
    sheet.getRange('K2').setFormula('=OKRSCORE(F2:F, D2:D, E2:E)');
    sheet.getRange('H2').setFormula('=F2*2');
    sheet.getRange('A1:F1').setFontWeight('bold');
    sheet.insertRowsBefore(3, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('B5').getValue()).toBe('Cut churn');
    expect(sheet.getRange('K5').getValue()).toBeCloseTo(2 / 3, 9);
    expect(sheet.getRange('K3:K4').getValues()).toEqual([[''], ['']]);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange('L2').getFormula()).toBe('=OKRSCORE(G2:G, E2:E, F2:F)');
    expect(sheet.getRange('I2').getFormula()).toBe('=G2*2');
    expect(sheet.getRange('B1').getFontWeight()).toBe('bold');
    sheet.deleteColumns(1, 1);
    sheet.deleteRows(3, 2);
    expect(sheet.getRange('K2:K4').getValues().flat()).toEqual([0.5, expect.closeTo(2 / 3, 9), 1]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('insertRowsAfter formats the new rows like the row above, as Sheets does', () => {
    sheet.getRange('A1:F1').setFontWeight('bold');
    sheet.getRange('D4').setNumberFormat('0.0%');
    const types = app.newDataValidation().requireValueInList(['aspirational', 'committed']).build();
    sheet.getRange('C4').setDataValidation(types);
    sheet.insertRowsAfter(4, 2);
    expect(sheet.getRange('D5:D6').getNumberFormats()).toEqual([['0.0%'], ['0.0%']]);
    expect(sheet.getRange('C6').getDataValidation()?.getCriteriaValues()).toEqual([
      ['aspirational', 'committed'],
      true,
    ]);
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A2').getFontWeight()).toBe('bold');
    expect(sheet.getRange('A3').getValue()).toBe('Grow');
  });

  it('covers the new rows with formulas over open-ended ranges', () => {
    sheet.getRange('K2').setFormula('=OKRSCORE(F2:F, D2:D, E2:E)');
    sheet.insertRowsAfter(sheet.getMaxRows(), 1);
    sheet.getRange('D1001:F1001').setValues([[0, 4, 3]]);
    expect(sheet.getRange('K1001').getValue()).toBe(0.75);
    expect(sheet.getRange('K2').getFormula()).toBe('=OKRSCORE(F2:F, D2:D, E2:E)');
  });

  it('insertColumns and insertRows insert before their index; the one-row forms too', () => {
    sheet.insertColumns(2);
    expect(sheet.getRange('C1').getValue()).toBe('Key result');
    sheet.insertColumns(1, 2);
    expect(sheet.getRange('C1').getValue()).toBe('Objective');
    expect(sheet.getMaxColumns()).toBe(29);
    sheet.insertRows(2);
    expect(sheet.getRange('C3').getValue()).toBe('Grow');
    sheet.insertRowAfter(1).insertRowBefore(1).insertColumnAfter(1).insertColumnBefore(1);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1003, 31]);
    sheet.deleteRow(1).deleteColumn(1);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1002, 30]);
  });

  it('refuse positions outside the sheet, and deleting every row, with Sheets’ messages', () => {
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.insertColumnsAfter(27, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.deleteRows(999, 5)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 1000)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
  });

  it('appendRow fills the next row, and adds a row to a full sheet', () => {
    open({ Full: Array.from({ length: 1000 }, (_, row) => [row + 1]) });
    sheet.appendRow(['=A1000+1', 'text']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001:B1001').getValues()).toEqual([[1001, 'text']]);
    expect(sheet.getLastRow()).toBe(1001);
  });

  it('getLastRow counts the "" an array formula spills down, as Sheets does', () => {
    sheet.getRange('K2').setFormula('=OKRSCORE(F2:F, D2:D, E2:E)');
    expect(sheet.getLastRow()).toBe(1000);
    expect(sheet.getRange('K5').getValue()).toBe('');
  });
});

describe('text written with setValues', () => {
  it('is read as typed: formulas, numbers, and text behind an apostrophe', () => {
    const range = sheet.getRange('H1:H8');
    range.setValues([
      ['\'=IMPORTXML("http://x","//a")'],
      ['=1+1'],
      ['+1+1'],
      ['-2+3'],
      ['42'],
      ['1,200'],
      ['45%'],
      ['@SUM(A1)'],
    ]);
    expect(range.getValues().flat()).toEqual([
      '=IMPORTXML("http://x","//a")',
      2,
      2,
      1,
      42,
      1200,
      0.45,
      '@SUM(A1)',
    ]);
    expect(range.getFormulas().flat()).toEqual(['', '=1+1', '=+1+1', '=-2+3', '', '', '', '']);
  });

  it('makes a phone number or a bullet typed with + or - a formula that shows an error', () => {
    sheet.getRange('H1:H2').setValues([['+1 555 0100'], ['- call Tom']]);
    const shown = sheet.getRange('H1:H2').getValues().flat();
    expect(shown.every((value) => String(value).startsWith('#'))).toBe(true);
    expect(
      sheet
        .getRange('H3:H4')
        .setValues([['-5'], ["'+1 555 0100"]])
        .getValues(),
    ).toEqual([[-5], ['+1 555 0100']]);
  });

  it('takes the arrays of Code.js’s own realm', () => {
    const server = loadServer(services);
    const rows = vm.runInContext('[["a", 1], ["b", 2]]', server);
    sheet.getRange('H1:I2').setValues(rows);
    expect(sheet.getRange('H1:I2').getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

describe('formats and selection', () => {
  it('keeps backgrounds, font weights and column widths', () => {
    const header = sheet.getRange('A1:F1').setFontWeight('bold').setBackground('#d9ead3');
    expect(header.getFontWeights()).toEqual([Array(6).fill('bold')]);
    expect(sheet.getRange('A1').getBackground()).toBe('#d9ead3');
    expect(sheet.getRange('A2').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A2').getFontWeight()).toBe('normal');
    expect(workbook.style('OKRs', 0, 0).background).toBe('#d9ead3');
    sheet.setColumnWidth(2, 320);
    expect([sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([320, 100]);
    expect(() => sheet.getColumnWidth(27)).toThrow('Those columns are out of bounds.');
  });

  it('are removed by clear and clearFormat, content by clearContent', () => {
    sheet.getRange('A1:F1').setFontWeight('bold').setBackground('#d9ead3');
    sheet.getRange('D2:D4').setNumberFormat('0%');
    sheet.getRange('A1:B1').clearFormat();
    expect(sheet.getRange('A1:C1').getFontWeights()).toEqual([['normal', 'normal', 'bold']]);
    expect(sheet.getRange('A1').getValue()).toBe('Objective');
    sheet.getRange('D2').clear();
    expect([sheet.getRange('D2').getValue(), sheet.getRange('D2').getNumberFormat()]).toEqual([
      '',
      'General',
    ]);
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect([sheet.getRange('C1').getFontWeight(), sheet.getRange('D3').getNumberFormat()]).toEqual([
      'normal',
      'General',
    ]);
  });

  it('keep a conditional format over an open range open, rows added at the end included', () => {
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$F2>=$E2')
      .setBackground('#b7e1cd')
      .setRanges([sheet.getRange('F2:F')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('F2:F');
    sheet.insertRowsAfter(1000, 1);
    sheet.getRange('E1001:F1001').setValues([[4, 5]]);
    expect(workbook.style('OKRs', 1000, 5).background).toBe('#b7e1cd');
    expect(workbook.style('OKRs', 3, 5).background).toBe('#b7e1cd');
    expect(workbook.style('OKRs', 1, 5).background).toBeNull();
  });

  it('round-trips number formats and a dropdown', () => {
    sheet.getRange('D2:F4').setNumberFormat('0.00');
    expect(sheet.getRange('D2').getNumberFormat()).toBe('0.00');
    const types = app
      .newDataValidation()
      .requireValueInList(['aspirational', 'committed'], true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('C2:C1000').setDataValidation(types);
    const read = sheet.getRange('C500').getDataValidation();
    expect(read?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(read?.getCriteriaValues()).toEqual([['aspirational', 'committed'], true]);
    expect(read?.getAllowInvalid()).toBe(false);
  });

  it('selects a range, and the active range follows', () => {
    expect(app.getActiveRange()?.getA1Notation()).toBe('A1');
    const notes = app.getActiveSpreadsheet().insertSheet('Notes');
    expect(app.getActiveSheet().getName()).toBe('Notes');
    sheet.getRange('B3:C4').activate();
    expect(app.getActiveSheet().getName()).toBe('OKRs');
    expect(app.getActiveRange()?.getA1Notation()).toBe('B3:C4');
    notes.setActiveSelection('A2');
    expect(app.getActiveRange()?.getA1Notation()).toBe('A2');
    expect(app.getActiveSheet().getName()).toBe('Notes');
    app.getActiveSpreadsheet().setActiveSheet(sheet);
    expect(app.getActiveRange()?.getA1Notation()).toBe('B3:C4');
    expect(sheet.setActiveRange(sheet.getRange('D2')).getA1Notation()).toBe('D2');
  });
});

describe('developer metadata', () => {
  const COLUMN = () => app.DeveloperMetadataLocationType.COLUMN;

  it('is attached to whole columns, rows, a sheet or the spreadsheet, and found again', () => {
    sheet.getRange('K:K').addDeveloperMetadata('okr.column', 'score');
    sheet.getRange(1, 12, sheet.getMaxRows(), 1).addDeveloperMetadata('okr.column', 'status');
    sheet.getRange('3:3').addDeveloperMetadata('okr.row', app.DeveloperMetadataVisibility.PROJECT);
    sheet.addDeveloperMetadata('okr.tab', 'okrs');
    app
      .getActiveSpreadsheet()
      .addDeveloperMetadata('okr.version', '1', app.DeveloperMetadataVisibility.DOCUMENT);

    const found = sheet
      .createDeveloperMetadataFinder()
      .withKey('okr.column')
      .withLocationType(COLUMN())
      .find();
    expect(
      found.map((entry) => [entry.getValue(), entry.getLocation().getColumn()?.getA1Notation()]),
    ).toEqual([
      ['score', 'K:K'],
      ['status', 'L:L'],
    ]);
    const status = found[1];
    expect(status?.getLocation().getLocationType()).toBe(COLUMN());
    expect(status?.getLocation().getColumn()?.getColumn()).toBe(12);
    expect(status?.getLocation().getSheet()).toBeNull();
    expect(status?.getKey()).toBe('okr.column');
    expect(typeof status?.getId()).toBe('number');

    const row = sheet.getRange('3:3').getDeveloperMetadata();
    expect(row.map((entry) => [entry.getKey(), entry.getValue(), entry.getVisibility()])).toEqual([
      ['okr.row', null, 'PROJECT'],
    ]);
    expect(row[0]?.getLocation().getRow()?.getA1Notation()).toBe('3:3');
    expect(sheet.getRange('K3').getDeveloperMetadata()).toEqual([]);
    expect(
      sheet
        .getRange('K:K')
        .getDeveloperMetadata()
        .map((entry) => entry.getValue()),
    ).toEqual(['score']);
    expect(sheet.getDeveloperMetadata().map((entry) => entry.getKey())).toEqual(['okr.tab']);
    const spreadsheet = app.getActiveSpreadsheet();
    expect(spreadsheet.getDeveloperMetadata().map((entry) => entry.getKey())).toEqual([
      'okr.version',
    ]);
    expect(spreadsheet.createDeveloperMetadataFinder().withValue('okrs').find()).toHaveLength(1);
    expect(
      sheet.getRange('K1').createDeveloperMetadataFinder().onIntersectingLocations().find(),
    ).toHaveLength(1);
  });

  it('refuses a range that is not whole columns or rows, with Sheets’ message', () => {
    expect(() => sheet.getRange('K2:K').addDeveloperMetadata('okr.column')).toThrow(
      ARBITRARY_RANGE,
    );
    expect(() => sheet.getRange('A1').addDeveloperMetadata('okr.column')).toThrow(ARBITRARY_RANGE);
  });

  it('follows its column when columns are inserted or deleted before it', () => {
    sheet.getRange('K:K').addDeveloperMetadata('okr.column', 'score');
    const column = () =>
      app
        .getActiveSpreadsheet()
        .createDeveloperMetadataFinder()
        .withKey('okr.column')
        .find()
        .map((entry) => entry.getLocation().getColumn()?.getA1Notation());
    sheet.insertColumnsBefore(2, 3);
    expect(column()).toEqual(['N:N']);
    sheet.insertColumnsAfter(14, 2);
    expect(column()).toEqual(['N:N']);
    sheet.deleteColumns(1, 2);
    expect(column()).toEqual(['L:L']);
    sheet.deleteColumn(12);
    expect(column()).toEqual([]);
  });

  it('is changed and removed, and outlives the execution that added it', () => {
    sheet.getRange('K:K').addDeveloperMetadata('okr.column', 'score');
    const [entry] = sheet.createDeveloperMetadataFinder().withKey('okr.column').find();
    entry?.setValue('objective score');
    const nextRun = createAppsScriptServices(workbook);
    const nextApp = nextRun.globals.SpreadsheetApp as SpreadsheetApp;
    const [again] = nextApp.getActiveSpreadsheet().createDeveloperMetadataFinder().find();
    expect(again?.getValue()).toBe('objective score');
    again?.remove();
    expect(sheet.createDeveloperMetadataFinder().find()).toEqual([]);
  });

  it('is kept by snapshots (the preview’s Reset)', () => {
    sheet.getRange('K:K').addDeveloperMetadata('okr.column', 'score');
    const restored = LocalWorkbook.fromSnapshot(workbook.snapshot());
    expect(restored.developerMetadata().map((entry) => entry.value)).toEqual(['score']);
  });

  it('is counted like every other call', () => {
    sheet.getRange('K:K').addDeveloperMetadata('okr.column', 'score');
    services.calls.reset();
    sheet
      .createDeveloperMetadataFinder()
      .withKey('okr.column')
      .find()[0]
      ?.getLocation()
      .getColumn();
    expect(Object.fromEntries(services.calls.byMethod)).toEqual({
      'Sheet.createDeveloperMetadataFinder': 1,
      'DeveloperMetadataFinder.withKey': 1,
      'DeveloperMetadataFinder.find': 1,
      'DeveloperMetadata.getLocation': 1,
      'DeveloperMetadataLocation.getColumn': 1,
    });
  });
});

describe('dialogs and toasts', () => {
  it('record each alert, prompt and toast with its title, message and buttons', () => {
    const ui = app.getUi();
    expect(ui.alert('Saved')).toBe(ui.Button.OK);
    expect(ui.alert('Replace the tab?', 'OKRs holds data.', ui.ButtonSet.YES_NO)).toBe(
      ui.Button.YES,
    );
    const response = ui.prompt('Cycle', 'Name the quarter', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual(['CANCEL', '']);
    expect(ui.prompt('Name the quarter').getSelectedButton()).toBe(ui.Button.CLOSE);
    app.getActiveSpreadsheet().toast('Added 3 key results', 'OKR & KPI', 3);
    expect(services.ui.notices).toEqual([
      {
        kind: 'alert',
        title: '',
        message: 'Saved',
        buttons: ['OK'],
        answer: { button: 'OK', text: '' },
      },
      {
        kind: 'alert',
        title: 'Replace the tab?',
        message: 'OKRs holds data.',
        buttons: ['YES', 'NO'],
        answer: { button: 'YES', text: '' },
      },
      {
        kind: 'prompt',
        title: 'Cycle',
        message: 'Name the quarter',
        buttons: ['OK', 'CANCEL'],
        answer: { button: 'CANCEL', text: '' },
      },
      {
        kind: 'prompt',
        title: '',
        message: 'Name the quarter',
        buttons: ['OK'],
        answer: { button: 'CLOSE', text: '' },
      },
      {
        kind: 'toast',
        title: 'OKR & KPI',
        message: 'Added 3 key results',
        buttons: [],
        answer: null,
        timeoutSeconds: 3,
      },
    ]);
    expect(services.ui.toasts).toEqual(['Added 3 key results']);
  });

  it('answer as a test queued', () => {
    const ui = app.getUi();
    services.ui.answers.push({ button: 'NO' }, { button: 'OK', text: 'Q4 2026' });
    expect(ui.alert('Replace?', 'Sure?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const response = ui.prompt('Name the quarter', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual(['OK', 'Q4 2026']);
    services.ui.answers.push({ button: 'YES' });
    expect(() => ui.alert('Saved')).toThrow('is not one of its buttons');
  });
});

describe('two executions racing for the document lock', () => {
  function execution() {
    const run = createAppsScriptServices(workbook);
    const lockService = run.globals.LockService as GoogleAppsScript.Lock.LockService;
    const runApp = run.globals.SpreadsheetApp as SpreadsheetApp;
    return { run, lockService, sheet: runApp.getActiveSheet() };
  }

  /** An append as the add-on writes one: under the lock, after the last row. */
  function append(
    runner: ReturnType<typeof execution>,
    row: CellContent[],
    timeout = 10_000,
  ): void {
    const lock = runner.lockService.getDocumentLock();
    lock.waitLock(timeout);
    try {
      runner.sheet.getRange(runner.sheet.getLastRow() + 1, 1, 1, row.length).setValues([row]);
    } finally {
      lock.releaseLock();
    }
  }

  it('share one lock: the second waits while the first finishes, then writes below it', () => {
    const first = execution();
    const second = execution();
    const firstLock = first.lockService.getDocumentLock();
    firstLock.waitLock(10_000);
    // The first has read the last row and is about to write when the second one starts.
    const firstRow = first.sheet.getLastRow() + 1;
    second.run.locks.whileWaiting(() => {
      first.sheet.getRange(firstRow, 1, 1, 2).setValues([['Grow', 'First append']]);
      firstLock.releaseLock();
    });
    append(second, ['Grow', 'Second append']);
    expect(sheet.getRange('B5:B6').getValues()).toEqual([['First append'], ['Second append']]);
    expect(second.run.locks.waits).toEqual([
      { kind: 'document', timeoutInMillis: 10_000, acquired: true },
    ]);
  });

  it('gives the second a clear error when the first holds on past the timeout', () => {
    const first = execution();
    const second = execution();
    first.lockService.getDocumentLock().waitLock(10_000);
    expect(() => append(second, ['Grow', 'Too late'])).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    expect(second.lockService.getDocumentLock().tryLock(1000)).toBe(false);
    first.run.locks.releaseAll();
    append(second, ['Grow', 'After the first ended']);
    expect(sheet.getRange('B5').getValue()).toBe('After the first ended');
  });
});

describe('call counting of the sheet layer’s calls', () => {
  it('counts the new methods under their class, whatever the sheet’s size', () => {
    const counts = [10, 5000].map((rows) => {
      open({ OKRs: Array.from({ length: rows }, (_, row) => [`Objective ${row}`, row]) });
      services.calls.reset();
      sheet.insertRowsAfter(sheet.getMaxRows(), 1);
      sheet.getRange('K:K').addDeveloperMetadata('okr.column');
      sheet.getRange(sheet.getLastRow() + 1, 1, 1, 2).setValues([['New', 1]]);
      app.getActiveSpreadsheet().toast('Added');
      return Object.fromEntries(services.calls.byMethod);
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toEqual({
      'Sheet.getMaxRows': 1,
      'Sheet.insertRowsAfter': 1,
      'Sheet.getRange': 2,
      'Range.addDeveloperMetadata': 1,
      'Sheet.getLastRow': 1,
      'Range.setValues': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.toast': 1,
    });
  });
});
