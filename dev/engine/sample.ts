/**
 * The sample spreadsheet: one team's Q4 2026, with its OKRs and KPIs side by side as the domain
 * describes them. Every figure is fixed, the check-in date included, so the scores, grades and
 * colours it shows are the same on every run and tests can name them.
 *
 * The story it tells: churn drifted out of its KPI band over the summer, so this quarter has an
 * OKR to cut it from 5% to 2%; its key result's current reading is the churn KPI's December.
 */
import { columnLetters, type GridRange } from './a1';
import { type CellContent, type ConditionalRule, LocalWorkbook } from './workbook';

export const OKR_SHEET = 'OKRs';
export const KPI_SHEET = 'KPIs';

/** Q4 2026, checked in mid-December: a fixed date rather than TODAY() keeps the sample stable. */
const QUARTER_START = 'DATE(2026,10,1)';
const QUARTER_END = 'DATE(2026,12,31)';
const CHECK_IN = 'DATE(2026,12,15)';

const RED = '#f4c7c3';
const YELLOW = '#fce8b2';
const GREEN = '#b7e1cd';

const PERCENT = '0%';
const PERCENT_TENTHS = '0.0%';
const WHOLE = '0';
const THOUSANDS = '#,##0';
const SCORE = '0.00';

type OkrType = 'aspirational' | 'committed';

interface KeyResult {
  statement: string;
  owner: string;
  /** Blank for a binary key result: the checkbox alone says done or not done. */
  baseline: number | null;
  target: number | null;
  /** A checkbox for a binary key result; blank when not checked in yet. */
  current: number | boolean | null;
  /** How baseline, target and current read: the metric's own unit. */
  numberFormat: string | null;
}

interface Objective {
  name: string;
  type: OkrType;
  owner: string;
  keyResults: KeyResult[];
}

interface Kpi {
  name: string;
  owner: string;
  /** A blank bound makes a one-sided band ("above 35%"). */
  low: number | null;
  high: number | null;
  /** Jul to Dec 2026, oldest first; December is month to date at the check-in. */
  history: number[];
  numberFormat: string;
}

const OBJECTIVES: Objective[] = [
  {
    name: 'Grow pipeline from inbound marketing',
    type: 'aspirational',
    owner: 'Maya Chen',
    keyResults: [
      {
        statement: 'Increase MQL-to-SQL conversion from 20% to 35%',
        owner: 'Sofia Alvarez',
        baseline: 0.2,
        target: 0.35,
        current: 0.29,
        numberFormat: PERCENT,
      },
      {
        statement: 'Acquire 70 new customers',
        owner: 'Daniel Okafor',
        baseline: 0,
        target: 70,
        current: 38,
        numberFormat: WHOLE,
      },
      {
        statement: 'Grow qualified demo requests from 40 to 90 per month',
        owner: 'Sofia Alvarez',
        baseline: 40,
        target: 90,
        current: 81,
        numberFormat: WHOLE,
      },
      {
        // Not checked in yet: its score stays blank and counts as 0 in the objective's score.
        statement: 'Raise organic sign-ups from 1,200 to 2,000 per month',
        owner: 'Maya Chen',
        baseline: 1200,
        target: 2000,
        current: null,
        numberFormat: THOUSANDS,
      },
    ],
  },
  {
    name: 'Make onboarding effortless for new customers',
    type: 'committed',
    owner: 'Priya Nair',
    keyResults: [
      {
        statement: 'Reduce average onboarding time from 12 minutes to under 7',
        owner: 'Liam Walsh',
        baseline: 12,
        target: 7,
        current: 8,
        numberFormat: WHOLE,
      },
      {
        statement: 'Raise onboarding completion from 60% to 85%',
        owner: 'Priya Nair',
        baseline: 0.6,
        target: 0.85,
        current: 0.66,
        numberFormat: PERCENT,
      },
      {
        statement: 'In-app setup checklist live for all new accounts',
        owner: 'Liam Walsh',
        baseline: null,
        target: null,
        current: true,
        numberFormat: null,
      },
    ],
  },
  {
    name: 'Fix retention so customers stay and grow',
    type: 'aspirational',
    owner: 'Tom Berger',
    keyResults: [
      {
        statement: 'Cut churn from 5% to 2% this quarter',
        owner: 'Tom Berger',
        baseline: 0.05,
        target: 0.02,
        current: 0.035,
        numberFormat: PERCENT_TENTHS,
      },
      {
        statement: 'Raise net revenue retention from 98% to 106%',
        owner: 'Aisha Rahman',
        baseline: 0.98,
        target: 1.06,
        current: 0.99,
        numberFormat: PERCENT,
      },
      {
        statement: 'Grow expansion revenue from $40k to $90k',
        owner: 'Aisha Rahman',
        baseline: 40_000,
        target: 90_000,
        current: 71_000,
        numberFormat: THOUSANDS,
      },
      {
        // Worse than where it started: the score is clamped to 0, not negative.
        statement: 'Cut first response time on support tickets from 4 hours to 1',
        owner: 'Tom Berger',
        baseline: 4,
        target: 1,
        current: 5,
        numberFormat: WHOLE,
      },
    ],
  },
];

