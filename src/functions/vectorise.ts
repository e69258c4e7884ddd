import { isProblem, type Problem } from '../core/problem';
import type { CellInput, CellOutput, CellResult, CellValue } from './cells';
import { type CellReader, type RowReader, RowUnits } from './coerce';

/**
 * One parameter of a custom function: its name as Sheets shows it, how to read it, and the
 * value a blank or left-out argument stands for (`default`; without one, blank reads as
 * `null`). Most parameters read one cell per row (`read`); a parameter that reads a whole row
 * of cells as one value (`readRow`, e.g. a KPI's monthly history) turns an n x m range into n
 * results.
 */
export type ParamSpec<T> =
  | { name: string; read: CellReader<T>; readRow?: never; default?: T }
  | { name: string; readRow: RowReader<T>; read?: never; default?: T };

// biome-ignore lint/suspicious/noExplicitAny: a list of parameters of different types; each one's own type is recovered by ValueOf.
export type AnyParamSpec = ParamSpec<any>;

type ValueOf<P> = P extends { read: CellReader<infer T> }
  ? T
  : P extends { readRow: RowReader<infer T> }
    ? T
    : never;

/** What `compute` sees for one parameter: never `null` when a default stands in for blank. */
type Reading<P> = P extends { default: NonNullable<unknown> } ? ValueOf<P> : ValueOf<P> | null;

export type Readings<Ps extends readonly AnyParamSpec[]> = {
  -readonly [K in keyof Ps]: Reading<Ps[K]>;
};

/**
 * A custom function that works cell by cell: `compute` sees one row's clean values (`null`
 * for blank) and returns what that cell shows. The runner does everything else the same way
 * for every function: scalar or range per argument, broadcasting, coercion, per-cell messages.
 */
export interface CellwiseSpec<Ps extends readonly AnyParamSpec[]> {
  name: string;
  params: Ps;
  compute: (...readings: Readings<Ps>) => CellResult | Problem;
}

/**
 * A custom function whose every cell depends on the whole range (a roll-up by objective).
 * `computeAll` gets the readings of every cell in row order, `null` where a reading had a
 * problem (that cell shows the problem), and returns one result per cell.
 */
export interface RangewiseSpec<Ps extends readonly AnyParamSpec[]> {
  name: string;
  params: Ps;
  computeAll: (rows: (Readings<Ps> | null)[]) => (CellResult | Problem)[];
}

/** The one exception a custom function throws: ranges that cannot be lined up row by row. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

interface Shape {
  rows: number;
  columns: number;
}

/**
 * An argument after preparation: read once if it broadcasts (`cells` null), else read at each
 * position. Plain data of one fixed shape, not closures or a union of shapes, because this is
 * the hot loop (one read per argument per cell) and V8 keeps one-shape property reads fast.
 */
interface PreparedArgument {
  reading: unknown;
  /** What a blank cell reads as: the parameter's default, else null. */
  fallback: unknown;
  cells: CellValue[][] | null;
  shape: Shape;
  name: string;
  read: CellReader<unknown> | undefined;
  readRow: RowReader<unknown> | undefined;
}

const SINGLE_CELL: Shape = { rows: 1, columns: 1 };

/** The arguments of one call, lined up: `readInto` fills one position's readings. */
interface AlignedArguments {
  shape: Shape | null;
  /** A message when an argument is a range with no cells: Sheets cannot show an empty answer. */
  empty: string | null;
  readInto: (readings: unknown[], row: number, column: number) => Problem | null;
}

type AnyCompute = (...readings: unknown[]) => CellResult | Problem;

export function cellwise<const Ps extends readonly AnyParamSpec[]>(
  spec: CellwiseSpec<Ps>,
): (...inputs: CellInput[]) => CellOutput {
  const compute = spec.compute as unknown as AnyCompute;
  return (...inputs) => {
    const { shape, empty, readInto } = align(spec.name, spec.params, inputs);
    if (empty) return empty;
    const readings: unknown[] = new Array(spec.params.length);
    if (!shape) return computeCell(spec.name, compute, readings, readInto(readings, 0, 0));
    const cellAt = (row: number, column: number) =>
      computeCell(spec.name, compute, readings, readInto(readings, row, column));
    const grid: CellResult[][] = new Array(shape.rows);
    for (let row = 0; row < shape.rows; row++) {
      if (shape.columns === 1) {
        // The usual case, a column: a literal row keeps numbers unboxed (a packed double array).
        grid[row] = [cellAt(row, 0)];
        continue;
      }
      const line: CellResult[] = new Array(shape.columns);
      for (let column = 0; column < shape.columns; column++) line[column] = cellAt(row, column);
      grid[row] = line;
    }
    return grid;
  };
}

/** One cell's answer: the reading's problem, or what `compute` makes of the readings. */
function computeCell(
  functionName: string,
  compute: AnyCompute,
  readings: unknown[],
  problem: Problem | null,
): CellResult {
  if (problem) return problem.message;
  try {
    // Custom functions have at most four parameters: a fixed call is much faster than a spread,
    // and the unused trailing `undefined`s are ignored.
    const result =
      readings.length <= 4
        ? compute(readings[0], readings[1], readings[2], readings[3])
        : compute(...readings);
    return isProblem(result) ? result.message : result;
  } catch (error) {
    // A bug must not turn a whole column into one error, so it is shown as that cell's text.
    return failureMessage(functionName, error);
  }
}

