/**
 * What the add-on adds to a table, as data: the computed columns (a header and one array
 * formula each, over open-ended ranges from the first data row so new rows compute and moved
 * rows keep working) and the conditional formatting rules. Pure: column letters in, formulas
 * out. Which columns exist decides which computed columns make sense.
 */
import type { InputRole } from '../core/columns';
import { columnLetter } from './a1';

export type ComputedRole =
  | 'score'
  | 'objectiveScore'
  | 'status'
  | 'check'
  | 'latest'
  | 'band'
  | 'drift';

/** The header each computed column gets, as the README and the sidebar name them. */
export const COMPUTED_HEADERS: Record<ComputedRole, string> = {
  score: 'Score',
  objectiveScore: 'Objective score',
  status: 'Status',
  check: 'Check',
  latest: 'Latest',
  band: 'Band',
  drift: 'Drift',
};

/** The custom function each computed column calls: how an existing one is recognised. */
export const COMPUTED_FUNCTIONS: Record<ComputedRole, string> = {
  score: 'OKRSCORE',
  objectiveScore: 'OKRROLLUP',
  status: 'OKRSTATUS',
  check: 'KRCHECK',
  latest: 'KPILATEST',
  band: 'KPIBAND',
  drift: 'KPIDRIFT',
};

/** The order computed columns are added in, left to right. */
export const COMPUTED_ORDER: readonly ComputedRole[] = [
  'score',
  'objectiveScore',
  'status',
  'check',
  'latest',
  'band',
  'drift',
];

/** 1-based columns of a table's roles (inputs, and computed ones as they are placed). */
export type Columns = Partial<Record<InputRole | ComputedRole, number>>;

export interface Table {
  columns: Columns;
  /** 1-based first and last columns of a KPI's history (period columns), if any. */
  history: { first: number; last: number } | null;
  /** 1-based row of the first data row: the header's next row. */
  firstRow: number;
}

/** `F3:F`: a column from the first data row to the end of the sheet, growing with it. */
function openColumn(column: number, firstRow: number): string {
  const letter = columnLetter(column);
  return `${letter}${firstRow}:${letter}`;
}

function openBlock(first: number, last: number, firstRow: number): string {
  return `${columnLetter(first)}${firstRow}:${columnLetter(last)}`;
}

/** The value a KPI's band is judged on: its current column, else its latest reading. */
export function kpiValueColumn(columns: Columns): number | undefined {
  return columns.current ?? columns.latest;
}

/**
 * The formula of a computed column, or null when the table lacks what it needs. Later columns
 * may use earlier ones (the status grades the score), so `columns` holds those placed so far.
 */
export function computedFormula(role: ComputedRole, table: Table): string | null {
  const { columns, history, firstRow } = table;
  const at = (column: number | undefined) =>
    column === undefined ? null : openColumn(column, firstRow);
  const historyRange = history ? openBlock(history.first, history.last, firstRow) : null;
  const call = (args: (string | null)[]) => {
    // Optional arguments left out from the end; a gap in the middle is written as "".
    while (args.length > 0 && args[args.length - 1] === null) args.pop();
    return `=${COMPUTED_FUNCTIONS[role]}(${args.map((arg) => arg ?? '""').join(', ')})`;
  };
  switch (role) {
    case 'score': {
      const { current, baseline, target } = columns;
      if (current === undefined || baseline === undefined || target === undefined) return null;
      return call([at(current), at(baseline), at(target)]);
    }
    case 'objectiveScore':
      if (columns.objective === undefined || columns.score === undefined) return null;
      return call([at(columns.objective), at(columns.score), at(columns.weight)]);
    case 'status': {
      if (columns.score === undefined) return null;
      const { cycleStart, cycleEnd, checkIn } = columns;
      const pace =
        cycleStart !== undefined && cycleEnd !== undefined && checkIn !== undefined
          ? `OKRPACE(${at(cycleStart)}, ${at(cycleEnd)}, ${at(checkIn)})`
          : null;
      return call([at(columns.score), at(columns.type), pace]);
    }
    case 'check':
      return columns.keyResult === undefined ? null : call([at(columns.keyResult)]);
    case 'latest':
      // A KPI with its own current column needs no latest reading worked out.
      return historyRange && columns.current === undefined ? call([historyRange]) : null;
    case 'band': {
      const value = kpiValueColumn(columns);
      if (value === undefined || (columns.low === undefined && columns.high === undefined)) {
        return null;
      }
      return call([at(value), at(columns.low), at(columns.high), at(columns.watch)]);
    }
    case 'drift':
      if (!history || history.last === history.first) return null;
      if (columns.low === undefined && columns.high === undefined) return null;
      return call([historyRange, at(columns.low), at(columns.high)]);
  }
}

/** The computed columns a table lacks and can have, in the order they are added. */
export function plannedRoles(table: Table): ComputedRole[] {
  const columns: Columns = { ...table.columns };
  const planned: ComputedRole[] = [];
  for (const role of COMPUTED_ORDER) {
    if (columns[role] !== undefined) continue;
    if (computedFormula(role, { ...table, columns }) === null) continue;
    // A placeholder column: later formulas only need to know it will exist.
    columns[role] = Number.MAX_SAFE_INTEGER;
    planned.push(role);
  }
  return planned;
}

/**
 * Scores or bands are what a table is adopted for (a check column alone is not worth it): true
 * when it has them or can have them.
 */
export function hasScoresOrBands(table: Table): boolean {
  const planned = plannedRoles(table);
  return (['score', 'band'] as const).some(
    (role) => planned.includes(role) || table.columns[role] !== undefined,
  );
}
