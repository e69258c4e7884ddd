/**
 * What a cell shows through its number format: the patterns the add-on, the sample and a CSV
 * import give cells, and the date patterns an .xlsx brings.
 */
import { describe, expect, it } from 'vitest';
import { displayValue, typedForm } from '../../dev/engine/format';

const OCT_1 = new Date(2026, 9, 1, 14, 5, 9);

describe('dates', () => {
  it.each([
    ['yyyy-mm-dd', '2026-10-01'],
    ['yyyy-mm-dd hh:mm:ss', '2026-10-01 14:05:09'],
    ['M/d/yyyy', '10/1/2026'],
    ['M/d/yyyy H:mm:ss', '10/1/2026 14:05:09'],
    ['mmm d, yyyy', 'Oct 1, 2026'],
    ['mmmm d, yyyy', 'October 1, 2026'],
    ['d-mmm-yy', '1-Oct-26'],
    ['dddd, d mmmm', 'Thursday, 1 October'],
    ['h:mm AM/PM', '2:05 PM'],
    ['mm/dd/yyyy h:mm', '10/01/2026 14:05'],
    ['[$-409]mmmm d, yyyy;@', 'October 1, 2026'],
    ['yyyy "Q"', '2026 Q'],
  ])('%j shows %j', (format, shown) => {
    expect(displayValue(OCT_1, format)).toBe(shown);
  });

  it('shows a date without a date format as ISO, and rounds to the second', () => {
    expect(displayValue(OCT_1, null)).toBe('2026-10-01');
    expect(displayValue(OCT_1, '0.00')).toBe('2026-10-01');
    expect(displayValue(new Date(2026, 9, 1, 14, 29, 59, 960), 'hh:mm:ss')).toBe('14:30:00');
  });
});

describe('numbers', () => {
  it.each([
    [1200.5, '"$"#,##0.00', '$1,200.50'],
    [-1200.5, '"$"#,##0.00', '-$1,200.50'],
    [0.095, '0.0%', '9.5%'],
    [-4.02, '0%', '-402%'],
    [-4423, '#,##0', '-4,423'],
    [0.6667, '0.00', '0.67'],
    [1 / 3, null, '0.3333333333'],
  ])('%d in %j shows %j', (value, format, shown) => {
    expect(displayValue(value, format)).toBe(shown);
  });
});

describe('typedForm: what the formula bar shows', () => {
  it.each([
    [0.66, '0%', '66%'],
    [0.095, '0.0%', '9.5%'],
    [0.066, '0%', '6.6%'],
    [1200.5, '"$"#,##0.00', '1200.5'],
    [1200.5, null, '1200.5'],
    [true, null, 'TRUE'],
    ['N/A', null, 'N/A'],
    [new Date(2026, 9, 1), 'yyyy-mm-dd', '10/1/2026'],
    [new Date(2026, 9, 1, 14, 30), 'M/d/yyyy h:mm', '10/1/2026 14:30:00'],
  ] as const)('%j in %j is %j', (value, format, typed) => {
    expect(typedForm(value, format)).toBe(typed);
  });
});
