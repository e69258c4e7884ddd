/**
 * The wizard for everyone, and safe with anything typed: the Plan an OKR flow with the keyboard
 * alone, axe-core's check on every panel, and markup or a formula typed into the wizard landing
 * as text, in the sidebar and in the sheet.
 */
import type { Locator } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { PreviewState } from '../../dev/preview/contract';
import type { AxeReport, SheetsUser } from './sheets-user';
import { useChromium, usePreview, type Workbook } from './use-preview';
import { CHURN_PLAN, PANELS, type PanelName, UI, Wizard } from './wizard';

// Generous: each sidebar call runs the add-on on the workbook and repaints the window on screen,
// and CI shares two cores between Chromium, the server and other test files.
const TIMEOUT = 240_000;

/** A team's planning notes: a workbook with no OKRs or KPIs tab yet. */
const TEAM_NOTES: Workbook = { name: 'team-notes.csv', csv: 'Note\nQ1 planning on Monday\n' };

/** A team's key results, with two columns that could be the target, for the adopt panel. */
const TEAM_KEY_RESULTS: Workbook = {
  name: 'team-key-results.csv',
  csv: [
    'Key result,Owner,Baseline,Target,Stretch goal,Actual',
    'Raise NPS from 30 to 50,Ana Silva,30,50,60,45',
    'Cut monthly churn from 5% to 2%,Ben Okoro,5,2,1,4',
  ].join('\n'),
};

const XSS = '<img src=x onerror=window.__xss=1>';
const FORMULA = '=IMPORTXML("http://x","//a")';

const browser = useChromium(TIMEOUT);

/** A preview on one of the temporary workbooks, and a page on it. */
function onWorkbook(workbook: Workbook) {
  return usePreview({ browser, workbook, timeout: TIMEOUT });
}

