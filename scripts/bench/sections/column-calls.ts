/**
 * Section: what one call over a whole column costs, per custom function, and for the three
 * numeric ones how far the shared vectoriser (reading cells, broadcasting, per-cell messages)
 * sits above the bare arithmetic it wraps.
 */
import type { CellOutput, CellResult, CellValue } from '../../../src/functions/cells';
import { runIsolated } from '../isolated';
import { bundleLibrary, type Library, pick } from '../library';
import { measure, measurePair } from '../measure';
import type { Section } from '../section';
import { formatCount, formatMs, formatRatio, formatShare } from '../table';
import { HISTORY_PERIODS, type NumberColumn, ROWS, type Workload } from '../workload';

/** A column call may cost at most this many times the bare loop over the same numbers. */
export const VECTORISER_OVERHEAD_GOAL = 2;

interface ColumnCase {
  name: string;
  /** The arguments as passed, for the reader. */
  argumentList: string;
  callOnce: () => CellOutput;
  /** The same arithmetic over plain numbers: no cell reading, no shapes, no messages. */
  bareLoop?: () => unknown;
  /**
   * What the function shows when the row is fine; any other non-blank cell is a message. Left
   * out where the messages are the answer (KRCHECK, OBJCHECK).
   */
  isAnswer?: (cell: CellResult) => boolean;
}

const isNumber = (cell: CellResult) => typeof cell === 'number';
const isBoolean = (cell: CellResult) => typeof cell === 'boolean';
const oneOf = (...answers: string[]) => {
  const known = new Set(answers);
  return (cell: CellResult) => typeof cell === 'string' && known.has(cell);
};

export function columnCases(workload: Workload, library: Library): ColumnCase[] {
  const { keyResults, kpis, rollUp, grades, cycles, kpiHistory, statements } = workload;
  const KPIBAND = pick(library, 'KPIBAND');
  const KPIDRIFT = pick(library, 'KPIDRIFT');
  const KRCHECK = pick(library, 'KRCHECK');
  const OBJCHECK = pick(library, 'OBJCHECK');
  const OKRKIND = pick(library, 'OKRKIND');
  const OKRPACE = pick(library, 'OKRPACE');
  const OKRROLLUP = pick(library, 'OKRROLLUP');
  const OKRSCORE = pick(library, 'OKRSCORE');
  const OKRSTATUS = pick(library, 'OKRSTATUS');
  return [
    {
      name: 'OKRSCORE',
      argumentList: 'current, baseline, target columns',
      callOnce: () =>
        OKRSCORE(keyResults.current.cells, keyResults.baseline.cells, keyResults.target.cells),
      bareLoop: () =>
        bareScores(
          rowsOf(keyResults.current),
          rowsOf(keyResults.baseline),
          rowsOf(keyResults.target),
        ),
      isAnswer: isNumber,
    },
    {
      name: 'KPIBAND',
      argumentList: 'value, low, high columns; no watch',
      callOnce: () => KPIBAND(kpis.value.cells, kpis.low.cells, kpis.high.cells),
      bareLoop: () => bareBands(rowsOf(kpis.value), rowsOf(kpis.low), rowsOf(kpis.high)),
      isAnswer: oneOf('IN BAND', 'WATCH', 'BELOW', 'ABOVE'),
    },
    {
      name: 'OKRROLLUP',
      argumentList: 'objectives, scores, weights columns',
      callOnce: () => OKRROLLUP(rollUp.objectives, rollUp.scores.cells, rollUp.weights.cells),
      bareLoop: () => bareRollUp(rollUp.objectives, rowsOf(rollUp.scores), rowsOf(rollUp.weights)),
      isAnswer: isNumber,
    },
    {
      name: 'OKRSTATUS',
      argumentList: `score, type columns; elapsed ${grades.elapsed}`,
      callOnce: () => OKRSTATUS(grades.scores.cells, grades.types, grades.elapsed),
      isAnswer: oneOf('GREEN', 'YELLOW', 'RED', 'ON TRACK', 'AT RISK', 'OFF TRACK'),
    },
    {
      name: 'OKRPACE',
      argumentList: 'start, end date columns; one as_of date',
      callOnce: () => OKRPACE(cycles.start, cycles.end, cycles.asOf),
      isAnswer: isNumber,
    },
    {
      name: 'KPIDRIFT',
      argumentList: `history ${HISTORY_PERIODS} columns wide; low, high columns`,
      callOnce: () => KPIDRIFT(kpiHistory.history, kpiHistory.low.cells, kpiHistory.high.cells),
      isAnswer: isBoolean,
    },
    {
      name: 'OKRKIND',
      argumentList: 'statement column',
      callOnce: () => OKRKIND(statements.cells),
      isAnswer: oneOf('OBJECTIVE', 'KEY RESULT', 'KPI', 'TASK'),
    },
    {
      name: 'KRCHECK',
      argumentList: 'statement column',
      callOnce: () => KRCHECK(statements.cells),
    },
    {
      name: 'OBJCHECK',
      argumentList: 'statement column',
      callOnce: () => OBJCHECK(statements.cells),
    },
  ];
}

