import { isProblem, type Problem } from '../core/problem';
import type { CellInput, CellOutput, CellResult, CellValue } from './cells';
import type { CellReader, RowReader } from './coerce';

/**
 * One parameter of a custom function: its name as Sheets shows it and how to read it. Most
 * parameters read one cell per row (`read`); a parameter that reads a whole row of cells as one
 * value (`readRow`, e.g. a KPI's monthly history) turns an n x m range into n results.
 */
export type ParamSpec<T> =
  | { name: string; read: CellReader<T>; readRow?: never }
  | { name: string; readRow: RowReader<T>; read?: never };

type Params<Args extends unknown[]> = { [K in keyof Args]: ParamSpec<Args[K]> };
type Readings<Args extends unknown[]> = { [K in keyof Args]: Args[K] | null };

/**
 * A custom function that works cell by cell: `compute` sees one row's clean values (`null`
 * for blank) and returns what that cell shows. The runner does everything else the same way
 * for every function: scalar or range per argument, broadcasting, coercion, per-cell messages.
 */
export interface CellwiseSpec<Args extends unknown[]> {
  name: string;
  params: Params<Args>;
  compute: (...readings: Readings<Args>) => CellResult | Problem;
}

/**
 * A custom function whose every cell depends on the whole range (a roll-up by objective).
 * `computeAll` gets the readings of every cell in row order, `null` where a reading had a
 * problem (that cell shows the problem), and returns one result per cell.
 */
export interface RangewiseSpec<Args extends unknown[]> {
  name: string;
  params: Params<Args>;
  computeAll: (rows: (Readings<Args> | null)[]) => (CellResult | Problem)[];
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
  readInto: (readings: unknown[], row: number, column: number) => Problem | null;
}

type AnyCompute = (...readings: unknown[]) => CellResult | Problem;

export function cellwise<Args extends unknown[]>(
  spec: CellwiseSpec<Args>,
): (...inputs: CellInput[]) => CellOutput {
  const compute = spec.compute as AnyCompute;
  return (...inputs) => {
    const { shape, readInto } = align(spec.name, spec.params as ParamSpec<unknown>[], inputs);
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

export function rangewise<Args extends unknown[]>(
  spec: RangewiseSpec<Args>,
): (...inputs: CellInput[]) => CellOutput {
  return (...inputs) => {
    const { shape, readInto } = align(spec.name, spec.params as ParamSpec<unknown>[], inputs);
    const { rows, columns } = shape ?? { rows: 1, columns: 1 };
    const problems: (Problem | null)[] = [];
    const allReadings: (Readings<Args> | null)[] = [];
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const readings: unknown[] = new Array(spec.params.length);
        const problem = readInto(readings, row, column);
        problems.push(problem);
        allReadings.push(problem ? null : (readings as Readings<Args>));
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
  params: ParamSpec<unknown>[],
  inputs: CellInput[],
): AlignedArguments {
  const prepared = params.map((param, index) => prepare(param, inputs[index]));
  const shape = commonShape(functionName, params, prepared);
  return {
    shape,
    readInto(readings, row, column) {
      for (let index = 0; index < prepared.length; index++) {
        const argument = prepared[index] as PreparedArgument;
        const { cells, read, readRow } = argument;
        let reading: unknown;
        if (cells === null) reading = argument.reading;
        else if (read) reading = read(cells[row]?.[column], argument.name);
        else reading = readRow?.(cells[row] ?? [], argument.name);
        if (isProblem(reading)) return reading;
        readings[index] = reading;
      }
      return null;
    },
  };
}

function prepare(param: ParamSpec<unknown>, input: CellInput): PreparedArgument {
  const cells = asGrid(input);
  const { name, read, readRow } = param;
  if (readRow) {
    const lines = cells ?? [[input as CellValue]];
    if (lines.length === 1) return broadcast(readRow(lines[0] ?? [], name), name);
    const shape = { rows: lines.length, columns: 1 };
    return { reading: undefined, cells: lines, shape, name, read: undefined, readRow };
  }
  if (cells && !isSingleCell(cells)) {
    return { reading: undefined, cells, shape: shapeOf(cells), name, read, readRow: undefined };
  }
  const cell = cells ? cells[0]?.[0] : (input as CellValue);
  return broadcast(read?.(cell, name), name);
}

function broadcast(reading: unknown, name: string): PreparedArgument {
  return { reading, cells: null, shape: SINGLE_CELL, name, read: undefined, readRow: undefined };
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
  params: ParamSpec<unknown>[],
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
