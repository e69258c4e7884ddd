import { describe, expect, it } from 'vitest';
import { Problem } from '../../src/core/problem';
import { readNumber } from '../../src/functions/coerce';
import { cellwise, ShapeError } from '../../src/functions/vectorise';

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
