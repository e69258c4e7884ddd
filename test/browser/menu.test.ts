/**
 * The add-on's menu in a real browser, clicked as a person clicks it (Extensions > OKR & KPI
 * > item), and what the add-on says back drawn as Sheets draws it: alerts in a modal dialog,
 * prompts with their text field, toasts at the bottom right.
 *
 * The first part opens a real OKR tool export (test/fixtures/real/okr-tool-export-viva-goals.csv,
 * see SOURCES.md) as `npm start -- file.csv` does, opens each panel of the sidebar from its
 * menu item, adopts the export through the sidebar's Use my existing sheet panel and sets up
 * the add-on's tabs. The
 * second runs a small stand-in add-on (written to a temporary dist/) whose menu shows every
 * kind of notice, since the real one only shows OK alerts today.
 */
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/build';
import { ADD_ON_MENU, GREEN, RED, WHITE, YELLOW } from './sheets-user';
import { useChromium, usePreview } from './use-preview';

// Generous: CI shares two cores between Chromium, the preview server and the other test files.
const TIMEOUT = 60_000;

/** A Viva Goals export: 21 objectives, key results and deliverables, scored 0 to 100. */
const VIVA_GOALS_CSV = path.join(ROOT, 'test/fixtures/real/okr-tool-export-viva-goals.csv');

const browser = useChromium(TIMEOUT);

