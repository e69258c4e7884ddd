/**
 * "Refresh formatting": the colours of every tab the add-on works on, written again from the
 * table as it is now: after the user inserted or moved columns, or renamed a tab. A tab is the
 * add-on's when its first data row calls one of the add-on's functions.
 */
import { applyRules } from './formatting';
import { tableRules } from './rules';
import { readTable } from './table';
import { withDocumentLock } from './writes';

export interface RefreshResult {
  sheets: string[];
  message: string;
}

export function refreshFormatting(): RefreshResult {
  return withDocumentLock(() => {
    const refreshed: string[] = [];
    for (const sheet of SpreadsheetApp.getActiveSpreadsheet().getSheets()) {
      const found = readTable(sheet);
      if (!found || !hasComputedColumn(found.table.columns)) continue;
      applyRules(sheet, tableRules(found.table), found.table.firstRow);
      refreshed.push(sheet.getName());
    }
    const message =
      refreshed.length === 0
        ? 'No tab has the add-on’s columns yet: use "Set up OKR & KPI sheets" or "Use my existing sheet" first.'
        : `Colours refreshed on ${refreshed.join(', ')}.`;
    return { sheets: refreshed, message };
  });
}

function hasComputedColumn(columns: object): boolean {
  return ['score', 'objectiveScore', 'status', 'check', 'latest', 'band', 'drift'].some(
    (role) => role in columns,
  );
}
