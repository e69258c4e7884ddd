/**
 * The sidebar works out what "Use my existing sheet" will add as the user corrects the
 * mapping. It must agree with the server: on the sample and on real exports, the preview of
 * the detected mapping is what detectColumns says, and applying the sidebar's mapping adds
 * exactly the columns it announced, where it announced them.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbookFile } from '../../dev/engine/load';
import { LocalWorkbook } from '../../dev/engine/workbook';
import { createAppsScriptServices, loadServer } from '../../dev/services/index';
import { type Choice, initialChoices, NOT_USED, previewAdoption } from '../../sidebar/adoption';
import type { AdoptionResult, DetectedTable } from '../../src/sheet/adopt';

const REAL = path.join(import.meta.dirname, '../fixtures/real');

/** What google.script.run would hand the sidebar: plain JSON. */
const plain = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

function serverOn(workbook: LocalWorkbook) {
  const server = loadServer(createAppsScriptServices(workbook));
  return {
    detect: (sheetName: string) => plain<DetectedTable>(server.detectColumns(sheetName)),
    adopt: (choice: object) => plain<AdoptionResult>(server.adoptSheet(choice)),
  };
}

const REAL_FILES = [
  'okr-tool-export-viva-goals.csv',
  'athletics-dept-kpis-fy26.csv',
  'gov-corporate-plan-kpis-tra.csv',
  'gov-indicator-register-mcc.csv',
  'gov-transit-kpis-monthly-long-mta.csv',
  'team-goals-monthly-columns.csv',
  'world-bank-indicator-with-preamble.csv',
];

describe('the sidebar’s adoption preview agrees with the server', () => {
  it.each(REAL_FILES)('%s', async (file) => {
    const workbook = await loadWorkbookFile(path.join(REAL, file));
    const [sheet = ''] = workbook.sheetNames();
    const server = serverOn(workbook);
    const detected = server.detect(sheet);
    const preview = previewAdoption(detected, initialChoices(detected));
    expect(preview.willAdd.map((planned) => planned.header)).toEqual(detected.willAdd);
    expect(preview.problems.length === 0, preview.problems.join(' ')).toBe(
      detected.problems.length === 0,
    );
    if (preview.problems.length > 0) return;
    const adopted = server.adopt({ sheetName: sheet, ...preview.mapping });
    expect(adopted.added.map((column) => column.header)).toEqual(detected.willAdd);
    preview.willAdd.forEach((planned, index) => {
      if (planned.letter) expect(adopted.added[index]?.letter).toBe(planned.letter);
    });
  });

  it('on the Viva Goals export, says where each column goes', async () => {
    const workbook = await loadWorkbookFile(path.join(REAL, 'okr-tool-export-viva-goals.csv'));
    const [sheet = ''] = workbook.sheetNames();
    const detected = serverOn(workbook).detect(sheet);
    expect(previewAdoption(detected, initialChoices(detected)).willAdd).toEqual([
      { header: 'Score', letter: 'W' },
      { header: 'Status', letter: 'X' },
      { header: 'Check', letter: 'Y' },
    ]);
  });
});

describe('correcting the mapping', () => {
  const okrs = [
    ['Objective', 'Key result', 'Owner', 'Lead', 'From', 'Goal', 'Actual'],
    ['Grow pipeline', 'Acquire 70 new customers', 'Ana', 'Tom', 0, 70, 38],
  ];

  it('shows a clash the server found as two columns with one role, until one is unset', () => {
    const workbook = LocalWorkbook.create({ Mine: okrs });
    const server = serverOn(workbook);
    const detected = server.detect('Mine');
    expect(detected.problems.join(' ')).toMatch(/More than one column could be the owner/);
    const choices = initialChoices(detected);
    expect([choices.get(3), choices.get(4)]).toEqual(['owner', 'owner']);
    const clash = previewAdoption(detected, choices);
    expect(clash.problems).toEqual([
      `Owner (C) and Lead (D) are both set as the owner: set all but one to "${NOT_USED}".`,
    ]);

    choices.set(4, 'keyResultOwner');
    const fixed = previewAdoption(detected, choices);
    expect(fixed.problems).toEqual([]);
    expect(fixed.mapping).toEqual({
      headerRow: 1,
      columns: {
        1: 'objective',
        2: 'keyResult',
        3: 'owner',
        4: 'keyResultOwner',
        5: 'baseline',
        6: 'target',
        7: 'current',
      },
    });
    const adopted = server.adopt({ sheetName: 'Mine', ...fixed.mapping });
    expect(adopted.added.map((column) => `${column.header} ${column.letter}`)).toEqual(
      fixed.willAdd.map((planned) => `${planned.header} ${planned.letter}`),
    );
  });

  it('recomputes what will be added, and says what is missing for a score', () => {
    const workbook = LocalWorkbook.create({ Mine: okrs });
    const detected = serverOn(workbook).detect('Mine');
    const choices = new Map<number, Choice>(initialChoices(detected));
    choices.set(4, '');
    expect(previewAdoption(detected, choices).willAdd.map((planned) => planned.header)).toEqual([
      'Score',
      'Objective score',
      'Status',
      'Check',
    ]);
    choices.set(7, '');
    const noCurrent = previewAdoption(detected, choices);
    expect(noCurrent.willAdd.map((planned) => planned.header)).toEqual(['Check']);
    expect(noCurrent.problems).toEqual([
      'Nothing to add yet: a score needs a current value column. Set it above, or add it to the sheet.',
    ]);
  });
});
