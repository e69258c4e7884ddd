/**
 * The one data set every section of `npm run bench` measures on: generated from a fixed seed,
 * shaped as Sheets hands ranges to a custom function (rows of cells), and kept beside the same
 * figures as plain numbers for the bare loops that say what the arithmetic alone costs.
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
  /**
   * The row's figure as a plain number in every row, in the same rows of one cell: what the
   * cells would be if nobody left one blank or typed one as text.
   */
  numbers: number[][];
}

export interface Workload {
  rows: number;
  keyResults: { current: NumberColumn; baseline: NumberColumn; target: NumberColumn };
  /** A blank bound (a one-sided band) is a blank cell; its `numbers` row keeps the bound. */
  kpis: { value: NumberColumn; low: NumberColumn; high: NumberColumn };
  /** Key result rows under their objectives. */
  rollUp: { objectives: CellValue[][]; scores: NumberColumn; weights: NumberColumn };
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
}

const READINGS: CellMix = { blankShare: 0.02, percentTextShare: 0.03 };
const BOUNDS: CellMix = { blankShare: 0, percentTextShare: 0.03 };

type Parts = Omit<Workload, 'rows'>;
const PARTS: { [Name in keyof Parts]: (random: Random, rows: number) => Parts[Name] } = {
  keyResults,
  kpis,
  rollUp,
  grades,
  cycles,
  kpiHistory,
  statements,
};

/**
 * The workload, each part from its own seeded stream and made when first read: a process that
 * measures one function makes only that function's data, and the same data as every other.
 */
export function generateWorkload(rows = ROWS, seed = SEED): Workload {
  const workload = { rows } as Workload;
  Object.entries(PARTS).forEach(([name, make], index) => {
    let part: unknown;
    Object.defineProperty(workload, name, {
      enumerable: true,
      get: () => {
        part ??= make(seededRandom(seed + index), rows);
        return part;
      },
    });
  });
  return workload;
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
    low: withBlanks(numberColumn(random, lows, BOUNDS), lowBlank),
    high: withBlanks(numberColumn(random, highs, BOUNDS), highBlank),
  };
}

/** About 3,000 objectives, each with its key results scattered down the sheet. */
function rollUp(random: Random, rows: number): Workload['rollUp'] {
  const names = objectiveNames();
  const objectives = Array.from({ length: rows }, () => [random.pick(names)]);
  const scores = Array.from({ length: rows }, () => random.next());
  const weights = Array.from({ length: rows }, () => random.int(1, 3));
  return {
    objectives,
    scores: numberColumn(random, scores, READINGS),
    weights: numberColumn(random, weights, { ...READINGS, percentTextShare: 0 }),
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
      line.push(period >= reported ? '' : dressCell(random, reading, READINGS));
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
  const figures = values.map(roundToTenthOfPercent);
  // One column at a time, as Sheets builds each argument: its rows lie together in memory.
  const cells = figures.map((figure) => [dressCell(random, figure, mix)]);
  const numbers = figures.map((figure) => [figure]);
  return { cells, numbers };
}

/** One cell as a sheet holds it: usually the number, sometimes blank or percent text. */
function dressCell(random: Random, value: number, mix: CellMix): CellValue {
  const draw = random.next();
  if (draw < mix.blankShare) return '';
  if (draw < mix.blankShare + mix.percentTextShare) return `${Number((value * 100).toFixed(1))}%`;
  return value;
}

/** Blanks out the bounds of one-sided bands; their `numbers` keep the bound. */
function withBlanks(column: NumberColumn, blank: readonly boolean[]): NumberColumn {
  blank.forEach((isBlank, row) => {
    if (isBlank) column.cells[row] = [''];
  });
  return column;
}

/** Sheets users type percentages to one decimal, which also keeps "45.3%" text exact enough. */
function roundToTenthOfPercent(value: number): number {
  return Math.round(value * 1000) / 1000;
}
