import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../scripts/custom-functions';
import { KEY_RESULT_PROBLEMS, OBJECTIVE_PROBLEMS } from '../../src/core/statements/lint';
import type { CellInput, CellOutput, CellValue } from '../../src/functions/cells';
import KPIBAND from '../../src/functions/library/kpiband';
import KPIDRIFT from '../../src/functions/library/kpidrift';
import KPILATEST from '../../src/functions/library/kpilatest';
import KRCHECK from '../../src/functions/library/krcheck';
import OBJCHECK from '../../src/functions/library/objcheck';
import OKRKIND from '../../src/functions/library/okrkind';
import OKRPACE from '../../src/functions/library/okrpace';
import OKRROLLUP from '../../src/functions/library/okrrollup';
import OKRSCORE from '../../src/functions/library/okrscore';
import OKRSTATUS from '../../src/functions/library/okrstatus';
import { ShapeError } from '../../src/functions/vectorise';

/**
 * Numbers as teams type them: a comparator, a sign or currency, a multiplier or a unit, a
 * comparator after ("75 or higher"). Some are refused on purpose ("$5%", "at least 5+").
 */
const quantityText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      '',
      '',
      '≤',
      '< ',
      '>= ',
      'at least ',
      'at most ',
      'under ',
      'over ',
      'no more than ',
    ),
    fc.constantFrom('', '', '-', '$', '€'),
    fc.oneof(
      fc.integer({ min: 0, max: 100_000 }).map(String),
      fc.double({ min: 0, max: 100, noNaN: true }).map((n) => n.toFixed(2)),
    ),
    fc.constantFrom(
      '',
      'k',
      'M',
      'B',
      '%',
      ' %',
      ' days',
      ' day',
      ' weeks',
      ' hrs',
      ' MBps',
      ' USD',
    ),
    fc.constantFrom('', '', '', ' or higher', ' or less', '+'),
  )
  .map((parts) => parts.join(''));

