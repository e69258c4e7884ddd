import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuantity, unitKey } from '../../src/core/quantity';

describe('parseQuantity: numbers as typed', () => {
  it.each([
    ['45%', 0.45],
    ['1,200', 1200],
    [' 7 ', 7],
    ['-3.5', -3.5],
    ['+12', 12],
    ['−5', -5], // the minus sign, as pasted from a document
    ['$1,200.50', 1200.5],
    ['€30', 30],
    ['12.5 %', 0.125],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1,234,567', 1234567],
  ])('reads %j as %s', (text, value) => {
    expect(parseQuantity(text)?.value).toBeCloseTo(value, 12);
  });
});

describe('parseQuantity: numbers with a unit or a multiplier', () => {
  it.each([
    ['8 days', 8, 'days'],
    ['20 MBps', 20, 'MBps'],
    ['$40k', 40_000, '$'],
    ['$40K', 40_000, '$'],
    ['1.2M', 1_200_000, ''],
    ['45 %', 0.45, '%'],
    ['€3.5B', 3_500_000_000, '€'],
    ['3.5bn', 3_500_000_000, ''],
    ['$1.2T', 1.2e12, '$'],
    ['2 hours', 2, 'hours'],
    ['-5%', -0.05, '%'],
    ['$-5', -5, '$'],
    ['-$5', -5, '$'],
    ['$5m', 5_000_000, '$'], // after a currency, finance's million
    ['£2mm', 2_000_000, '£'],
    ['2 million users', 2_000_000, 'users'],
    ['40k users', 40_000, 'users'],
    ['45 percent', 0.45, 'percent'],
    ['45 per cent', 0.45, 'percent'],
    ['95% uptime', 0.95, '% uptime'],
    ['40 USD', 40, 'USD'],
    ['30€', 30, '€'],
    ['$40k ARR', 40_000, '$ ARR'],
    ['120 req/s', 120, 'req/s'],
    ['5eggs', 5, 'eggs'],
  ])('reads %j as %s %j', (text, value, unit) => {
    const quantity = parseQuantity(text);
    expect(quantity?.value).toBeCloseTo(value, 6);
    expect(quantity?.unit).toBe(unit);
    expect(quantity?.comparator).toBeNull();
  });

  it('scales exactly, not by floating-point multiplication', () => {
    expect(parseQuantity('$0.07M')?.value).toBe(70_000);
    expect(parseQuantity('1.1k')?.value).toBe(1100);
  });
});

describe('parseQuantity: bounds', () => {
  it.each([
    ['≤3%', 0.03, 'at most'],
    ['<= 3%', 0.03, 'at most'],
    ['=< 3%', 0.03, 'at most'],
    ['< 21%', 0.21, 'at most'],
    ['⩽ 5', 5, 'at most'],
    ['>= 95%', 0.95, 'at least'],
    ['≥95%', 0.95, 'at least'],
    ['> 60', 60, 'at least'],
    ['at least 95%', 0.95, 'at least'],
    ['At Least 95 %', 0.95, 'at least'],
    ['at most 2 hours', 2, 'at most'],
    ['under 2 hours', 2, 'at most'],
    ['below 3%', 0.03, 'at most'],
    ['over 60', 60, 'at least'],
    ['above 35%', 0.35, 'at least'],
    ['more than 10', 10, 'at least'],
    ['greater than 10', 10, 'at least'],
    ['less than 10', 10, 'at most'],
    ['fewer than 10 bugs', 10, 'at most'],
    ['no more than 10', 10, 'at most'],
    ['no less than 10', 10, 'at least'],
    ['not more than 10', 10, 'at most'],
    ['up to $40k', 40_000, 'at most'],
    ['max 2 hours', 2, 'at most'],
    ['min 95%', 0.95, 'at least'],
    ['75 or higher', 75, 'at least'],
    ['75 or more', 75, 'at least'],
    ['3% or less', 0.03, 'at most'],
    ['3 days or lower', 3, 'at most'],
    ['2 hours max', 2, 'at most'],
    ['95% at least', 0.95, 'at least'],
    ['10+', 10, 'at least'],
    ['≤ -5%', -0.05, 'at most'],
  ])('reads %j as %s, %s', (text, value, comparator) => {
    const quantity = parseQuantity(text);
    expect(quantity?.value).toBeCloseTo(value, 9);
    expect(quantity?.comparator).toBe(comparator);
  });

  it('keeps the unit of a bound', () => {
    expect(parseQuantity('under 2 hours')).toEqual({
      value: 2,
      unit: 'hours',
      comparator: 'at most',
    });
  });
});

