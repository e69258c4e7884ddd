import { Problem } from '../core/problem';
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
 * One parameter's argument. What describes the parameter is set once; each call sets the rest:
 * a range read at each position, or one reading every position shares (`cells` null).
 */
interface Argument {
  name: string;
  /** What a blank cell reads as: the parameter's default, else null. */
  fallback: unknown;
  read: CellReader<unknown> | undefined;
  readRow: RowReader<unknown> | undefined;
  /** The reader reads a finite number as itself, so such a cell needs no call. */
  numbersAsIs: boolean;
  cells: CellValue[][] | null;
  reading: unknown;
  shape: Shape;
}

/**
 * A custom function's arguments, lined up for one call. Each function keeps one for all its
 * calls (one at a time: no call re-enters its own function), so a call allocates nothing per
 * argument, and the loop reads objects that never die: V8 drops optimised code that reads
 * objects of a shape all of whose objects died in a collection, and would re-optimise the loop
 * on every call. Up to four arguments sit in `a` to `d`, so a cell's readings are locals.
 */
interface Call {
  args: Argument[];
  a: Argument;
  b: Argument;
  c: Argument;
  d: Argument;
  units: RowUnits;
  shape: Shape | null;
  /** A message when an argument is a range with no cells: Sheets cannot show an empty answer. */
  empty: string | null;
  /** Every range reads numbers as themselves and no single value is a problem. */
  plain: boolean;
}

const SINGLE_CELL: Shape = { rows: 1, columns: 1 };

type AnyCompute = (...readings: unknown[]) => CellResult | Problem;

export function cellwise<const Ps extends readonly AnyParamSpec[]>(
  spec: CellwiseSpec<Ps>,
): (...inputs: CellInput[]) => CellOutput {
  const compute = spec.compute as unknown as AnyCompute;
  const { name, params } = spec;
  const call = newCall(name, params);
  return (...inputs) => {
    align(call, name, inputs);
    const { shape } = call;
    if (call.empty) return call.empty;
    if (!shape) return computeCell(name, compute, call, 0, 0);
    const grid: CellResult[][] = new Array(shape.rows);
    for (let row = 0; row < shape.rows; row++) {
      if (shape.columns === 1) {
        // The usual case, a column: a literal row keeps numbers unboxed (a packed double array).
        grid[row] = [computeCell(name, compute, call, row, 0)];
        continue;
      }
      const line: CellResult[] = new Array(shape.columns);
      for (let column = 0; column < shape.columns; column++) {
        line[column] = computeCell(name, compute, call, row, column);
      }
      grid[row] = line;
    }
    return grid;
  };
}

/**
 * One cell's answer: the first reading's problem, or what `compute` makes of the readings.
 *
 * Most cells of a sheet are plain numbers. When every range holds one here, the numbers go to
 * `compute` as they are: read inline, with no call (until V8 optimises the loop every call
 * costs, and the first call over a range, what each Apps Script execution pays, is mostly that
 * time) and no optional chaining (`?.` would make V8 box each number in a new heap object).
 * Any other cell, and anything that throws there, goes the general way: through the readers.
 */
function computeCell(
  functionName: string,
  compute: AnyCompute,
  call: Call,
  row: number,
  column: number,
): CellResult {
  const { a, b, c, d } = call;
  if (call.plain) {
    try {
      // A row that is not a list of cells (from a script caller) throws here: see above.
      const x = a.cells === null ? a.reading : (a.cells[row] as CellValue[])[column];
      const y = b.cells === null ? b.reading : (b.cells[row] as CellValue[])[column];
      const z = c.cells === null ? c.reading : (c.cells[row] as CellValue[])[column];
      const w = d.cells === null ? d.reading : (d.cells[row] as CellValue[])[column];
      if (
        (a.cells === null || (typeof x === 'number' && x - x === 0)) &&
        (b.cells === null || (typeof y === 'number' && y - y === 0)) &&
        (c.cells === null || (typeof z === 'number' && z - z === 0)) &&
        (d.cells === null || (typeof w === 'number' && w - w === 0))
      ) {
        const result = compute(x, y, z, w);
        // The typeof spares a number the slower instanceof.
        return typeof result === 'object' && result instanceof Problem ? result.message : result;
      }
    } catch {}
  }
  const readings = readAll(call, row, column);
  if (readings instanceof Problem) return readings.message;
  try {
    const result = compute(readings[0], readings[1], readings[2], readings[3]);
    return result instanceof Problem ? result.message : result;
  } catch (error) {
    // A bug must not turn a whole column into one error, so it is shown as that cell's text.
    return failureMessage(functionName, error);
  }
}

/** One position's readings, one per parameter, or the first reading's problem. */
function readAll(call: Call, row: number, column: number): unknown[] | Problem {
  const { args, units } = call;
  if (units.noted) units.nextRow();
  const readings: unknown[] = new Array(args.length);
  for (let index = 0; index < args.length; index++) {
    const reading = readAt(args[index] as Argument, row, column, units);
    if (reading instanceof Problem) return reading;
    readings[index] = reading;
  }
  return readings;
}

/** One argument's reading at a position: the parameter's reader, and blank as the fallback. */
function readAt(argument: Argument, row: number, column: number, units: RowUnits): unknown {
  const { cells, name, read, readRow } = argument;
  if (cells === null) return argument.reading;
  const line = cells[row];
  const cell = line?.[column];
  if (typeof cell === 'number' && argument.numbersAsIs && cell - cell === 0) return cell;
  return orFallback(
    readRow ? readRow(line ?? [], name, units) : read?.(cell, name, units),
    argument,
  );
}

