/**
 * `npm run screenshots`: builds dist/, opens the local preview in headless Chromium and writes
 * the README's screenshots, at 1280 x 800:
 *
 * - docs/preview.png: the sample's OKRs sheet, scores coloured, the add-on's sidebar open on
 *   Function help and the completion score (H7) selected so the formula bar shows the one
 *   OKRSCORE formula that fills the column.
 * - The wizard, a quarter planned on a new spreadsheet (one empty tab, Sheet1) after Set up
 *   OKR & KPI sheets: docs/wizard-plan.png (Plan an OKR filled in: the objective, type,
 *   owner and cycle with their hints), docs/wizard-plan-hints.png (further down: a key result
 *   that is a KPI in disguise, its badge and hint), docs/wizard-added.png (after Add to sheet: the new rows selected, what was written said
 *   in the sidebar), docs/wizard-checkin.png (current values and the check-in date typed:
 *   scores, colours and statuses),
 *   docs/wizard-quiz.png (OKR or KPI? answered, its verdict and reason), docs/wizard-kpi.png
 *   (Add a KPI filled in over the KPIs tab) and docs/wizard-help.png (Function help filtered
 *   to "band", over the sample's KPIs).
 * - docs/adopt-before.png, docs/wizard-adopt.png, docs/adopt-after.png: a real OKR tool export
 *   (test/fixtures/real/okr-tool-export-viva-goals.csv, as the browser test opens it) scrolled
 *   to its last columns, before Extensions > OKR & KPI > Use my existing sheet, with the
 *   sidebar's mapping (header -> role, what Apply adds where), and after Apply, the new Score
 *   column's formula in view.
 *
 * Run it when the preview or the sidebar changes how they look; `npm test` never writes docs/.
 * The new spreadsheet is an empty CSV in a temporary folder, removed afterwards.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { type Preview, startPreview } from '../dev/preview/server';
import { launchChromium } from '../test/browser/chromium';
import { build, ROOT } from './build';

const DOCS = path.join(ROOT, 'docs');
const VIEWPORT = { width: 1280, height: 800 };
const ADD_ON_MENU = 'OKR & KPI';
/** "Raise onboarding completion from 60% to 85%": a red 0.24. */
const SELECTED_CELL = 'H7';

/** The adoption shots' sheet: a Viva Goals export, 21 goals scored 0 to 100. */
const ADOPTED_CSV = path.join(ROOT, 'test/fixtures/real/okr-tool-export-viva-goals.csv');
/**
 * The adoption shots start at the export's Last Check-in (Q) with the sheet alone: its
 * progress, status, notes and own score, then the empty columns W to Z. With the sidebar open
 * the sheet is 300 px narrower, so the shots with it start at Actual Progress (S): the team's
 * value, status and score, then the columns the add-on adds (W to Y).
 */
const FIRST_SHOWN_COLUMN = 'Q';
const FIRST_SHOWN_WITH_SIDEBAR = 'S';
/** The first score the add-on adds: 64 of 0 to 100, a yellow 0.64. */
const ADDED_SCORE = 'W2';

/** The quarter planned in the wizard shots. */
const PLAN = {
  objective: 'Make onboarding effortless for new customers',
  type: 'committed',
  owner: 'Priya Nair',
  keyResults: [
    {
      keyResult: 'Cut average onboarding time from 12 minutes to 7',
      unit: 'number',
      baseline: '12',
      target: '7',
      owner: 'Liam Walsh',
      current: '9',
    },
    {
      keyResult: 'Raise onboarding completion from 60% to 85%',
      unit: '%',
      baseline: '60%',
      target: '85%',
      owner: '',
      current: '80%',
    },
    {
      // A KPI in disguise, left in to show the hint: a bump with no baseline.
      keyResult: 'Increase activation by 20%',
      unit: '%',
      baseline: '',
      target: '',
      owner: 'Liam Walsh',
      current: '',
    },
  ],
};

/** The day of the first check-in: the Status column paces each score by it. */
const CHECK_IN = '2026-11-15';

async function main(): Promise<void> {
  try {
    await build();
  } catch (error) {
    fail(`Build failed: ${messageOf(error)}`);
  }
  let browser: Browser | undefined;
  const folder = await mkdtemp(path.join(tmpdir(), 'okr-kpi-screenshots-'));
  try {
    browser = await launchChromium();
    await previewShot(browser);
    await wizardShots(browser, folder);
    await helpShot(browser);
    await adoptionShots(browser);
  } catch (error) {
    // Not fail(): the browser and the server close first.
    console.error(`Could not take the screenshots: ${messageOf(error)}`);
    process.exitCode = 1;
  } finally {
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  }
}

