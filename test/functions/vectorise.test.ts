import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Problem } from '../../src/core/problem';
import type { CellValue } from '../../src/functions/cells';
import { type CellReader, readMetric, readNumber, readText } from '../../src/functions/coerce';
import { cellwise, rangewise, ShapeError } from '../../src/functions/vectorise';

const difference = cellwise({
  name: 'DIFF',
  params: [
    { name: 'left', read: readNumber },
    { name: 'right', read: readNumber },
  ],
  compute: (left: number | null, right: number | null) => {
    if (left === null || right === null) return '';
    if (left === 13) throw new Error('unlucky');
    return left - right > 100 ? new Problem('too far apart') : left - right;
  },
});

describe('cellwise', () => {
  it('gives a scalar for scalars', () => {
    expect(difference(5, 3)).toBe(2);
  });

  it('gives a grid of the range shape, broadcasting scalars and 1x1 ranges', () => {
    expect(difference([[1, 2, 3]], 1)).toEqual([[0, 1, 2]]);
    expect(difference(10, [[1], [2]])).toEqual([[9], [8]]);
    expect(difference([[10], [20]], [[1]])).toEqual([[9], [19]]);
    expect(
      difference(
        [
          [10, 20],
          [30, 40],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toEqual([
      [9, 18],
      [27, 36],
    ]);
  });

  it('treats a missing argument as blank', () => {
    expect((difference as (...args: unknown[]) => unknown)(5)).toBe('');
  });

  it('keeps problems and failures in their own cells', () => {
    expect(difference([[500], [13], ['x'], [4]], 1)).toEqual([
      ['too far apart'],
      ['DIFF failed here: unlucky'],
      ['left "x" is not a number: enter a number'],
      [3],
    ]);
  });

  it('answers an empty range with a message: Sheets cannot show an empty answer', () => {
    expect(difference([], 1)).toBe('left is an empty range: give at least one cell');
    expect(difference(1, [[]])).toBe('right is an empty range: give at least one cell');
  });

  it('throws one clear message naming both arguments and shapes when ranges differ', () => {
    const call = () => difference([[1], [2], [3]], [[1], [2]]);
    expect(call).toThrow(ShapeError);
    expect(call).toThrow(
      'DIFF: left is 3 rows x 1 column but right is 2 rows x 1 column. ' +
        'Give ranges of the same size, or a single value to use on every row.',
    );
  });
});

describe('the fast path for plain numbers', () => {
  /** The same reader, unmarked: every cell goes through it, as before the fast path. */
  const unmarked =
    (reader: CellReader<number>): CellReader<number> =>
    (cell, name, units) =>
      reader(cell, name, units);
  const spread = (read: CellReader<number>): ((...inputs: unknown[]) => unknown) =>
    cellwise({
      name: 'SPREAD',
      params: [
        { name: 'low', read },
        { name: 'high', read },
        { name: 'weight', read: readNumber, default: 1 },
      ],
      compute: (low: number | null, high: number | null, weight: number) =>
        low === null || high === null ? '' : (high - low) * weight,
    }) as (...inputs: unknown[]) => unknown;
  const fast = spread(readMetric);
  const general = spread(unmarked(readMetric));

  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.double(),
    fc.integer({ min: -5, max: 5 }),
    fc.constantFrom('', null, undefined, '45%', '8 days', '2 weeks', 'n/a', true, '≤3%'),
    fc.date(),
  );
  const column = (rows: number) =>
    fc.array(
      cell.map((value) => [value]),
      {
        minLength: rows,
        maxLength: rows,
      },
    );
  const argument = (rows: number) => fc.oneof(cell, column(rows));

  it('answers every cell as the readers would', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 8 })
          .chain((rows) => fc.tuple(argument(rows), argument(rows), argument(rows))),
        (inputs) => {
          expect(fast(...inputs)).toEqual(general(...inputs));
        },
      ),
    );
  });

  it('gives a plain-number column the same answers as the readers', () => {
    const low = [[1], [2.5], [-0], [1e308]];
    const high = [[2], [2.5], [3], [-1e308]];
    expect(fast(low, high, [[2], [1], [0.5], [1]])).toEqual(
      general(low, high, [[2], [1], [0.5], [1]]),
    );
  });

  it('reads a row that is not a list of cells (a script caller’s) as the readers do', () => {
    const low = [[1], null, [3]] as unknown as CellValue[][];
    expect(fast(low, [[2], [2], [4]])).toEqual([[1], [''], [1]]);
  });

  it('shows a single value’s problem in every cell, not its number', () => {
    expect(fast([[1], [2]], 'lots')).toEqual([
      ['high "lots" is not a number: enter a number'],
      ['high "lots" is not a number: enter a number'],
    ]);
  });
});

describe('one call after another', () => {
  const score = cellwise({
    name: 'SCORE',
    params: [
      { name: 'current', read: readMetric },
      { name: 'target', read: readMetric },
    ],
    compute: (current: number | null, target: number | null) =>
      current === null || target === null ? '' : current / target,
  });

  it('starts each call with no units noted, even after a call that threw', () => {
    expect(score('8 days', '2 weeks')).toBe(
      'target is in weeks but current in days: use one unit in a row',
    );
    expect(() => score([[1], [2]], [[1], [2], [3]])).toThrow(ShapeError);
    expect(score('8 weeks', '2 weeks')).toBe(4);
    expect(score([['8 weeks'], [3]], [['2 weeks'], ['6 days']])).toEqual([[4], [0.5]]);
  });

  it('keeps no argument of the last call: a left-out one reads as blank', () => {
    expect(score([[1], [2]], [[2], [4]])).toEqual([[0.5], [0.5]]);
    expect(score(1)).toBe('');
  });
});

describe('rangewise', () => {
  const count = rangewise({
    name: 'COUNTBY',
    params: [
      { name: 'key', read: readText },
      { name: 'amount', read: readNumber, default: 1 },
    ],
    computeAll: (rows: ([string | null, number] | null)[]) => {
      const totals = new Map<string, number>();
      for (const row of rows) {
        if (row?.[0]) totals.set(row[0], (totals.get(row[0]) ?? 0) + row[1]);
      }
      return rows.map((row) => (row?.[0] ? (totals.get(row[0]) ?? 0) : ''));
    },
  });

  it('hands computeAll every row, a problem row as null showing its own message', () => {
    expect(count([['a'], ['b'], ['a'], ['']], [[1], ['x'], [2], [5]])).toEqual([
      [3],
      ['amount "x" is not a number: enter a number'],
      [3],
      [''],
    ]);
    expect(count('a', 4)).toBe(4);
  });
});

describe('declarations', () => {
  it('take at most four parameters, so a cell’s readings fit in locals', () => {
    const params = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, read: readNumber }));
    expect(() => cellwise({ name: 'FIVE', params, compute: () => 0 })).toThrow(
      'FIVE: at most 4 parameters',
    );
  });
});
