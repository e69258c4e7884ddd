/**
 * The one data set every section of `npm run bench` measures on: generated once from a fixed
 * seed, shaped as Sheets hands ranges to a custom function (rows of cells), and kept beside the
 * same figures as plain numbers for the bare loops that say what the arithmetic alone costs.
 */
import type { CellValue } from '../../src/functions/cells';
import { type Random, seededRandom } from './random';
import { realisticStatement } from './statements';

export const ROWS = 100_000;
export const SEED = 20_260_401;
export const HISTORY_PERIODS = 6;

/** A column as Sheets passes it (`[[v], [v], ...]`) and the numbers its cells stand for. */
export interface NumberColumn {
  cells: CellValue[][];
  /** One number per row; a blank cell holds what the function reads a blank as. */
  plain: Float64Array;
}

export interface Workload {
  rows: number;
  keyResults: { current: NumberColumn; baseline: NumberColumn; target: NumberColumn };
  /** A blank bound (a one-sided band) is plain `-Infinity` or `Infinity`. */
  kpis: { value: NumberColumn; low: NumberColumn; high: NumberColumn };
  /** Key result rows under their objectives; plain blanks read as OKRROLLUP reads them. */
  rollUp: {
    objectives: CellValue[][];
    objectiveNames: string[];
    scores: NumberColumn;
    weights: NumberColumn;
  };
  grades: { scores: NumberColumn; types: CellValue[][]; elapsed: number };
  cycles: { start: CellValue[][]; end: CellValue[][]; asOf: Date };
  /** One KPI per row, one column per month, oldest first. */
  kpiHistory: { history: CellValue[][]; low: NumberColumn; high: NumberColumn };
  statements: { cells: CellValue[][]; texts: string[] };
}

/** How a column's cells look besides plain numbers. */
interface CellMix {
  /** Rows not filled in yet. */
  blankShare: number;
  /** Rows pasted or typed as text, such as "45%". */
  percentTextShare: number;
  blankReadsAs: number;
}

const READINGS: CellMix = { blankShare: 0.02, percentTextShare: 0.03, blankReadsAs: Number.NaN };
const BOUNDS: CellMix = { blankShare: 0, percentTextShare: 0.03, blankReadsAs: Number.NaN };

export function generateWorkload(rows = ROWS, seed = SEED): Workload {
  const random = seededRandom(seed);
  return {
    rows,
    keyResults: keyResults(random, rows),
    kpis: kpis(random, rows),
    rollUp: rollUp(random, rows),
    grades: grades(random, rows),
    cycles: cycles(random, rows),
    kpiHistory: kpiHistory(random, rows),
    statements: statements(random, rows),
  };
}

/** Fraction-scale metrics (conversion, churn, margin), some rising and some falling. */
function keyResults(random: Random, rows: number): Workload['keyResults'] {
  const baselines: number[] = [];
  const targets: number[] = [];
  const currents: number[] = [];
  for (let row = 0; row < rows; row++) {
    const falling = random.chance(0.3);
    const baseline = falling ? random.between(0.4, 0.95) : random.between(0.05, 0.6);
    const distance = random.between(0.05, 0.35) * (falling ? -1 : 1);
    baselines.push(baseline);
    targets.push(baseline + distance);
    // Some readings overshoot either end, so the clamp is exercised as in real check-ins.
    currents.push(baseline + distance * random.between(-0.2, 1.2));
  }
  return {
    current: numberColumn(random, currents, READINGS),
    baseline: numberColumn(random, baselines, BOUNDS),
    target: numberColumn(random, targets, BOUNDS),
  };
}

/** Two-sided bands mostly; a KPI such as "gross margin above 35%" has only one bound. */
function kpis(random: Random, rows: number): Workload['kpis'] {
  const lows: number[] = [];
  const highs: number[] = [];
  const values: number[] = [];
  const lowBlank: boolean[] = [];
  const highBlank: boolean[] = [];
  for (let row = 0; row < rows; row++) {
    const low = random.between(0.2, 0.6);
    const high = low + random.between(0.1, 0.3);
    lows.push(low);
    highs.push(high);
    values.push(random.between(low - 0.1, high + 0.1));
    const oneSided = random.next();
    lowBlank.push(oneSided < 0.05);
    highBlank.push(oneSided >= 0.05 && oneSided < 0.1);
  }
  return {
    value: numberColumn(random, values, READINGS),
    low: withBlanks(numberColumn(random, lows, BOUNDS), lowBlank, Number.NEGATIVE_INFINITY),
    high: withBlanks(numberColumn(random, highs, BOUNDS), highBlank, Number.POSITIVE_INFINITY),
  };
}