const KPIS: Kpi[] = [
  {
    // Out in October and November, back in by December: no drift, it is in band now.
    name: 'Gross margin',
    owner: 'Hannah Weiss',
    low: 0.35,
    high: null,
    history: [0.37, 0.36, 0.38, 0.34, 0.33, 0.36],
    numberFormat: PERCENT,
  },
  {
    name: 'Average ticket response (minutes)',
    owner: 'Marco Rossi',
    low: null,
    high: 30,
    history: [24, 26, 29, 31, 34, 33],
    numberFormat: WHOLE,
  },
  {
    // Out for the first time in December: a signal to act, not yet a drift.
    name: 'Net revenue retention',
    owner: 'Aisha Rahman',
    low: 1,
    high: null,
    history: [1.05, 1.04, 1.03, 1.02, 1.01, 0.99],
    numberFormat: PERCENT,
  },
  {
    name: 'Billable utilization',
    owner: 'Elena Petrova',
    low: 0.65,
    high: 0.75,
    history: [0.71, 0.74, 0.77, 0.73, 0.69, 0.7],
    numberFormat: PERCENT,
  },
  {
    // Drifted from 3% to 5% over the summer, which made this quarter's churn OKR.
    name: 'Monthly churn',
    owner: 'Tom Berger',
    low: null,
    high: 0.03,
    history: [0.026, 0.034, 0.05, 0.044, 0.039, 0.035],
    numberFormat: PERCENT_TENTHS,
  },
  {
    name: 'Pipeline coverage (x quota)',
    owner: 'Daniel Okafor',
    low: 3,
    high: null,
    history: [3.6, 3.3, 3.1, 2.8, 2.7, 2.5],
    numberFormat: '0.0',
  },
];

const MONTHS = ['Jul 2026', 'Aug 2026', 'Sep 2026', 'Oct 2026', 'Nov 2026', 'Dec 2026'];

/** OKRs sheet columns, 0-based. */
const OKR = {
  objective: 0,
  type: 1,
  keyResult: 2,
  owner: 3,
  baseline: 4,
  target: 5,
  current: 6,
  score: 7,
  objectiveScore: 8,
  status: 9,
  check: 10,
  objectiveOwner: 11,
} as const;

/** KPIs sheet columns, 0-based. */
const KPI = {
  name: 0,
  owner: 1,
  low: 2,
  high: 3,
  firstMonth: 4,
  lastMonth: 4 + MONTHS.length - 1,
  status: 4 + MONTHS.length,
  drift: 5 + MONTHS.length,
} as const;

export function sampleWorkbook(): LocalWorkbook {
  const workbook = LocalWorkbook.create({ [OKR_SHEET]: okrRows(), [KPI_SHEET]: kpiRows() });
  formatOkrSheet(workbook);
  formatKpiSheet(workbook);
  return workbook;
}

function okrRows(): CellContent[][] {
  const keyResults = OBJECTIVES.flatMap((objective) =>
    objective.keyResults.map((keyResult) => ({ objective, keyResult })),
  );
  const column = openColumn;
  // One formula per column in the first data row, over open-ended ranges: one call fills the
  // whole column, rows added later (by the wizard, say) included.
  const formulas: [column: number, formula: string][] = [
    [
      OKR.score,
      `=OKRSCORE(${column(OKR.current)}, ${column(OKR.baseline)}, ${column(OKR.target)})`,
    ],
    [OKR.objectiveScore, `=OKRROLLUP(${column(OKR.objective)}, ${column(OKR.score)})`],
    [
      OKR.status,
      `=OKRSTATUS(${column(OKR.score)}, ${column(OKR.type)}, ` +
        `OKRPACE(${QUARTER_START}, ${QUARTER_END}, ${CHECK_IN}))`,
    ],
    [OKR.check, `=KRCHECK(${column(OKR.keyResult)})`],
  ];
  const header = [
    'Objective',
    'Type',
    'Key result',
    'KR owner',
    'Baseline',
    'Target',
    'Current',
    'Score',
    'Objective score',
    'Status',
    'Check',
    'Owner',
  ];
  const rows = keyResults.map(({ objective, keyResult }, index): CellContent[] => {
    const row: CellContent[] = [
      objective.name,
      objective.type,
      keyResult.statement,
      keyResult.owner,
      keyResult.baseline,
      keyResult.target,
      keyResult.current,
      null,
      null,
      null,
      null,
      objective.owner,
    ];
    if (index === 0) {
      for (const [formulaColumn, formula] of formulas) row[formulaColumn] = formula;
    }
    return row;
  });
  return [header, ...rows];
}

