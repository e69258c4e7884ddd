/**
 * Writes the add-on's conditional formatting on a sheet. The user's own rules are kept, in
 * their order and ahead of ours (Sheets applies the first rule that holds); only the add-on's
 * rules, told apart by their formula (see OWN_RULE_MARKER), are replaced. So applying it any
 * number of times leaves the same rules as applying it once.
 */
import { isOwnRuleFormula, type RuleSpec } from './rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function isOwnRule(rule: ConditionalFormatRule): boolean {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
  return typeof formula === 'string' && isOwnRuleFormula(formula);
}

/** Replaces the add-on's rules on `sheet` with `specs`, each over its columns from `firstRow`. */
export function applyRules(sheet: Sheet, specs: RuleSpec[], firstRow: number): void {
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule));
  // To the end of the sheet: the rule covers every row there is, and rows inserted inside it.
  const rows = Math.max(sheet.getMaxRows() - firstRow + 1, 1);
  const ours = specs.map((spec) =>
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setRanges(spec.columns.map((column) => sheet.getRange(firstRow, column, rows, 1)))
      .build(),
  );
  sheet.setConditionalFormatRules([...kept, ...ours]);
}

/** How many of the sheet's rules are the add-on's. */
export function countOwnRules(sheet: Sheet): number {
  return sheet.getConditionalFormatRules().filter(isOwnRule).length;
}
