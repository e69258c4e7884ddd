import { describe, expect, it } from 'vitest';
import { parseA1Range, rangeToA1 } from '../../dev/engine/a1';
import { loadCustomFunctions } from '../../dev/engine/addon';
import { customFunctionCalls } from '../../dev/engine/plugin';
import { KPI_SHEET, OKR_SHEET, sampleWorkbook } from '../../dev/engine/sample';
import type { SheetsValue } from '../../dev/engine/values';
import { type CellContent, type ConditionalRule, LocalWorkbook } from '../../dev/engine/workbook';

const RED = '#f4c7c3';
const YELLOW = '#fce8b2';
const GREEN = '#b7e1cd';

/** A cell as Sheets hands it to a custom function; "" is a blank cell. */
type Cell = SheetsValue;
type Grid = Cell[][];

/** What a cell shows, by its A1 address. */
function shown(workbook: LocalWorkbook, sheet: string, a1: string): string {
  const { row, column } = parseA1Range(a1);
  return workbook.display(sheet, row, column);
}

function background(workbook: LocalWorkbook, sheet: string, a1: string): string | null {
  const { row, column } = parseA1Range(a1);
  return workbook.style(sheet, row, column).background;
}

/** Every cell of a range, row by row, as `read` sees it. */
function readRange<T>(a1: string, read: (row: number, column: number) => T): T[] {
  const range = parseA1Range(a1);
  const cells: T[] = [];
  for (let row = range.row; row < range.row + range.rows; row++) {
    for (let col = range.column; col < range.column + range.columns; col++) {
      cells.push(read(row, col));
    }
  }
  return cells;
}

/** What the cells of a range show, row by row. */
function shownIn(workbook: LocalWorkbook, sheet: string, a1: string): string[] {
  return readRange(a1, (row, col) => workbook.display(sheet, row, col));
}

function backgroundsIn(workbook: LocalWorkbook, sheet: string, a1: string): (string | null)[] {
  return readRange(a1, (row, col) => workbook.style(sheet, row, col).background);
}

/**
 * A cell typed so that it holds exactly `cell`: text goes in behind Sheets' "'", or the engine
 * would read "45%" as a number, as Sheets does with typed text.
 */
function typed(cell: Cell): CellContent {
  if (cell === '') return null;
  return typeof cell === 'string' ? `'${cell}` : cell;
}

/** Engine numbers carry 11 significant digits, the add-on's full doubles: compare to 1e-9. */
function comparable(grid: unknown[][]): unknown[][] {
  return grid.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? Number(cell.toFixed(9)) : cell)),
  );
}