async function previewShot(browser: Browser): Promise<void> {
  await withPreview({ port: 0 }, browser, async (page) => {
    // The sidebar opens with the workbook, on Function help: wait until its reference is drawn.
    await page.locator('#sidebar-panel').waitFor({ state: 'visible' });
    await sidebar(page)
      .getByRole('heading', { name: /^OKRSCORE/ })
      .waitFor();
    await selectCell(page, SELECTED_CELL, '=OKRSCORE(');
    await save(page, 'preview.png');
  });
}

/** A quarter planned with the wizard on a new spreadsheet, one shot per step. */
async function wizardShots(browser: Browser, folder: string): Promise<void> {
  const empty = path.join(folder, 'Sheet1.csv');
  await writeFile(empty, '');
  await withPreview({ port: 0, workbookPath: empty }, browser, async (page) => {
    const frame = sidebar(page);
    await runFromMenu(page, 'Set up OKR & KPI sheets');
    const alert = page.getByRole('alertdialog', { name: ADD_ON_MENU });
    await alert.getByRole('button', { name: 'OK' }).click();
    await alert.waitFor({ state: 'hidden' });

    await runFromMenu(page, 'Plan an OKR');
    const plan = panel(frame, 'Plan an OKR');
    await plan.getByLabel('Objective', { exact: true }).fill(PLAN.objective);
    await plan.getByLabel('Type', { exact: true }).selectOption(PLAN.type);
    await plan.getByLabel('Owner', { exact: true }).first().fill(PLAN.owner);
    for (const [index, keyResult] of PLAN.keyResults.entries()) {
      const group = frame.getByRole('group', { name: `Key result ${index + 1}`, exact: true });
      await group.getByLabel('Key result', { exact: true }).fill(keyResult.keyResult);
      await group.getByLabel('Unit', { exact: true }).selectOption({ label: keyResult.unit });
      await group.getByLabel('Baseline', { exact: true }).fill(keyResult.baseline);
      await group.getByLabel('Target', { exact: true }).fill(keyResult.target);
      await group.getByLabel('Owner', { exact: true }).fill(keyResult.owner);
    }
    // The top of the panel: the objective, its type, owner and cycle, each with its hint.
    await scrollSidebarTo(frame.getByRole('navigation', { name: 'Panels' }), 'start');
    await save(page, 'wizard-plan.png');
    // Further down, the third key result: a KPI in disguise, as its badge and hint say.
    const third = frame.getByRole('group', { name: 'Key result 3', exact: true });
    await scrollSidebarTo(third, 'start');
    await save(page, 'wizard-plan-hints.png');

    // The KPI in disguise is left out: two key results go in.
    await third.getByRole('button', { name: 'Remove' }).click();
    await plan.getByRole('button', { name: 'Add to sheet', exact: true }).click();
    const said = plan.getByRole('status').filter({ hasText: 'Added' });
    await said.waitFor();
    await scrollSidebarTo(said, 'end');
    await save(page, 'wizard-added.png');

    // The first check-in: current values typed in the formula bar.
    const headers = await rowTexts(page, 1);
    const current = columnLetter(headers.indexOf('Current'));
    const score = columnLetter(headers.indexOf('Score'));
    const checkIn = columnLetter(headers.indexOf('Check-in date'));
    for (const [index, keyResult] of PLAN.keyResults.slice(0, 2).entries()) {
      await enter(page, `${current}${index + 2}`, keyResult.current);
      await enter(page, `${checkIn}${index + 2}`, CHECK_IN);
    }
    await page.locator(`td[data-a1="${score}3"]`).filter({ hasText: /\d/ }).waitFor();
    await selectCell(page, `${score}2`, '=OKRSCORE(');
    await scrollToColumn(page, 'F');
    await save(page, 'wizard-checkin.png');

    await runFromMenu(page, 'OKR or KPI?');
    const quiz = panel(frame, 'OKR or KPI?');
    await quiz.getByLabel('Statement', { exact: true }).fill('Monthly churn under 3%');
    for (const answer of [
      'to keep something healthy',
      'it is an outcome to watch',
      'ongoing, as long as the business runs',
      '"is anything wrong?"',
    ]) {
      await quiz.getByRole('radio', { name: answer, exact: true }).check();
    }
    const carry = quiz.getByRole('button', { name: 'Use as a KPI in Add a KPI' });
    await scrollSidebarTo(carry, 'end');
    await save(page, 'wizard-quiz.png');

    await carry.click();
    const kpi = panel(frame, 'Add a KPI');
    await kpi.getByLabel('KPI', { exact: true }).fill('Monthly churn');
    await kpi.getByLabel('Owner', { exact: true }).fill('Tom Berger');
    await kpi.getByLabel('Unit', { exact: true }).selectOption({ label: '%' });
    await kpi.getByLabel('High', { exact: true }).fill('3%');
    await kpi.getByLabel('Watch', { exact: true }).fill('0.5%');
    await kpi.getByLabel('Cadence', { exact: true }).selectOption('monthly');
    await page.getByRole('tab', { name: 'KPIs', exact: true }).click();
    await page.getByRole('tab', { name: 'KPIs', selected: true }).waitFor();
    await scrollSidebarTo(kpi.getByRole('button', { name: 'Add to sheet', exact: true }), 'end');
    await save(page, 'wizard-kpi.png');
  });
}

