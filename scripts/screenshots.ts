/**
 * `npm run screenshots`: builds dist/, opens the local preview in headless Chromium and writes
 * the README's screenshots, at 1280 x 800:
 *
 * - docs/preview.png: the sample's OKRs sheet, scores coloured, the add-on's sidebar open and
 *   the completion score (H7) selected so the formula bar shows the one OKRSCORE formula that
 *   fills the column.
 * - docs/adopt-before.png, docs/adopt-alert.png, docs/adopt-after.png: a real OKR tool export
 *   (test/fixtures/real/okr-tool-export-viva-goals.csv, as the browser test opens it) scrolled
 *   to its last columns, before Extensions > OKR & KPI > Use my existing sheet, with the alert
 *   it shows, and after, the alert dismissed and the new Score column's formula in view.
 *
 * Run it when the preview or the sidebar changes how they look; `npm test` never writes docs/.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type Preview, startPreview } from '../dev/preview/server';
import { launchChromium } from '../test/browser/chromium';
import { build, ROOT } from './build';

const DOCS = path.join(ROOT, 'docs');
const VIEWPORT = { width: 1280, height: 800 };
/** "Raise onboarding completion from 60% to 85%": a red 0.24. */
const SELECTED_CELL = 'H7';

/** The adoption shots' sheet: a Viva Goals export, 21 goals scored 0 to 100. */
const ADOPTED_CSV = path.join(ROOT, 'test/fixtures/real/okr-tool-export-viva-goals.csv');
/**
 * The adoption shots start at the export's Last Check-in (Q): its progress, status, notes and
 * own score, then the columns the add-on adds (W to Y). Before, the sheet is narrower and
 * scrolls only as far as its Goal Type (N), with the empty columns W to Z at the right.
 */
const FIRST_SHOWN_COLUMN = 'Q';
/** The first score the add-on adds: 64 of 0 to 100, a yellow 0.64. */
const ADDED_SCORE = 'W2';

async function main(): Promise<void> {
  try {
    await build();
  } catch (error) {
    fail(`Build failed: ${messageOf(error)}`);
  }
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    await previewShot(browser);
    await adoptionShots(browser);
  } catch (error) {
    // Not fail(): the browser and the server close first.
    console.error(`Could not take the screenshots: ${messageOf(error)}`);
    process.exitCode = 1;
  } finally {
    await browser?.close();
  }
}

async function previewShot(browser: Browser): Promise<void> {
  await withPreview({ port: 0 }, browser, async (page) => {
    // The sidebar opens with the workbook; wait until its function reference is drawn.
    await page.locator('#sidebar-panel').waitFor({ state: 'visible' });
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#function-reference .function').first().waitFor();
    await selectCell(page, SELECTED_CELL, '=OKRSCORE(');
    await save(page, 'preview.png');
  });
}

async function adoptionShots(browser: Browser): Promise<void> {
  await withPreview({ port: 0, workbookPath: ADOPTED_CSV }, browser, async (page) => {
    // The function reference is not what these shots are about: the sheet gets the width.
    await page.locator('#sidebar-panel').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Close sidebar' }).click();
    await scrollToColumn(page, FIRST_SHOWN_COLUMN);
    await selectCell(page, ADDED_SCORE, '');
    await save(page, 'adopt-before.png');

    await page.getByRole('button', { name: 'Extensions', exact: true }).click();
    await page.getByRole('menuitem', { name: 'OKR & KPI', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Use my existing sheet', exact: true }).click();
    const alert = page.getByRole('alertdialog', { name: 'OKR & KPI' });
    await alert.waitFor();
    await page.locator(`td[data-a1="${ADDED_SCORE}"]`).filter({ hasText: /\d/ }).waitFor();
    // The added columns made the sheet wider: the same first column shows all three of them.
    await scrollToColumn(page, FIRST_SHOWN_COLUMN);
    await save(page, 'adopt-alert.png');

    await alert.getByRole('button', { name: 'OK' }).click();
    await alert.waitFor({ state: 'hidden' });
    await selectCell(page, ADDED_SCORE, '=OKRSCORE(');
    await save(page, 'adopt-after.png');
  });
}

/** Opens the preview on `options` in a fresh page, runs `shoot`, and closes both. */
async function withPreview(
  options: Parameters<typeof startPreview>[0],
  browser: Browser,
  shoot: (page: Page) => Promise<void>,
): Promise<void> {
  let preview: Preview | undefined;
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    preview = await startPreview(options);
    page.setDefaultTimeout(15_000);
    await page.goto(preview.url);
    await page.locator('td[data-a1="A1"]').waitFor();
    await shoot(page);
  } finally {
    await page.close();
    await preview?.close();
  }
}

/**
 * Clicks a cell and waits for the formula bar to show it. The page focuses the grid by script
 * when it opens, and Chromium rings an element focused so before any click: a person clicks
 * around first, and the cell's click focuses it again.
 */
async function selectCell(page: Page, a1: string, formulaStart: string): Promise<void> {
  await page.locator('#grid').evaluate((grid) => (grid as HTMLElement).blur());
  await page.locator(`td[data-a1="${a1}"]`).click();
  await page.waitForFunction(
    ([cell, start]) => {
      const nameBox = document.querySelector<HTMLInputElement>('#name-box');
      const formula = document.querySelector<HTMLInputElement>('#formula-input');
      return nameBox?.value === cell && formula?.value.startsWith(start ?? '') === true;
    },
    [a1, formulaStart],
  );
}

/** Scrolls the sheet so that `column` is the first one right of the row numbers. */
async function scrollToColumn(page: Page, column: string): Promise<void> {
  await page.locator('#grid-scroll').evaluate((scroller, letters) => {
    const cell = scroller.querySelector<HTMLElement>(`td[data-a1="${letters}1"]`);
    const rowHeader = scroller.querySelector<HTMLElement>('th.row-header');
    if (!cell || !rowHeader) throw new Error(`no column ${letters} on the sheet`);
    scroller.scrollLeft = cell.offsetLeft - rowHeader.offsetWidth;
  }, column);
}

async function save(page: Page, name: string): Promise<void> {
  const file = path.join(DOCS, name);
  await mkdir(DOCS, { recursive: true });
  await page.screenshot({ path: file });
  console.log(`Wrote ${path.relative(ROOT, file)}`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

await main();
