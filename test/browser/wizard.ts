/**
 * The planning wizard (sidebar/) as a user meets it in the preview's sidebar, for the browser
 * tests: panels by their heading, fields by their label, key results by their fieldset's
 * legend, buttons by their name. The names issue 10 fixes ("Objective", "Key result",
 * "Add to sheet"...) are written out where they are used; the names it leaves to the UI
 * (sidebar/) are gathered in UI.
 */
import type { FrameLocator, Locator } from 'playwright-core';
import { expect } from 'vitest';
import type { SheetsUser } from './sheets-user';

/** Names issue 10 leaves to the UI, as sidebar/ gives them. */
export const UI = {
  /** Each panel: its menu item, its heading and its name in the panel switcher. */
  panels: {
    plan: 'Plan an OKR',
    kpi: 'Add a KPI',
    quiz: 'OKR or KPI?',
    adopt: 'Use my existing sheet',
    help: 'Function help',
  },
  /** The dropdown that brings another panel into view. */
  switcher: 'Panel',
  addKeyResult: 'Add a key result',
  removeKeyResult: 'Remove',
  cycleStart: 'Cycle start',
  cycleEnd: 'Cycle end',
  watch: 'Watch',
  cadence: 'Cadence',
  statement: 'Statement',
  carryToPlan: 'Use as a key result in Plan an OKR',
  carryToKpi: 'Use as a KPI in Add a KPI',
  apply: 'Apply',
  notUsed: 'not used',
} as const;

export type PanelName = keyof typeof UI.panels;
export const PANELS = Object.keys(UI.panels) as PanelName[];

/** A key result as the user types it in the wizard. */
export interface KeyResultInput {
  keyResult: string;
  baseline: string;
  target: string;
  /** The Unit dropdown's label: %, number, currency, yes/no. */
  unit: string;
  owner?: string;
  weight?: string;
}

export interface ObjectiveInput {
  objective: string;
  type: 'aspirational' | 'committed';
  owner: string;
  keyResults: KeyResultInput[];
}

/** A quarter for a team cutting churn: three key results, one of them decreasing. */
export const CHURN_PLAN: ObjectiveInput = {
  objective: 'Keep more of the customers we win',
  type: 'aspirational',
  owner: 'Maya Chen',
  keyResults: [
    {
      keyResult: 'Raise NPS from 30 to 50',
      baseline: '30',
      target: '50',
      unit: 'number',
      owner: 'Sofia Alvarez',
    },
    {
      // Decreasing: a lower churn is progress.
      keyResult: 'Cut monthly churn from 5% to 2%',
      baseline: '5%',
      target: '2%',
      unit: '%',
      owner: 'Ben Okoro',
    },
    {
      keyResult: 'Sign 40 customers to an annual plan',
      baseline: '0',
      target: '40',
      unit: 'number',
    },
  ],
};

export class Wizard {
  constructor(readonly user: SheetsUser) {}

  get frame(): FrameLocator {
    return this.user.sidebar();
  }

  /** The panel's heading: the one h1 of the sidebar. */
  heading(name: PanelName): Locator {
    return this.frame.getByRole('heading', { name: UI.panels[name], exact: true, level: 1 });
  }

  /** The panel: a region named by its heading. */
  panel(name: PanelName): Locator {
    return this.frame.getByRole('region', { name: UI.panels[name], exact: true });
  }

  /** Extensions > OKR & KPI > the panel's menu item: the sidebar opens on that panel. */
  async open(name: PanelName): Promise<void> {
    await this.user.runFromMenu(UI.panels[name]);
    await this.heading(name).waitFor();
  }

  /** Another panel, through the sidebar's own panel switcher. */
  async switchTo(name: PanelName): Promise<void> {
    await this.frame
      .getByRole('combobox', { name: UI.switcher, exact: true })
      .selectOption({ label: UI.panels[name] });
    await this.heading(name).waitFor();
  }

  keyResult(number: number): Locator {
    return this.frame.getByRole('group', { name: `Key result ${number}`, exact: true });
  }

  keyResultCount(): Promise<number> {
    return this.frame.getByRole('group', { name: /^Key result \d+$/ }).count();
  }

  /** Adds or removes key results until there are `count`. */
  async keyResultsUpTo(count: number): Promise<void> {
    while ((await this.keyResultCount()) < count) {
      await this.frame.getByRole('button', { name: UI.addKeyResult, exact: true }).click();
    }
    while ((await this.keyResultCount()) > count) {
      const last = this.keyResult(await this.keyResultCount());
      await last.getByRole('button', { name: UI.removeKeyResult }).click();
    }
  }

  /** The objective's own fields: the first of each name, above the key results. */
  objectiveField(label: 'Objective' | 'Type' | 'Owner'): Locator {
    return this.panel('plan').getByLabel(label, { exact: true }).first();
  }

  async fillObjective(input: ObjectiveInput): Promise<void> {
    await this.objectiveField('Objective').fill(input.objective);
    await this.objectiveField('Type').selectOption(input.type);
    await this.objectiveField('Owner').fill(input.owner);
    await this.keyResultsUpTo(input.keyResults.length);
    for (const [index, keyResult] of input.keyResults.entries()) {
      const group = this.keyResult(index + 1);
      await group.getByLabel('Key result', { exact: true }).fill(keyResult.keyResult);
      await group.getByLabel('Unit', { exact: true }).selectOption({ label: keyResult.unit });
      await group.getByLabel('Baseline', { exact: true }).fill(keyResult.baseline);
      await group.getByLabel('Target', { exact: true }).fill(keyResult.target);
      await group.getByLabel('Owner', { exact: true }).fill(keyResult.owner ?? '');
      await group.getByLabel('Weight', { exact: true }).fill(keyResult.weight ?? '');
    }
  }

  addToSheet(panel: 'plan' | 'kpi' = 'plan'): Locator {
    return this.panel(panel).getByRole('button', { name: 'Add to sheet', exact: true });
  }

  /** What the panel says after Add to sheet or Apply: its last status line with text. */
  said(panel: PanelName): Locator {
    return this.panel(panel).getByRole('status').filter({ hasText: /\S/ }).last();
  }

  /** Waits until the panel's status line reads `pattern` (the round trip has finished). */
  async waitForSaid(panel: PanelName, pattern: RegExp): Promise<string> {
    await expect
      .poll(
        async () => (await this.said(panel).count()) > 0 && (await this.said(panel).textContent()),
        {
          message: `${UI.panels[panel]} says ${pattern}`,
          // Add to sheet on a fresh workbook is four server calls, each repainting the
          // preview: seconds each on a busy two-core CI machine.
          timeout: 120_000,
        },
      )
      .toMatch(pattern);
    return (await this.said(panel).textContent()) ?? '';
  }
}