async function helpShot(browser: Browser): Promise<void> {
  await withPreview({ port: 0 }, browser, async (page) => {
    const help = panel(sidebar(page), 'Function help');
    await help.getByRole('heading', { name: /^OKRSCORE/ }).waitFor();
    await page.getByRole('tab', { name: 'KPIs', exact: true }).click();
    await page.getByRole('tab', { name: 'KPIs', selected: true }).waitFor();
    await help.getByLabel('Find a function').fill('band');
    await help.getByRole('heading', { name: /^OKRSCORE/ }).waitFor({ state: 'hidden' });
    await save(page, 'wizard-help.png');
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

    await runFromMenu(page, 'Use my existing sheet');
    const adopt = panel(sidebar(page), 'Use my existing sheet');
    await adopt.getByRole('combobox', { name: 'Actual Progress (S)' }).waitFor();
    const apply = adopt.getByRole('button', { name: 'Apply', exact: true });
    // The last columns' roles, what Apply adds where, and the button.
    await scrollSidebarTo(apply, 'end');
    await scrollToColumn(page, FIRST_SHOWN_WITH_SIDEBAR);
    await save(page, 'wizard-adopt.png');

    await apply.click();
    const said = adopt.getByRole('status').filter({ hasText: 'Added' });
    await said.waitFor();
    await page.locator(`td[data-a1="${ADDED_SCORE}"]`).filter({ hasText: /\d/ }).waitFor();
    await scrollSidebarTo(said, 'center');
    // The added columns made the sheet wider: the same first column shows all three of them.
    await scrollToColumn(page, FIRST_SHOWN_WITH_SIDEBAR);
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
    page.setDefaultTimeout(30_000);
    await page.goto(preview.url);
    await page.locator('td[data-a1="A1"]').waitFor();
    await shoot(page);
  } finally {
    await page.close();
    await preview?.close();
  }
}

function sidebar(page: Page): FrameLocator {
  return page.getByTitle('Add-on sidebar').contentFrame();
}

/** A panel of the sidebar: a region named by its heading. */
function panel(frame: FrameLocator, name: string): Locator {
  return frame.getByRole('region', { name, exact: true });
}

/** Extensions > OKR & KPI > caption. */
async function runFromMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions', exact: true }).click();
  await page.getByRole('menuitem', { name: ADD_ON_MENU, exact: true }).click();
  await page.getByRole('menuitem', { name: caption, exact: true }).click();
  if (!['Set up OKR & KPI sheets', 'Refresh formatting'].includes(caption)) {
    await sidebar(page).getByRole('heading', { name: caption, exact: true, level: 1 }).waitFor();
  }
}

/** Scrolls the sidebar so that `target` is in view at its `block` position. */
async function scrollSidebarTo(target: Locator, block: 'start' | 'center' | 'end'): Promise<void> {
  await target.evaluate((node, where) => node.scrollIntoView({ block: where }), block);
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

/** Types `input` in the formula bar for one cell and presses Enter. */
async function enter(page: Page, a1: string, input: string): Promise<void> {
  await selectCell(page, a1, '');
  const bar = page.getByRole('textbox', { name: 'Formula bar' });
  await bar.fill(input);
  await bar.press('Enter');
  await page.locator(`td[data-a1="${a1}"]`).filter({ hasText: /\S/ }).waitFor();
}

async function rowTexts(page: Page, row: number): Promise<string[]> {
  return page.locator(`#grid td[data-row="${row - 1}"]`).allTextContents();
}

/** 0 -> A, 25 -> Z, 26 -> AA. */
function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
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
