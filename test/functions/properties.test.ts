import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellInput, CellOutput, CellValue } from '../../src/functions/cells';
import { KPIBAND } from '../../src/functions/kpiband';
import { OKRSCORE } from '../../src/functions/okrscore';
import { ShapeError } from '../../src/functions/vectorise';

/** Anything Sheets can put in a cell, plus the odd values a script caller might pass. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1, max: 2, noNaN: true }),
  fc.string(),
  fc.constantFrom('45%', '1,200', ' 7 ', '-3', '$10', 'n/a', '0,45', 'TRUE'),
  fc.boolean(),
  fc.date(),
  fc.constantFrom('', null, undefined),
);

const grid = (rows: number, columns: number) =>
  fc.array(fc.array(cellValue, { minLength: columns, maxLength: columns }), {
    minLength: rows,
    maxLength: rows,
  });

/** Arguments that line up: each a scalar, a single cell, or a range of one shared shape. */
const alignedArguments = (count: number) =>
  fc
    .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 3 }) })
    .chain(({ rows, columns }) =>
      fc.tuple(
        ...Array.from(
          { length: count },
          () => fc.oneof(cellValue, grid(1, 1), grid(rows, columns)) as fc.Arbitrary<CellInput>,
        ),
      ),
    );

/** Arguments of any shapes at all, which may not line up. */
const anyArguments = (count: number) =>
  fc.tuple(
    ...Array.from(
      { length: count },
      () =>
        fc.oneof(
          cellValue,
          fc
            .record({
              rows: fc.integer({ min: 0, max: 4 }),
              columns: fc.integer({ min: 1, max: 3 }),
            })
            .chain(({ rows, columns }) => grid(rows, columns)),
        ) as fc.Arbitrary<CellInput>,
    ),
  );

function cells(output: CellOutput): unknown[] {
  return Array.isArray(output) ? output.flat() : [output];
}

function expectedShape(inputs: CellInput[]): [number, number] | null {
  const ranges = inputs.filter(
    (input): input is CellValue[][] =>
      Array.isArray(input) && !(input.length === 1 && input[0]?.length === 1),
  );
  const first = ranges[0];
  return first ? [first.length, first[0]?.length ?? 0] : null;
}

const STATUSES = ['IN BAND', 'WATCH', 'BELOW', 'ABOVE', ''];

describe.each([
  ['OKRSCORE', OKRSCORE as (...inputs: CellInput[]) => CellOutput, 3],
  ['KPIBAND', KPIBAND as (...inputs: CellInput[]) => CellOutput, 4],
])('%s properties', (name, customFunction, arity) => {
  it('never throws on lined-up arguments and answers in the range shape', () => {
    fc.assert(
      fc.property(alignedArguments(arity), (inputs) => {
        const output = customFunction(...inputs);
        const shape = expectedShape(inputs);
        if (shape) {
          expect(Array.isArray(output)).toBe(true);
          const rows = output as unknown[][];
          expect(rows).toHaveLength(shape[0]);
          for (const row of rows) expect(row).toHaveLength(shape[1]);
        } else {
          expect(Array.isArray(output)).toBe(false);
        }
        for (const cell of cells(output)) {
          expect(String(cell)).not.toContain('failed here');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('throws only the documented shape error, and only when ranges differ', () => {
    fc.assert(
      fc.property(anyArguments(arity), (inputs) => {
        try {
          customFunction(...inputs);
        } catch (error) {
          expect(error).toBeInstanceOf(ShapeError);
          expect((error as Error).message).toMatch(new RegExp(`^${name}: \\w+ is \\d+ rows? x`));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives only its documented answers', () => {
    fc.assert(
      fc.property(alignedArguments(arity), (inputs) => {
        for (const cell of cells(customFunction(...inputs))) {
          if (name === 'OKRSCORE' && typeof cell === 'number') {
            expect(cell).toBeGreaterThanOrEqual(0);
            expect(cell).toBeLessThanOrEqual(1);
          } else if (typeof cell === 'string' && !STATUSES.includes(cell)) {
            // A message: short, and says what to do after a colon.
            expect(cell).toMatch(/^[\w "].*: \w/);
          } else if (name === 'KPIBAND') {
            expect(STATUSES).toContain(cell);
          } else {
            expect(cell).toBe('');
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
