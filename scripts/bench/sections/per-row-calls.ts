/**
 * Section: one call over a column against one call per row, through the top-level functions of
 * the built dist/Code.js, which is what Sheets runs. The README tells users to pass whole
 * columns; this is the CPU side of why.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import type { CellInput, CellOutput, CellValue } from '../../../src/functions/cells';
import { build, DIST } from '../../build';
import { measure } from '../measure';
import type { Section } from '../section';
import { formatCount, formatMs, formatRatio } from '../table';
import { ROWS, type Workload } from '../workload';

type CustomFunction = (...inputs: CellInput[]) => CellOutput;

interface PerRowCase {
  name: string;
  /** Per argument: a column (one cell per row), or a single value every row shares. */
  inputs: (CellValue[][] | CellValue)[];
}

function perRowCases(workload: Workload): PerRowCase[] {
  const { keyResults, kpis, grades } = workload;
  return [
    {
      name: 'OKRSCORE',
      inputs: [keyResults.current.cells, keyResults.baseline.cells, keyResults.target.cells],
    },
    { name: 'KPIBAND', inputs: [kpis.value.cells, kpis.low.cells, kpis.high.cells] },
    { name: 'OKRSTATUS', inputs: [grades.scores.cells, grades.types, grades.elapsed] },
  ];
}

export const perRowCalls: Section = {
  title: `One call over ${formatCount(ROWS)} rows vs one call per row (dist/Code.js in node:vm)`,
  async run(workload) {
    const codeJs = await loadCodeJs();
    const rows = perRowCases(workload).map(({ name, inputs }) => {
      const customFunction = topLevelFunction(codeJs, name);
      const oneCall = measure(() => customFunction(...inputs));
      const perRow = measure(() => callPerRow(customFunction, inputs, workload.rows));
      return [
        name,
        formatMs(oneCall.medianMs),
        formatMs(perRow.medianMs),
        formatRatio(perRow.medianMs / oneCall.medianMs),
        sameCells(oneCall.result as CellOutput, perRow.result as CellOutput[][]) ? 'yes' : 'NO',
      ];
    });
    return {
      columns: [
        { header: 'function' },
        { header: 'one call ms', align: 'right' },
        { header: `${formatCount(workload.rows)} per-row calls ms`, align: 'right' },
        { header: 'per-row / one call', align: 'right' },
        { header: 'same results' },
      ],
      rows,
      notes: [
        'dist/Code.js is rebuilt first, then loaded as Apps Script loads it: one script in a ' +
          'fresh node:vm context, called through its top-level functions.',
        'Code in a node:vm context runs about 2x slower than the same bundle in the main ' +
          'context, so the one-call figures here are above those of section 1: read the ratio.',
        'CPU time only. In real Sheets each per-row call is also a network round trip to ' +
          "Google's servers, which this figure leaves out: the real gap is wider.",
      ],
    };
  },
};

async function loadCodeJs(): Promise<vm.Context> {
  await build();
  const code = await readFile(path.join(DIST, 'Code.js'), 'utf8');
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

function topLevelFunction(context: vm.Context, name: string): CustomFunction {
  const candidate: unknown = context[name];
  if (typeof candidate !== 'function') {
    throw new Error(`dist/Code.js has no top-level function ${name}`);
  }
  return candidate as CustomFunction;
}

/** As a sheet with the formula filled down: each row passes its own cells as single values. */
function callPerRow(
  customFunction: CustomFunction,
  inputs: (CellValue[][] | CellValue)[],
  rows: number,
): CellOutput[][] {
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
  if (!Array.isArray(oneCall)) return false;
  if (oneCall.length !== perRow.length) return false;
  return oneCall.every((line, row) => line[0] === perRow[row]?.[0]);
}
