import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Problem } from '../../src/core/problem';
import {
  type CellReader,
  dateToSerial,
  RowUnits,
  readBandBound,
  readDate,
  readMetric,
  readMetricOrCheckbox,
  readNumber,
  readNumberRow,
  readTarget,
  readText,
} from '../../src/functions/coerce';

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

describe('readMetricOrCheckbox', () => {
  it('keeps checkboxes as booleans', () => {
    expect(readMetricOrCheckbox(true, 'current')).toBe(true);
    expect(readMetricOrCheckbox(false, 'current')).toBe(false);
    expect(readMetricOrCheckbox('45%', 'current')).toBe(0.45);
  });
});

describe('readers of numbers with units and comparators', () => {
  it('readNumber reads a unit but not a bound', () => {
    expect(readNumber('3 months', 'periods')).toBe(3);
    expect(readNumber('$40k', 'weights')).toBe(40_000);
    expect(readNumber('at least 2', 'periods')).toEqual(
      new Problem('periods "at least 2" is a bound, not a reading: enter a number'),
    );
  });

  it('readMetric notes its unit in the row, so a second unit is a message', () => {
    const units = new RowUnits();
    expect(readMetric('8 days', 'current', units)).toBe(8);
    expect(readMetric(5, 'target', units)).toBe(5);
    expect(readMetric('9 day', 'target', units)).toBe(9);
    expect(readMetric('2 weeks', 'baseline', units)).toEqual(
      new Problem('baseline is in weeks but current in days: use one unit in a row'),
    );
    units.nextRow();
    expect(readMetric('2 weeks', 'baseline', units)).toBe(2);
  });

  it('keeps the single-cell arguments’ units from row to row', () => {
    const units = new RowUnits();
    expect(readMetric('5 hours', 'target', units)).toBe(5);
    units.share();
    expect(readMetric('3 hrs', 'current', units)).toBe(3);
    units.nextRow();
    expect(readMetric('3 days', 'current', units)).toEqual(
      new Problem('current is in days but target in hours: use one unit in a row'),
    );
  });

  it('readTarget keeps a comparator as a bound', () => {
    expect(readTarget('≤3%', 'target')).toEqual({ value: 0.03, comparator: 'at most' });
    expect(readTarget('at least 95%', 'target')).toEqual({ value: 0.95, comparator: 'at least' });
    expect(readTarget('3%', 'target')).toBe(0.03);
    expect(readTarget(7, 'target')).toBe(7);
  });

  it('readBandBound takes a bound on its own side and names the other', () => {
    const low = readBandBound('low');
    const high = readBandBound('high');
    expect(low('at least 95%', 'low')).toBe(0.95);
    expect(high('< 21%', 'high')).toBe(0.21);
    expect(high('at least 95%', 'high')).toEqual(
      new Problem('high "at least 95%" is a lower bound: put it in low'),
    );
    expect(low('under 3%', 'low')).toEqual(
      new Problem('low "under 3%" is an upper bound: put it in high'),
    );
  });
});

describe('readers marked as reading numbers as themselves', () => {
  // The vectoriser skips the call for a finite number cell of a marked reader, so each mark
  // must be true: the reader would have given the number back.
  const readers: [string, CellReader<unknown>][] = [
    ['readNumber', readNumber],
    ['readMetric', readMetric],
    ['readTarget', readTarget],
    ['readMetricOrCheckbox', readMetricOrCheckbox],
    ['readDate', readDate],
    ['readBandBound low', readBandBound('low')],
    ['readBandBound high', readBandBound('high')],
  ];

  it.each(readers)('%s is marked and gives any finite number back', (_, reader) => {
    expect(reader.numbersAsIs).toBe(true);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(Object.is(reader(value, 'value', new RowUnits()), value)).toBe(true);
      }),
    );
  });

  it('readText is not marked: it turns a number into text', () => {
    expect(readText.numbersAsIs).toBeUndefined();
    expect(readText(7, 'objective')).toBe('7');
    expect(readText('  Grow EMEA ', 'objective')).toBe('Grow EMEA');
    expect(readText('', 'objective')).toBeNull();
    expect(readText('   ', 'objective')).toBe('');
  });

  it('a row reader is not a cell reader and is not marked', () => {
    expect((readNumberRow as { numbersAsIs?: true }).numbersAsIs).toBeUndefined();
  });
});

describe('RowUnits.clear', () => {
  it('forgets every unit, the shared ones too, for the next call', () => {
    const units = new RowUnits();
    expect(readMetric('5 hours', 'target', units)).toBe(5);
    units.share();
    units.clear();
    units.share();
    expect(readMetric('3 days', 'current', units)).toBe(3);
    expect(units.noted).toBe(true);
  });
});