/** The label of a dropdown's chosen option, as a screen reader reads it. */
function chosen(dropdown: Locator): Promise<string> {
  return dropdown.evaluate(
    (node) => (node as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
  );
}

describe('the add-on menu on a real OKR export (npm start -- file.csv)', () => {
  const vivaGoals = usePreview({ browser, workbook: { path: VIVA_GOALS_CSV }, timeout: TIMEOUT });

  it(
    'opens the sidebar on the matching panel from Plan an OKR, Add a KPI, OKR or KPI?, Use my existing sheet and Function help',
    async () => {
      const user = vivaGoals.user();
      const { page } = user;
      const panel = page.locator('#sidebar-panel');
      const sidebar = page.getByTitle('Add-on sidebar').contentFrame();
      for (const caption of [
        'Plan an OKR',
        'Add a KPI',
        'OKR or KPI?',
        'Use my existing sheet',
        'Function help',
      ]) {
        await page.getByRole('button', { name: 'Close sidebar' }).click();
        await expect.poll(() => panel.isVisible()).toBe(false);
        await user.runFromMenu(caption);
        await expect.poll(() => panel.isVisible(), { message: caption }).toBe(true);
        expect(await page.locator('#sidebar-title').textContent()).toBe('OKR & KPI');
        // The panel the item names, under its own heading.
        await sidebar.getByRole('heading', { name: caption, exact: true, level: 1 }).waitFor();
      }
      // Opening the sidebar says nothing: no dialog came up.
      expect(await page.getByRole('alertdialog').count()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'Use my existing sheet shows the mapping in the sidebar; Apply adds Score, Status and Check right of the table, coloured, and says so there',
    async () => {
      const user = vivaGoals.user();
      const { page } = user;
      // As exported: the tool's own Score (V) ends the table, nothing beyond it.
      expect(await user.text('V1')).toBe('Score');
      // The sheet's empty columns, as a CSV import has them up to Z.
      for (const a1 of ['W1', 'X1', 'Y1', 'W2']) expect(await user.text(a1)).toBe('');
      expect(await user.background('W2')).toBe(WHITE);

      await user.runFromMenu('Use my existing sheet');

      // The sidebar opens on the adopt panel: each header with the role it was read as.
      const adopt = page
        .getByTitle('Add-on sidebar')
        .contentFrame()
        .getByRole('region', { name: 'Use my existing sheet' });
      const role = (header: string) => adopt.getByRole('combobox', { name: header, exact: true });
      await role('Title (B)').waitFor();
      await expect.poll(() => chosen(role('Title (B)'))).toBe('key result');
      expect(await chosen(role('Owner (D)'))).toBe('owner');
      expect(await chosen(role('Start (O)'))).toBe('baseline');
      expect(await chosen(role('Target (L)'))).toBe('target');
      expect(await chosen(role('Actual Progress (S)'))).toBe('current value');
      // The tool's own Score and Status are data like any other: not the add-on's.
      expect(await chosen(role('Score (V)'))).toBe('not used');
      // What Apply will add, and where; nothing is added until then, and no dialog comes up.
      const willAdd = adopt.getByRole('list').filter({ hasText: 'Score in column W' });
      expect(await willAdd.getByRole('listitem').allTextContents()).toEqual([
        'Score in column W',
        'Status in column X',
        'Check in column Y',
      ]);
      expect(await user.text('W1')).toBe('');
      expect(await page.getByRole('alertdialog').count()).toBe(0);

      await adopt.getByRole('button', { name: 'Apply', exact: true }).click();

      const said = adopt.getByRole('status').filter({ hasText: 'Added' });
      await said.waitFor();
      expect(await said.textContent()).toContain(
        'Header in row 1: "Title" as key result, "Owner" as owner',
      );
      expect(await said.textContent()).toContain('Added Score (W), Status (X), Check (Y)');
      // Said in the sidebar, not in a dialog over the sheet.
      expect(await page.getByRole('alertdialog').count()).toBe(0);

      // The sheet has been repainted.
      await expect.poll(() => user.text('W1')).toBe('Score');
      expect(await user.row(1)).toEqual(expect.arrayContaining(['Score', 'Status', 'Check']));
      expect([await user.text('W1'), await user.text('X1'), await user.text('Y1')]).toEqual([
        'Score',
        'Status',
        'Check',
      ]);
      // Actual Progress 64 of 0 to 100; 0 of 100; 100 of 100.
      expect(await user.text('W2')).toBe('0.64');
      expect(await user.background('W2')).toBe(YELLOW);
      expect(await user.text('W3')).toMatch(/^0(\.00)?$/);
      expect(await user.background('W3')).toBe(RED);
      expect(await user.text('W8')).toMatch(/^1(\.00)?$/);
      expect(await user.background('W8')).toBe(GREEN);
      expect(await user.text('X2')).not.toBe('');
      // Nothing the team wrote changed: their progress and their own Score column.
      expect(await user.text('S2')).toBe('64');
      expect(await user.text('V8')).toBe('1');

      // The panel reads the tab again: the new columns are the add-on's, nothing more to add.
      await expect.poll(() => adopt.getByText('Nothing to add with this mapping.').count()).toBe(1);

      // One formula fills the Score column, as the formula bar shows for any of its cells.
      await user.cell('W5').click();
      expect(await page.getByRole('textbox', { name: 'Formula bar' }).inputValue()).toMatch(
        /^=OKRSCORE\(/,
      );
    },
    TIMEOUT,
  );

  it(
    'Set up OKR & KPI sheets adds the OKRs and KPIs tabs, and its alert says so',
    async () => {
      const user = vivaGoals.user();
      const { page } = user;
      expect(await page.getByRole('tab').allTextContents()).toEqual(['okr-tool-export-viva-goals']);

      await user.runFromMenu('Set up OKR & KPI sheets');

      const alert = page.getByRole('alertdialog', { name: ADD_ON_MENU });
      await alert.waitFor();
      expect(await alert.textContent()).toContain('Created OKRs and KPIs');
      expect(await page.getByRole('tab').allTextContents()).toEqual([
        'okr-tool-export-viva-goals',
        'OKRs',
        'KPIs',
      ]);
      await alert.getByRole('button', { name: 'OK' }).click();
      await expect.poll(() => alert.isVisible()).toBe(false);

      await page.getByRole('tab', { name: 'OKRs' }).click();
      await expect
        .poll(() => page.getByRole('tab', { name: 'OKRs' }).getAttribute('aria-selected'))
        .toBe('true');
      const headers = await user.row(1);
      expect(headers.slice(0, 4)).toEqual(['Objective', 'Type', 'Owner', 'Key result']);
      expect(headers).toEqual(expect.arrayContaining(['Current', 'Score', 'Status']));
    },
    TIMEOUT,
  );

  it(
    'Refresh formatting says what it refreshed; Escape dismisses the alert',
    async () => {
      const user = vivaGoals.user();
      const { page } = user;
      await user.runFromMenu('Refresh formatting');
      const alert = page.getByRole('alertdialog', { name: ADD_ON_MENU });
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/Colours refreshed on .*OKRs/);
      await page.keyboard.press('Escape');
      await expect.poll(() => alert.isVisible()).toBe(false);
      await expect.poll(() => user.focused()).toBe('grid');
    },
    TIMEOUT,
  );
});

/**
 * A stand-in add-on: every kind of notice Apps Script has, from its menu. Each handler is a
 * top-level function, as the build makes the real ones.
 */
const STAND_IN_CODE = `
function onOpen() {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Archive the quarter', 'archiveQuarter')
    .addItem('Name the next cycle', 'nameCycle')
    .addItem('Save a check-in', 'saveCheckIn')
    .addItem('Say done', 'sayDone')
    .addItem('Break', 'breakDown')
    .addItem('Open the panel', 'openPanel')
    .addToUi();
}

function openPanel() {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Panel'));
}

function archiveQuarter() {
  var ui = SpreadsheetApp.getUi();
  var answer = ui.alert('Archive Q3', 'Move the Q3 key results to an archive tab?', ui.ButtonSet.YES_NO);
  SpreadsheetApp.getActiveSpreadsheet().toast(answer === ui.Button.YES ? 'Q3 archived' : 'Nothing archived', 'Archive', -1);
}

function nameCycle() {
  var ui = SpreadsheetApp.getUi();
  ui.prompt('Next cycle', 'Name of the next cycle:', ui.ButtonSet.OK_CANCEL);
}

function saveCheckIn() {
  SpreadsheetApp.getActiveSpreadsheet().toast('3 check-ins saved', 'Check-in', 1);
}

function sayDone() {
  SpreadsheetApp.getUi().alert('Done');
}

function breakDown() {
  SpreadsheetApp.getActiveSpreadsheet().toast('Working');
  throw new Error('the Q3 tab is missing');
}
`;

describe('alerts, prompts and toasts as Sheets shows them', () => {
  const standIn = usePreview({
    browser,
    dist: {
      'Code.js': STAND_IN_CODE,
      'Sidebar.html':
        '<!DOCTYPE html><button onclick="google.script.run.sayDone()">Finish</button>',
    },
    timeout: TIMEOUT,
  });

  /** The toast box, in the page's live region for status messages. */
  const toast = () => standIn.user().page.getByRole('status').locator('.sheet-toast');

  it(
    'shows a Yes/No alert with both buttons, then the toast the add-on showed after it',
    async () => {
      const user = standIn.user();
      const { page } = user;
      await user.runFromMenu('Archive the quarter');
      const alert = page.getByRole('alertdialog', { name: 'Archive Q3' });
      await alert.waitFor();
      expect(await alert.getByText('Move the Q3 key results to an archive tab?').isVisible()).toBe(
        true,
      );
      expect(await alert.locator('#notice-buttons').getByRole('button').allTextContents()).toEqual([
        'Yes',
        'No',
      ]);
      await expect.poll(() => user.focused()).toBe('Yes');
      // The add-on did not wait for the click: the dialog says what it was answered.
      expect(await alert.textContent()).toContain('it was answered Yes');
      // The add-on's toast came after the alert: it waits until the alert is dismissed.
      expect(await toast().count()).toBe(0);

      await alert.getByRole('button', { name: 'No', exact: true }).click();
      await expect.poll(() => alert.isVisible()).toBe(false);
      await toast().waitFor();
      expect(await toast().textContent()).toContain('Archive');
      expect(await toast().textContent()).toContain('Q3 archived');
      const box = await toast().boundingBox();
      expect(box && box.x + box.width).toBeGreaterThan(1280 - 60);
      expect(box && box.y + box.height).toBeGreaterThan(800 - 120);
      // A negative timeout keeps it until its close button is clicked.
      await page.waitForTimeout(1500);
      expect(await toast().isVisible()).toBe(true);
      await toast().getByRole('button', { name: 'Close notification' }).click();
      await expect.poll(() => toast().count()).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'shows a prompt with its text field and OK and Cancel; Escape dismisses it',
    async () => {
      const user = standIn.user();
      const { page } = user;
      await user.runFromMenu('Name the next cycle');
      const prompt = page.getByRole('dialog', { name: 'Next cycle' });
      await prompt.waitFor();
      const field = prompt.getByRole('textbox', { name: 'Name of the next cycle:' });
      expect(await field.isVisible()).toBe(true);
      await expect.poll(() => user.focused()).toBe('notice-field');
      expect(await prompt.locator('#notice-buttons').getByRole('button').allTextContents()).toEqual(
        ['OK', 'Cancel'],
      );
      expect(await prompt.textContent()).toContain('it was answered Cancel, nothing typed');
      await page.keyboard.press('Escape');
      await expect.poll(() => prompt.isVisible()).toBe(false);
      await expect.poll(() => user.focused()).toBe('grid');
    },
    TIMEOUT,
  );

  it(
    'names an alert without a title by its message, and lets a toast go after its timeout',
    async () => {
      const user = standIn.user();
      const { page } = user;
      await user.runFromMenu('Say done');
      const alert = page.getByRole('alertdialog', { name: 'Done' });
      await alert.waitFor();
      expect(await alert.textContent()).not.toContain('answered');
      await alert.getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => alert.isVisible()).toBe(false);

      await user.runFromMenu('Save a check-in');
      await toast().waitFor();
      expect(await toast().textContent()).toContain('3 check-ins saved');
      // One second, as the add-on asked.
      await expect.poll(() => toast().count(), { timeout: 5000 }).toBe(0);
    },
    TIMEOUT,
  );

  it(
    'shows what an add-on showed before it failed, then its error',
    async () => {
      const user = standIn.user();
      const { page } = user;
      await user.runFromMenu('Break');
      await toast().waitFor();
      expect(await toast().textContent()).toContain('Working');
      const error = page.locator('#preview-message');
      await expect.poll(() => error.textContent()).toBe('Error: the Q3 tab is missing');
      expect(await error.isVisible()).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'shows an alert the add-on showed in a google.script.run call from its sidebar',
    async () => {
      const user = standIn.user();
      const { page } = user;
      await user.runFromMenu('Open the panel');
      const sidebar = page.frameLocator('#sidebar-frame');
      await sidebar.getByRole('button', { name: 'Finish' }).click();
      const alert = page.getByRole('alertdialog', { name: 'Done' });
      await alert.waitFor();
      await alert.getByRole('button', { name: 'OK' }).click();
      await expect.poll(() => alert.isVisible()).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "still shows the add-on's alerts after Reset starts the workbook afresh",
    async () => {
      const user = standIn.user();
      const { page } = user;
      await page.getByRole('button', { name: 'Reset' }).click();
      await user.runFromMenu('Say done');
      const alert = page.getByRole('alertdialog', { name: 'Done' });
      await alert.waitFor();
      await page.keyboard.press('Escape');
      await expect.poll(() => alert.isVisible()).toBe(false);
    },
    TIMEOUT,
  );
});
