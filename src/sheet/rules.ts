/**
 * The add-on's conditional formatting, as data. Sheets cannot call a custom function from a
 * rule, so every rule is a native formula over the table's own cells. References are
 * column-absolute and row-relative (`$F2`), written for the first data row: Sheets shifts them
 * row by row, and the rule holds over the whole column however rows are added, sorted or moved.
 */
import { GRADE_FLOORS } from '../core/grade';
import { columnLetter } from './a1';
import { kpiValueColumn, type Table } from './layout';

/** Google Sheets' own light fills, as its default conditional formatting uses them. */
export const COLOURS = { red: '#f4c7c3', amber: '#fce8b2', green: '#b7e1cd' } as const;

/**
 * Every rule the add-on writes carries this term (always true), so its rules are told from the
 * user's own by their formula alone: no stored state that a moved column or a copied tab could
 * leave stale, and a user reading the rule in Format > Conditional formatting sees who made it.
 */
export const OWN_RULE_MARKER = 'ISTEXT("OKR & KPI add-on")';

export interface RuleSpec {
  /** What the rule shows, for messages and tests. */
  purpose: string;
  /** 1-based columns it colours, each from the first data row to the end of the sheet. */
  columns: number[];
  /** Written for the first data row. */
  formula: string;
  background: string;
}

export function isOwnRuleFormula(formula: string): boolean {
  return formula.includes(OWN_RULE_MARKER);
}

function ruleFormula(...conditions: string[]): string {
  return `=AND(${OWN_RULE_MARKER}, ${conditions.join(', ')})`;
}

/** Scores compare after rounding: 0.7 computed as 0.69999999 still grades as 0.7. */
function scoreAtLeast(cell: string, floor: string): string {
  return `ROUND(${cell}, 6)>=${floor}`;
}

/**
 * The floor of a grade for this row: committed OKRs need more than aspirational ones. Without
 * a type column every row is aspirational, the domain's default.
 */
function gradeFloor(grade: 'green' | 'yellow', typeCell: string | null): string {
  const { aspirational, committed } = GRADE_FLOORS;
  if (!typeCell) return String(aspirational[grade]);
  return `IF(ISNUMBER(SEARCH("commit", ${typeCell})), ${committed[grade]}, ${aspirational[grade]})`;
}

export function gradeRules(table: Table): RuleSpec[] {
  const { columns, firstRow } = table;
  const ref = (column: number | undefined) =>
    column === undefined ? null : `$${columnLetter(column)}${firstRow}`;
  const typeCell = ref(columns.type);
  const scored = (['score', 'objectiveScore'] as const).filter(
    (role) => columns[role] !== undefined,
  );
  return scored.flatMap((role) => {
    const column = columns[role] as number;
    const score = ref(column) as string;
    const purpose = role === 'score' ? 'score' : 'objective score';
    const isScore = `ISNUMBER(${score})`;
    return [
      {
        purpose: `${purpose}: green`,
        columns: [column],
        formula: ruleFormula(isScore, scoreAtLeast(score, gradeFloor('green', typeCell))),
        background: COLOURS.green,
      },
      {
        purpose: `${purpose}: yellow`,
        columns: [column],
        formula: ruleFormula(isScore, scoreAtLeast(score, gradeFloor('yellow', typeCell))),
        background: COLOURS.amber,
      },
      {
        purpose: `${purpose}: red`,
        columns: [column],
        formula: ruleFormula(isScore),
        background: COLOURS.red,
      },
    ];
  });
}

/**
 * A KPI out of its band: red on its value and its band cell; amber inside the band but within
 * the watch margin of an edge. The first rule that holds wins, so red comes first.
 */
export function bandRules(table: Table): RuleSpec[] {
  const { columns, firstRow } = table;
  const valueColumn = kpiValueColumn(columns);
  if (valueColumn === undefined || (columns.low === undefined && columns.high === undefined)) {
    return [];
  }
  const ref = (column: number) => `$${columnLetter(column)}${firstRow}`;
  const value = ref(valueColumn);
  const below =
    columns.low === undefined
      ? null
      : `AND(ISNUMBER(${ref(columns.low)}), ${value}<${ref(columns.low)})`;
  const above =
    columns.high === undefined
      ? null
      : `AND(ISNUMBER(${ref(columns.high)}), ${value}>${ref(columns.high)})`;
  const outside = `OR(${[below, above].filter(Boolean).join(', ')})`;
  const coloured = [valueColumn, ...(columns.band === undefined ? [] : [columns.band])];
  const rules: RuleSpec[] = [
    {
      purpose: 'KPI out of band: red',
      columns: coloured,
      formula: ruleFormula(`ISNUMBER(${value})`, outside),
      background: COLOURS.red,
    },
  ];
  if (columns.watch !== undefined) {
    const watch = ref(columns.watch);
    const nearLow =
      columns.low === undefined
        ? null
        : `AND(ISNUMBER(${ref(columns.low)}), ${value}-${ref(columns.low)}<=${watch})`;
    const nearHigh =
      columns.high === undefined
        ? null
        : `AND(ISNUMBER(${ref(columns.high)}), ${ref(columns.high)}-${value}<=${watch})`;
    rules.push({
      purpose: 'KPI in the watch zone: amber',
      columns: coloured,
      formula: ruleFormula(
        `ISNUMBER(${value})`,
        `ISNUMBER(${watch})`,
        `${watch}>0`,
        `NOT(${outside})`,
        `OR(${[nearLow, nearHigh].filter(Boolean).join(', ')})`,
      ),
      background: COLOURS.amber,
    });
  }
  return rules;
}

export function tableRules(table: Table): RuleSpec[] {
  return [...bandRules(table), ...gradeRules(table)];
}
