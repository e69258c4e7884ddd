/**
 * Preparing a sheet in the preview as in Sheets: select a range by dragging, Shift+arrows or a
 * column's letter, Delete empties it in one request, Ctrl+Z brings it back, a right-click on a
 * column letter inserts or deletes a column, long text runs on over empty cells without
 * widening its column, the formula bar shows a value as it would be typed (66%), and Reset
 * goes back to A1. On the preview's sample and on a generated 300-row export.
 */
import { describe, expect, it } from 'vitest';
import { COMPANY_COLUMNS } from '../../dev/preview/company-sheet';
import type { SheetsUser } from './sheets-user';
import { useChromium, usePreview } from './use-preview';

const TIMEOUT = 120_000;
const KEY_RESULTS = 300;

const browser = useChromium(TIMEOUT);

/** How many requests to `path` the page sends while `act` runs. */
async function requestsTo(user: SheetsUser, path: string, act: () => Promise<void>) {
  let count = 0;
  const listener = (request: { url(): string }) => {
    if (new URL(request.url()).pathname === path) count++;
  };
  user.page.on('request', listener);
  try {
    await act();
  } finally {
    user.page.off('request', listener);
  }
  return count;
}

describe('editing the sample', () => {
  const sample = usePreview({ browser, closeSidebar: true, timeout: TIMEOUT });

  it(
    'a dragged range is emptied by Delete in one request, and Ctrl+Z brings it back',
    async () => {
      const user = sample.user();
      expect(await user.text('G2')).toBe('29%');
      const score = await user.text('H2');
      await user.drag('G2', 'G4');
      expect(await user.selectedCells()).toEqual(['G2', 'G3', 'G4']);
      // The active cell is where the drag started.
      expect(await user.nameBox().inputValue()).toBe('G2');
      const clears = await requestsTo(user, '/api/clear', async () => {
        await user.press('Delete');
        await expect.poll(() => user.text('G4')).toBe('');
      });
      expect(clears).toBe(1);
      expect([await user.text('G2'), await user.text('G3')]).toEqual(['', '']);
      // The score reads the cleared current values.
      await expect.poll(() => user.text('H2')).not.toBe(score);
      await user.undo();
      await expect.poll(() => user.text('G2')).toBe('29%');
      expect([await user.text('G3'), await user.text('G4')]).toEqual(['38', '81']);
      await expect.poll(() => user.text('H2')).toBe(score);
    },
    TIMEOUT,
  );

  it(
    'Shift+arrows grow the range from the active cell; Backspace empties it',
    async () => {
      const user = sample.user();
      await user.select('E9');
      await user.press('Shift+ArrowDown');
      await user.press('Shift+ArrowRight');
      expect(await user.selectedCells()).toEqual(['E9', 'F9', 'E10', 'F10']);
      expect(await user.nameBox().inputValue()).toBe('E9');
      await user.press('Backspace');
      await expect.poll(() => user.text('F10')).toBe('');
      expect(await user.text('E9')).toBe('');
      await user.undo();
      await expect.poll(() => user.text('E9')).toBe('5.0%');
      expect(await user.text('F10')).toBe('106%');
    },
    TIMEOUT,
  );

  it(
    'Shift+click selects from the active cell to the clicked one',
    async () => {
      const user = sample.user();
      await user.select('B3');
      await user.shiftClick(user.cell('C4'));
      expect(await user.selectedCells()).toEqual(['B3', 'C3', 'B4', 'C4']);
      expect(await user.nameBox().inputValue()).toBe('B3');
    },
    TIMEOUT,
  );

  it(
    'the formula bar shows a percentage as typed: 66%',
    async () => {
      const user = sample.user();
      await user.select('G7');
      expect(await user.text('G7')).toBe('66%');
      expect(await user.formulaBar().inputValue()).toBe('66%');
    },
    TIMEOUT,
  );

  it(
    "a column inserted from the letters' menu moves the data right; deleting it moves it back",
    async () => {
      const user = sample.user();
      const score = await user.text('H2');
      expect(await user.contextMenuItems(user.columnHeader('E'))).toEqual([
        'Insert 1 column left',
        'Insert 1 column right',
        'Delete column E',
      ]);
      await user.fromContextMenu(user.columnHeader('E'), 'Insert 1 column left');
      await expect.poll(() => user.text('F1')).toBe('Baseline');
      expect(await user.text('E1')).toBe('');
      expect(await user.text('E2')).toBe('');
      // The score moved to I and still reads its baseline, target and current.
      expect(await user.text('I1')).toBe('Score');
      expect(await user.text('I2')).toBe(score);
      await user.enter('H2', '35%');
      await expect.poll(() => user.text('I2')).toBe('1.00');
      await user.undo();
      await expect.poll(() => user.text('I2')).toBe(score);
      await user.fromContextMenu(user.columnHeader('E'), 'Delete column E');
      await expect.poll(() => user.text('E1')).toBe('Baseline');
      expect(await user.text('H2')).toBe(score);
    },
    TIMEOUT,
  );

  it(
    'long text runs on over empty cells and never widens its column',
    async () => {
      const user = sample.user();
      const header = user.columnHeader('M');
      const width = (await header.boundingBox())?.width ?? 0;
      const message = 'A long note about this key result, much wider than one column';
      await user.enter('M3', message);
      await expect.poll(() => user.text('M3')).toBe(message);
      expect((await header.boundingBox())?.width).toBe(width);
      // Drawn over the empty N3, O3...: wider than its own column.
      const shown = await user.cell('M3').evaluate((td) => {
        const text = td.firstElementChild ?? td;
        return text.getBoundingClientRect().width;
      });
      expect(shown).toBeGreaterThan(width);
      await user.undo();
      await expect.poll(() => user.text('M3')).toBe('');
    },
    TIMEOUT,
  );

  it(
    'Reset scrolls the sheet home, and leaves nothing to undo',
    async () => {
      const user = sample.user();
      await user.enter('B5', 'changed');
      await user.scrollRows(200);
      await user.scrollColumns(600);
      await expect.poll(async () => (await user.scrolled()).left).toBeGreaterThan(0);
      await user.reset();
      await expect.poll(() => user.scrolled()).toEqual({ top: 0, left: 0 });
      await expect.poll(() => user.text('B5')).toBe('aspirational');
      expect(await user.nameBox().inputValue()).toBe('A1');
      expect(await user.selectedCells()).toEqual(['A1']);
      await user.undo();
      // Undo has nothing to put back: B5 stays as opened.
      await user.select('A2');
      expect(await user.text('B5')).toBe('aspirational');
    },
    TIMEOUT,
  );
});

