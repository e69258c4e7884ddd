/**
 * The preview on a company's sheet: a generated export of 10,000 key results, each scored by
 * OKRSCORE in its row (dev/preview/company-sheet.ts), opened as `npm start -- export.csv` opens
 * it. A person scrolls to the bottom, types a new current value into the last key result, and
 * sees its score change; the page draws, and the server sends, only the rows on screen.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPANY_COLUMNS } from '../../dev/preview/company-sheet';
import { usePreview } from './use-preview';

// Generous: CI shares two cores between Chromium, the preview server and the other test files.
const TIMEOUT = 120_000;
const KEY_RESULTS = 10_000;
/** The header is row 1: the last key result is in row 10,001. */
const LAST_ROW = KEY_RESULTS + 1;
/** The whole sheet as the old page got it was 19 MB; a window is a few hundred KB. */
const MOST_BYTES_PER_ANSWER = 1024 * 1024;

const company = usePreview({ workbook: { keyResults: KEY_RESULTS }, timeout: TIMEOUT });
/** The size of every answer from the preview's API once the page has opened. */
const answerSizes: number[] = [];

beforeAll(() => {
  company.user().page.on('response', (response) => {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    void response.body().then(
      (body) => answerSizes.push(body.length),
      () => undefined,
    );
  });
});

describe('the preview on a 10,000-row export', () => {
  it(
    'shows the first rows, and draws only the rows on screen',
    async () => {
      const user = company.user();
      await expect.poll(() => user.text('A1')).toBe('Objective');
      expect(await user.text('A2')).toBe('Objective 1');
      expect(await user.text(`${COMPANY_COLUMNS.score}1`)).toBe('Score');
      const drawn = await user.rowNumbers();
      expect(drawn[0]).toBe(1);
      expect(drawn.length).toBeLessThan(200);
      // The scroll bar covers the whole sheet: Sheets' rows past the data included.
      const { scrollHeight, rowHeight } = await user.page.evaluate(() => {
        const scroller = document.getElementById('grid-scroll') as HTMLElement;
        const row = document.querySelector('#grid tbody tr:not(.spacer)') as HTMLElement;
        return { scrollHeight: scroller.scrollHeight, rowHeight: row.offsetHeight };
      });
      // Rows are placed by their number: every one is as high as the page takes it to be.
      expect(rowHeight).toBe(21);
      expect(scrollHeight).toBeGreaterThanOrEqual(LAST_ROW * rowHeight);
    },
    TIMEOUT,
  );

  it(
    'scrolls to the bottom, and an edit there changes the score that depends on it',
    async () => {
      const user = company.user();
      await user.scrollRows(KEY_RESULTS * 2);
      const current = `${COMPANY_COLUMNS.current}${LAST_ROW}`;
      const score = `${COMPANY_COLUMNS.score}${LAST_ROW}`;
      await expect.poll(() => user.text(`A${LAST_ROW}`)).toBe('Objective 2500');
      const drawn = await user.rowNumbers();
      expect(drawn).toContain(LAST_ROW);
      expect(drawn).not.toContain(2);
      expect(drawn.length).toBeLessThan(200);

      // Baseline 9, target 149: 66 now, a score of 57/140.
      expect(await user.text(`${COMPANY_COLUMNS.baseline}${LAST_ROW}`)).toBe('9');
      expect(await user.text(`${COMPANY_COLUMNS.target}${LAST_ROW}`)).toBe('149');
      expect(Number(await user.text(score))).toBeCloseTo(57 / 140, 6);

      await user.enter(current, '79');
      await expect.poll(() => user.text(score)).toBe('0.5');
      expect(await user.text(current)).toBe('79');
      // The score's own formula, in its row.
      await user.select(score);
      expect(await user.formulaBar().inputValue()).toBe(
        `=OKRSCORE(I${LAST_ROW}, G${LAST_ROW}, H${LAST_ROW})`,
      );
    },
    TIMEOUT,
  );

  it(
    'goes to a row far down from the name box, as Sheets does',
    async () => {
      const user = company.user();
      const nameBox = user.page.getByRole('textbox', { name: 'Name box' });
      await nameBox.fill('C5000');
      await nameBox.press('Enter');
      await expect.poll(() => user.text('C5000')).toBe('Raise metric 4999 from 8 to 148');
      expect(await nameBox.inputValue()).toBe('C5000');
      expect(await user.focused()).toBe('grid');
      const drawn = await user.rowNumbers();
      expect(drawn).toContain(5000);
      expect(drawn).not.toContain(LAST_ROW);
    },
    TIMEOUT,
  );

  it(
    'follows the selection down with the arrow keys, past the rows first drawn',
    async () => {
      const user = company.user();
      const nameBox = user.page.getByRole('textbox', { name: 'Name box' });
      const goTo = async (a1: string) => {
        await nameBox.fill(a1);
        await nameBox.press('Enter');
        await expect.poll(() => nameBox.inputValue()).toBe(a1);
      };
      await goTo('B9990');
      for (let press = 0; press < 20; press++) await user.page.keyboard.press('ArrowDown');
      // The last row stops it.
      await expect.poll(() => nameBox.inputValue()).toBe(`B${LAST_ROW}`);
      await goTo('B2');
      for (let press = 0; press < 60; press++) await user.page.keyboard.press('ArrowDown');
      await expect.poll(() => nameBox.inputValue()).toBe('B62');
      expect(await user.formulaBar().inputValue()).toBe('committed');
      // The selected cell is on screen, below the column letters, once the page has scrolled
      // to it and drawn that window (asked for after the last key press, so polled).
      const inView = () =>
        user.cell('B62').evaluate((td) => {
          const cell = td.getBoundingClientRect();
          const scroller = (
            document.getElementById('grid-scroll') as HTMLElement
          ).getBoundingClientRect();
          return cell.top >= scroller.top && cell.bottom <= scroller.bottom;
        });
      await expect.poll(inView).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'was sent a window at a time, never the whole sheet',
    async () => {
      expect(answerSizes.length).toBeGreaterThan(0);
      expect(Math.max(...answerSizes)).toBeLessThan(MOST_BYTES_PER_ANSWER);
    },
    TIMEOUT,
  );
});