describe('a custom function over ranges in the workbook', () => {
  const addOn = loadCustomFunctions();

  function callDirectly(name: string, args: (Grid | Cell)[]): unknown {
    const fn = addOn.get(name);
    if (!fn) throw new Error(`dist/Code.js has no custom function ${name}`);
    return fn(...args);
  }

  /**
   * Types each argument into its own block of a fresh workbook (a single value into a single
   * cell), writes one formula over those cells on another sheet and reads what spills.
   */
  function spill(name: string, args: (Grid | Cell)[], rows: number, columns: number): unknown[][] {
    const workbook = LocalWorkbook.create({ Inputs: [], Answer: [] });
    let nextColumn = 0;
    const references = args.map((arg) => {
      const grid = Array.isArray(arg) ? arg : [[arg]];
      const width = grid[0]?.length ?? 1;
      workbook.setContents(
        'Inputs',
        0,
        nextColumn,
        grid.map((row) => row.map(typed)),
      );
      const reference = rangeToA1({
        row: 0,
        column: nextColumn,
        rows: grid.length,
        columns: width,
      });
      nextColumn += width;
      return `Inputs!${reference}`;
    });
    workbook.setContent('Answer', 0, 0, `=${name}(${references.join(', ')})`);
    return Array.from({ length: rows + 1 }, (_, row) =>
      Array.from({ length: columns }, (_, col) => workbook.value('Answer', row, col)),
    );
  }

  /** A column of cells, top to bottom. */
  const down = (...cells: Cell[]): Grid => cells.map((cell) => [cell]);

  const cases: { name: string; args: (Grid | Cell)[] }[] = [
    {
      name: 'OKRSCORE',
      args: [
        down(0.29, 0.035, 8, true, false, '', 0.5, '45%', 0.3, 5),
        down(0.2, 0.05, 12, '', '', 0.1, 0.5, 0.2, 'n/a', ''),
        down(0.35, 0.02, 7, '', '', 0.9, 0.5, 0.6, 1, 10),
      ],
    },
    {
      name: 'KPIBAND',
      args: [
        down(0.36, 33, 0.66, 0.8, '', 0.5, '1,200', 26),
        down(0.35, '', 0.65, 0.65, 0.1, 0.7, 1000, ''),
        down('', 30, 0.75, 0.75, 0.2, 0.3, '', 30),
        down(0.02, 5, 0.02, 0.02, '', '', '', -1),
      ],
    },
    {
      name: 'OKRROLLUP',
      args: [
        down('Grow EMEA', ' grow emea ', 'Fix onboarding', '', 'Fix onboarding', 'Win'),
        down(0.8, '40%', 0.6, 0.9, '', 70),
        down(1, 3, 2, 1, '', 1),
      ],
    },
    {
      name: 'OKRSTATUS',
      args: [
        down(0.75, 0.3, 0.1, 1, 0.5, '', 0.9),
        down('aspirational', 'Aspirational', '', 'COMMITTED', 'committed', '', 'stretch'),
        0.5,
      ],
    },
    {
      name: 'OKRPACE',
      args: [
        down(new Date(2026, 9, 1), new Date(2026, 6, 1), new Date(2026, 11, 31), ''),
        down(new Date(2026, 11, 31), new Date(2026, 8, 30), new Date(2026, 9, 1), ''),
        new Date(2026, 10, 15),
      ],
    },
    {
      name: 'KPIDRIFT',
      args: [
        [
          [0.026, 0.034, 0.05, 0.044, 0.039, 0.035],
          [0.02, 0.02, 0.02, 0.02, 0.02, 0.02],
          [0.02, 0.04, 0.05, 0.04, '', ''],
          ['', '', '', '', '', ''],
          [24, 26, 29, 31, 34, 'n/a'],
        ],
        down('', '', '', '', ''),
        down(0.03, 0.03, 0.03, 0.03, 30),
        2,
      ],
    },
    {
      name: 'KRCHECK',
      args: [
        down(
          'Increase MQL-to-SQL conversion from 20% to 35%',
          'Hold weekly marketing meetings',
          'Increase website traffic by 20%',
          'Churn under 3%',
          'TBD',
          '',
        ),
      ],
    },
    {
      name: 'OKRKIND',
      args: [
        down(
          'Cut churn from 5% to 2% this quarter',
          'Churn under 3%',
          'Design new website by end of Q3',
          'Grow our presence in EMEA',
        ),
      ],
    },
    {
      name: 'OBJCHECK',
      args: [down('Grow our presence in EMEA', 'Grow revenue 20% in EMEA', 'Revenue', '')],
    },
  ];

  it.each(cases)('$name spills what one direct call returns', ({ name, args }) => {
    const direct = callDirectly(name, args);
    expect(Array.isArray(direct)).toBe(true);
    const expected = direct as unknown[][];
    const width = expected[0]?.length ?? 1;
    const answer = spill(name, args, expected.length, width);
    // The row under the spill stays empty: the answer is no bigger than the direct call's.
    const below = answer.pop();
    expect(comparable(answer)).toEqual(comparable(expected));
    expect(below).toEqual(new Array(width).fill(''));
  });

  it('passes a single cell as a single value, and answers in that one cell', () => {
    const args = [0.035, 0.05, 0.02];
    const answer = spill('OKRSCORE', args, 1, 2);
    expect(answer[0]?.[0]).toBeCloseTo(callDirectly('OKRSCORE', args) as number, 9);
    expect(answer[0]?.[0]).toBeCloseTo(0.5, 9);
    expect(answer[0]?.[1]).toBe('');
    expect(answer[1]?.[0]).toBe('');
  });

  it('shows one error naming both arguments when two ranges differ in size', () => {
    const args = [down(0.3, 0.4, 0.5), down(0.2, 0.2), 0.35];
    const answer = spill('OKRSCORE', args, 1, 1);
    // Sheets shows a thrown custom function error as #ERROR! over the formula cell.
    expect(answer[0]?.[0]).toBe('#ERROR!');
    expect(() => callDirectly('OKRSCORE', args)).toThrow(/current.*baseline|baseline.*current/);
  });
});