describe('editing a 300-row export', () => {
  const company = usePreview({ browser, workbook: { keyResults: KEY_RESULTS }, timeout: TIMEOUT });
  const { current, score } = COMPANY_COLUMNS;

  it(
    'a whole column cleared with one Delete, and back with Ctrl+Z',
    async () => {
      const user = company.user();
      const before = await user.text(`${current}5`);
      const scoreBefore = await user.text(`${score}5`);
      expect(before).not.toBe('');
      await user.columnHeader(current).click();
      expect(await user.nameBox().inputValue()).toBe(`${current}1`);
      const clears = await requestsTo(user, '/api/clear', async () => {
        await user.press('Delete');
        await expect.poll(() => user.text(`${current}5`)).toBe('');
      });
      expect(clears).toBe(1);
      expect(await user.text(`${current}1`)).toBe('');
      await expect.poll(() => user.text(`${score}5`)).not.toBe(scoreBefore);
      // The last key result too, far below the screen.
      const last = `${current}${KEY_RESULTS + 1}`;
      await user.goTo(last);
      await expect.poll(() => user.text(last)).toBe('');
      await user.undo();
      await expect.poll(() => user.text(last)).not.toBe('');
      await user.reset();
      await expect.poll(() => user.scrolled()).toEqual({ top: 0, left: 0 });
      await expect.poll(() => user.text(`${current}5`)).toBe(before);
      expect(await user.text(`${score}5`)).toBe(scoreBefore);
    },
    TIMEOUT,
  );

  it(
    'a dragged range cleared, then a column inserted left of it and deleted again',
    async () => {
      const user = company.user();
      const scoreBefore = await user.text(`${score}3`);
      await user.drag(`${current}2`, `${current}6`);
      await user.press('Delete');
      await expect.poll(() => user.text(`${current}6`)).toBe('');
      expect(await user.text(`${current}7`)).not.toBe('');
      await expect.poll(() => user.text(`${score}3`)).not.toBe(scoreBefore);
      await user.undo();
      await expect.poll(() => user.text(`${score}3`)).toBe(scoreBefore);
      await user.fromContextMenu(user.columnHeader('G'), 'Insert 1 column left');
      await expect.poll(() => user.text('H1')).toBe('Baseline');
      expect(await user.text('K1')).toBe('Score');
      expect(await user.text('K3')).toBe(scoreBefore);
      await user.fromContextMenu(user.columnHeader('G'), 'Delete column G');
      await expect.poll(() => user.text('G1')).toBe('Baseline');
      expect(await user.text(`${score}3`)).toBe(scoreBefore);
    },
    TIMEOUT,
  );
});
