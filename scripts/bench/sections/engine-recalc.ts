/**
 * Section: recalculating a column of key result scores in the local workbook (HyperFormula
 * running the built dist/Code.js), scored by one OKRSCORE array formula over the column against
 * the same score as a native formula in every row. It says what the engine costs the tests and
 * tools built on it, and whether one custom function call keeps up with native arithmetic there.
 */
import { columnLetters } from '../../../dev/engine/a1';
import { customFunctionCalls } from '../../../dev/engine/plugin';
import { type CellContent, LocalWorkbook } from '../../../dev/engine/workbook';
import { build } from '../../build';
import { measure, measurePair } from '../measure';
import type { Section } from '../section';
import { formatCount, formatMs, formatRatio } from '../table';
import type { Workload } from '../workload';

const ROWS = 10_000;
const SHEET = 'Key results';
const BASELINE = 1;
const CURRENT = 2;
const TARGET = 3;
const SCORE = 4;
const FIRST_ROW = 1;
const LAST_ROW = FIRST_ROW + ROWS - 1;

/** One key result per row, and a second check-in of the same key results to paste over the first. */
interface KeyResultRows {
  baseline: number[];
  target: number[];
  checkIns: [CellContent[][], CellContent[][]];
}

/**
 * The first rows of the shared workload whose baseline, current and target are all numbers:
 * the native formula has none of OKRSCORE's handling of blanks and text, so both must see the
 * same plain numbers for their scores to agree.
 */
function keyResultRows({ keyResults }: Workload): KeyResultRows {
  const baseline: number[] = [];
  const target: number[] = [];
  const first: CellContent[][] = [];
  const second: CellContent[][] = [];
  for (let row = 0; row < keyResults.current.plain.length && baseline.length < ROWS; row++) {
    const start = keyResults.baseline.plain[row] ?? Number.NaN;
    const end = keyResults.target.plain[row] ?? Number.NaN;
    const current = keyResults.current.plain[row] ?? Number.NaN;
    if (![start, end, current].every(Number.isFinite) || start === end) continue;
    baseline.push(start);
    target.push(end);
    first.push([current]);
    // A week later: a twentieth of the way further along, so every score moves.
    second.push([current + (end - start) / 20]);
  }
  if (baseline.length < ROWS) throw new Error(`the workload has fewer than ${ROWS} usable rows`);
  return { baseline, target, checkIns: [first, second] };
}

const cell = (row: number, column: number) => `${columnLetters(column)}${row + 1}`;
const columnRange = (column: number) => `${cell(FIRST_ROW, column)}:${cell(LAST_ROW, column)}`;

const ONE_CALL = `=OKRSCORE(${columnRange(CURRENT)}, ${columnRange(BASELINE)}, ${columnRange(TARGET)})`;

function nativeScore(row: number): string {
  const [baseline, current, target] = [BASELINE, CURRENT, TARGET].map((column) =>
    cell(row, column),
  );
  return `=MAX(0,MIN(1,(${current}-${baseline})/(${target}-${baseline})))`;
}

type Scoring = 'one call' | 'per row' | 'none';

function buildSheet(rows: KeyResultRows, scoring: Scoring): LocalWorkbook {
  const [checkIn] = rows.checkIns;
  const cells: CellContent[][] = [['Key result', 'Baseline', 'Current', 'Target', 'Score']];
  for (let index = 0; index < ROWS; index++) {
    const row = FIRST_ROW + index;
    let score: CellContent = null;
    if (scoring === 'per row') score = nativeScore(row);
    if (scoring === 'one call' && index === 0) score = ONE_CALL;
    cells.push([
      `KR ${index + 1}`,
      rows.baseline[index] ?? null,
      checkIn[index]?.[0] ?? null,
      rows.target[index] ?? null,
      score,
    ]);
  }
  return LocalWorkbook.create({ [SHEET]: cells });
}

/** Pastes the other check-in over the Current column, as setValues does: one recalculation. */
function pasteCheckIn(workbook: LocalWorkbook, rows: KeyResultRows): () => unknown {
  let next = 1;
  return () => {
    workbook.setContents(SHEET, FIRST_ROW, CURRENT, rows.checkIns[next] ?? []);
    next = 1 - next;
    return workbook.value(SHEET, LAST_ROW, SCORE);
  };
}