describe('conditional formatting', () => {
  const rule = (a1: string, formula: string, colour: string): ConditionalRule => ({
    ranges: [parseA1Range(a1)],
    formula,
    background: colour,
    fontColor: null,
  });

  function scoresSheet(): LocalWorkbook {
    return LocalWorkbook.create({
      Scores: [
        ['Key result', 'Score', 'Last week', null, 0.5],
        ['Cut churn', 0.1, 0.2],
        ['MQL-to-SQL', 0.39, 0.5],
        ['Acquire 70 customers', 0.4, 0.3],
        ['Onboarding', 0.75, 0.8],
        ['Sign-ups', null, 0.1],
      ],
    });
  }

  it('applies a rule on each row with its own row, as written for the top-left cell', () => {
    const workbook = scoresSheet();
    workbook.setConditionalRules('Scores', [rule('B2:B6', '=$B2<0.4', RED)]);
    // The blank score reads as 0 in a comparison, as in Sheets: the sample guards with ISNUMBER.
    expect(backgroundsIn(workbook, 'Scores', 'B2:B6')).toEqual([RED, RED, null, null, RED]);
    expect(background(workbook, 'Scores', 'B1')).toBeNull();
    expect(background(workbook, 'Scores', 'C2')).toBeNull();
  });

  it('keeps a $-fixed reference in place and moves the relative ones', () => {
    const workbook = scoresSheet();
    workbook.setConditionalRules('Scores', [rule('B2:C5', '=B2<$E$1', RED)]);
    expect(backgroundsIn(workbook, 'Scores', 'B2:B5')).toEqual([RED, RED, RED, null]);
    expect(backgroundsIn(workbook, 'Scores', 'C2:C5')).toEqual([RED, null, RED, null]);

    workbook.setContent('Scores', 0, 4, 0.35);
    expect(backgroundsIn(workbook, 'Scores', 'B2:B5')).toEqual([RED, null, null, null]);
    expect(backgroundsIn(workbook, 'Scores', 'C2:C5')).toEqual([RED, null, RED, null]);
  });

  it('keeps a fixed column while the row moves: this week below last week', () => {
    const workbook = scoresSheet();
    workbook.setConditionalRules('Scores', [rule('C2:C5', '=$B2<C2', RED)]);
    // C holds last week; the rule colours last week's cell where the score has fallen since.
    expect(backgroundsIn(workbook, 'Scores', 'C2:C5')).toEqual([RED, RED, null, RED]);
  });

  it('gives a cell the colours of the first rule that holds', () => {
    const workbook = scoresSheet();
    const red = rule('B2:B5', '=$B2<0.4', RED);
    const yellow = rule('B2:B5', '=$B2<0.7', YELLOW);
    const green = rule('B2:B5', '=$B2>=0.7', GREEN);
    workbook.setConditionalRules('Scores', [red, yellow, green]);
    expect(backgroundsIn(workbook, 'Scores', 'B2:B5')).toEqual([RED, RED, YELLOW, GREEN]);

    workbook.setConditionalRules('Scores', [yellow, red, green]);
    expect(backgroundsIn(workbook, 'Scores', 'B2:B5')).toEqual([YELLOW, YELLOW, YELLOW, GREEN]);
  });

  it('never applies a rule that calls a custom function, as Sheets refuses them', () => {
    const workbook = scoresSheet();
    const custom = '=OKRSCORE($B2, 0, 1)<0.4';
    workbook.setConditionalRules('Scores', [
      rule('B2:B5', custom, RED),
      rule('B2:B5', '=okrstatus($B2)="GREEN"', GREEN),
      rule('B2:B5', '=$B2<0.7', YELLOW),
    ]);
    // The first two would hold on rows 2, 3 and 5; the native rule after them still applies.
    expect(backgroundsIn(workbook, 'Scores', 'B2:B5')).toEqual([YELLOW, YELLOW, YELLOW, null]);
    expect(workbook.ignoredRuleFormulas.has(custom)).toBe(true);
  });
});

