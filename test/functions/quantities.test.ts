/**
 * Numbers as teams write them (issue 11), through the real custom functions: a unit or a
 * multiplier reads as the number, a comparator in a target or a band bound gives its
 * direction, and units that disagree within a row give a message instead of a wrong answer.
 */
import { describe, expect, it } from 'vitest';
import KPIBAND from '../../src/functions/library/kpiband';
import KPIDRIFT from '../../src/functions/library/kpidrift';
import KPILATEST from '../../src/functions/library/kpilatest';
import OKRPACE from '../../src/functions/library/okrpace';
import OKRROLLUP from '../../src/functions/library/okrrollup';
import OKRSCORE from '../../src/functions/library/okrscore';
import OKRSTATUS from '../../src/functions/library/okrstatus';

const ALREADY_BELOW =
  'baseline already meets the target: a level to hold is a KPI (use KPIBAND), or set a target below the baseline';
const ALREADY_ABOVE =
  'baseline already meets the target: a level to hold is a KPI (use KPIBAND), or set a target above the baseline';

describe('OKRSCORE with units', () => {
  it.each([
    ['8 days', '12 days', '5 days', 4 / 7], // cycle time down from 12 days to 5
    ['8 days', '12 day', '5 d', 4 / 7], // one unit, spelled three ways
    [8, '12 days', '5 days', 4 / 7], // a plain number agrees with any unit
    ['1.5 hrs', '2 hours', '1 hour', 0.5],
    ['$30k', '$20k', '$40k', 0.5],
    ['$30k', 20_000, '40k USD', 0.5], // $ and USD are one currency
    ['1.2M', '1M', '2M', 0.2],
    ['€3.5B', '€3B', '€4B', 0.5],
    ['20 MBps', '10 MBps', '30 MBps', 0.5],
    ['45 %', 0.4, '50%', 0.5], // Sheets passes 40% as 0.4: it agrees with "45 %"
    ['-5%', '-10%', '0%', 0.5],
  ])('OKRSCORE(%j, %j, %j) is %d', (current, baseline, target, score) => {
    expect(OKRSCORE(current, baseline, target)).toBeCloseTo(score, 9);
  });

  it('gives a message naming both units when they disagree in a row', () => {
    expect(OKRSCORE('8 days', '2 weeks', '5 days')).toBe(
      'baseline is in weeks but current in days: use one unit in a row',
    );
    expect(OKRSCORE('$30k', '$20k', '€40k')).toBe(
      'target is in € but current in $: use one unit in a row',
    );
    expect(OKRSCORE('45%', 0.5, '8 days')).toBe(
      'target is in days but current in %: use one unit in a row',
    );
    expect(OKRSCORE('20 MBps', '10 Mbps', 30)).toBe(
      'baseline is in Mbps but current in MBps: use one unit in a row',
    );
  });

  it('checks each row of a column against the single-cell baseline and target', () => {
    expect(OKRSCORE([['8 days'], [9], ['1 week'], ['']], '12 days', '5 days')).toEqual([
      [expect.closeTo(4 / 7, 9)],
      [expect.closeTo(3 / 7, 9)],
      ['current is in week but baseline in days: use one unit in a row'],
      [''],
    ]);
  });

  it('scores to a bound, whose comparator says which way the metric goes', () => {
    expect(OKRSCORE(0.04, 0.05, '≤3%')).toBeCloseTo(0.5, 9);
    expect(OKRSCORE('4%', '5%', 'below 3%')).toBeCloseTo(0.5, 9);
    expect(OKRSCORE(0.9, 0.8, 'at least 95%')).toBeCloseTo(2 / 3, 9);
    expect(OKRSCORE(0.99, 0.8, '>= 95%')).toBe(1);
    expect(OKRSCORE('90 min', '2 hours', 'under 1 hour')).toBe(
      'baseline is in hours but current in min: use one unit in a row',
    );
    expect(OKRSCORE(1.5, '2 hours', 'under 1 hour')).toBe(0.5);
    expect(OKRSCORE(80, 60, '75 or higher')).toBe(1);
    expect(OKRSCORE(true, '', '≤3%')).toBe(1);
  });

  it('says a baseline already on the bound’s side is a level to hold', () => {
    expect(OKRSCORE(0.025, 0.02, '≤3%')).toBe(ALREADY_BELOW);
    expect(OKRSCORE(0.025, 0.03, '≤3%')).toBe(ALREADY_BELOW);
    expect(OKRSCORE(0.9, 0.97, 'at least 95%')).toBe(ALREADY_ABOVE);
    expect(OKRSCORE('', 0.02, '≤3%')).toBe('');
  });

  it('refuses a bound where a reading belongs', () => {
    expect(OKRSCORE('≤3%', 0.05, 0.02)).toBe(
      'current "≤3%" is a bound, not a reading: enter a number',
    );
    expect(OKRSCORE(0.03, 'at most 5%', 0.02)).toBe(
      'baseline "at most 5%" is a bound, not a reading: enter a number',
    );
  });

  it('still refuses text that is not a number', () => {
    expect(OKRSCORE('0,45', 0, 1)).toBe('current "0,45" is not a number: enter a number');
    expect(OKRSCORE('5m', 0, 10)).toBe('current "5m" is not a number: enter a number');
    expect(OKRSCORE('3 of 5', 0, 10)).toBe('current "3 of 5" is not a number: enter a number');
  });
});