function timeBuild(rows: KeyResultRows, scoring: Scoring): { workbook: LocalWorkbook; ms: number } {
  const start = performance.now();
  const workbook = buildSheet(rows, scoring);
  return { workbook, ms: performance.now() - start };
}

function callsPerRecalculation(recalculate: () => unknown): number {
  const before = customFunctionCalls.count;
  recalculate();
  return customFunctionCalls.count - before;
}

function sameScores(first: LocalWorkbook, second: LocalWorkbook): boolean {
  for (let row = FIRST_ROW; row <= LAST_ROW; row++) {
    const a = first.value(SHEET, row, SCORE);
    const b = second.value(SHEET, row, SCORE);
    if (typeof a !== 'number' || typeof b !== 'number' || Math.abs(a - b) > 1e-9) return false;
  }
  return true;
}

export const engineRecalc: Section = {
  title:
    `Recalculating ${formatCount(ROWS)} scores in the local workbook: one OKRSCORE array ` +
    'formula vs a native formula per row (HyperFormula)',
  async run(workload) {
    await build();
    const rows = keyResultRows(workload);
    const oneCall = timeBuild(rows, 'one call');
    const perRow = timeBuild(rows, 'per row');
    const pasteOnly = timeBuild(rows, 'none');
    const recalculateOneCall = pasteCheckIn(oneCall.workbook, rows);
    const recalculatePerRow = pasteCheckIn(perRow.workbook, rows);
    const paste = pasteCheckIn(pasteOnly.workbook, rows);
    // Two recalculations each, so both sheets are back on the first check-in afterwards.
    const calls = [
      callsPerRecalculation(recalculateOneCall),
      callsPerRecalculation(recalculatePerRow),
    ];
    for (const recalculate of [recalculateOneCall, recalculatePerRow]) recalculate();

    const pair = measurePair(recalculatePerRow, recalculateOneCall);
    const pasteTiming = measure(paste);
    const agree = sameScores(oneCall.workbook, perRow.workbook) ? 'yes' : 'NO';
    return {
      columns: [
        { header: 'scores computed by' },
        { header: 'formulas', align: 'right' },
        { header: 'add-on calls per recalc', align: 'right' },
        { header: 'build ms', align: 'right' },
        { header: 'recalc ms', align: 'right' },
        { header: 'vs one OKRSCORE', align: 'right' },
        { header: 'same scores' },
      ],
      rows: [
        [
          'one OKRSCORE over the column',
          '1',
          String(calls[0]),
          formatMs(oneCall.ms),
          formatMs(pair.second.medianMs),
          '1.0x',
          agree,
        ],
        [
          'native MAX(0,MIN(1,...)) per row',
          formatCount(ROWS),
          String(calls[1]),
          formatMs(perRow.ms),
          formatMs(pair.first.medianMs),
          formatRatio(pair.medianRatio),
          agree,
        ],
        [
          'no scores (the paste alone)',
          '0',
          '0',
          formatMs(pasteOnly.ms),
          formatMs(pasteTiming.medianMs),
          '-',
          '-',
        ],
      ],
      notes: [
        'The edit timed is a new check-in pasted over the whole Current column in one setContents ' +
          'call (as setValues does): every score depends on it, so both sheets recalculate every ' +
          'score from the same inputs. Runs alternate between two check-ins, so each run changes ' +
          'every reading. Recalc ms is the whole call: HyperFormula writing the cells, then ' +
          'recalculating what depends on them.',
        'vs one OKRSCORE is the median of per-row / one call over back-to-back pairs of runs. ' +
          'The paste alone is the same edit on a sheet with no scores: the part of both figures ' +
          'that is the write itself.',
        `Rows: the first ${formatCount(ROWS)} of the shared workload whose baseline, current and ` +
          'target are all numbers, since the native formula has no handling of blanks or text.',
        'Build ms is a single run (not a median): HyperFormula reading the sheet, parsing its ' +
          'formulas and calculating them the first time.',
        "This is HyperFormula, not Google's engine: the figures say what the local workbook " +
          'costs, not how fast Sheets is. In Sheets the one OKRSCORE call is also one round trip ' +
          'to Apps Script, which native formulas do not need.',
      ],
    };
  },
};
