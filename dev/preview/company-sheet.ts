/**
 * A company's key results as a CSV export, as large as asked: twelve columns, one key result a
 * row, and its score computed by OKRSCORE in each row, as a team that scores row by row has it.
 * The preview's bench and browser tests open it with `startPreview({ workbookPath })`, as
 * `npm start -- export.csv` does.
 *
 * Per-row formulas, not one array formula over the column: an edit then recalculates one score,
 * so the time to see it is the preview's, not HyperFormula's recalculation of every row.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const COMPANY_HEADERS = [
  'Objective',
  'Type',
  'Key result',
  'Owner',
  'Team',
  'Quarter',
  'Baseline',
  'Target',
  'Current',
  'Score',
  'Check-in',
  'Notes',
] as const;

/** Where the figures are, as column letters: the score reads baseline, target and current. */
export const COMPANY_COLUMNS = { baseline: 'G', target: 'H', current: 'I', score: 'J' } as const;

const TEAMS = ['Sales', 'Marketing', 'Support', 'Platform', 'Finance', 'People'];

/** Row `row` (1-based, from 2) of the sheet: fixed figures, so every run sees the same sheet. */
function keyResultRow(row: number): string[] {
  const index = row - 2;
  const baseline = index % 10;
  const target = 100 + (index % 50);
  const current = baseline + ((index * 7) % (target - baseline + 1));
  const { baseline: b, target: t, current: c } = COMPANY_COLUMNS;
  return [
    `Objective ${Math.floor(index / 4) + 1}`,
    index % 3 === 0 ? 'committed' : 'aspirational',
    `Raise metric ${index + 1} from ${baseline} to ${target}`,
    `Owner ${(index % 37) + 1}`,
    TEAMS[index % TEAMS.length] ?? '',
    'Q4 2026',
    String(baseline),
    String(target),
    String(current),
    `=OKRSCORE(${c}${row}, ${b}${row}, ${t}${row})`,
    '2026-12-15',
    index % 5 === 0 ? 'on track, "reviewed"' : '',
  ];
}

export function companyCsv(keyResults: number): string {
  const lines = [COMPANY_HEADERS.join(',')];
  for (let row = 2; row < keyResults + 2; row++) {
    lines.push(keyResultRow(row).map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV written to a new temporary folder; `remove` deletes the folder. */
export async function writeCompanyCsv(
  keyResults: number,
): Promise<{ path: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'okr-company-'));
  const file = path.join(folder, `company-${keyResults}.csv`);
  await writeFile(file, companyCsv(keyResults));
  return { path: file, remove: () => rm(folder, { recursive: true, force: true }) };
}
