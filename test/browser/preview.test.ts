/**
 * The local preview in a real browser: the sample workbook as Sheets would show it, the
 * add-on's sidebar beside it, an edit recalculated through the add-on's custom functions and
 * recoloured by the sheet's conditional formatting, and google.script.run from the sidebar.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { OKR_SHEET, sampleWorkbook } from '../../dev/engine/sample';
import { ROOT } from '../../scripts/build';
import { usePreview } from './use-preview';

// Generous: CI shares two cores between Chromium, the preview server and the other test files.
const TIMEOUT = 60_000;
/**
 * What the page looked like when the sidebar was checked, to look at when a test fails. Git
 * ignores .screenshots/, so a test run changes nothing tracked: the README's docs/preview.png
 * is taken by `npm run screenshots`.
 */
const SCREENSHOT = path.join(ROOT, '.screenshots/preview.png');

/** The sample's colours (dev/engine/sample.ts), as the browser reports them. */
const RED = 'rgb(244, 199, 195)';
const GREEN = 'rgb(183, 225, 205)';

/** "Raise onboarding completion from 60% to 85%": 66% now, a red 0.24. */
const COMPLETION_CURRENT = 'G7';
const COMPLETION_SCORE = 'H7';

const sample = usePreview({ stepTimeout: 15_000, timeout: TIMEOUT });
/** The page, driven by the preview's own ids rather than as SheetsUser reads it. */
let page: Page;

beforeAll(() => {
  page = sample.user().page;
});

const cell = (a1: string) => page.locator(`td[data-a1="${a1}"]`);
const background = (a1: string) => cell(a1).evaluate((td) => getComputedStyle(td).backgroundColor);

async function sidebarFrame(): Promise<Frame> {
  const handle = await page.locator('#sidebar-frame').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the sidebar iframe has no document');
  await frame.locator('#function-reference .function').first().waitFor();
  return frame;
}

/** Types into the formula bar for one cell and presses Enter, as a person would. */
async function enter(a1: string, input: string): Promise<void> {
  await cell(a1).click();
  await expect.poll(() => page.locator('#name-box').inputValue()).toBe(a1);
  await page.locator('#formula-input').fill(input);
  await page.locator('#formula-input').press('Enter');
}

