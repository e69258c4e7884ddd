/**
 * SpreadsheetApp over a LocalWorkbook, as far as the add-on uses it, behaving as Apps Script's
 * reference says. Its classes each have a file beside this one (sheet.ts, range.ts...); rows
 * and columns count from 1 in them and from 0 in the workbook, and they are the only place that
 * converts. Errors carry Apps Script's own messages, so code that handles them locally handles
 * them in Sheets.
 */
import type { LocalWorkbook } from '../engine/workbook';
import { APPS_SCRIPT_CLASS, AppsScriptObject, enumeration, parametersMismatch } from './calls';
import { ConditionalFormatRuleBuilder } from './conditional-format';
import { DataValidationBuilder } from './data-validation';
import {
  addDeveloperMetadata,
  type DeveloperMetadata,
  DeveloperMetadataFinder,
  LOCATION_TYPES,
  VISIBILITIES,
} from './developer-metadata';
import { OpenSpreadsheet } from './open-spreadsheet';
import { Range } from './range';
import { Sheet } from './sheet';
import type { Ui, UiRecorder } from './ui';

const UNTITLED = 'Untitled spreadsheet';

class SpreadsheetApp extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'SpreadsheetApp';
  readonly BooleanCriteria = enumeration('BooleanCriteria', ['CUSTOM_FORMULA']);
  readonly DataValidationCriteria = enumeration('DataValidationCriteria', [
    'CHECKBOX',
    'VALUE_IN_LIST',
  ]);
  readonly DeveloperMetadataLocationType = enumeration(
    'DeveloperMetadataLocationType',
    LOCATION_TYPES,
  );
  readonly DeveloperMetadataVisibility = enumeration('DeveloperMetadataVisibility', VISIBILITIES);
  readonly #open: OpenSpreadsheet;

  constructor(open: OpenSpreadsheet) {
    super();
    this.#open = open;
  }

  getActiveSpreadsheet(): Spreadsheet {
    return new Spreadsheet(this.#open);
  }

  getActive(): Spreadsheet {
    return new Spreadsheet(this.#open);
  }

  getActiveSheet(): Sheet {
    return new Sheet(this.#open, this.#open.activeSheet);
  }

  /** The selection: what the add-on last selected on the active sheet, else its A1. */
  getActiveRange(): Range {
    return activeRange(this.#open);
  }

  setActiveRange(range: unknown): Range {
    if (!(range instanceof Range)) {
      throw parametersMismatch('SpreadsheetApp.setActiveRange', [range]);
    }
    return range.activate();
  }

  setActiveSheet(sheet: unknown): Sheet {
    if (!(sheet instanceof Sheet))
      throw parametersMismatch('SpreadsheetApp.setActiveSheet', [sheet]);
    return sheet.activate();
  }

  getUi(): Ui {
    return this.#open.ui;
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder();
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder();
  }

  /** Every write is applied and recalculated at once here: there is nothing to flush. */
  flush(): void {}
}

export class Spreadsheet extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Spreadsheet';
  readonly #open: OpenSpreadsheet;

  constructor(open: OpenSpreadsheet) {
    super();
    this.#open = open;
  }

  getId(): string {
    return this.#open.id;
  }

  getName(): string {
    return UNTITLED;
  }

  getSheets(): Sheet[] {
    return this.#open.workbook.sheetNames().map((name) => new Sheet(this.#open, name));
  }

  getSheetByName(name: unknown): Sheet | null {
    if (typeof name !== 'string') {
      throw parametersMismatch('SpreadsheetApp.Spreadsheet.getSheetByName', [name]);
    }
    const sheet = this.#open.sheetNamed(name);
    return sheet === null ? null : new Sheet(this.#open, sheet);
  }

  /**
   * insertSheet() or insertSheet(sheetName): the new sheet goes last and becomes the active
   * sheet. The overloads with an index or a template are not emulated.
   */
  insertSheet(...args: unknown[]): Sheet {
    const [name = this.#defaultSheetName()] = args;
    if (args.length > 1 || typeof name !== 'string') {
      throw new Error(`not emulated: Spreadsheet.insertSheet with (${args.map(String)})`);
    }
    if (this.#open.sheetNamed(name) !== null) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.#open.workbook.addSheet(name);
    this.#open.activeSheet = name;
    return new Sheet(this.#open, name);
  }

  getActiveSheet(): Sheet {
    return new Sheet(this.#open, this.#open.activeSheet);
  }

  setActiveSheet(sheet: unknown): Sheet {
    if (!(sheet instanceof Sheet)) {
      throw parametersMismatch('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    }
    return sheet.activate();
  }

  /** "Sheet1!A1:B2", or "A1:B2" on the active sheet. */
  getRange(a1: unknown): Range {
    return this.#open.a1Range(this.#open.activeSheet, a1, 'SpreadsheetApp.Spreadsheet.getRange');
  }

  getActiveRange(): Range {
    return activeRange(this.#open);
  }

  /** setActiveSelection(range) or setActiveSelection("Sheet1!A1:B2"): selects it. */
  setActiveSelection(range: unknown): Range {
    const method = 'SpreadsheetApp.Spreadsheet.setActiveSelection';
    const selected =
      typeof range === 'string' ? this.#open.a1Range(this.#open.activeSheet, range, method) : range;
    if (!(selected instanceof Range)) throw parametersMismatch(method, [range]);
    return selected.activate();
  }

  setActiveRange(range: unknown): Range {
    if (!(range instanceof Range)) {
      throw parametersMismatch('SpreadsheetApp.Spreadsheet.setActiveRange', [range]);
    }
    return range.activate();
  }

  /**
   * toast(message), toast(message, title), toast(message, title, timeoutSeconds): recorded
   * with its title and timeout (see UiRecorder.notices), not shown.
   */
  toast(message: unknown, title: unknown = '', timeoutSeconds: unknown = 5): void {
    if (typeof title !== 'string' || typeof timeoutSeconds !== 'number') {
      throw parametersMismatch('SpreadsheetApp.Spreadsheet.toast', [
        message,
        title,
        timeoutSeconds,
      ]);
    }
    const text = String(message);
    this.#open.recorder.toasts.push(text);
    this.#open.recorder.notices.push({
      kind: 'toast',
      title,
      message: text,
      buttons: [],
      answer: null,
      timeoutSeconds,
    });
  }

  addDeveloperMetadata(...args: unknown[]): Spreadsheet {
    addDeveloperMetadata(
      this.#open,
      { type: 'SPREADSHEET' },
      args,
      'SpreadsheetApp.Spreadsheet.addDeveloperMetadata',
    );
    return this;
  }

  /** The metadata attached to the spreadsheet itself (not to its sheets, rows or columns). */
  getDeveloperMetadata(): DeveloperMetadata[] {
    return new DeveloperMetadataFinder(this.#open, { kind: 'spreadsheet' })
      .withLocationType('SPREADSHEET')
      .find();
  }

  /** Finds any metadata of the spreadsheet, wherever it is attached. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.#open, { kind: 'spreadsheet' });
  }

  #defaultSheetName(): string {
    let number = this.#open.workbook.sheetNames().length + 1;
    while (this.#open.sheetNamed(`Sheet${number}`) !== null) number++;
    return `Sheet${number}`;
  }
}

/** The selection of the active sheet: what was last selected on it, else its A1. */
function activeRange(open: OpenSpreadsheet): Range {
  return open.selection(open.activeSheet);
}

/**
 * SpreadsheetApp for `workbook`, open on `activeSheet` (its first sheet unless given), and the
 * way for the user's own clicks to change the sheet in front.
 */
export function createSpreadsheetApp(
  workbook: LocalWorkbook,
  ui: Ui,
  recorder: UiRecorder,
  activeSheet?: string,
): { service: AppsScriptObject; setActiveSheet(sheet: string): void } {
  const first = workbook.sheetNames()[0];
  if (first === undefined) throw new Error('the workbook has no sheets');
  const open = new OpenSpreadsheet(workbook, ui, recorder, first);
  const setActiveSheet = (sheet: string) => {
    const name = open.sheetNamed(sheet);
    if (name === null) throw new Error(`no sheet named "${sheet}"`);
    open.activeSheet = name;
  };
  if (activeSheet !== undefined) setActiveSheet(activeSheet);
  return { service: new SpreadsheetApp(open), setActiveSheet };
}
