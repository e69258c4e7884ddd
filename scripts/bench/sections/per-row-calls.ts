/**
 * Section: one call over a column against one call per row, through the top-level functions of
 * the shipped dist/Code.js, which is what Sheets runs. The README tells users to pass whole
 * columns; this is the CPU side of why.
 */
import type { CellOutput, CellValue } from '../../../src/functions/cells';
import { loadCodeJs, type TopLevelFunction, topLevel } from '../code-js';
import { inFreshProcesses } from '../fresh-process';
import { measurePair, spread } from '../measure';
import type { Section } from '../section';
import { formatCount, formatMs, formatRatio, formatSpread } from '../table';
import { generateWorkload, ROWS, type Workload } from '../workload';

/** Per argument: a column (one cell per row), or a single value every row shares. */
type Inputs = (CellValue[][] | CellValue)[];

const CASES: { name: string; inputs: (workload: Workload) => Inputs }[] = [
  {
    name: 'OKRSCORE',
    inputs: ({ keyResults: { current, baseline, target } }) => [
      current.cells,
      baseline.cells,
      target.cells,
    ],
  },
  {
    name: 'KPIBAND',
    inputs: ({ kpis: { value, low, high } }) => [value.cells, low.cells, high.cells],
  },
  {
    name: 'OKRSTATUS',
    inputs: ({ grades: { scores, types, elapsed } }) => [scores.cells, types, elapsed],
  },
];

interface PerRowFigures {
  oneCallMs: number;
  perRowMs: number;
  ratio: number;
  sameAnswers: boolean;
}

/** One process: makes the data, loads Code.js, times one call and the per-row calls in pairs. */
export function inChild(name: string, processIndex: string): PerRowFigures {
  const perRowCase = CASES.find((each) => each.name === name);
  if (!perRowCase) throw new Error(`no per-row case ${name}`);
  const inputs = perRowCase.inputs(generateWorkload());
  loadCodeJs();
  const customFunction = topLevel(name);
  const pair = measurePair(
    () => callPerRow(customFunction, inputs),
    () => customFunction(...inputs),
    { secondFirst: Number(processIndex) % 2 === 1 },
  );
  return {
    oneCallMs: pair.second.medianMs,
    perRowMs: pair.first.medianMs,
    ratio: pair.medianRatio,
    sameAnswers: sameCells(pair.second.result as CellOutput, pair.first.result as CellOutput[][]),
  };
}

export const perRowCalls: Section = {
  title:
    `One call over ${formatCount(ROWS)} rows vs one call per row (dist/Code.js, fresh ` +
    'processes)',
  run(workload) {
    const rows = CASES.map(({ name }) => {
      const figures = inFreshProcesses<PerRowFigures>(import.meta.url, [name]);
      return [
        name,
        formatSpread(spread(figures.map((each) => each.oneCallMs)), formatMs),
        formatSpread(spread(figures.map((each) => each.perRowMs)), formatMs),
        formatSpread(spread(figures.map((each) => each.ratio)), formatRatio),
        figures.every((each) => each.sameAnswers) ? 'yes' : 'NO',
      ];
    });
    return {
      columns: [
        { header: 'function' },
        { header: 'one call ms', align: 'right' },
        { header: `${formatCount(workload.rows)} per-row calls ms`, align: 'right' },
        { header: 'per-row / one call', align: 'right' },
        { header: 'same answers' },
      ],
      rows,
      notes: [
        'The cells of section 2, passed as Sheets passes them: one call with the columns, or one ' +
          'call per row with that row’s cells, as a formula filled down does. Warm figures, the ' +
          'median over fresh processes (lowest and highest in brackets) of the median of 9 ' +
          'back-to-back pairs in alternating order.',
        'CPU time only. In real Sheets each per-row call is also a network round trip to ' +
          "Google's servers, which this figure leaves out: the real gap is far wider.",
      ],
    };
  },
};

/** As a sheet with the formula filled down: each row passes its own cells as single values. */
function callPerRow(customFunction: TopLevelFunction, inputs: Inputs): CellOutput[][] {
  const rows = (inputs.find(Array.isArray) as CellValue[][] | undefined)?.length ?? 1;
  const args: CellValue[] = new Array(inputs.length);
  const results: CellOutput[][] = new Array(rows);
  for (let row = 0; row < rows; row++) {
    for (let index = 0; index < inputs.length; index++) {
      const input = inputs[index];
      args[index] = Array.isArray(input) ? input[row]?.[0] : input;
    }
    results[row] = [customFunction(...args)];
  }
  return results;
}

function sameCells(oneCall: CellOutput, perRow: CellOutput[][]): boolean {
  if (!Array.isArray(oneCall) || oneCall.length !== perRow.length) return false;
  return oneCall.every((line, row) => line[0] === perRow[row]?.[0]);
}
