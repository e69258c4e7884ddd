/**
 * Inputs found by probing (issue 11's "hardened inputs"): numbers near the largest doubles,
 * huge or astral text echoed in messages, objects a script caller can pass, empty ranges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { echoed } from '../../src/core/echo';
import type { CellInput } from '../../src/functions/cells';
import KPIBAND from '../../src/functions/library/kpiband';
import KPIDRIFT from '../../src/functions/library/kpidrift';
import OKRKIND from '../../src/functions/library/okrkind';
import OKRPACE from '../../src/functions/library/okrpace';
import OKRROLLUP from '../../src/functions/library/okrrollup';
import OKRSCORE from '../../src/functions/library/okrscore';
import OKRSTATUS from '../../src/functions/library/okrstatus';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('numbers near the largest doubles', () => {
  it('score and pace as they would on a smaller scale, never NaN', () => {
    expect(OKRSCORE(1e308, -1e308, 1e308)).toBe(1);
    expect(OKRSCORE(0, -1e308, 1e308)).toBe(0.5);
    expect(OKRSCORE(-1e308, 1e308, -1e308)).toBe(1);
    expect(OKRSCORE(1e308, 1.5e308, 1e307)).toBeCloseTo(0.5 / 1.4, 12);
    expect(OKRPACE(-1e308, 1e308, 0)).toBe(0.5);
  });

  it('weights that add up past the largest double give a message', () => {
    expect(OKRROLLUP([['O'], ['O']], [[0.5], [1]], [[1e308], [1e308]])).toEqual([
      ['weights are too large to add up: use weights such as 1, 2 or 3'],
      ['weights are too large to add up: use weights such as 1, 2 or 3'],
    ]);
    expect(OKRROLLUP([['O'], ['P']], [[0.5], [1]], [[1e308], [1e308]])).toEqual([[0.5], [1]]);
  });

  it('OKRSCORE gives a score in [0, 1] or a message for any finite numbers', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, finite, (current, baseline, target) => {
        const score = OKRSCORE(current, baseline, target);
        if (typeof score === 'number') {
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(1);
        } else {
          expect(score).toMatch(/: /);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('text echoed in a message', () => {
  it('is cut short, a 1 MB type as much as a short one', () => {
    const message = OKRSTATUS(0.5, 'x'.repeat(1_000_000)) as string;
    expect(message).toBe(`type "${'x'.repeat(20)}…" is unknown: use aspirational or committed`);
  });

  it('never cuts a character outside the basic plane in half', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 15, maxLength: 60 }), (text) => {
        for (const message of [OKRSTATUS(0.5, `Q${text}`), OKRSCORE(`x${text}`, 0, 1)]) {
          expect(String(message)).not.toMatch(LONE_SURROGATE);
        }
      }),
      { numRuns: 500 },
    );
    expect(OKRSTATUS(0.5, '😀'.repeat(30))).toBe(
      `type "${'😀'.repeat(20)}…" is unknown: use aspirational or committed`,
    );
  });
});

describe('what a script caller can pass', () => {
  it('an object String() cannot convert gives a message, not a crash', () => {
    const noToString = Object.create(null) as unknown as CellInput;
    const throwing = {
      toString() {
        throw new Error('no');
      },
    } as unknown as CellInput;
    expect(OKRKIND(noToString)).toBe('text is not text: enter text');
    expect(OKRKIND(throwing)).toBe('text is not text: enter text');
    expect(OKRSTATUS(0.5, noToString)).toBe('type is not text: enter text');
    expect(OKRSCORE(noToString, 0, 1)).toBe('current is not a number: enter a number');
  });

  it('an empty range gives a message, not an empty answer Sheets cannot show', () => {
    expect(OKRSCORE([], 0, 1)).toBe('current is an empty range: give at least one cell');
    expect(OKRKIND([[]])).toBe('text is an empty range: give at least one cell');
    expect(KPIDRIFT([[]], 0, 1)).toBe('history is an empty range: give at least one cell');
    expect(OKRROLLUP([], [], [])).toBe('objectives is an empty range: give at least one cell');
  });
});

describe('50,000-character cells (Sheets’ maximum) in numeric arguments', () => {
  const FULL = 50_000;
  const fill = (head: string, piece: string, tail = '') =>
    head + piece.repeat(Math.floor((FULL - head.length - tail.length) / piece.length)) + tail;
  const notANumber = (name: string, text: string) =>
    `${name} "${echoed(text)}" is not a number: enter a number`;

  it.each([
    ['digits', fill('', '9')],
    ['thousands groups ending wrong', fill('1', ',000', '0,5')],
    ['spaces after a comparator', fill('no', ' ', 'x')],
    ['a unit too long', fill('5 ', 'a')],
    ['words', fill('5', ' a')],
    ['decimal points', fill('1', '.1')],
    ['comparators', fill('', '≤')],
    ['percent signs', fill('5', '%')],
  ])('%s: each gives its message', (_name, text) => {
    // No time is asserted (tests never do): a backtracking pattern would take seconds per
    // cell here and run the test into its timeout.
    expect(OKRSCORE(text, 0, 1)).toBe(notANumber('current', text));
    expect(KPIBAND(0.5, text, '')).toBe(notANumber('low', text));
  });

  it('a bound padded with spaces is still a bound', () => {
    const text = fill('under', ' ', '2 hours');
    expect(KPIBAND('1 hour', '', text)).toBe('IN BAND');
    expect(KPIBAND(0.5, text, '')).toBe(`low "${echoed(text)}" is an upper bound: put it in high`);
  });
});