describe('custom function calls', () => {
  const ROWS = 500;

  function keyResults(): CellContent[][] {
    const rows: CellContent[][] = [['Baseline', 'Target', 'Current', 'Score']];
    for (let index = 0; index < ROWS; index++) {
      rows.push([0.2, 0.35, 0.2 + (0.15 * index) / (ROWS - 1), null]);
    }
    return rows;
  }

  it('makes one call for one formula over 500 rows, and one per row when filled down', () => {
    const workbook = LocalWorkbook.create({ KRs: keyResults() });
    const before = customFunctionCalls.count;
    workbook.setContent(
      'KRs',
      1,
      3,
      `=OKRSCORE(C2:C${ROWS + 1}, A2:A${ROWS + 1}, B2:B${ROWS + 1})`,
    );
    expect(customFunctionCalls.count - before).toBe(1);
    expect(workbook.value('KRs', 1, 3)).toBe(0);
    expect(workbook.value('KRs', ROWS, 3)).toBe(1);

    const perRow = LocalWorkbook.create({ KRs: keyResults() });
    const beforePerRow = customFunctionCalls.count;
    perRow.setContents(
      'KRs',
      1,
      3,
      Array.from({ length: ROWS }, (_, index) => [
        `=OKRSCORE(C${index + 2}, A${index + 2}, B${index + 2})`,
      ]),
    );
    expect(customFunctionCalls.count - beforePerRow).toBe(ROWS);
    expect(perRow.value('KRs', ROWS, 3)).toBe(1);
  });

  it('calls once more, for the whole column, when one input changes', () => {
    const workbook = LocalWorkbook.create({ KRs: keyResults() });
    workbook.setContent(
      'KRs',
      1,
      3,
      `=OKRSCORE(C2:C${ROWS + 1}, A2:A${ROWS + 1}, B2:B${ROWS + 1})`,
    );
    const before = customFunctionCalls.count;
    workbook.setContent('KRs', 100, 2, 0.35);
    expect(customFunctionCalls.count - before).toBe(1);
  });
});

describe('editing an input', () => {
  it('recalculates the spilled score, the objective score, the status and the colour', () => {
    const workbook = sampleWorkbook();
    // Row 9: "Cut churn from 5% to 2% this quarter", at 3.5% on the check-in.
    expect(shown(workbook, OKR_SHEET, 'H9')).toBe('0.50');
    expect(background(workbook, OKR_SHEET, 'H9')).toBe(YELLOW);

    workbook.setContent(OKR_SHEET, 8, 6, 0.02);
    expect(shown(workbook, OKR_SHEET, 'H9')).toBe('1.00');
    expect(background(workbook, OKR_SHEET, 'H9')).toBe(GREEN);
    expect(shown(workbook, OKR_SHEET, 'J9')).toBe('ON TRACK');
    // (1 + 0.125 + 0.62 + 0) / 4 for "Fix retention so customers stay and grow".
    expect(shownIn(workbook, OKR_SHEET, 'I9:I12')).toEqual(['0.44', '0.44', '0.44', '0.44']);

    workbook.setContent(OKR_SHEET, 8, 6, 0.06);
    expect(shown(workbook, OKR_SHEET, 'H9')).toBe('0.00');
    expect(background(workbook, OKR_SHEET, 'H9')).toBe(RED);
  });

  it('blanks the score, its status and its colour when the current reading is cleared', () => {
    const workbook = sampleWorkbook();
    workbook.setContent(OKR_SHEET, 1, 6, null);
    expect(shown(workbook, OKR_SHEET, 'H2')).toBe('');
    expect(shown(workbook, OKR_SHEET, 'J2')).toBe('');
    expect(background(workbook, OKR_SHEET, 'H2')).toBeNull();
  });

  it('moves a KPI into drift when a new month comes in out of band', () => {
    const workbook = sampleWorkbook();
    // Net revenue retention: below 100% in December only. A second month below is a drift.
    expect(shown(workbook, KPI_SHEET, 'L4')).toBe('FALSE');
    workbook.setContent(KPI_SHEET, 3, 8, 0.995);
    expect(shown(workbook, KPI_SHEET, 'L4')).toBe('TRUE');
    expect(background(workbook, KPI_SHEET, 'L4')).toBe(RED);
  });
});