/** Anything Sheets can put in a cell, plus the odd values a script caller might pass. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  quantityText,
  fc.constantFrom('8 days', '2 weeks', '$40k', '1.2M', '≤3%', 'at least 95%', 'under 2 hours'),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: -1, max: 2, noNaN: true }),
  fc.string(),
  fc.constantFrom('45%', '1,200', ' 7 ', '-3', '$10', 'n/a', '0,45', 'TRUE', 'committed', 'O1'),
  fc.constantFrom(
    'Cut churn from 5% to 2% this quarter',
    'Increase website traffic by 20%',
    'Design new website by end of Q3',
    'Grow our presence in EMEA',
  ),
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

type CustomFunction = (...inputs: CellInput[]) => CellOutput;

/** A message a user can act on: what is wrong, a colon, what to do. */
const isMessage = (cell: unknown) => typeof cell === 'string' && /^[\w "].*: \w/.test(cell);
const isUnitScore = (cell: unknown) => typeof cell === 'number' && cell >= 0 && cell <= 1;
const oneOf =
  (...answers: unknown[]) =>
  (cell: unknown) =>
    answers.includes(cell);
const joinedFrom = (vocabulary: readonly string[]) => (cell: unknown) =>
  cell === 'OK' ||
  (typeof cell === 'string' && cell.split('; ').every((p) => vocabulary.includes(p)));

/** Each custom function, its arity, and what a cell of its answer may hold besides "". */
const LIBRARY: [string, CustomFunction, number, (cell: unknown) => boolean][] = [
  ['OKRSCORE', OKRSCORE, 3, isUnitScore],
  ['KPIBAND', KPIBAND, 4, oneOf('IN BAND', 'WATCH', 'BELOW', 'ABOVE')],
  ['OKRROLLUP', OKRROLLUP, 3, isUnitScore],
  ['OKRSTATUS', OKRSTATUS, 3, oneOf('GREEN', 'YELLOW', 'RED', 'ON TRACK', 'AT RISK', 'OFF TRACK')],
  ['OKRPACE', OKRPACE, 3, isUnitScore],
  ['KRCHECK', KRCHECK, 1, joinedFrom(Object.values(KEY_RESULT_PROBLEMS))],
  ['OBJCHECK', OBJCHECK, 1, joinedFrom(Object.values(OBJECTIVE_PROBLEMS))],
];

describe.each(LIBRARY)('%s properties', (name, customFunction, arity, isAnswer) => {
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
      }),
      { numRuns: 300 },
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
          expect(expectedShape(inputs)).not.toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives only its documented answers, blanks, or messages saying what to fix', () => {
    fc.assert(
      fc.property(alignedArguments(arity), (inputs) => {
        for (const cell of cells(customFunction(...inputs))) {
          if (cell === '') continue;
          expect(isAnswer(cell) || (isMessage(cell) && !String(cell).includes('failed here'))).toBe(
            true,
          );
          if (typeof cell === 'number') expect(isUnitScore(cell)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('OKRKIND properties', () => {
  it('always answers one of the four words, or blank for a blank cell', () => {
    fc.assert(
      fc.property(fc.oneof(cellValue, grid(3, 2)), (input) => {
        for (const cell of cells(OKRKIND(input))) {
          expect(['OBJECTIVE', 'KEY RESULT', 'KPI', 'TASK', '']).toContain(cell);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('KPILATEST properties', () => {
  it("never throws, and gives one of the row's readings, blank or a message per row", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 5 }).chain((rows) => grid(rows, 4)),
        (history) => {
          const output = KPILATEST(history) as unknown[][];
          expect(output).toHaveLength(history.length);
          for (const [index, [cell]] of output.entries()) {
            if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
            else expect(cell === '' || isMessage(cell), `row ${index}: ${cell}`).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('KPIDRIFT properties', () => {
  const history = (rows: number) =>
    fc.array(
      fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant('')), {
        maxLength: 8,
      }),
      {
        minLength: rows,
        maxLength: rows,
      },
    );
  const bound = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(''));

  it('answers TRUE, FALSE or blank for numeric history and a valid band, one per row', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((rows) => fc.tuple(history(rows), bound, bound)),
        fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
        ([readings, first, second], periods) => {
          const [low, high] =
            typeof first === 'number' && typeof second === 'number' && first > second
              ? [second, first]
              : [first, second];
          fc.pre(low !== '' || high !== '');
          const output = KPIDRIFT(readings, low, high, periods) as unknown[][];
          expect(output).toHaveLength(readings.length);
          for (const row of output) {
            expect(row).toHaveLength(1);
            expect([true, false, '']).toContain(row[0]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws for any cell values, and answers a boolean, blank or a message', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5 })
          .chain((rows) =>
            fc.tuple(grid(rows, 4), fc.oneof(cellValue, grid(rows, 1)), cellValue, cellValue),
          ),
        (inputs) => {
          for (const cell of cells(KPIDRIFT(...inputs))) {
            expect(typeof cell === 'boolean' || cell === '' || isMessage(cell)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('the properties above', () => {
  it('cover every declared custom function', async () => {
    const declared = (await loadLibrary()).map(({ customFunction }) => customFunction.doc.name);
    const covered = [...LIBRARY.map(([name]) => name), 'OKRKIND', 'KPIDRIFT', 'KPILATEST'];
    expect(covered.sort()).toEqual(declared.sort());
  });
});

describe('numbers written with units and comparators', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
  const unit = fc.constantFrom(' days', ' hrs', ' MBps', ' users', ' USD', '');

  it('OKRSCORE scores text with one unit as it scores the plain numbers', () => {
    fc.assert(
      fc.property(finite, finite, finite, unit, (current, baseline, target, written) => {
        expect(
          OKRSCORE(`${current}${written}`, `${baseline}${written}`, `${target}${written}`),
        ).toEqual(OKRSCORE(current, baseline, target));
      }),
      { numRuns: 500 },
    );
  });

  it('KPIBAND gives bounds written with their comparator the answer of the plain bounds', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        fc.constantFrom('at least ', '≥', '>= ', 'over ', 'no less than '),
        fc.constantFrom('at most ', '≤', '< ', 'under ', 'below ', 'up to '),
        (value, first, second, above, below) => {
          const [low, high] = first <= second ? [first, second] : [second, first];
          expect(KPIBAND(value, `${above}${low}`, `${below}${high}`)).toBe(
            KPIBAND(value, low, high),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('OKRSCORE to a bound scores in [0, 1] or says what to fix', () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        fc.constantFrom('≤', 'at least ', 'under ', '>= '),
        (current, baseline, target, comparator) => {
          const score = OKRSCORE(current, baseline, `${comparator}${target}`);
          if (typeof score === 'number') expect(isUnitScore(score)).toBe(true);
          else expect(isMessage(score)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