export function rangewise<const Ps extends readonly AnyParamSpec[]>(
  spec: RangewiseSpec<Ps>,
): (...inputs: CellInput[]) => CellOutput {
  return (...inputs) => {
    const { shape, empty, readInto } = align(spec.name, spec.params, inputs);
    if (empty) return empty;
    const { rows, columns } = shape ?? { rows: 1, columns: 1 };
    const problems: (Problem | null)[] = [];
    const allReadings: (Readings<Ps> | null)[] = [];
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const readings: unknown[] = new Array(spec.params.length);
        const problem = readInto(readings, row, column);
        problems.push(problem);
        allReadings.push(problem ? null : (readings as Readings<Ps>));
      }
    }
    let results: (CellResult | Problem)[] = [];
    let failure: string | null = null;
    try {
      results = spec.computeAll(allReadings);
    } catch (error) {
      failure = failureMessage(spec.name, error);
    }
    const resultAt = (index: number): CellResult =>
      problems[index]?.message ?? failure ?? unwrap(results[index] ?? '');
    if (!shape) return resultAt(0);
    const grid: CellResult[][] = new Array(rows);
    for (let row = 0; row < rows; row++) {
      const line: CellResult[] = new Array(columns);
      for (let column = 0; column < columns; column++)
        line[column] = resultAt(row * columns + column);
      grid[row] = line;
    }
    return grid;
  };
}

function align(
  functionName: string,
  params: readonly AnyParamSpec[],
  inputs: CellInput[],
): AlignedArguments {
  // One per call: the single-cell arguments note their units once, each row its own.
  const units = new RowUnits();
  const prepared = params.map((param, index) => prepare(param, inputs[index], units));
  units.share();
  const shape = commonShape(functionName, params, prepared);
  const emptyAt = prepared.findIndex(
    ({ cells, shape: own }) => cells !== null && (own.rows === 0 || own.columns === 0),
  );
  const emptyName = params[emptyAt]?.name;
  return {
    shape,
    empty: emptyName ? `${emptyName} is an empty range: give at least one cell` : null,
    readInto(readings, row, column) {
      if (units.noted) units.nextRow();
      for (let index = 0; index < prepared.length; index++) {
        const argument = prepared[index] as PreparedArgument;
        const { cells, read, readRow } = argument;
        let reading: unknown;
        if (cells === null) reading = argument.reading;
        else if (read) reading = read(cells[row]?.[column], argument.name, units);
        else reading = readRow?.(cells[row] ?? [], argument.name, units);
        if (isProblem(reading)) return reading;
        readings[index] = reading === null ? argument.fallback : reading;
      }
      return null;
    },
  };
}

function prepare(param: AnyParamSpec, input: CellInput, units: RowUnits): PreparedArgument {
  const cells = asGrid(input);
  const { name, read, readRow } = param;
  const fallback: unknown = param.default ?? null;
  if (readRow) {
    const lines = cells ?? [[input as CellValue]];
    if (lines.length === 1 && (lines[0]?.length ?? 0) > 0) {
      return broadcast(readRow(lines[0] ?? [], name, units), param);
    }
    if (lines.length === 1) {
      // [[]]: a row with no cells, which the empty-range message reports.
      const shape = { rows: 1, columns: 0 };
      return { reading: undefined, fallback, cells: lines, shape, name, read: undefined, readRow };
    }
    const shape = { rows: lines.length, columns: 1 };
    return { reading: undefined, fallback, cells: lines, shape, name, read: undefined, readRow };
  }
  if (cells && !isSingleCell(cells)) {
    const shape = shapeOf(cells);
    return { reading: undefined, fallback, cells, shape, name, read, readRow: undefined };
  }
  const cell = cells ? cells[0]?.[0] : (input as CellValue);
  return broadcast(read?.(cell, name, units), param);
}

function broadcast(reading: unknown, param: AnyParamSpec): PreparedArgument {
  const fallback: unknown = param.default ?? null;
  return {
    reading: reading === null ? fallback : reading,
    fallback,
    cells: null,
    shape: SINGLE_CELL,
    name: param.name,
    read: undefined,
    readRow: undefined,
  };
}

/** Sheets always sends rows of cells; a flat array (from a script caller) is taken as one row. */
function asGrid(input: CellInput): CellValue[][] | null {
  if (!Array.isArray(input)) return null;
  if (input.length > 0 && !Array.isArray(input[0])) return [input as unknown as CellValue[]];
  return input;
}

function isSingleCell(cells: CellValue[][]): boolean {
  return cells.length === 1 && (cells[0]?.length ?? 0) === 1;
}

function shapeOf(cells: CellValue[][]): Shape {
  return { rows: cells.length, columns: cells[0]?.length ?? 0 };
}

function commonShape(
  functionName: string,
  params: readonly AnyParamSpec[],
  prepared: PreparedArgument[],
): Shape | null {
  let shape: Shape | null = null;
  let shapeParam = '';
  prepared.forEach((argument, index) => {
    if (argument.cells === null) return;
    const own = argument.shape;
    const name = params[index]?.name ?? `argument ${index + 1}`;
    if (!shape) {
      shape = own;
      shapeParam = name;
    } else if (shape.rows !== own.rows || shape.columns !== own.columns) {
      throw new ShapeError(
        `${functionName}: ${shapeParam} is ${describe(shape)} but ${name} is ${describe(own)}. ` +
          'Give ranges of the same size, or a single value to use on every row.',
      );
    }
  });
  return shape;
}

function describe({ rows, columns }: Shape): string {
  return `${rows} ${rows === 1 ? 'row' : 'rows'} x ${columns} ${columns === 1 ? 'column' : 'columns'}`;
}

function unwrap(result: CellResult | Problem): CellResult {
  return isProblem(result) ? result.message : result;
}

function failureMessage(functionName: string, error: unknown): string {
  return `${functionName} failed here: ${error instanceof Error ? error.message : String(error)}`;
}