describe('the sample workbook', () => {
  const workbook = sampleWorkbook();

  it('has the OKRs beside the KPIs, each with a frozen header row', () => {
    expect(workbook.sheetNames()).toEqual([OKR_SHEET, KPI_SHEET]);
    expect(workbook.frozenRows(OKR_SHEET)).toBe(1);
    expect(workbook.frozenRows(KPI_SHEET)).toBe(1);
    expect(shownIn(workbook, OKR_SHEET, 'H1:K1')).toEqual([
      'Score',
      'Objective score',
      'Status',
      'Check',
    ]);
  });

  it('fills each computed column from one formula in its first data row', () => {
    expect(workbook.formula(OKR_SHEET, 1, 7)).toBe('=OKRSCORE(G2:G, E2:E, F2:F)');
    expect(workbook.formula(OKR_SHEET, 1, 8)).toBe('=OKRROLLUP(A2:A, H2:H)');
    expect(workbook.formula(OKR_SHEET, 1, 10)).toBe('=KRCHECK(C2:C)');
    expect(workbook.formula(KPI_SHEET, 1, 10)).toBe('=KPIBAND(J2:J, C2:C, D2:D)');
    expect(workbook.formula(KPI_SHEET, 1, 11)).toBe('=KPIDRIFT(E2:J, C2:C, D2:D)');
    for (let row = 2; row <= 11; row++) {
      for (const computed of [7, 8, 9, 10])
        expect(workbook.formula(OKR_SHEET, row, computed)).toBe('');
    }
  });

  it('scores increasing, decreasing and binary key results from baseline to target', () => {
    expect(shownIn(workbook, OKR_SHEET, 'H2:H12')).toEqual([
      '0.60', // MQL-to-SQL conversion 20% -> 35%, at 29%
      '0.54', // 38 of 70 new customers
      '0.82', // demo requests 40 -> 90, at 81
      '', // organic sign-ups: not checked in yet
      '0.80', // onboarding 12 -> 7 minutes, at 8
      '0.24', // onboarding completion 60% -> 85%, at 66%
      '1.00', // setup checklist live: ticked
      '0.50', // churn 5% -> 2%, at 3.5%
      '0.13', // net revenue retention 98% -> 106%, at 99%
      '0.62', // expansion revenue 40,000 -> 90,000, at 71,000
      '0.00', // first response 4 h -> 1 h, now 5 h: worse than the start, clamped to 0
    ]);
    expect(shown(workbook, OKR_SHEET, 'E9')).toBe('5.0%');
    expect(shown(workbook, OKR_SHEET, 'G8')).toBe('TRUE');
    expect(workbook.dataValidation(OKR_SHEET, 7, 6)?.criteria).toBe('CHECKBOX');
  });

  it('rolls key results up to their objective, a blank score counting as 0', () => {
    expect(shownIn(workbook, OKR_SHEET, 'I2:I12')).toEqual([
      ...new Array(4).fill('0.49'), // (0.6 + 0.543 + 0.82 + 0) / 4
      ...new Array(3).fill('0.68'), // (0.8 + 0.24 + 1) / 3
      ...new Array(4).fill('0.31'), // (0.5 + 0.125 + 0.62 + 0) / 4
    ]);
  });

  it('grades each key result against its pace at the mid-December check-in', () => {
    // 75 of 91 days gone: aspirational pace 0.577 (at risk from 0.346), committed 0.824 (0.495).
    expect(shownIn(workbook, OKR_SHEET, 'J2:J12')).toEqual([
      'ON TRACK',
      'AT RISK',
      'ON TRACK',
      '',
      'AT RISK', // committed: 0.80 is short of the 0.82 pace
      'OFF TRACK',
      'ON TRACK',
      'AT RISK',
      'OFF TRACK',
      'ON TRACK',
      'OFF TRACK',
    ]);
  });

  it('flags the binary key result as a deliverable with no number, and passes the others', () => {
    // "In-app setup checklist live for all new accounts": a deliverable's state, done or not.
    const checks = shownIn(workbook, OKR_SHEET, 'K2:K12');
    expect(checks[6]).toBe('task, not an outcome; no number');
    expect(checks.filter((check) => check !== 'OK')).toEqual(['task, not an outcome; no number']);
  });

  it('colours scores red below 0.4, yellow below 0.7, green from 0.7, and blanks not at all', () => {
    expect(backgroundsIn(workbook, OKR_SHEET, 'H2:H12')).toEqual([
      YELLOW,
      YELLOW,
      GREEN,
      null,
      GREEN,
      RED,
      GREEN,
      YELLOW,
      RED,
      YELLOW,
      RED,
    ]);
  });

  it("bands each KPI's last month and flags two months out of band running as drift", () => {
    expect(shownIn(workbook, KPI_SHEET, 'A2:A7')).toEqual([
      'Gross margin',
      'Average ticket response (minutes)',
      'Net revenue retention',
      'Billable utilization',
      'Monthly churn',
      'Pipeline coverage (x quota)',
    ]);
    expect(shownIn(workbook, KPI_SHEET, 'K2:K7')).toEqual([
      'IN BAND', // 36%, above 35%: back in after two months out, so no drift
      'ABOVE', // 33 minutes against under 30
      'BELOW', // 99% against above 100%, for the first month
      'IN BAND', // 70%, between 65% and 75%
      'ABOVE', // 3.5% against under 3%
      'BELOW', // 2.5x against at least 3x
    ]);
    expect(shownIn(workbook, KPI_SHEET, 'L2:L7')).toEqual([
      'FALSE',
      'TRUE',
      'FALSE',
      'FALSE',
      'TRUE',
      'TRUE',
    ]);
    expect(shown(workbook, KPI_SHEET, 'J6')).toBe('3.5%');
  });

  it('turns out-of-band KPIs and drifts red, and leaves healthy ones plain', () => {
    expect(backgroundsIn(workbook, KPI_SHEET, 'K2:K7')).toEqual([null, RED, RED, null, RED, RED]);
    expect(backgroundsIn(workbook, KPI_SHEET, 'L2:L7')).toEqual([null, RED, null, null, RED, RED]);
  });

  it('tells the churn story: the drifting KPI is this quarter’s key result', () => {
    expect(shown(workbook, KPI_SHEET, 'G6')).toBe('5.0%'); // September: churn peaked at 5%
    expect(shown(workbook, OKR_SHEET, 'C9')).toBe('Cut churn from 5% to 2% this quarter');
    expect(shown(workbook, OKR_SHEET, 'G9')).toBe(shown(workbook, KPI_SHEET, 'J6'));
  });

  it('uses only native formulas in its conditional formatting', () => {
    for (const sheet of workbook.sheetNames()) {
      const { rows, columns } = workbook.size(sheet);
      for (let row = 0; row < rows; row++) {
        for (let col = 0; col < columns; col++) workbook.style(sheet, row, col);
      }
    }
    expect([...workbook.ignoredRuleFormulas]).toEqual([]);
  });
});

describe('snapshots (the preview’s Reset)', () => {
  it('rebuild array formulas that spill again, with the rules and formats kept', () => {
    const workbook = LocalWorkbook.create({
      KRs: [
        ['current', 'baseline', 'target', '=OKRSCORE(A2:A3, B2:B3, C2:C3)'],
        [0.03, 0.05, 0.02],
        [0.06, 0.05, 0.02],
      ],
    });
    workbook.setNumberFormat('KRs', parseA1Range('D1:D3'), '0.00');
    const restored = LocalWorkbook.fromSnapshot(workbook.snapshot());
    expect([0, 1].map((row) => restored.display('KRs', row, 3))).toEqual(['0.67', '0.00']);
  });
});
