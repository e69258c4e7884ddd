import { describe, expect, it } from 'vitest';
import { Problem } from '../../src/core/problem';
import {
  dateToSerial,
  parseNumericText,
  readNumber,
  readNumberOrCheckbox,
} from '../../src/functions/coerce';

describe('parseNumericText', () => {
  it.each([
    ['45%', 0.45],
    ['1,200', 1200],
    [' 7 ', 7],
    ['-3.5', -3.5],
    ['+12', 12],
    ['$1,200.50', 1200.5],
    ['€30', 30],
    ['12.5 %', 0.125],
    ['.5', 0.5],
    ['1e3', 1000],
    ['1,234,567', 1234567],
  ])('reads %j as %s', (text, value) => {
    expect(parseNumericText(text)).toBeCloseTo(value, 12);
  });

  it.each(['abc', '', '%', '12 apples', '0,45', '1,20', '1.2.3', '--5', '$'])(
    'refuses %j',
    (text) => {
      expect(parseNumericText(text)).toBeNull();
    },
  );
});

describe('readNumber', () => {
  it('passes numbers through and reads blanks as null', () => {
    expect(readNumber(0.35, 'low')).toBe(0.35);
    expect(readNumber('', 'low')).toBeNull();
    expect(readNumber('   ', 'low')).toBeNull();
    expect(readNumber(undefined, 'low')).toBeNull();
    expect(readNumber(null, 'low')).toBeNull();
  });

  it('names the parameter when text is not a number', () => {
    expect(readNumber('lots', 'target')).toEqual(
      new Problem('target "lots" is not a number: enter a number'),
    );
  });

  it('refuses a checkbox where a number is needed', () => {
    expect(readNumber(true, 'baseline')).toEqual(
      new Problem('baseline is a checkbox: enter a number'),
    );
  });

  it('reads a date as the serial number Sheets shows for it', () => {
    expect(dateToSerial(new Date(1899, 11, 31))).toBeCloseTo(1, 9);
    expect(readNumber(new Date(2026, 0, 1), 'value')).toBeCloseTo(46023, 9);
  });

  it('refuses an invalid date and a non-finite number', () => {
    expect(readNumber(new Date(Number.NaN), 'value')).toBeInstanceOf(Problem);
    expect(readNumber(Number.POSITIVE_INFINITY, 'value')).toBeInstanceOf(Problem);
  });
});

describe('readNumberOrCheckbox', () => {
  it('keeps checkboxes as booleans', () => {
    expect(readNumberOrCheckbox(true, 'current')).toBe(true);
    expect(readNumberOrCheckbox(false, 'current')).toBe(false);
    expect(readNumberOrCheckbox('45%', 'current')).toBe(0.45);
  });
});