describe('keyboard only', () => {
  const { user } = onWorkbook(TEAM_NOTES);

  it(
    'plans an OKR with Tab, Space and Enter, from the menu item to the rows in the sheet',
    async () => {
      const sheet = user();
      const wizard = new Wizard(sheet);
      await wizard.open('plan');
      const frame = await sheet.sidebarFrame();
      // From here on, any pointer press in the page or the sidebar fails the test.
      const countPointers = () => {
        const counted = window as unknown as { pointerPresses?: number };
        counted.pointerPresses = 0;
        window.addEventListener(
          'pointerdown',
          () => {
            counted.pointerPresses = (counted.pointerPresses ?? 0) + 1;
          },
          true,
        );
      };
      await sheet.page.evaluate(countPointers);
      await frame.evaluate(countPointers);

      const keyboard = sheet.page.keyboard;
      const form = wizard.panel('plan');
      const ring: string[] = [];
      /** Presses Tab until `target` has the focus, checking each stop shows a focus ring. */
      const tabTo = async (target: Locator, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
        for (let presses = 0; presses < 60; presses++) {
          if (await hasFocus(target)) return;
          await keyboard.press(key);
          const stop = await focusRingOfActive(sheet);
          if (stop && !stop.visible) ring.push(stop.name);
        }
        throw new Error(`60 presses of ${key} never reached ${name}`);
      };

      // Opened from the menu item, the sidebar takes the focus at its panel's heading: the Tab
      // key goes on from there, with no mouse and no shortcut needed.
      await expect
        .poll(() => sheet.page.evaluate(() => document.activeElement?.getAttribute('title')))
        .toBe('Add-on sidebar');
      await tabTo(wizard.objectiveField('Objective'), 'Objective');
      await keyboard.type(CHURN_PLAN.objective);
      // Type: Aspirational is the first choice, already chosen.
      await tabTo(wizard.objectiveField('Type'), 'Type');
      expect(await wizard.objectiveField('Type').inputValue()).toBe('aspirational');
      await tabTo(wizard.objectiveField('Owner'), 'Owner');
      await keyboard.type(CHURN_PLAN.owner);

      // A fourth key result with Space, removed again with Enter: back to three.
      await tabTo(
        form.getByRole('button', { name: UI.addKeyResult, exact: true }),
        UI.addKeyResult,
      );
      await keyboard.press('Space');
      await expect.poll(() => wizard.keyResultCount()).toBe(4);
      // The new key result has the focus, ready to type.
      expect(await hasFocus(wizard.keyResult(4).getByLabel('Key result', { exact: true }))).toBe(
        true,
      );
      await tabTo(
        wizard.keyResult(4).getByRole('button', { name: UI.removeKeyResult }),
        'Remove key result 4',
      );
      await keyboard.press('Enter');
      await expect.poll(() => wizard.keyResultCount()).toBe(3);

      // The focus is back on Add a key result: Shift+Tab goes up to the first key result.
      await tabTo(
        wizard.keyResult(1).getByLabel('Key result', { exact: true }),
        'Key result 1',
        'Shift+Tab',
      );
      for (const [index, keyResult] of CHURN_PLAN.keyResults.entries()) {
        const group = wizard.keyResult(index + 1);
        await tabTo(group.getByLabel('Key result', { exact: true }), `Key result ${index + 1}`);
        await keyboard.type(keyResult.keyResult);
        await tabTo(group.getByLabel('Unit', { exact: true }), 'Unit');
        // A closed dropdown takes the first letter of its choice, as any select does.
        await keyboard.type(keyResult.unit.charAt(0));
        expect(await selectedLabel(group.getByLabel('Unit', { exact: true }))).toBe(keyResult.unit);
        await tabTo(group.getByLabel('Baseline', { exact: true }), 'Baseline');
        await keyboard.type(keyResult.baseline);
        await tabTo(group.getByLabel('Target', { exact: true }), 'Target');
        await keyboard.type(keyResult.target);
        if (keyResult.owner) {
          await tabTo(group.getByLabel('Owner', { exact: true }), 'Owner');
          await keyboard.type(keyResult.owner);
        }
      }
      await tabTo(wizard.addToSheet(), 'Add to sheet');
      await keyboard.press('Enter');

      await wizard.waitForSaid('plan', /rows 2 to 4/);
      await expect.poll(() => sheet.activeTab()).toBe('OKRs');
      const keyResult = await sheet.column('Key result');
      for (const [index, kr] of CHURN_PLAN.keyResults.entries()) {
        expect(await sheet.text(`${keyResult}${index + 2}`)).toBe(kr.keyResult);
      }
      expect(await sheet.text(`${await sheet.column('Objective')}2`)).toBe(CHURN_PLAN.objective);

      expect(await sheet.page.evaluate(pointerPresses)).toBe(0);
      expect(await frame.evaluate(pointerPresses)).toBe(0);
      // Every control the Tab key stopped on in the sidebar showed where the focus was.
      expect(ring).toEqual([]);
    },
    TIMEOUT,
  );
});

describe('axe-core on every panel', () => {
  const { user } = onWorkbook(TEAM_KEY_RESULTS);
  const reports: [string, AxeReport][] = [];

  afterAll(() => {
    const lines = reports.map(
      ([state, { counts, passes, incomplete, contrastPassed }]) =>
        `  ${state.padEnd(32)} critical ${counts.critical}, serious ${counts.serious}, ` +
        `moderate ${counts.moderate}, minor ${counts.minor}; ${passes} rules passed` +
        `${contrastPassed ? ' (colour contrast among them)' : ''}` +
        `${incomplete.length > 0 ? `; undecided: ${incomplete.join(', ')}` : ''}`,
    );
    console.log(`axe-core violations (nodes) per sidebar state:\n${lines.join('\n')}`);
  });

  async function check(state: string): Promise<void> {
    const report = await user().axe();
    reports.push([state, report]);
    expect(report.serious, state).toEqual([]);
  }

  for (const panel of PANELS) {
    it(
      `finds no serious or critical violation on ${UI.panels[panel]}`,
      async () => {
        const wizard = new Wizard(user());
        await wizard.open(panel);
        await settle(wizard, panel);
        await check(UI.panels[panel]);
      },
      TIMEOUT,
    );
  }

  it(
    'finds none with the hints, errors and verdicts showing',
    async () => {
      const wizard = new Wizard(user());
      await wizard.open('plan');
      const first = wizard.keyResult(1).getByLabel('Key result', { exact: true });
      await first.fill('Increase website traffic by 20%');
      await wizard.objectiveField('Objective').fill('Grow revenue 20% in EMEA');
      await wizard.addToSheet().click();
      await wizard.waitForSaid('plan', /Not added yet/);
      await check('Plan an OKR, hints and errors');

      await wizard.switchTo('quiz');
      await wizard.frame.getByLabel(UI.statement, { exact: true }).fill('Churn under 3%');
      for (const radio of await wizard.frame.getByRole('radio').all()) {
        if ((await radio.getAttribute('value')) === 'kpi') await radio.check();
      }
      await wizard.frame.getByRole('button', { name: UI.carryToKpi }).waitFor();
      await check('OKR or KPI?, with a verdict');
    },
    TIMEOUT,
  );
});

