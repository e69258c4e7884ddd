/**
 * Section: what one call over a whole column of cells as teams fill them in (blanks, percent
 * text) costs, per custom function, cold (the first call, which each Apps Script execution
 * pays) and warm. Each function runs in fresh processes of its own that load the shipped
 * dist/Code.js, as Apps Script runs each call in an execution of its own.
 */
import type { CellInput, CellOutput, CellResult } from '../../../src/functions/cells';
import { loadCodeJs, topLevel } from '../code-js';
import { inFreshProcesses } from '../fresh-process';
import { measure, spread, timeOnce } from '../measure';
import type { Section } from '../section';
import { formatCount, formatMs, formatShare, formatSpread } from '../table';
import { generateWorkload, HISTORY_PERIODS, ROWS, type Workload } from '../workload';

interface ColumnCase {
  name: string;
  /** The arguments as passed, for the reader. */
  argumentList: string;
  inputs: (workload: Workload) => CellInput[];
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

const CASES: ColumnCase[] = [
  {
    name: 'OKRSCORE',
    argumentList: 'current, baseline, target columns',
    inputs: ({ keyResults: { current, baseline, target } }) => [
      current.cells,
      baseline.cells,
      target.cells,
    ],
    isAnswer: isNumber,
  },
  {
    name: 'KPIBAND',
    argumentList: 'value, low, high columns; no watch',
    inputs: ({ kpis: { value, low, high } }) => [value.cells, low.cells, high.cells],
    isAnswer: oneOf('IN BAND', 'WATCH', 'BELOW', 'ABOVE'),
  },
  {
    name: 'OKRROLLUP',
    argumentList: 'objectives, scores, weights columns',
    inputs: ({ rollUp: { objectives, scores, weights } }) => [
      objectives,
      scores.cells,
      weights.cells,
    ],
    isAnswer: isNumber,
  },
  {
    name: 'OKRSTATUS',
    argumentList: 'score, type columns; one elapsed',
    inputs: ({ grades: { scores, types, elapsed } }) => [scores.cells, types, elapsed],
    isAnswer: oneOf('GREEN', 'YELLOW', 'RED', 'ON TRACK', 'AT RISK', 'OFF TRACK'),
  },
  {
    name: 'OKRPACE',
    argumentList: 'start, end date columns; one as_of date',
    inputs: ({ cycles: { start, end, asOf } }) => [start, end, asOf],
    isAnswer: isNumber,
  },
  {
    name: 'KPIDRIFT',
    argumentList: `history ${HISTORY_PERIODS} columns wide; low, high columns`,
    inputs: ({ kpiHistory: { history, low, high } }) => [history, low.cells, high.cells],
    isAnswer: isBoolean,
  },
  {
    name: 'KPILATEST',
    argumentList: `history ${HISTORY_PERIODS} columns wide`,
    inputs: ({ kpiHistory: { history } }) => [history],
    isAnswer: isNumber,
  },
  {
    name: 'OKRKIND',
    argumentList: 'statement column',
    inputs: ({ statements }) => [statements.cells],
    isAnswer: oneOf('OBJECTIVE', 'KEY RESULT', 'KPI', 'TASK'),
  },
  {
    name: 'KRCHECK',
    argumentList: 'statement column',
    inputs: ({ statements }) => [statements.cells],
  },
  {
    name: 'OBJCHECK',
    argumentList: 'statement column',
    inputs: ({ statements }) => [statements.cells],
  },
];

/** Fewer warm runs than elsewhere: OKRKIND and its kin take half a second a call. */
const WARM = { warmups: 2, runs: 5 };

interface ColumnFigures {
  coldMs: number;
  warmMs: number;
  messageRows: number;
}

/** One process: makes the data, loads Code.js, times the first call cold, then warm runs. */
export function inChild(name: string): ColumnFigures {
  const columnCase = CASES.find((each) => each.name === name);
  if (!columnCase) throw new Error(`no column case ${name}`);
  const args = columnCase.inputs(generateWorkload());
  loadCodeJs();
  const customFunction = topLevel(name);
  const call = () => customFunction(...args);
  const [coldMs, answers] = timeOnce(call);
  const warm = measure(call, WARM);
  const { isAnswer } = columnCase;
  return {
    coldMs,
    warmMs: warm.medianMs,
    messageRows: isAnswer ? messageRows(answers as CellOutput, isAnswer) : -1,
  };
}

export const columnCalls: Section = {
  title:
    `One call over ${formatCount(ROWS)} rows of cells as teams fill them in, per custom ` +
    'function (dist/Code.js, fresh processes)',
  run(workload) {
    const rows = CASES.map(({ name, argumentList }) => {
      const figures = inFreshProcesses<ColumnFigures>(import.meta.url, [name]);
      const warm = spread(figures.map((each) => each.warmMs));
      const messages = figures[0]?.messageRows ?? -1;
      return [
        name,
        argumentList,
        formatSpread(spread(figures.map((each) => each.coldMs)), formatMs),
        formatSpread(warm, formatMs),
        formatCount(workload.rows / (warm.median / 1000)),
        messages < 0 ? '-' : `${formatCount(messages)} (${formatShare(messages, workload.rows)})`,
      ];
    });
    return {
      columns: [
        { header: 'function' },
        { header: 'arguments' },
        { header: 'cold ms', align: 'right' },
        { header: 'warm ms', align: 'right' },
        { header: 'rows / s warm', align: 'right' },
        { header: 'message rows', align: 'right' },
      ],
      rows,
      notes: [
        `${formatCount(workload.rows)} rows each. Number cells are about 2% blank and 3% percent ` +
          'text ("45.3%"); OKRPACE gets Date cells; OKRROLLUP has about 3,000 objectives; the ' +
          'statements are generated from templates of objectives, key results, KPIs and tasks.',
        'Each figure: the median over fresh processes, with the lowest and highest in brackets. ' +
          'Cold: the first call after loading dist/Code.js, what each Apps Script execution ' +
          `pays. Warm: the median of ${WARM.runs} calls after ${WARM.warmups} untimed ones, each ` +
          'after a forced collection.',
        'Message rows: cells showing a message to fix; near 0 means the data exercised the ' +
          'computation, not the error path.',
      ],
    };
  },
};

function messageRows(output: CellOutput, isAnswer: (cell: CellResult) => boolean): number {
  const grid = Array.isArray(output) ? output : [[output]];
  let count = 0;
  for (const line of grid) {
    for (const cell of line) if (cell !== '' && !isAnswer(cell)) count++;
  }
  return count;
}
