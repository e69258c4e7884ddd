import { describe, expect, it } from 'vitest';
import KPIDRIFT from '../../src/functions/library/kpidrift';
import KRCHECK from '../../src/functions/library/krcheck';
import OBJCHECK from '../../src/functions/library/objcheck';
import OKRKIND from '../../src/functions/library/okrkind';
import OKRPACE from '../../src/functions/library/okrpace';
import OKRROLLUP from '../../src/functions/library/okrrollup';
import OKRSTATUS from '../../src/functions/library/okrstatus';

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
      [
        [0.8],
        ['40%'],
        [
          'baseline equals target: a level to hold is a KPI (use KPIBAND), or set a different target',
        ],
      ],
    ) as unknown[][];
    expect(rolled[0]?.[0]).toBeCloseTo(0.6, 12);
    // An OKRSCORE message feeding the roll-up shows as itself, not as a second message.
    expect(rolled[2]?.[0]).toBe(
      'baseline equals target: a level to hold is a KPI (use KPIBAND), or set a different target',
    );
  });

  it('passes an upstream message through, but not text that merely has a colon', () => {
    expect(
      OKRSTATUS(
        0.5,
        'aspirational',
        'no check-in date: give as_of a cell holding the date of this check-in',
      ),
    ).toBe('no check-in date: give as_of a cell holding the date of this check-in');
    expect(OKRSTATUS('Note: see Q3', 'aspirational')).toBe(
      'score "Note: see Q3" is not a number: enter a number',
    );
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
    expect(OKRSTATUS(0.5, 'important')).toBe(
      'type "important" is unknown: use aspirational or committed',
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

  it('reads dates typed as text and as serial numbers like dates', () => {
    const halfway = OKRPACE(q4Start, q4End, new Date(2026, 10, 15, 12)) as number;
    expect(OKRPACE('2026-10-01', '2026-12-31', '2026-11-15')).toBeCloseTo(45 / 91, 9);
    expect(OKRPACE(' 2026/10/01 ', q4End, '2026-11-15')).toBeCloseTo(45 / 91, 9);
    // 46296 is 2026-10-01 and 46387 is 2026-12-31 in Sheets' serial numbers.
    expect(OKRPACE(46296, 46387, 46341.5)).toBeCloseTo(halfway, 9);
    expect(OKRPACE([['2026-10-01'], ['2026-07-01']], '2026-12-31', '2026-11-15')).toEqual([
      [expect.closeTo(45 / 91, 9)],
      [expect.closeTo(137 / 183, 9)],
    ]);
  });

  it('refuses date text it cannot read unambiguously, saying how to write it', () => {
    expect(OKRPACE('10/01/2026', q4End, q4Start)).toBe(
      'start "10/01/2026" is not a date: enter a date, DATE(2026,10,1) or 2026-10-01',
    );
    expect(OKRPACE('2026-02-30', q4End, q4Start)).toMatch(/^start "2026-02-30" is not a date/);
    expect(OKRPACE(q4Start, q4End, true)).toBe('as_of is a checkbox: enter a date');
  });

  it('never reads the clock: a blank check-in date asks for one', () => {
    const message = 'no check-in date: give as_of a cell holding the date of this check-in';
    expect(OKRPACE(q4Start, q4End, '')).toBe(message);
    expect(OKRPACE(q4Start, q4End)).toBe(message);
    expect(OKRPACE('', q4End, '')).toBe('');
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