describe('markup and formulas typed into the wizard stay text', () => {
  const { user, preview } = onWorkbook(TEAM_NOTES);

  it(
    `shows the objective ${XSS} as text and writes the key result ${FORMULA} as text`,
    async () => {
      const sheet = user();
      const wizard = new Wizard(sheet);
      await wizard.open('plan');
      await wizard.fillObjective({
        objective: XSS,
        type: 'committed',
        owner: 'Maya Chen',
        keyResults: [
          { keyResult: FORMULA, baseline: '0', target: '1', unit: 'number' },
          { keyResult: 'Raise NPS from 30 to 50', baseline: '30', target: '50', unit: 'number' },
        ],
      });
      await wizard.addToSheet().click();
      const said = await wizard.waitForSaid('plan', /rows 2 to 3/);
      // The sidebar says what it wrote in the user's own characters, as text.
      expect(said).toContain(`"${XSS}"`);
      const frame = await sheet.sidebarFrame();
      expect(await frame.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(await wizard.frame.getByRole('img').count()).toBe(0);

      await expect.poll(() => sheet.activeTab()).toBe('OKRs');
      const objective = await sheet.column('Objective');
      const keyResult = await sheet.column('Key result');
      expect(await sheet.text(`${objective}2`)).toBe(XSS);
      expect(
        await sheet.page.evaluate(() => (window as { __xss?: unknown }).__xss),
      ).toBeUndefined();

      // The key result shows as typed, not as IMPORTXML's answer or an error.
      expect(await sheet.text(`${keyResult}2`)).toBe(FORMULA);
      await sheet.select(`${keyResult}2`);
      expect(await sheet.formulaBar().inputValue()).toBe(FORMULA);
      // And the workbook holds it as text: no formula in the cell.
      const state = (await (
        await sheet.page.request.get(new URL('api/state', preview().url).href)
      ).json()) as PreviewState;
      const cell = state.window.cells.flat().find((each) => each.a1 === `${keyResult}2`);
      expect(cell).toMatchObject({ formula: '', kind: 'text', display: FORMULA });
    },
    TIMEOUT,
  );
});

/** Waits until a panel has drawn what it loads from the sheet. */
async function settle(wizard: Wizard, panel: PanelName): Promise<void> {
  if (panel === 'adopt') {
    await wizard.panel('adopt').getByRole('combobox', { name: 'Key result (A)' }).waitFor();
  }
  if (panel === 'help') {
    await wizard.frame
      .getByRole('heading', { name: /^OKRSCORE/ })
      .first()
      .waitFor();
  }
}

function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((node) => node === node.ownerDocument.activeElement);
}

function pointerPresses(): number {
  return (window as unknown as { pointerPresses?: number }).pointerPresses ?? -1;
}

/**
 * The sidebar's focused control, and whether it shows a focus ring (an outline or a box
 * shadow); null when the focus is outside the sidebar.
 */
async function focusRingOfActive(
  sheet: SheetsUser,
): Promise<{ name: string; visible: boolean } | null> {
  const frame = await sheet.sidebarFrame();
  return frame.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || active === document.body || !document.hasFocus()) return null;
    // A date field's calendar button, inside the browser's own part of the field: the browser
    // draws its ring (the field does not match :focus then).
    if (!active.matches(':focus')) return null;
    const style = getComputedStyle(active);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const name =
      active.getAttribute('aria-label') ||
      (active as HTMLInputElement).labels?.[0]?.textContent ||
      active.textContent ||
      active.tagName;
    return { name: name.trim(), visible: outline || shadow };
  });
}

async function selectedLabel(select: Locator): Promise<string> {
  return select.evaluate(
    (node) => (node as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
  );
}
