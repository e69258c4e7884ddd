/**
 * What Sheets (United States) makes of a CSV field on import with "Convert text to numbers,
 * dates, and formulas": the content, and what the cell shows through the format it gets.
 */
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../dev/engine/entry';
import { displayValue } from '../../dev/engine/format';
import type { SheetsValue } from '../../dev/engine/values';

function shown(text: string): string {
  const { content, format } = readEntry(text);
  const value: SheetsValue = content === null ? '' : content;
  return displayValue(typeof value === 'string' ? value.replace(/^'/, '') : value, format);
}

describe('numbers', () => {
  it.each([
    ['12', 12, '12'],
    ['-3.5', -3.5, '-3.5'],
    ['+4', 4, '4'],
    ['.5', 0.5, '0.5'],
    ['1e3', 1000, '1000'],
    ['007', 7, '7'],
    ['  42  ', 42, '42'],
    ['1,200', 1200, '1,200'],
    ['-4,423', -4423, '-4,423'],
    ['1,319,238', 1319238, '1,319,238'],
    ['1,200.50', 1200.5, '1,200.50'],
    ['(1,200)', -1200, '-1,200'],
    ['(7)', -7, '-7'],
  ])('%j is %d, shown %j', (text, value, display) => {
    expect(readEntry(text).content).toBe(value);
    expect(shown(text)).toBe(display);
  });
});

describe('percentages', () => {
  it.each([
    ['9.5%', 0.095, '0.0%', '9.5%'],
    ['100%', 1, '0%', '100%'],
    ['-402%', -4.02, '0%', '-402%'],
    ['15.00%', 0.15, '0.00%', '15.00%'],
    ['1,200%', 12, '#,##0%', '1,200%'],
    ['(5%)', -0.05, '0%', '-5%'],
  ])('%j is %d in %j, shown %j', (text, value, format, display) => {
    expect(readEntry(text)).toEqual({ content: value, format });
    expect(shown(text)).toBe(display);
  });
});

describe('currency', () => {
  it.each([
    ['$1,200.50', 1200.5, '"$"#,##0.00', '$1,200.50'],
    [' $600,000 ', 600000, '"$"#,##0', '$600,000'],
    ['$1200', 1200, '"$"#,##0', '$1,200'],
    ['-$5', -5, '"$"#,##0', '-$5'],
    ['$-5.25', -5.25, '"$"#,##0.00', '-$5.25'],
    ['($500.00)', -500, '"$"#,##0.00', '-$500.00'],
    ['€3.5', 3.5, '"€"#,##0.0', '€3.5'],
    ['£1,000', 1000, '"£"#,##0', '£1,000'],
  ])('%j is %d in %j, shown %j', (text, value, format, display) => {
    expect(readEntry(text)).toEqual({ content: value, format });
    expect(shown(text)).toBe(display);
  });
});

describe('dates and times', () => {
  it.each([
    ['2026-10-01', new Date(2026, 9, 1), 'yyyy-mm-dd', '2026-10-01'],
    ['2026/10/01', new Date(2026, 9, 1), 'yyyy/mm/dd', '2026/10/01'],
    ['2026-10', new Date(2026, 9, 1), 'yyyy-mm', '2026-10'],
    [
      '2026-10-01 14:30',
      new Date(2026, 9, 1, 14, 30),
      'yyyy-mm-dd hh:mm:ss',
      '2026-10-01 14:30:00',
    ],
    [
      '2026-10-01T08:05:09',
      new Date(2026, 9, 1, 8, 5, 9),
      'yyyy-mm-dd hh:mm:ss',
      '2026-10-01 08:05:09',
    ],
    ['10/1/2026', new Date(2026, 9, 1), 'M/d/yyyy', '10/1/2026'],
    ['6/1/25', new Date(2025, 5, 1), 'M/d/yyyy', '6/1/2025'],
    ['1/2/30', new Date(1930, 0, 2), 'M/d/yyyy', '1/2/1930'],
    ['10/1/2026 2:30 PM', new Date(2026, 9, 1, 14, 30), 'M/d/yyyy H:mm:ss', '10/1/2026 14:30:00'],
    ['12/31/2026 12:00 AM', new Date(2026, 11, 31), 'M/d/yyyy H:mm:ss', '12/31/2026 0:00:00'],
    ['Oct 1, 2026', new Date(2026, 9, 1), 'mmm d, yyyy', 'Oct 1, 2026'],
    ['November 29, 2011', new Date(2011, 10, 29), 'mmmm d, yyyy', 'November 29, 2011'],
    ['Sept 3 2026', new Date(2026, 8, 3), 'mmm d, yyyy', 'Sep 3, 2026'],
    ['13-Sep-08', new Date(2008, 8, 13), 'd-mmm-yy', '13-Sep-08'],
    ['9-Jun-2008', new Date(2008, 5, 9), 'd-mmm-yyyy', '9-Jun-2008'],
    ['1 October 2026', new Date(2026, 9, 1), 'd mmmm yyyy', '1 October 2026'],
  ])('%j is a date in %j', (text, date, format, display) => {
    expect(readEntry(text)).toEqual({ content: date, format });
    expect(shown(text)).toBe(display);
  });
});

describe('booleans and formulas', () => {
  it.each([
    ['TRUE', true],
    ['false', false],
    [' True ', true],
    ['=SUM(A1:A2)', '=SUM(A1:A2)'],
  ])('%j is %j', (text, content) => {
    expect(readEntry(text)).toEqual({ content, format: null });
  });
});

describe('what stays text', () => {
  it.each([
    ['12 apples'],
    ['N/A'],
    ['0,45'],
    ['1,20'],
    ['12,3456'],
    ['45 %'],
    ['%'],
    ['-'],
    ['- item'],
    ['+1 555 0100'],
    ['$5k'],
    ['$1e3'],
    ['5$'],
    ['$5%'],
    ['--5'],
    ['-(5)'],
    ['1.1.1'],
    ['2026-02-30'],
    ['31-Sep-2010'],
    ['13/1/2026'],
    ['10/1'],
    ['14:30'],
    ['2024-12-09 14:36:20 UTC'],
    ['2026-10-01 25:00'],
    ['Smarch 1, 2026'],
    ['1 ($30,000)'],
    ['#N/A'],
  ])('%j', (text) => {
    expect(readEntry(text)).toEqual({ content: `'${text}`, format: null });
  });

  it('keeps the text after a leading apostrophe, and leaves an empty field empty', () => {
    expect(readEntry("'0045")).toEqual({ content: "'0045", format: null });
    expect(readEntry("'=SUM(A1)")).toEqual({ content: "'=SUM(A1)", format: null });
    expect(readEntry('')).toEqual({ content: null, format: null });
    expect(readEntry('   ')).toEqual({ content: null, format: null });
  });
});