/** What one isolated case measured: see isolated-case.ts. */
export interface ColumnFigures {
  argumentList: string;
  oneCallMs: number;
  messageRows: string;
  bareMs: number | null;
  /** Median of one call / bare loop over pairs timed back to back. */
  ratio: number | null;
}

/** Measures one case; runs inside the fresh process that isolated-case.ts starts. */
export function measureColumnCase(columnCase: ColumnCase): ColumnFigures {
  const { callOnce, bareLoop, isAnswer, argumentList } = columnCase;
  const pair = bareLoop ? measurePair(callOnce, bareLoop, { runs: 15 }) : null;
  const oneCall = pair ? pair.first : measure(callOnce);
  return {
    argumentList,
    oneCallMs: oneCall.medianMs,
    messageRows: isAnswer ? messageRows(oneCall.result as CellOutput, isAnswer) : '-',
    bareMs: pair ? pair.second.medianMs : null,
    ratio: pair ? pair.medianRatio : null,
  };
}

export const COLUMN_CASES = [
  'OKRSCORE',
  'KPIBAND',
  'OKRROLLUP',
  'OKRSTATUS',
  'OKRPACE',
  'KPIDRIFT',
  'OKRKIND',
  'KRCHECK',
  'OBJCHECK',
] as const;

export const columnCalls: Section = {
  title: `One call over a ${formatCount(ROWS)}-row column, per custom function (shipped bundle, one process each)`,
  async run(workload) {
    await bundleLibrary();
    const rows = COLUMN_CASES.map((name) => {
      const figures = runIsolated<ColumnFigures>(name);
      const cells = [name, figures.argumentList, formatMs(figures.oneCallMs), figures.messageRows];
      if (figures.bareMs === null || figures.ratio === null) return [...cells, '', '', '', ''];
      const { ratio } = figures;
      return [
        ...cells,
        formatMs(figures.bareMs),
        formatRatio(ratio),
        `at most ${VECTORISER_OVERHEAD_GOAL}x`,
        ratio <= VECTORISER_OVERHEAD_GOAL ? 'yes' : 'NO',
      ];
    });
    return {
      columns: [
        { header: 'function' },
        { header: 'arguments' },
        { header: 'one call ms', align: 'right' },
        { header: 'message rows', align: 'right' },
        { header: 'bare loop ms', align: 'right' },
        { header: 'one call / bare', align: 'right' },
        { header: 'goal' },
        { header: 'met' },
      ],
      rows,
      notes: [
        `${formatCount(workload.rows)} rows each. Cells are numbers, with about 2% blank and 3% ` +
          'percent text ("45.3%"); OKRPACE gets Date cells; OKRROLLUP has about 3,000 objectives.',
        'Message rows: cells showing a message to fix; near 0 means the data exercised the real ' +
          'computation, not the error path.',
        'Bare loop: the core formula written inline, over the same figures as plain numbers in ' +
          'the same rows of cells ([[v], [v], ...]), writing the same rows of results: what any ' +
          'custom function must do to read a range and answer Sheets, and nothing else (no ' +
          "coercion, shapes, broadcasting or messages). OKRROLLUP's bare loop keys a Map by the " +
          'exact name; OKRROLLUP itself also trims and lower-cases every name.',
        'Each function runs in a fresh Node process of its own, on the bundle esbuild makes ' +
          'of src/server.ts, as Apps Script runs each call in an execution of its own. Timed ' +
          'runs each start after a forced garbage collection, so the figures are of the work, ' +
          'not of when the collector happened to run.',
        'One call / bare is the median of 15 ratios, each of a call and a bare loop timed back ' +
          'to back: single times on this shared 2-core machine swing 2x and more from run to ' +
          'run, and back-to-back pairs swing together.',
      ],
    };
  },
};

