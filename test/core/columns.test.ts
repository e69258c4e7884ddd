import { describe, expect, it } from 'vitest';
import { findHeaderRow, isPeriodHeader, mapColumns, roleOfHeader } from '../../src/core/columns';

describe('roleOfHeader', () => {
  it.each([
    ['Current', 'current'],
    ['ACTUAL', 'current'],
    ['Actual progress', 'current'],
    ['actual_progress', 'current'],
    ['Latest', 'current'],
    ['Starting value', 'baseline'],
    ['Start', 'baseline'],
    ['Goal', 'target'],
    ['Floor', 'low'],
    ['Ceiling', 'high'],
    ['Key Result', 'keyResult'],
    ['KPI name', 'kpi'],
    ['Metric', 'kpi'],
    ['KR owner', 'keyResultOwner'],
    ['Check-in date', 'checkIn'],
    ['Start date', 'cycleStart'],
  ])('%s is %s', (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it.each(['Target date', 'Notes', 'Comments', '', 'Score'])('%j has no role', (header) => {
    expect(roleOfHeader(header)).toBeNull();
  });
});

describe('isPeriodHeader', () => {
  it.each([
    'Jan',
    'January 2026',
    'Jan-26',
    'Sept 2026',
    '2026-01',
    'Q1 2026',
    '2026 Q3',
    'FY2025',
    '2025/26',
  ])('%s names a period', (header) => expect(isPeriodHeader(header)).toBe(true));
  it('takes a date header as a period', () => {
    expect(isPeriodHeader(new Date(2026, 0, 1))).toBe(true);
  });
  it.each(['Janitor', 'Owner', 'Q5', 'Target', '12 months'])('%s does not', (header) => {
    expect(isPeriodHeader(header)).toBe(false);
  });
});

describe('mapColumns', () => {
  it('finds a header row under a title and blank rows, columns in any order', () => {
    const rows = [
      ['Team OKRs: Q4 2026', '', '', ''],
      ['', '', '', ''],
      ['Owner', 'Goal', 'KR', 'Actual', 'Start'],
      ['Ana', 70, 'Acquire 70 new customers', 38, 0],
    ];
    expect(findHeaderRow(rows)).toBe(2);
    const mapping = mapColumns(rows);
    expect(mapping?.columns.map(({ index, role }) => [index, role])).toEqual([
      [0, 'owner'],
      [1, 'target'],
      [2, 'keyResult'],
      [3, 'current'],
      [4, 'baseline'],
    ]);
    expect(mapping?.lastColumn).toBe(4);
  });

  it('takes dated columns as a KPI history and reports a role named twice', () => {
    const mapping = mapColumns([['KPI', 'Min', 'Max', 'Jan 2026', 'Feb 2026', 'Target', 'Goal']]);
    expect(mapping?.history).toEqual([3, 4]);
    expect(mapping?.duplicates).toEqual([{ role: 'target', headers: ['Target', 'Goal'] }]);
  });

  it('finds no header where fewer than two headers are known', () => {
    expect(
      mapColumns([
        ['Name', 'Notes'],
        ['a', 'b'],
      ]),
    ).toBeNull();
  });
});