function kpiRows(): CellContent[][] {
  const history = `${columnLetters(KPI.firstMonth)}2:${columnLetters(KPI.lastMonth)}`;
  const column = openColumn;
  const header = ['KPI', 'Owner', 'Low', 'High', ...MONTHS, 'Status', 'Drift'];
  const rows = KPIS.map((kpi, index): CellContent[] => [
    kpi.name,
    kpi.owner,
    kpi.low,
    kpi.high,
    ...kpi.history,
    index === 0
      ? `=KPIBAND(${column(KPI.lastMonth)}, ${column(KPI.low)}, ${column(KPI.high)})`
      : null,
    index === 0 ? `=KPIDRIFT(${history}, ${column(KPI.low)}, ${column(KPI.high)})` : null,
  ]);
  return [header, ...rows];
}

function formatOkrSheet(workbook: LocalWorkbook): void {
  workbook.setFrozenRows(OKR_SHEET, 1);
  const keyResults = OBJECTIVES.flatMap((objective) => objective.keyResults);
  keyResults.forEach((keyResult, index) => {
    const row = index + 1;
    if (keyResult.numberFormat) {
      workbook.setNumberFormat(OKR_SHEET, cells(row, OKR.baseline, 1, 3), keyResult.numberFormat);
    }
    if (typeof keyResult.current === 'boolean') {
      workbook.setDataValidation(OKR_SHEET, cells(row, OKR.current, 1, 1), {
        criteria: 'CHECKBOX',
        values: [],
        allowInvalid: false,
        helpText: null,
      });
    }
  });
  const scores = cells(1, OKR.score, keyResults.length, 2);
  workbook.setNumberFormat(OKR_SHEET, scores, SCORE);
  const scoreColumn = cells(1, OKR.score, RULE_ROWS, 1);
  const score = firstDataCell(OKR.score);
  // ISNUMBER first: a blank would compare as 0 (red) and a message as text.
  const graded = (test: string) => `=AND(ISNUMBER(${score}), ${score}${test})`;
  workbook.setConditionalRules(OKR_SHEET, [
    fill(scoreColumn, graded('<0.4'), RED),
    fill(scoreColumn, graded('<0.7'), YELLOW),
    fill(scoreColumn, graded('>=0.7'), GREEN),
  ]);
}

function formatKpiSheet(workbook: LocalWorkbook): void {
  workbook.setFrozenRows(KPI_SHEET, 1);
  KPIS.forEach((kpi, index) => {
    const bandAndHistory = cells(index + 1, KPI.low, 1, KPI.lastMonth - KPI.low + 1);
    workbook.setNumberFormat(KPI_SHEET, bandAndHistory, kpi.numberFormat);
  });
  const status = firstDataCell(KPI.status);
  const drift = firstDataCell(KPI.drift);
  workbook.setConditionalRules(KPI_SHEET, [
    fill(cells(1, KPI.status, RULE_ROWS, 1), `=OR(${status}="BELOW", ${status}="ABOVE")`, RED),
    // TRUE() rather than TRUE: Sheets takes both, the local engine only the function.
    fill(cells(1, KPI.drift, RULE_ROWS, 1), `=${drift}=TRUE()`, RED),
  ]);
}

/** "$H2": a rule's cell in the first data row, its column fixed so the rule reads that column. */
function firstDataCell(column: number): string {
  return `$${columnLetters(column)}2`;
}

/** "C2:C": a column's data rows, from under the header to the end of the sheet. */
function openColumn(column: number): string {
  const letter = columnLetters(column);
  return `${letter}2:${letter}`;
}

/** Rules cover every data row of a 1,000-row sheet, as the add-on's own rules do. */
const RULE_ROWS = 999;

function cells(row: number, column: number, rows: number, columns: number): GridRange {
  return { row, column, rows, columns };
}

function fill(range: GridRange, formula: string, background: string): ConditionalRule {
  return { ranges: [range], formula, background, fontColor: null };
}
