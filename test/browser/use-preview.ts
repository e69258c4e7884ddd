/**
 * The browser tests' set-up, once: Chromium, a local preview (`npm start`) on the workbook a
 * test file needs, and a `SheetsUser` at it, opened before the tests of the file or `describe`
 * block that asks for them and closed after, with any temporary file written for them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { writeCompanyCsv } from '../../dev/preview/company-sheet';
import { type Preview, startPreview } from '../../dev/preview/server';
import { launchChromium } from './chromium';
import { SheetsUser } from './sheets-user';

/**
 * What the preview opens instead of its sample: a .csv or .xlsx export on disk (`path`); a CSV
 * written to a temporary folder as `name` (the preview names the tab after the file); or
 * dev/preview/company-sheet.ts's export of `keyResults` key results, each scored in its row.
 */
export type Workbook = { path: string } | { name: string; csv: string } | { keyResults: number };

export interface PreviewSetup {
  /** How long opening (or closing) may take: the hooks' timeout. */
  timeout: number;
  /** The Chromium to open the page in, from `useChromium`; without it, one of its own. */
  browser?: () => Browser;
  /** The sample when left out. */
  workbook?: Workbook;
  /** An add-on build in place of dist/: its files (Code.js, Sidebar.html) by name. */
  dist?: Record<string, string>;
  /** Closes the sidebar the preview opens with, for tests of the sheet alone. */
  closeSidebar?: boolean;
  /** How long one step on the page may take before it fails on its own message. */
  stepTimeout?: number;
}

/** What `usePreview` opened, to call from a test: before the tests run there is nothing yet. */
export interface OpenPreview {
  browser(): Browser;
  preview(): Preview;
  user(): SheetsUser;
}

/** Chromium for every test of the file or `describe` block this is called in. */
export function useChromium(timeout: number): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  }, timeout);
  afterAll(async () => {
    await browser?.close();
  }, timeout);
  return () => opened(browser, 'Chromium');
}

/** A preview and a page on it for every test of the file or `describe` block this is called in. */
export function usePreview(setup: PreviewSetup): OpenPreview {
  // Registered first, its afterAll runs last: the page closes before its browser.
  const browser = setup.browser ?? useChromium(setup.timeout);
  const what = `the preview on ${describeWorkbook(setup.workbook)}`;
  const removes: (() => Promise<void>)[] = [];
  let preview: Preview | undefined;
  let user: SheetsUser | undefined;

  beforeAll(async () => {
    const workbookPath = await writeWorkbook(setup.workbook, removes);
    const dist = setup.dist && (await writeFolder('okr-kpi-dist-', setup.dist, removes));
    preview = await startPreview({ port: 0, workbookPath, dist });
    user = await SheetsUser.open(browser(), preview, setup.stepTimeout);
    if (setup.closeSidebar) await user.closeSidebar();
  }, setup.timeout);

  afterAll(async () => {
    await user?.page.close();
    await preview?.close();
    for (const remove of removes) await remove();
  }, setup.timeout);

  return {
    browser,
    preview: () => opened(preview, what),
    user: () => opened(user, what),
  };
}

function opened<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} did not open`);
  return value;
}

function describeWorkbook(workbook: Workbook | undefined): string {
  if (!workbook) return 'the sample';
  if ('path' in workbook) return path.basename(workbook.path);
  if ('name' in workbook) return workbook.name;
  return `a ${workbook.keyResults}-row export`;
}

/** The workbook's path on disk, written first if the tests made it up; undefined: the sample. */
async function writeWorkbook(
  workbook: Workbook | undefined,
  removes: (() => Promise<void>)[],
): Promise<string | undefined> {
  if (!workbook) return undefined;
  if ('path' in workbook) return workbook.path;
  if ('name' in workbook) {
    const folder = await writeFolder(
      'okr-kpi-workbook-',
      { [workbook.name]: workbook.csv },
      removes,
    );
    return path.join(folder, workbook.name);
  }
  const csv = await writeCompanyCsv(workbook.keyResults);
  removes.push(csv.remove);
  return csv.path;
}

/** A new temporary folder holding `files`, deleted with the preview. */
async function writeFolder(
  prefix: string,
  files: Record<string, string>,
  removes: (() => Promise<void>)[],
): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix));
  removes.push(() => rm(folder, { recursive: true, force: true }));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(folder, name), text);
  return folder;
}
