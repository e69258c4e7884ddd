/**
 * `npm run screenshots`: builds dist/, opens the local preview in headless Chromium and writes
 * the README's screenshot, docs/preview.png: the sample's OKRs sheet at 1280 x 800, scores
 * coloured, the add-on's sidebar open and the completion score (H7) selected so the formula bar
 * shows the one OKRSCORE formula that fills the column. Run it when the preview or the sidebar
 * changes how they look; `npm test` never writes docs/.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { type Preview, startPreview } from '../dev/preview/server';
import { launchChromium } from '../test/browser/chromium';
import { build, ROOT } from './build';

const README_SCREENSHOT = path.join(ROOT, 'docs/preview.png');
const VIEWPORT = { width: 1280, height: 800 };
/** "Raise onboarding completion from 60% to 85%": a red 0.24. */
const SELECTED_CELL = 'H7';

async function main(): Promise<void> {
  try {
    await build();
  } catch (error) {
    fail(`Build failed: ${messageOf(error)}`);
  }
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  try {
    preview = await startPreview({ port: 0 });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: VIEWPORT });
    page.setDefaultTimeout(15_000);
    await page.goto(preview.url);
    await page.locator('td[data-a1="A1"]').waitFor();
    // The sidebar opens with the workbook; wait until its function reference is drawn.
    await page.locator('#sidebar-panel').waitFor({ state: 'visible' });
    const sidebar = page.frameLocator('#sidebar-frame');
    await sidebar.locator('#function-reference .function').first().waitFor();
    // The page focuses the grid by script when it opens, and Chromium rings an element focused
    // so before any click. A person clicks around first: the cell's click focuses it again.
    await page.locator('#grid').evaluate((grid) => (grid as HTMLElement).blur());
    await page.locator(`td[data-a1="${SELECTED_CELL}"]`).click();
    await page.waitForFunction((a1) => {
      const nameBox = document.querySelector<HTMLInputElement>('#name-box');
      const formula = document.querySelector<HTMLInputElement>('#formula-input');
      return nameBox?.value === a1 && formula?.value.startsWith('=OKRSCORE(') === true;
    }, SELECTED_CELL);
    await mkdir(path.dirname(README_SCREENSHOT), { recursive: true });
    await page.screenshot({ path: README_SCREENSHOT });
    console.log(`Wrote ${path.relative(ROOT, README_SCREENSHOT)}`);
  } catch (error) {
    // Not fail(): the browser and the server close first.
    console.error(`Could not take the screenshot: ${messageOf(error)}`);
    process.exitCode = 1;
  } finally {
    await browser?.close();
    await preview?.close();
  }
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

await main();