function orFallback(reading: unknown, argument: Argument): unknown {
  return reading === null ? argument.fallback : reading;
}

export function rangewise<const Ps extends readonly AnyParamSpec[]>(
  spec: RangewiseSpec<Ps>,
): (...inputs: CellInput[]) => CellOutput {
  const { name, params } = spec;
  const call = newCall(name, params);
  return (...inputs) => {
    align(call, name, inputs);
    const { shape } = call;
    if (call.empty) return call.empty;
    const { rows, columns } = shape ?? SINGLE_CELL;
    // Problems are rare: kept by position, so a clean range allocates nothing for them.
    const problems = new Map<number, Problem>();
    const allReadings: (Readings<Ps> | null)[] = new Array(rows * columns);
    for (let row = 0, index = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++, index++) {
        const readings = readAll(call, row, column);
        if (readings instanceof Problem) {
          problems.set(index, readings);
          allReadings[index] = null;
        } else {
          allReadings[index] = readings as Readings<Ps>;
        }
      }
    }
    let results: (CellResult | Problem)[] = [];
    let failure: string | null = null;
    try {
      results = spec.computeAll(allReadings);
    } catch (error) {
      failure = failureMessage(name, error);
    }
    const resultAt = (index: number): CellResult =>
      problems.get(index)?.message ?? failure ?? unwrap(results[index] ?? '');
    if (!shape) return resultAt(0);
    const grid: CellResult[][] = new Array(rows);
    for (let row = 0; row < rows; row++) {
      if (columns === 1) {
        grid[row] = [resultAt(row)];
        continue;
      }
      const line: CellResult[] = new Array(columns);
      for (let column = 0; column < columns; column++) {
        line[column] = resultAt(row * columns + column);
      }
      grid[row] = line;
    }
    return grid;
  };
}

function newCall(functionName: string, params: readonly AnyParamSpec[]): Call {
  // Four at most, so a cell's readings fit in locals (see computeCell).
  if (params.length > 4) throw new Error(`${functionName}: at most 4 parameters`);
  const args = params.map(newArgument);
  const [a = ABSENT, b = ABSENT, c = ABSENT, d = ABSENT] = args;
  return { args, a, b, c, d, units: new RowUnits(), shape: null, empty: null, plain: false };
}

function newArgument(param: AnyParamSpec | null): Argument {
  return {
    name: param?.name ?? '',
    fallback: param?.default ?? null,
    read: param?.read,
    readRow: param?.readRow,
    numbersAsIs: param?.read?.numbersAsIs === true,
    cells: null,
    reading: undefined,
    shape: SINGLE_CELL,
  };
}

/** A parameter past the declared ones: reads as undefined, as a left-out trailing argument. */
const ABSENT = newArgument(null);

function align(call: Call, functionName: string, inputs: CellInput[]): void {
  // The single-cell arguments note their units once, each row its own.
  const { args, units } = call;
  units.clear();
  args.forEach((argument, index) => {
    prepare(argument, inputs[index], units);
  });
  units.share();
  call.shape = commonShape(functionName, args);
  const emptyName = args.find(
    ({ cells, shape }) => cells !== null && (shape.rows === 0 || shape.columns === 0),
  )?.name;
  call.empty = emptyName ? `${emptyName} is an empty range: give at least one cell` : null;
  call.plain = args.every(({ cells, reading, numbersAsIs }) =>
    cells === null ? !(reading instanceof Problem) : numbersAsIs,
  );
}

function prepare(argument: Argument, input: CellInput, units: RowUnits): void {
  const cells = asGrid(input);
  const { name, read, readRow } = argument;
  argument.cells = null;
  argument.reading = undefined;
  argument.shape = SINGLE_CELL;
  if (readRow) {
    const lines = cells ?? [[input as CellValue]];
    if (lines.length === 1 && (lines[0]?.length ?? 0) > 0) {
      argument.reading = orFallback(readRow(lines[0] ?? [], name, units), argument);
      return;
    }
    argument.cells = lines;
    // [[]] is a row with no cells, which the empty-range message reports.
    argument.shape = { rows: lines.length, columns: lines.length === 1 ? 0 : 1 };
    return;
  }
  if (cells && !isSingleCell(cells)) {
    argument.cells = cells;
    argument.shape = shapeOf(cells);
    return;
  }
  const cell = cells ? cells[0]?.[0] : (input as CellValue);
  argument.reading = orFallback(read?.(cell, name, units), argument);
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

function commonShape(functionName: string, args: Argument[]): Shape | null {
  let shape: Shape | null = null;
  let shapeName = '';
  for (const { cells, shape: own, name } of args) {
    if (cells === null) continue;
    if (!shape) {
      shape = own;
      shapeName = name;
    } else if (shape.rows !== own.rows || shape.columns !== own.columns) {
      throw new ShapeError(
        `${functionName}: ${shapeName} is ${describe(shape)} but ${name} is ${describe(own)}. ` +
          'Give ranges of the same size, or a single value to use on every row.',
      );
    }
  }
  return shape;
}

function describe({ rows, columns }: Shape): string {
  return `${rows} ${rows === 1 ? 'row' : 'rows'} x ${columns} ${columns === 1 ? 'column' : 'columns'}`;
}

function unwrap(result: CellResult | Problem): CellResult {
  return result instanceof Problem ? result.message : result;
}

function failureMessage(functionName: string, error: unknown): string {
  return `${functionName} failed here: ${error instanceof Error ? error.message : String(error)}`;
}