function messageRows(output: CellOutput, isAnswer: (cell: CellResult) => boolean): string {
  const grid = Array.isArray(output) ? output : [[output]];
  let count = 0;
  let cells = 0;
  for (const line of grid) {
    for (const cell of line) {
      cells++;
      if (cell !== '' && !isAnswer(cell)) count++;
    }
  }
  return `${formatCount(count)} (${formatShare(count, cells)})`;
}

/** The same figures as `column.cells`, as plain numbers in the same rows of one cell. */
const numberRows = new WeakMap<NumberColumn, number[][]>();
function rowsOf(column: NumberColumn): number[][] {
  let rows = numberRows.get(column);
  if (!rows) {
    rows = Array.from(column.plain, (figure) => [figure]);
    numberRows.set(column, rows);
  }
  return rows;
}

// The bare loops read rows within their length, so `as number[]` only tells the type checker
// what `noUncheckedIndexedAccess` cannot know; a `??` would add work to the loop.

function bareScores(current: number[][], baseline: number[][], target: number[][]): number[][] {
  const scores: number[][] = new Array(current.length);
  for (let row = 0; row < current.length; row++) {
    const start = (baseline[row] as number[])[0] as number;
    const reading = (current[row] as number[])[0] as number;
    const end = (target[row] as number[])[0] as number;
    scores[row] = [Math.min(1, Math.max(0, (reading - start) / (end - start)))];
  }
  return scores;
}

function bareBands(value: number[][], low: number[][], high: number[][]): string[][] {
  const statuses: string[][] = new Array(value.length);
  for (let row = 0; row < value.length; row++) {
    const reading = (value[row] as number[])[0] as number;
    statuses[row] = [
      reading < ((low[row] as number[])[0] as number)
        ? 'BELOW'
        : reading > ((high[row] as number[])[0] as number)
          ? 'ABOVE'
          : 'IN BAND',
    ];
  }
  return statuses;
}

function bareRollUp(
  objectives: CellValue[][],
  scores: number[][],
  weights: number[][],
): number[][] {
  const totals = new Map<string, { weighted: number; weights: number }>();
  for (let row = 0; row < objectives.length; row++) {
    const objective = (objectives[row] as CellValue[])[0] as string;
    let total = totals.get(objective);
    if (!total) {
      total = { weighted: 0, weights: 0 };
      totals.set(objective, total);
    }
    const weight = (weights[row] as number[])[0] as number;
    total.weighted += weight * ((scores[row] as number[])[0] as number);
    total.weights += weight;
  }
  const rolledUp: number[][] = new Array(objectives.length);
  for (let row = 0; row < objectives.length; row++) {
    const total = totals.get((objectives[row] as CellValue[])[0] as string);
    rolledUp[row] = [total ? Math.min(1, Math.max(0, total.weighted / total.weights)) : 0];
  }
  return rolledUp;
}
