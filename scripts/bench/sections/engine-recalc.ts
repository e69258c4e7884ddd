/**
 * Section: recalculating a column of key result scores in the local workbook (HyperFormula
 * running the built dist/Code.js), scored by one OKRSCORE array formula over the column against
 * the same score as a native formula in every row. It says what the engine costs the tests and
 * tools built on it, and whether one custom function call keeps up with native arithmetic there.
 */
import { columnLetters } from '../../../dev/engine/a1';
import { customFunctionCalls } from '../../../dev/engine/plugin';
import { type CellContent, LocalWorkbook } from '../../../dev/engine/workbook';
import { inFreshProcesses, PROCESSES } from '../fresh-process';
import { measure, measurePair, spread } from '../measure';
import type { Section } from '../section';
import { formatCount, formatMs, formatRatio, formatSpread } from '../table';
import { generateWorkload, type Workload } from '../workload';

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
 * The first rows of the shared workload, as plain numbers: the native formula has none of
 * OKRSCORE's handling of blanks and text, so both must see the same numbers to agree.
 */
function keyResultRows({ keyResults }: Workload): KeyResultRows {
  const baseline: number[] = [];
  const target: number[] = [];
  const first: CellContent[][] = [];
  const second: CellContent[][] = [];
  const figure = (column: number[][], row: number) => column[row]?.[0] ?? Number.NaN;
  for (let row = 0; row < keyResults.current.numbers.length && baseline.length < ROWS; row++) {
    const start = figure(keyResults.baseline.numbers, row);
    const end = figure(keyResults.target.numbers, row);
    const current = figure(keyResults.current.numbers, row);
    if (start === end) continue;
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

interface RecalcFigures {
  buildMs: [number, number, number];
  recalcMs: [number, number, number];
  ratio: number;
  calls: [number, number];
  sameScores: boolean;
}

/** One process: builds the three sheets and times their recalculations. */
export function inChild(processIndex: string): RecalcFigures {
  const rows = keyResultRows(generateWorkload());
  const oneCall = timeBuild(rows, 'one call');
  const perRow = timeBuild(rows, 'per row');
  const pasteOnly = timeBuild(rows, 'none');
  const recalculateOneCall = pasteCheckIn(oneCall.workbook, rows);
  const recalculatePerRow = pasteCheckIn(perRow.workbook, rows);
  const paste = pasteCheckIn(pasteOnly.workbook, rows);
  // Two recalculations each, so both sheets are back on the first check-in afterwards.
  const calls: [number, number] = [
    callsPerRecalculation(recalculateOneCall),
    callsPerRecalculation(recalculatePerRow),
  ];
  for (const recalculate of [recalculateOneCall, recalculatePerRow]) recalculate();
  const pair = measurePair(recalculatePerRow, recalculateOneCall, {
    secondFirst: Number(processIndex) % 2 === 1,
  });
  return {
    buildMs: [oneCall.ms, perRow.ms, pasteOnly.ms],
    recalcMs: [pair.second.medianMs, pair.first.medianMs, measure(paste).medianMs],
    ratio: pair.medianRatio,
    calls,
    sameScores: sameScores(oneCall.workbook, perRow.workbook),
  };
}

export const engineRecalc: Section = {
  title:
    `Recalculating ${formatCount(ROWS)} scores in the local workbook: one OKRSCORE array ` +
    'formula vs a native formula per row (HyperFormula, fresh processes)',
  run() {
    const figures = inFreshProcesses<RecalcFigures>(import.meta.url, []);
    const column = (pick: (each: RecalcFigures) => number) =>
      formatSpread(spread(figures.map(pick)), formatMs);
    const agree = figures.every((each) => each.sameScores) ? 'yes' : 'NO';
    const calls = (index: 0 | 1) => String(figures[0]?.calls[index] ?? '-');
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
          calls(0),
          column((each) => each.buildMs[0]),
          column((each) => each.recalcMs[0]),
          '1.0x',
          agree,
        ],
        [
          'native MAX(0,MIN(1,...)) per row',
          formatCount(ROWS),
          calls(1),
          column((each) => each.buildMs[1]),
          column((each) => each.recalcMs[1]),
          formatSpread(spread(figures.map((each) => each.ratio)), formatRatio),
          agree,
        ],
        [
          'no scores (the paste alone)',
          '0',
          '0',
          column((each) => each.buildMs[2]),
          column((each) => each.recalcMs[2]),
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
        'vs one OKRSCORE is the median of per-row / one call over back-to-back pairs of runs in ' +
          'alternating order. The paste alone is the same edit on a sheet with no scores: the ' +
          'part of both figures that is the write itself.',
        `Figures: the median over ${PROCESSES} fresh processes (lowest and highest in ` +
          'brackets). Build ms is one build per process: HyperFormula reading the sheet, ' +
          'parsing its formulas and calculating them the first time.',
        "This is the local engine, not Google's: the figures say what the local workbook costs " +
          'the tests and tools built on it. The engine loads Code.js its own way (dev/engine, in ' +
          'a node:vm context, where its calls run slower than in Apps Script), so they are not ' +
          'figures of Apps Script either. In Sheets the one OKRSCORE call is also one round trip ' +
          'to Apps Script, which native formulas do not need.',
      ],
    };
  },
};