describe('npm start: the local preview', () => {
  it(
    'shows the sample with its scores coloured by the conditional formatting',
    async () => {
      await expect.poll(() => page.locator('#file-name').textContent()).toBe('OKR & KPI sample');
      await expect.poll(() => page.locator('.sheet-tab.active').textContent()).toBe(OKR_SHEET);
      expect(await page.locator('th.column-header').first().textContent()).toBe('A');
      expect(await cell('A1').textContent()).toBe('Objective');
      const sample = sampleWorkbook();
      for (const [a1, row] of [
        [COMPLETION_SCORE, 6],
        ['H4', 3],
        ['H9', 8],
      ] as const) {
        expect(await cell(a1).textContent()).toBe(sample.display(OKR_SHEET, row, 7));
        expect(await cell(a1).textContent()).toMatch(/^\d\.\d\d$/);
        // Polled: on a busy machine the page may still be painting the rules' colours.
        await expect
          .poll(() => background(a1))
          .toBe(cssColour(sample.style(OKR_SHEET, row, 7).background));
      }
      await expect.poll(() => background(COMPLETION_SCORE)).toBe(RED);
      await expect.poll(() => background('H4')).toBe(GREEN);
    },
    TIMEOUT,
  );

  it(
    'opens the add-on sidebar with the function reference, and the menu that opens it',
    async () => {
      await expect.poll(() => page.locator('#sidebar-panel').isVisible()).toBe(true);
      expect(await page.locator('#sidebar-title').textContent()).toBe('OKR & KPI');
      const frame = await sidebarFrame();
      expect(await frame.locator('#function-reference').textContent()).toContain(
        'OKRSCORE(current, baseline, target)',
      );

      await page.locator('#sidebar-close').click();
      expect(await page.locator('#sidebar-panel').isVisible()).toBe(false);
      await page.locator('#extensions-button').click();
      await page.locator('.submenu-title', { hasText: 'OKR & KPI' }).hover();
      await page
        .locator('[data-function-name="showSidebar"]', { hasText: 'Function help' })
        .click();
      await expect.poll(() => page.locator('#sidebar-panel').isVisible()).toBe(true);
      await sidebarFrame();

      // One formula fills the whole column: every score shows it, as in Sheets.
      await cell('H2').click();
      const formula = await page.locator('#formula-input').inputValue();
      expect(formula).toMatch(/^=OKRSCORE\(G2:G,/);
      await cell(COMPLETION_SCORE).click();
      expect(await page.locator('#formula-input').inputValue()).toBe(formula);
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    },
    TIMEOUT,
  );

  it(
    'recalculates and recolours a score when its current value is typed in the formula bar',
    async () => {
      await enter(COMPLETION_CURRENT, '80%');
      await expect.poll(() => cell(COMPLETION_SCORE).textContent()).toBe('0.80');
      expect(await background(COMPLETION_SCORE)).toBe(GREEN);
      expect(await cell(COMPLETION_CURRENT).textContent()).toBe('80%');

      await enter('B15', '=OKRSCORE(0.5, 0, 1)');
      await expect.poll(() => cell('B15').textContent()).toBe('0.5');
      await cell('B15').click();
      expect(await page.locator('#formula-input').inputValue()).toBe('=OKRSCORE(0.5, 0, 1)');

      // The binary key result's checkbox: unticked, it scores 0.
      expect(await cell('H8').textContent()).toBe('1.00');
      await cell('G8').locator('input[type="checkbox"]').click();
      await expect.poll(() => cell('H8').textContent()).toBe('0.00');
      expect(await background('H8')).toBe(RED);
      expect(await cell('G8').locator('input').isChecked()).toBe(false);

      await page.locator('#reset-button').click();
      await expect.poll(() => cell(COMPLETION_SCORE).textContent()).toBe('0.24');
      expect(await background(COMPLETION_SCORE)).toBe(RED);
      expect(await cell('B15').textContent()).toBe('');
      // Reset rebuilds the array formulas, not their spilled values.
      expect(await cell('H12').textContent()).toBe('0.00');
    },
    TIMEOUT,
  );

  it(
    'goes to a cell written far away (ZZ1000) and draws only what is on screen there',
    async () => {
      const nameBox = page.locator('#name-box');
      const goTo = async (a1: string) => {
        await nameBox.fill(a1);
        await nameBox.press('Enter');
        await expect.poll(() => nameBox.inputValue()).toBe(a1);
      };
      await goTo('Z1000');
      await page.locator('#formula-input').fill('=1+1');
      await page.locator('#formula-input').press('Enter');
      await expect.poll(() => cell('Z1000').textContent()).toBe('2');
      // Past the sheet's edge: Sheets' name box says there is no such cell.
      await nameBox.fill('ZZ1000');
      await nameBox.press('Enter');
      await expect.poll(() => page.locator('#preview-message').textContent()).toMatch(/ZZ1000/);

      await enter('Z1000', '="far "&"away"');
      await expect.poll(() => cell('Z1000').textContent()).toBe('far away');
      await page.evaluate(async () => {
        // Written through the API: the sheet grows to 1,000 x 702.
        await fetch('/api/cell', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ sheet: 'OKRs', a1: 'ZZ1000', input: 'far' }),
        });
      });
      // The page learns the sheet's new size with its next state: here, the tab reloaded.
      await page.reload();
      await cell('A1').waitFor();
      await goTo('ZZ1000');
      await expect.poll(() => cell('ZZ1000').textContent()).toBe('far');
      // Of 702 columns, those on screen and a few either side.
      const letters = await page.locator('#grid th.column-header').allTextContents();
      expect(letters.at(-1)).toBe('ZZ');
      expect(letters.length).toBeLessThan(40);
      expect(letters).not.toContain('A');

      await page.locator('#reset-button').click();
      await expect.poll(() => cell('A1').textContent()).toBe('Objective');
      expect(await page.locator('#grid-scroll').evaluate((node) => node.scrollTop)).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'bridges google.script.run from the sidebar to the server code',
    async () => {
      const frame = await sidebarFrame();
      const answers = await frame.evaluate(() => {
        type Runner = Record<string, (...args: unknown[]) => Runner>;
        const run = (window as unknown as { google: { script: { run: Runner } } }).google.script
          .run;
        const call = (name: string, ...args: unknown[]) =>
          new Promise((resolve) => {
            run
              .withSuccessHandler?.((value: unknown, user: unknown) => resolve({ value, user }))
              .withFailureHandler?.((error: unknown, user: unknown) =>
                resolve({ error: (error as Error).message, user }),
              )
              .withUserObject?.('row 7')
              [name]?.(...args);
          });
        return Promise.all([
          call('OKRSCORE', 0.5, 0, 1),
          call('KPIBAND', [[0.3], [0.5]], 0.35, ''),
          call('noSuchFunction'),
          call('onOpen_'),
        ]);
      });
      expect(answers).toEqual([
        { value: 0.5, user: 'row 7' },
        { value: [['BELOW'], ['IN BAND']], user: 'row 7' },
        { error: 'Script function not found: noSuchFunction', user: 'row 7' },
        { error: 'Script function not found: onOpen_', user: 'row 7' },
      ]);

      await frame.evaluate(() => {
        const host = (window as unknown as { google: { script: { host: { close(): void } } } })
          .google.script.host;
        host.close();
      });
      await expect.poll(() => page.locator('#sidebar-panel').isVisible()).toBe(false);
    },
    TIMEOUT,
  );
});

function cssColour(hex: string | null): string {
  if (!hex) return 'rgb(255, 255, 255)';
  const [red, green, blue] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${red}, ${green}, ${blue})`;
}
