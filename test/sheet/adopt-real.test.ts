/**
 * "Use my existing sheet" on real sheets no one here wrote (test/fixtures/real/SOURCES.md):
 * loaded as `npm start -- file.csv` loads them, adopted, and checked for what a user would see.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../dev/engine/load';
import { createAppsScriptServices, loadServer } from '../../dev/services/index';
import { cellsOf, formulaAt, shown, valueAt } from './harness';

const REAL = path.join(import.meta.dirname, '../fixtures/real');

async function adoptReal(file: string) {
  const workbook = await loadWorkbookFile(path.join(REAL, file));
  const [sheet = ''] = workbook.sheetNames();
  const { rows, columns } = workbook.size(sheet);
  const before = cellsOf(workbook, sheet, rows, columns);
  const server = loadServer(createAppsScriptServices(workbook));
  const result = server.adoptSheet();
  return { workbook, sheet, rows, columns, before, server, result };
}

describe('a Microsoft Viva Goals export (22 columns, one row per goal)', () => {
  it('gets a score, a paced status and a check, and keeps every original cell', async () => {
    const { workbook, sheet, rows, columns, before, server, result } = await adoptReal(
      'okr-tool-export-viva-goals.csv',
    );
    expect(
      result.added.map(
        (column: { header: string; letter: string }) => `${column.header} ${column.letter}`,
      ),
    ).toEqual(['Score W', 'Status X', 'Check Y']);
    expect(formulaAt(workbook, sheet, 'W2')).toBe('=OKRSCORE(S2:S, O2:O, L2:L)');
    expect(formulaAt(workbook, sheet, 'X2')).toBe(
      '=OKRSTATUS(W2:W, N2:N, OKRPACE(F2:F, G2:G, Q2:Q))',
    );
    console.log(
      'Viva Goals, first rows:',
      [2, 3, 4, 5].map(
        (row) =>
          `${shown(workbook, sheet, `B${row}`).slice(0, 40)} | ${shown(workbook, sheet, `W${row}`)} | ${shown(workbook, sheet, `X${row}`)}`,
      ),
    );
    expect(cellsOf(workbook, sheet, rows, columns)).toEqual(before);
    const again = server.adoptSheet();
    expect(again.added).toEqual([]);
  });
});

describe('a US government indicator register (MCC)', () => {
  it('scores each indicator from baseline to target, explaining rows it cannot use', async () => {
    const { workbook, sheet, rows, columns, before, result } = await adoptReal(
      'gov-indicator-register-mcc.csv',
    );
    expect(result.added[0]).toMatchObject({
      header: 'Score',
      letter: 'P',
      formula: '=OKRSCORE(L2:L, K2:K, M2:M)',
    });
    const scores = Array.from({ length: rows - 1 }, (_, index) =>
      valueAt(workbook, sheet, `P${index + 2}`),
    );
    const numbers = scores.filter((score) => typeof score === 'number');
    const messages = scores.filter((score) => typeof score === 'string' && score !== '');
    console.log(
      `MCC register: ${numbers.length} of ${scores.length} rows scored, ${messages.length} messages, e.g. ${[...new Set(messages)].slice(0, 3).join(' | ')}`,
    );
    const kinds = new Map<string, number>();
    for (const message of messages) {
      const kind = String(message).replace(/"[^"]*"/, '"…"');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    console.log('MCC register messages:', Object.fromEntries(kinds));
    expect(numbers.length).toBe(27);
    for (const score of numbers) expect(score).toBeGreaterThanOrEqual(0);
    for (const message of messages) expect(message).toMatch(/: /);
    expect(cellsOf(workbook, sheet, rows, columns)).toEqual(before);
  });
});
