/**
 * Conditional formatting: the rule builder, the rules a sheet keeps, and their boolean
 * conditions.
 */
import type { ConditionalRule } from '../engine/workbook';
import { APPS_SCRIPT_CLASS, AppsScriptObject, parametersMismatch } from './calls';
import { Range } from './range';

interface RuleParts {
  formula: string | null;
  background: string | null;
  fontColor: string | null;
  ranges: Range[];
}

function copyParts(parts: RuleParts): RuleParts {
  return { ...parts, ranges: [...parts.ranges] };
}

/** Only custom-formula rules are emulated: the add-on colours rows by a formula on them. */
export class ConditionalFormatRuleBuilder extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'ConditionalFormatRuleBuilder';
  readonly #parts: RuleParts;

  constructor(parts: RuleParts = { formula: null, background: null, fontColor: null, ranges: [] }) {
    super();
    this.#parts = copyParts(parts);
  }

  /** The formula is written for the top-left cell of each range, e.g. "=$B2<0.4". */
  whenFormulaSatisfied(formula: unknown): ConditionalFormatRuleBuilder {
    if (typeof formula !== 'string') {
      throw parametersMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.whenFormulaSatisfied', [
        formula,
      ]);
    }
    this.#parts.formula = formula;
    return this;
  }

  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.#parts.background = color ?? null;
    return this;
  }

  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.#parts.fontColor = color ?? null;
    return this;
  }

  setRanges(ranges: unknown): ConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges) || !ranges.every((range) => range instanceof Range)) {
      throw parametersMismatch('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', [ranges]);
    }
    this.#parts.ranges = [...ranges];
    return this;
  }

  getRanges(): Range[] {
    return [...this.#parts.ranges];
  }

  getBooleanCondition(): BooleanCondition | null {
    return this.#parts.formula === null ? null : new BooleanCondition(this.#parts);
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.#parts);
  }

  build(): ConditionalFormatRule {
    if (this.#parts.formula === null) {
      throw new Error(
        'not emulated: ConditionalFormatRuleBuilder.build without whenFormulaSatisfied',
      );
    }
    return new ConditionalFormatRule(this.#parts);
  }
}

export class ConditionalFormatRule extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'ConditionalFormatRule';
  readonly #parts: RuleParts;

  constructor(parts: RuleParts) {
    super();
    this.#parts = copyParts(parts);
  }

  /** The rule as the workbook keeps it for `sheet`, whose cells its ranges must all be on. */
  static toWorkbook(rule: ConditionalFormatRule, sheet: string): ConditionalRule {
    const ranges = rule.#parts.ranges.map((range) => {
      const at = Range.locate(range);
      if (at.sheet !== sheet) {
        throw new Error(
          `a conditional format rule set on sheet "${sheet}" has a range on sheet "${at.sheet}"`,
        );
      }
      // "K2:K" stays open: the rule covers rows added at the end, as in Sheets.
      const open = {
        ...(at.openEnds.rows ? { openRows: true } : {}),
        ...(at.openEnds.columns ? { openColumns: true } : {}),
      };
      return { ...at.grid, ...open };
    });
    return {
      ranges,
      formula: rule.#parts.formula ?? '',
      background: rule.#parts.background,
      fontColor: rule.#parts.fontColor,
    };
  }

  getRanges(): Range[] {
    return [...this.#parts.ranges];
  }

  getBooleanCondition(): BooleanCondition | null {
    return new BooleanCondition(this.#parts);
  }

  getGradientCondition(): null {
    return null;
  }

  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.#parts);
  }
}

class BooleanCondition extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'BooleanCondition';
  readonly #parts: RuleParts;

  constructor(parts: RuleParts) {
    super();
    this.#parts = copyParts(parts);
  }

  getCriteriaType(): 'CUSTOM_FORMULA' {
    return 'CUSTOM_FORMULA';
  }

  getCriteriaValues(): string[] {
    return [this.#parts.formula ?? ''];
  }

  getBackground(): string | null {
    return this.#parts.background;
  }

  getFontColor(): string | null {
    return this.#parts.fontColor;
  }
}
