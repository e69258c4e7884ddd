import { describe, expect, it } from 'vitest';
import {
  columnLetters,
  parseA1Range,
  rangeToA1,
  readA1Range,
  splitSheetName,
} from '../../dev/engine/a1';

const grid = { rows: 1000, columns: 26 };

describe('A1 notation', () => {
  it.each([
    ['B3', { row: 2, column: 1, rows: 1, columns: 1 }],
    ['A1:C10', { row: 0, column: 0, rows: 10, columns: 3 }],
    ['$C$10:A1', { row: 0, column: 0, rows: 10, columns: 3 }],
    ['A:A', { row: 0, column: 0, rows: 1000, columns: 1 }],
    ['A2:B', { row: 1, column: 0, rows: 999, columns: 2 }],
    ['2:3', { row: 1, column: 0, rows: 2, columns: 26 }],
  ])('reads %s', (a1, range) => {
    expect(readA1Range(a1, grid)).toEqual(range);
  });

  it.each(['', 'A0', 'A1:B2:C3', 'A:2', 'hello', '1A'])('refuses %j', (a1) => {
    expect(readA1Range(a1, grid)).toBeNull();
  });

  it('reads open ranges only when it knows the grid', () => {
    expect(readA1Range('A:A')).toBeNull();
    expect(() => parseA1Range('A2:B')).toThrow('not an A1 range: A2:B');
  });

  it('writes columns and ranges back', () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(rangeToA1({ row: 1, column: 7, rows: 11, columns: 1 })).toBe('H2:H12');
    expect(splitSheetName("'Key results'!A2:A")).toEqual({
      sheetName: 'Key results',
      range: 'A2:A',
    });
  });
});
