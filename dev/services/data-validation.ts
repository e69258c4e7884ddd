/** Data validation: the rule builder and the rules a range's cells keep. */
import type { DataValidation as DataValidationRecord } from '../engine/workbook';
import { APPS_SCRIPT_CLASS, AppsScriptObject, parametersMismatch } from './calls';

/** Rules are kept to be listed back and to show checkboxes; the workbook does not enforce them. */
export class DataValidationBuilder extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'DataValidationBuilder';
  #criteria: string | null;
  #values: unknown[];
  /** A new rule warns about invalid data rather than rejecting it, as in Apps Script. */
  #allowInvalid: boolean;
  #helpText: string | null;

  constructor(record?: DataValidationRecord) {
    super();
    this.#criteria = record?.criteria ?? null;
    this.#values = copyCriteriaValues(record?.values ?? []);
    this.#allowInvalid = record?.allowInvalid ?? true;
    this.#helpText = record?.helpText ?? null;
  }

  /** getCriteriaValues() then gives [values, showDropdown]. */
  requireValueInList(values: unknown, showDropdown: unknown = true): DataValidationBuilder {
    if (
      !Array.isArray(values) ||
      !values.every((value) => typeof value === 'string') ||
      typeof showDropdown !== 'boolean'
    ) {
      throw parametersMismatch('SpreadsheetApp.DataValidationBuilder.requireValueInList', [
        values,
        showDropdown,
      ]);
    }
    this.#criteria = 'VALUE_IN_LIST';
    this.#values = [[...values], showDropdown];
    return this;
  }

  /** requireCheckbox(), or with the values a ticked and an unticked box hold. */
  requireCheckbox(...values: unknown[]): DataValidationBuilder {
    if (values.length > 2) {
      throw parametersMismatch('SpreadsheetApp.DataValidationBuilder.requireCheckbox', values);
    }
    this.#criteria = 'CHECKBOX';
    this.#values = [...values];
    return this;
  }

  setAllowInvalid(allowInvalidData: unknown): DataValidationBuilder {
    if (typeof allowInvalidData !== 'boolean') {
      throw parametersMismatch('SpreadsheetApp.DataValidationBuilder.setAllowInvalid', [
        allowInvalidData,
      ]);
    }
    this.#allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: unknown): DataValidationBuilder {
    if (typeof helpText !== 'string') {
      throw parametersMismatch('SpreadsheetApp.DataValidationBuilder.setHelpText', [helpText]);
    }
    this.#helpText = helpText;
    return this;
  }

  getCriteriaType(): string | null {
    return this.#criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyCriteriaValues(this.#values);
  }

  getAllowInvalid(): boolean {
    return this.#allowInvalid;
  }

  getHelpText(): string | null {
    return this.#helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.#record());
  }

  build(): DataValidation {
    if (this.#criteria === null) {
      throw new Error(
        'not emulated: DataValidationBuilder.build without requireValueInList or requireCheckbox',
      );
    }
    return new DataValidation(this.#record());
  }

  #record(): DataValidationRecord {
    return {
      criteria: this.#criteria ?? '',
      values: copyCriteriaValues(this.#values),
      allowInvalid: this.#allowInvalid,
      helpText: this.#helpText,
    };
  }
}

export class DataValidation extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'DataValidation';
  readonly #record: DataValidationRecord;

  constructor(record: DataValidationRecord) {
    super();
    this.#record = copyRecord(record);
  }

  static toWorkbook(rule: DataValidation): DataValidationRecord {
    return copyRecord(rule.#record);
  }

  getCriteriaType(): string {
    return this.#record.criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyCriteriaValues(this.#record.values);
  }

  getAllowInvalid(): boolean {
    return this.#record.allowInvalid;
  }

  getHelpText(): string | null {
    return this.#record.helpText;
  }

  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.#record);
  }
}

/** A list's values are an array inside the criteria values: copied so no caller shares it. */
function copyCriteriaValues(values: readonly unknown[]): unknown[] {
  return values.map((value) => (Array.isArray(value) ? [...value] : value));
}

function copyRecord(record: DataValidationRecord): DataValidationRecord {
  return { ...record, values: copyCriteriaValues(record.values) };
}
