import { isProblem, type Problem } from '../core/problem';
import type { CellInput, CellOutput, CellResult, CellValue } from './cells';
import type { CellReader } from './coerce';

/** One parameter of a custom function: its name as Sheets shows it, and how to read a cell. */
export interface ParamSpec<T> {
  name: string;
  read: CellReader<T>;
}

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

/** The one exception a custom function throws: ranges that cannot be lined up row by row. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

interface Shape {
  rows: number;
  columns: number;
}

/** An argument after preparation: read once if it broadcasts, else read cell by cell. */
type PreparedArgument =
  | { broadcast: true; reading: unknown }
  | { broadcast: false; cells: CellValue[][]; name: string; read: CellReader<unknown> };

export function cellwise<Args extends unknown[]>(
  spec: CellwiseSpec<Args>,
): (...inputs: CellInput[]) => CellOutput {
  const params = spec.params as ParamSpec<unknown>[];
  const compute = spec.compute as (...readings: unknown[]) => CellResult | Problem;
  return (...inputs) => {
    const prepared = params.map((param, index) => prepare(param, inputs[index]));
    const shape = commonShape(spec.name, params, prepared);
    const readings: unknown[] = new Array(params.length);
    const computeAt = (row: number, column: number): CellResult => {
      for (let index = 0; index < prepared.length; index++) {
        const argument = prepared[index] as PreparedArgument;
        const reading = argument.broadcast
          ? argument.reading
          : argument.read(argument.cells[row]?.[column], argument.name);
        if (isProblem(reading)) return reading.message;
        readings[index] = reading;
      }
      return show(spec.name, compute, readings);
    };
    if (!shape) return computeAt(0, 0);
    const grid: CellResult[][] = new Array(shape.rows);
    for (let row = 0; row < shape.rows; row++) {
      const line: CellResult[] = new Array(shape.columns);
      for (let column = 0; column < shape.columns; column++) line[column] = computeAt(row, column);
      grid[row] = line;
    }
    return grid;
  };
}

function prepare(param: ParamSpec<unknown>, input: CellInput): PreparedArgument {
  const cells = asGrid(input);
  if (cells && !isSingleCell(cells)) {
    return { broadcast: false, cells, name: param.name, read: param.read };
  }
  const cell = cells ? cells[0]?.[0] : (input as CellValue);
  return { broadcast: true, reading: param.read(cell, param.name) };
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
    if (argument.broadcast) return;
    const own = shapeOf(argument.cells);
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

/** A bug in one cell must not blank the whole column, so it is shown in that cell only. */
function show(
  functionName: string,
  compute: (...readings: unknown[]) => CellResult | Problem,
  readings: unknown[],
): CellResult {
  try {
    const result = compute(...readings);
    return isProblem(result) ? result.message : result;
  } catch (error) {
    return `${functionName} failed here: ${error instanceof Error ? error.message : String(error)}`;
  }
}