describe('parseQuantity: text that is not a number', () => {
  it.each([
    'abc',
    '',
    '%',
    '$',
    '0,45', // a comma is only ever a thousands separator
    '1,20',
    '1,2345',
    '1.2.3',
    '5.',
    '--5',
    '+-5',
    '1e400',
    '1e3k',
    'n/a',
    'TRUE',
    'Q3',
    'about 5',
    '3 of 5',
    '5 to 7 days',
    '2 and a half hours',
    '10% higher',
    '5 more than last year',
    '5 over target',
    '31 Mar',
    '2026-10-01', // a date: dates come as dates, or to OKRPACE as text
    '10/01/2026',
    '5m', // minutes, metres or million: ambiguous without a currency
    '1.2m users',
    '5 mm',
    'at least 5 or more',
    'at least',
    '≤',
    '5 a b c d e', // a sentence, not a unit
    '5 very long unit name over the limit',
    '5 (est.)',
    'Note: see Q3',
    'no baseline: enter the starting value',
    '$45%',
  ])('refuses %j', (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe('unitKey', () => {
  it.each([
    ['day', 'days'],
    ['d', 'days'],
    ['hr', 'hours'],
    ['hrs', 'hours'],
    ['h', 'hours'],
    ['wk', 'weeks'],
    ['%', '%'],
    ['percent', '%'],
    ['USD', '$'],
    ['EUR', '€'],
    ['Users', 'user'],
    ['tickets', 'ticket'],
    ['MBps', 'MBps'],
    ['Mbps', 'mbp'],
    ['class', 'class'],
  ])('%j is %j', (unit, key) => {
    expect(unitKey(unit)).toBe(key);
  });

  it('tells bytes from bits and dollars from euros', () => {
    expect(unitKey('MBps')).not.toBe(unitKey('Mbps'));
    expect(unitKey('$')).not.toBe(unitKey('€'));
  });
});

describe('parseQuantity on long adversarial cells', () => {
  const FIFTY_THOUSAND = 50_000;
  /** Repeats `unit` to a 50,000-character cell, after an optional head. */
  const long = (head: string, unit: string) =>
    head + unit.repeat(Math.ceil((FIFTY_THOUSAND - head.length) / unit.length));

  it.each([
    ['digits', long('', '9'), null],
    ['digits in thousands groups', long('1', ',000'), null],
    ['digits then a comma', `${long('', '1')},`, null],
    ['spaces between a comparator and its number', `no${long('', ' ')}x`, null],
    ['spaces inside', `5${long('', ' ')}`, 5],
    ['a long word as a unit', long('5 ', 'a'), null],
    ['many words', long('5', ' a'), null],
    ['percent signs', long('5', '%'), null],
    ['comparators', long('', '≤'), null],
    ['decimal points', long('1', '.1'), null],
    ['exponent digits', long('1e', '9'), null],
    ['minus signs', long('', '-'), null],
  ])('%s: reads as %j', (_name, text, value) => {
    // No time is asserted (tests never do): a pattern that backtracks quadratically would take
    // seconds on these 50,000 characters and run the test into its timeout.
    const quantity = parseQuantity(text);
    expect(quantity === null ? null : quantity.value).toBe(value);
  });

  it('never throws and reads as a finite number or null, whatever the text', () => {
    const piece = fc.constantFrom(
      '1',
      ',',
      '000',
      '.',
      '5',
      'e',
      '%',
      ' ',
      '$',
      '-',
      'k',
      'M',
      'days',
      'at least',
      '≤',
      'or more',
      '+',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        (pieces, times) => {
          const quantity = parseQuantity(pieces.join('').repeat(times));
          if (quantity) expect(Number.isFinite(quantity.value)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
