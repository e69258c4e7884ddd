/**
 * Long adversarial cells: what the statement functions answer on the worst text a user can type
 * (up to 50,000 characters, Sheets' maximum for a cell). The patterns used to backtrack
 * quadratically on their own tokens ("1→a" repeated, "from 1 " repeated, a long run of dots),
 * so such a cell took seconds. These properties assert the answers, never the time: the time
 * is measured by `npx tsx scripts/statement-timing.ts`. Each cell still takes a few
 * milliseconds, so the properties run many of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementKind } from '../../../src/core/statements/classify';
import {
  KEY_RESULT_PROBLEMS,
  keyResultProblems,
  OBJECTIVE_PROBLEMS,
  objectiveProblems,
} from '../../../src/core/statements/lint';
import KRCHECK from '../../../src/functions/library/krcheck';
import OBJCHECK from '../../../src/functions/library/objcheck';
import OKRKIND from '../../../src/functions/library/okrkind';

const MAX_CELL = 50_000;
const KINDS = ['OBJECTIVE', 'KEY RESULT', 'KPI', 'TASK'];

/** The tokens of the statement patterns: separators, arrows, digits, spaces, signs, keywords. */
const TOKENS = [
  '1',
  '12',
  '1,',
  '1.',
  '1x',
  '%',
  '$',
  '€',
  '.',
  '!',
  ',',
  ' ',
  '  ',
  '\t',
  '\n',
  '-',
  '–',
  '•',
  '→',
  '->',
  '=>',
  '<',
  '>=',
  '#',
  "'",
  'a',
  'x',
  'from',
  'to',
  'down to',
  'by',
  'currently',
  'was',
  'now at',
  'reach',
  'at least',
  'under',
  'or more',
  'between',
  'double',
  'q1',
  'fy',
  'jan',
  'end of the',
  'quarter',
  'kr1:',
  'o',
  'we will',
  'tbd',
  'reduce',
  'churn',
  'website',
];

/** `unit` repeated to exactly `length` characters. */
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const length = fc.oneof(fc.constant(MAX_CELL), fc.integer({ min: 1_000, max: MAX_CELL }));
const token = fc.constantFrom(...TOKENS);

/** One token, or a short mix of tokens with or without spaces, repeated to a long cell. */
const repeatedUnit = fc
  .tuple(
    fc.array(fc.tuple(token, fc.constantFrom('', ' ')), { minLength: 1, maxLength: 5 }),
    length,
  )
  .map(([parts, size]) => repeatTo(parts.map(([text, gap]) => text + gap).join('') || 'a', size));

/** A long run of one character with a token before and after it. */
const longRun = fc
  .tuple(token, fc.constantFrom('.', '!', '1', ' ', '%', '-', '→', 'a', '$', '>'), token, length)
  .map(([before, run, after, size]) => before + run.repeat(size) + after);

/** Random text over the patterns' characters, so mixes nobody thought of come up. */
const characterSoup = fc
  .string({
    unit: fc.constantFrom(...Array.from('10%$.! -→>=fromtax')),
    minLength: 1,
    maxLength: 5_000,
  })
  .chain((seed) => length.map((size) => repeatTo(seed, size)));

const adversarialCell = fc.oneof(repeatedUnit, longRun, characterSoup);

/** Problems joined by "; ": each from `vocabulary`, in its order, none twice. */
function expectFindings(answer: unknown, vocabulary: Record<string, string>): void {
  expect(typeof answer).toBe('string');
  if (answer === 'OK') return;
  const order = Object.values(vocabulary);
  const problems = String(answer).split('; ');
  for (const problem of problems) expect(order).toContain(problem);
  const positions = problems.map((problem) => order.indexOf(problem));
  expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b));
}

describe('statement functions on long adversarial cells', () => {
  it('OKRKIND answers a kind, or blank for a cell with no words', () => {
    fc.assert(
      fc.property(adversarialCell, (cell) => {
        const kind = OKRKIND(cell);
        if (kind === '') expect(KRCHECK(cell)).toBe(KEY_RESULT_PROBLEMS.empty);
        else expect(KINDS).toContain(kind);
        expect(kind).toBe(statementKind(cell));
      }),
      { numRuns: 150 },
    );
  });

  it('KRCHECK answers OK or problems from its documented list', () => {
    fc.assert(
      fc.property(adversarialCell, (cell) => {
        const answer = KRCHECK(cell);
        expectFindings(answer, KEY_RESULT_PROBLEMS);
        expect(answer).toBe(keyResultProblems(cell).join('; ') || 'OK');
      }),
      { numRuns: 150 },
    );
  });

  it('OBJCHECK answers OK or problems from its documented list', () => {
    fc.assert(
      fc.property(adversarialCell, (cell) => {
        const answer = OBJCHECK(cell);
        expectFindings(answer, OBJECTIVE_PROBLEMS);
        expect(answer).toBe(objectiveProblems(cell).join('; ') || 'OK');
      }),
      { numRuns: 150 },
    );
  });

  it('still reads "from ... to ..." across a long gap: the whole cell is analysed', () => {
    const filler = fc
      .tuple(fc.constantFrom('a ', 'of the ', 'x', '1→a', 'from a ', 'to a '), length)
      .map(([unit, size]) => repeatTo(unit, size - 40));
    fc.assert(
      fc.property(filler, (gap) => {
        const cell = `Reduce churn from 5% ${gap} to 3%`;
        expect(OKRKIND(cell)).toBe('KEY RESULT');
        expect(KRCHECK(cell)).toBe('OK');
      }),
      { numRuns: 40 },
    );
  });

  it("answers on the cells that used to take seconds are the rules' answers", () => {
    // Arrows with spaces read as a move from level to level; with no space anywhere the words
    // after an arrow never end, so no move is read (as before the patterns were rewritten).
    expect(OKRKIND('1 → a '.repeat(8_333))).toBe('KEY RESULT');
    expect(OKRKIND('1→a'.repeat(16_667))).toBe('KPI');
    expect(KRCHECK('from 1 '.repeat(7_143))).toBe('no target');
    expect(OKRKIND(`${'.'.repeat(MAX_CELL - 1)}a`)).toBe('OBJECTIVE');
    expect(OKRKIND('.'.repeat(MAX_CELL))).toBe('');
    expect(OBJCHECK('.'.repeat(MAX_CELL))).toBe('empty');
  });
});
