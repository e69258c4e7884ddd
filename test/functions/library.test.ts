import { describe, expect, it } from 'vitest';
import { KPIDRIFT } from '../../src/functions/kpidrift';
import { OKRPACE } from '../../src/functions/okrpace';
import { OKRROLLUP } from '../../src/functions/okrrollup';
import { OKRSTATUS } from '../../src/functions/okrstatus';
import { KRCHECK, OBJCHECK, OKRKIND } from '../../src/functions/statements';

describe('OKRROLLUP', () => {
  it('fills a whole column with each objective’s weighted score in one call', () => {
    const objectives = [['Grow EMEA'], ['Grow EMEA'], [''], ['Fix onboarding'], ['Fix onboarding']];
    const scores = [[1], [0.5], [0.9], [''], [0.6]];
    expect(OKRROLLUP(objectives, scores)).toEqual([[0.75], [0.75], [''], [0.3], [0.3]]);
    expect(OKRROLLUP(objectives, scores, [[1], [3], [1], [1], ['heavy']])).toEqual([
      [0.625],
      [0.625],
      [''],
      [0],
      ['weights "heavy" is not a number: enter a number'],
    ]);
  });

  it('reads scores as Sheets sends them: percentages, text, OKRSCORE messages', () => {
    const rolled = OKRROLLUP(
      [['O1'], ['O1'], ['O1']],
      [[0.8], ['40%'], ['baseline equals target: set a different target']],
    ) as unknown[][];
    expect(rolled[0]?.[0]).toBeCloseTo(0.6, 12);
    expect(rolled[2]?.[0]).toMatch(/^scores ".*" is not a number/);
  });
});

describe('OKRSTATUS', () => {
  it('grades a column at the end of the cycle, aspirational by default', () => {
    expect(OKRSTATUS([[0.75], [0.5], [0.2], ['']])).toEqual([['GREEN'], ['YELLOW'], ['RED'], ['']]);
    expect(OKRSTATUS([[1], [0.8]], 'COMMITTED')).toEqual([['GREEN'], ['YELLOW']]);
  });

  it('judges pace mid-cycle', () => {
    expect(OKRSTATUS([[0.4], [0.3], [0.1]], 'aspirational', 0.5)).toEqual([
      ['ON TRACK'],
      ['AT RISK'],
      ['OFF TRACK'],
    ]);
    expect(OKRSTATUS(0.5, 'stretch')).toBe(
      'type "stretch" is unknown: use aspirational or committed',
    );
  });
});

describe('OKRPACE', () => {
  const q4Start = new Date(2026, 9, 1);
  const q4End = new Date(2026, 11, 31);

  it('gives the share of the cycle gone, with dates as Sheets passes them', () => {
    expect(OKRPACE(q4Start, q4End, new Date(2026, 9, 1))).toBe(0);
    expect(OKRPACE(q4Start, q4End, new Date(2026, 10, 15, 12))).toBeCloseTo(45.5 / 91, 9);
    expect(OKRPACE(q4Start, q4End, new Date(2027, 0, 5))).toBe(1);
    expect(OKRPACE(q4End, q4Start, q4Start)).toBe('end is before start: swap the dates');
  });

  it('measures at today when as_of is left out', () => {
    const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);
    const elapsed = OKRPACE(daysFromNow(-10), daysFromNow(10)) as number;
    expect(elapsed).toBeGreaterThan(0.45);
    expect(elapsed).toBeLessThan(0.55);
  });
});

describe('KPIDRIFT', () => {
  it('turns n rows of history into an n x 1 column', () => {
    const history = [
      [0.02, 0.03, 0.04, 0.05, '', ''], // churn drifting up, last two months out
      [0.02, 0.02, 0.02, 0.02, 0.02, 0.02],
      ['', '', '', '', '', ''],
      [0.05, 0.02, 0.04, '', '', ''],
    ];
    expect(KPIDRIFT(history, '', 0.03)).toEqual([[true], [false], [''], [false]]);
  });

  it('takes per-row bands and a custom number of periods', () => {
    const history = [
      [30, 31, 33],
      [0.3, 0.32, 0.33],
    ];
    expect(KPIDRIFT(history, [[''], [0.35]], [[30], ['']], 3)).toEqual([[false], [true]]);
  });

  it('explains an unreadable reading on its row only', () => {
    expect(
      KPIDRIFT(
        [
          [1, 'lots'],
          [5, 6],
        ],
        '',
        4,
      ),
    ).toEqual([['history "lots" is not a number: enter a number'], [true]]);
  });
});

describe('the statement checks over a column', () => {
  const statements = [
    ['Increase MQL-to-SQL conversion from 20% to 35%'],
    ['Increase website traffic by 20%'],
    ['Design new website by end of Q3'],
    [''],
  ];

  it('KRCHECK', () => {
    expect(KRCHECK(statements)).toEqual([
      ['OK'],
      ['no baseline'],
      ['task, not an outcome; no number'],
      [''],
    ]);
  });

  it('OBJCHECK', () => {
    expect(OBJCHECK([['Grow our presence in EMEA'], ['Grow revenue 20%'], ['   ']])).toEqual([
      ['OK'],
      ['has a number'],
      ['empty'],
    ]);
  });

  it('OKRKIND', () => {
    expect(OKRKIND(statements)).toEqual([['KEY RESULT'], ['KPI'], ['TASK'], ['']]);
  });
});