/** About 3,000 objectives, each with its key results scattered down the sheet. */
function rollUp(random: Random, rows: number): Workload['rollUp'] {
  const names = objectiveNames();
  const objectiveNamesByRow = Array.from({ length: rows }, () => random.pick(names));
  const scores = Array.from({ length: rows }, () => random.next());
  const weights = Array.from({ length: rows }, () => random.int(1, 3));
  return {
    objectives: objectiveNamesByRow.map((name) => [name]),
    objectiveNames: objectiveNamesByRow,
    // OKRROLLUP counts a blank score as 0 and a blank weight as 1.
    scores: numberColumn(random, scores, { ...READINGS, blankReadsAs: 0 }),
    weights: numberColumn(random, weights, { ...READINGS, percentTextShare: 0, blankReadsAs: 1 }),
  };
}

const OBJECTIVE_VERBS = ['Grow', 'Delight', 'Win', 'Fix', 'Launch', 'Simplify', 'Scale', 'Own'];
const OBJECTIVE_THEMES = [
  'enterprise sales',
  'self-serve signups',
  'onboarding',
  'support',
  'the partner channel',
  'mobile',
  'billing',
  'hiring',
  'reliability',
  'the data platform',
  'pricing',
  'retention',
  'the brand',
  'security',
  'developer experience',
];
const OBJECTIVE_TEAMS = 25;

/** 8 verbs x 15 themes x 25 teams: 3,000 distinct objective names. */
function objectiveNames(): string[] {
  const names: string[] = [];
  for (const verb of OBJECTIVE_VERBS) {
    for (const theme of OBJECTIVE_THEMES) {
      for (let team = 1; team <= OBJECTIVE_TEAMS; team++)
        names.push(`${verb} ${theme} (team ${team})`);
    }
  }
  return names;
}

function grades(random: Random, rows: number): Workload['grades'] {
  const scores = Array.from({ length: rows }, () => random.next());
  return {
    scores: numberColumn(random, scores, READINGS),
    types: Array.from({ length: rows }, () => [random.chance(0.7) ? 'aspirational' : 'committed']),
    elapsed: 0.55,
  };
}

/** Quarters from 2025 to 2027 as Sheets passes date cells: `Date` objects, one per cell. */
function cycles(random: Random, rows: number): Workload['cycles'] {
  const start: CellValue[][] = [];
  const end: CellValue[][] = [];
  for (let row = 0; row < rows; row++) {
    const year = random.int(2025, 2027);
    const firstMonth = 3 * random.int(0, 3);
    start.push([random.chance(READINGS.blankShare) ? '' : new Date(year, firstMonth, 1)]);
    end.push([new Date(year, firstMonth + 3, 0)]);
  }
  return { start, end, asOf: new Date(2026, 4, 15) };
}

function kpiHistory(random: Random, rows: number): Workload['kpiHistory'] {
  const lows: number[] = [];
  const highs: number[] = [];
  const history: CellValue[][] = [];
  for (let row = 0; row < rows; row++) {
    const low = random.between(0.2, 0.6);
    const high = low + random.between(0.1, 0.3);
    lows.push(low);
    highs.push(high);
    // The latest month is often not reported yet: a trailing blank.
    const reported = random.chance(0.1) ? HISTORY_PERIODS - 1 : HISTORY_PERIODS;
    const line: CellValue[] = [];
    for (let period = 0; period < HISTORY_PERIODS; period++) {
      const reading = roundToTenthOfPercent(random.between(low - 0.15, high + 0.15));
      line.push(period >= reported ? '' : dressCell(random, reading, READINGS).cell);
    }
    history.push(line);
  }
  return {
    history,
    low: numberColumn(random, lows, BOUNDS),
    high: numberColumn(random, highs, BOUNDS),
  };
}

function statements(random: Random, rows: number): Workload['statements'] {
  const texts = Array.from({ length: rows }, () => realisticStatement(random));
  return { cells: texts.map((text) => [text]), texts };
}

function numberColumn(random: Random, values: readonly number[], mix: CellMix): NumberColumn {
  const cells: CellValue[][] = new Array(values.length);
  const plain = new Float64Array(values.length);
  values.forEach((value, row) => {
    const { cell, reading } = dressCell(random, roundToTenthOfPercent(value), mix);
    cells[row] = [cell];
    plain[row] = reading;
  });
  return { cells, plain };
}

/** One cell as a sheet holds it: usually the number, sometimes blank or percent text. */
function dressCell(
  random: Random,
  value: number,
  mix: CellMix,
): { cell: CellValue; reading: number } {
  const draw = random.next();
  if (draw < mix.blankShare) return { cell: '', reading: mix.blankReadsAs };
  if (draw < mix.blankShare + mix.percentTextShare) {
    return { cell: `${Number((value * 100).toFixed(1))}%`, reading: value };
  }
  return { cell: value, reading: value };
}

/** Blanks out the bounds of one-sided bands; their plain value is the open end. */
function withBlanks(
  column: NumberColumn,
  blank: readonly boolean[],
  openEnd: number,
): NumberColumn {
  blank.forEach((isBlank, row) => {
    if (!isBlank) return;
    column.cells[row] = [''];
    column.plain[row] = openEnd;
  });
  return column;
}

/** Sheets users type percentages to one decimal, which also keeps "45.3%" text exact enough. */
function roundToTenthOfPercent(value: number): number {
  return Math.round(value * 1000) / 1000;
}