describe('KPIBAND with units and bounds', () => {
  it.each([
    [0.96, 'at least 95%', '', undefined, 'IN BAND'],
    [0.94, '≥95%', '', undefined, 'BELOW'],
    ['25 min', '', 'under 30 minutes', '5 mins', 'WATCH'],
    ['45 min', '', '< 30 min', undefined, 'ABOVE'],
    [0.03, '', '< 3%', undefined, 'IN BAND'], // bounds are inclusive however written
    [0.7, '>= 65%', '<= 75%', undefined, 'IN BAND'],
    ['$40k', 'over $35k', '', undefined, 'IN BAND'],
    ['20 MBps', '', 'up to 25 MBps', '5 MBps', 'WATCH'],
  ])('KPIBAND(%j, %j, %j, %j) is %s', (value, low, high, watch, status) => {
    expect(KPIBAND(value, low, high, watch)).toBe(status);
  });

  it('tells a user to move a bound typed on the wrong side', () => {
    expect(KPIBAND(0.96, '', 'at least 95%')).toBe(
      'high "at least 95%" is a lower bound: put it in low',
    );
    expect(KPIBAND(0.02, 'under 3%', '')).toBe('low "under 3%" is an upper bound: put it in high');
  });

  it('refuses a bound as the reading or the watch margin', () => {
    expect(KPIBAND('under 3%', '', 0.03)).toBe(
      'value "under 3%" is a bound, not a reading: enter a number',
    );
    expect(KPIBAND(0.02, '', 0.03, 'at most 1%')).toBe(
      'watch "at most 1%" is a bound, not a reading: enter a number',
    );
  });

  it('gives a message when the reading and a bound are in different units', () => {
    expect(KPIBAND('3 days', '', 'under 2 hours')).toBe(
      'high is in hours but value in days: use one unit in a row',
    );
    expect(KPIBAND([['3 hours'], ['1 day'], [1]], '', 'under 2 hours')).toEqual([
      ['ABOVE'],
      ['value is in day but high in hours: use one unit in a row'],
      ['IN BAND'],
    ]);
  });
});

describe('KPIDRIFT with units and bounds', () => {
  it('reads a row of history with units against a bound', () => {
    const history = [
      ['3 days', '4 days', '5 days'],
      [1, 2, 3],
      ['1 day', '2 hours', 3],
    ];
    expect(KPIDRIFT(history, '', 'under 2 days')).toEqual([
      [true],
      [false],
      ['history is in hours but high in days: use one unit in a row'],
    ]);
  });

  it('names the history when its own readings mix units', () => {
    expect(KPIDRIFT([['3 days', '1 week']], '', 2)).toBe(
      'history mixes days and week: use one unit in a row',
    );
  });

  it('reads periods as a count, not on the metric’s scale', () => {
    expect(KPIDRIFT([['3 days', '4 days', '5 days']], '', '2 days', '3 months')).toBe(true);
    expect(KPIDRIFT([[0.04, 0.05]], '', '< 3%', 'at least 2')).toBe(
      'periods "at least 2" is a bound, not a reading: enter a number',
    );
  });

  it('tells a user to move a bound typed on the wrong side', () => {
    expect(KPIDRIFT([[0.04, 0.05]], '', 'over 3%')).toBe(
      'high "over 3%" is a lower bound: put it in low',
    );
  });
});

describe('KPILATEST with units', () => {
  it('gives the last reading as its number', () => {
    expect(KPILATEST([['3 days', '4 days', '']])).toBe(4);
    expect(KPILATEST([['$1.2M', '$1.5M']])).toBe(1_500_000);
  });

  it('gives a message for mixed units or a bound in the history', () => {
    expect(KPILATEST([['3 days', '1 week']])).toBe(
      'history mixes days and week: use one unit in a row',
    );
    expect(KPILATEST([[0.02, '≤3%']])).toBe(
      'history "≤3%" is a bound, not a reading: enter a number',
    );
  });
});

describe('OKRROLLUP and OKRSTATUS with units', () => {
  it('reads scores and weights written with units, without comparing the two', () => {
    expect(OKRROLLUP([['O'], ['O']], [['50 %'], ['100%']], [['3 points'], ['1 point']])).toEqual([
      [0.625],
      [0.625],
    ]);
    expect(OKRROLLUP('O', 'at least 50%')).toBe(
      'scores "at least 50%" is a bound, not a reading: enter a number',
    );
  });

  it('grades a score typed as text with a percent sign', () => {
    expect(OKRSTATUS('75 %')).toBe('GREEN');
    expect(OKRSTATUS('30%', 'aspirational', '50 percent')).toBe('AT RISK');
    expect(OKRSTATUS('≥ 70%')).toBe('score "≥ 70%" is a bound, not a reading: enter a number');
  });
});

describe('OKRPACE', () => {
  it('keeps dates as dates: a number with a unit is not a date', () => {
    expect(OKRPACE('8 days', '2026-12-31', '2026-11-15')).toBe(
      'start "8 days" is not a date: enter a date, DATE(2026,10,1) or 2026-10-01',
    );
  });
});
