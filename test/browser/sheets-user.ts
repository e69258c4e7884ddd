/**
 * A person at the local preview (`npm start`), for the browser tests: what they click, type
 * and read, found as a screen-reader user finds it (roles and accessible names), never by CSS
 * class. The grid's cells are named by the column letter and row number a person reads off the
 * sheet (`data-a1`), as Sheets' own name box does.
 */
import path from 'node:path';
import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Preview } from '../../dev/preview/server';
import { ROOT } from '../../scripts/build';

export const ADD_ON_MENU = 'OKR & KPI';

/** The add-on's rule colours (src/sheet/rules.ts), as the browser reports them. */
export const RED = 'rgb(244, 199, 195)';
export const YELLOW = 'rgb(252, 232, 178)';
export const GREEN = 'rgb(183, 225, 205)';
export const WHITE = 'rgb(255, 255, 255)';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/** What axe-core found on a page, counted by impact, and the worst ones in words. */
export interface AxeReport {
  counts: Record<'critical' | 'serious' | 'moderate' | 'minor', number>;
  /** "rule-id (impact): help, on selector" for each serious or critical violation. */
  serious: string[];
  /** How many rules passed, and how many axe could not decide (it says so, as "incomplete"). */
  passes: number;
  incomplete: string[];
  /** Whether colour contrast was checked and passed on every text. */
  contrastPassed: boolean;
}

export class SheetsUser {
  constructor(readonly page: Page) {}

  /** `stepTimeout`: how long one step may take, well under the test's timeout. */
  static async open(browser: Browser, preview: Preview, stepTimeout = 60_000): Promise<SheetsUser> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // A step that cannot happen fails on its own message, well before the test's timeout.
    page.setDefaultTimeout(stepTimeout);
    await page.goto(preview.url);
    // The grid draws its rows at once, blank until their cells come: wait for a cell.
    await page.getByRole('grid', { name: 'Sheet' }).locator('td[data-a1]').first().waitFor();
    return new SheetsUser(page);
  }

  /** Extensions > OKR & KPI > caption. */
  async runFromMenu(caption: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Extensions', exact: true }).click();
    await this.page.getByRole('menuitem', { name: ADD_ON_MENU, exact: true }).click();
    await this.page.getByRole('menuitem', { name: caption, exact: true }).click();
  }

  /** The add-on's sidebar, by the iframe's accessible name. */
  sidebar(): FrameLocator {
    return this.page.getByTitle('Add-on sidebar').contentFrame();
  }

  /** The sidebar's document itself, to run a script in it (axe-core, a global's value). */
  async sidebarFrame(): Promise<Frame> {
    const handle = await this.page.getByTitle('Add-on sidebar').elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error('the sidebar iframe has no document');
    return frame;
  }

  async closeSidebar(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close sidebar' }).click();
  }

  /** The sheet tab named `name`, brought to the front. */
  async openTab(name: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected'), { message: name }).toBe('true');
  }

  tabs(): Promise<string[]> {
    return this.page.getByRole('tab').allTextContents();
  }

  /** What the keyboard is on: the element's id, or its text for a button. */
  focused(): Promise<string> {
    return this.page.evaluate(() => {
      const active = document.activeElement;
      return active?.id || active?.textContent || '';
    });
  }

  activeTab(): Promise<string | null> {
    return this.page.getByRole('tab', { selected: true }).textContent();
  }

  /**
   * Scrolls the sheet with the mouse wheel over it, as far as `rows` rows down (negative: up);
   * a large number scrolls to the end, as dragging the scroll bar there does.
   */
  async scrollRows(rows: number): Promise<void> {
    const grid = this.page.getByRole('grid', { name: 'Sheet' });
    await grid.locator('td[data-a1]').first().hover();
    await this.page.mouse.wheel(0, rows * 21);
  }

  /** The row numbers down the side of the grid that are drawn now, top to bottom. */
  async rowNumbers(): Promise<number[]> {
    const numbers = await this.page
      .getByRole('grid', { name: 'Sheet' })
      .locator('th[data-row]')
      .allTextContents();
    return numbers.map(Number);
  }

  /** A cell of the sheet, by the column letter and row number a person reads off the grid. */
  cell(a1: string): Locator {
    return this.page.getByRole('grid', { name: 'Sheet' }).locator(`td[data-a1="${a1}"]`);
  }

  text(a1: string): Promise<string | null> {
    return this.cell(a1).textContent();
  }

  background(a1: string): Promise<string> {
    return this.cell(a1).evaluate((td) => getComputedStyle(td).backgroundColor);
  }

  /** The texts across one row, left to right. */
  row(number: number): Promise<string[]> {
    return this.page
      .getByRole('grid', { name: 'Sheet' })
      .locator(`td[data-row="${number - 1}"]`)
      .allTextContents();
  }

  /** The column letter whose row-1 header reads `header`, as a person finds it on the sheet. */
  async column(header: string): Promise<string> {
    const headers = await this.row(1);
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`no "${header}" in row 1: ${headers.join(', ')}`);
    return columnLetter(index);
  }

  /** The texts down the column headed `header`, from row 2, keyed by row number. */
  async columnTexts(header: string): Promise<Map<number, string>> {
    const letter = await this.column(header);
    const cells = await this.page
      .getByRole('grid', { name: 'Sheet' })
      .locator(`td[data-a1^="${letter}"]`)
      .evaluateAll((tds) =>
        tds.map((td) => [td.getAttribute('data-a1') ?? '', td.textContent ?? ''] as const),
      );
    const texts = new Map<number, string>();
    for (const [a1, text] of cells) {
      const match = /^([A-Z]+)(\d+)$/.exec(a1);
      if (match?.[1] === letter && Number(match[2]) > 1) texts.set(Number(match[2]), text);
    }
    return texts;
  }

  /** The first row (from 2) whose `header` column reads `text`. */
  async rowWhere(header: string, text: string): Promise<number> {
    for (const [row, cell] of await this.columnTexts(header)) if (cell === text) return row;
    throw new Error(`no row with ${header} "${text}"`);
  }

  formulaBar(): Locator {
    return this.page.getByRole('textbox', { name: 'Formula bar' });
  }

  /** Clicks a cell and waits for the name box to show it. */
  async select(a1: string): Promise<void> {
    await this.cell(a1).click();
    await expect
      .poll(() => this.page.getByRole('textbox', { name: 'Name box' }).inputValue())
      .toBe(a1);
  }

  /** Types into the formula bar for one cell and presses Enter, as a person does. */
  async enter(a1: string, input: string): Promise<void> {
    await this.select(a1);
    await this.formulaBar().fill(input);
    await this.formulaBar().press('Enter');
  }

  nameBox(): Locator {
    return this.page.getByRole('textbox', { name: 'Name box' });
  }

  /** Types a cell's name into the name box and presses Enter: the sheet scrolls to it. */
  async goTo(a1: string): Promise<void> {
    await this.nameBox().fill(a1);
    await this.nameBox().press('Enter');
    await this.cell(a1).waitFor();
  }

  /** A column's letter or a row's number, as clicked to select all of it. */
  columnHeader(letter: string): Locator {
    const index = columnIndexOf(letter);
    return this.page.getByRole('grid', { name: 'Sheet' }).locator(`th[data-column="${index}"]`);
  }

  rowHeader(number: number): Locator {
    return this.page.getByRole('grid', { name: 'Sheet' }).locator(`th[data-row="${number - 1}"]`);
  }

  /** Presses the mouse on one cell and lets go on another, as a person drags over a range. */
  async drag(from: string, to: string): Promise<void> {
    await this.cell(from).hover();
    await this.page.mouse.down();
    await this.cell(to).hover();
    await this.page.mouse.up();
  }

  async shiftClick(target: Locator): Promise<void> {
    await target.click({ modifiers: ['Shift'] });
  }

  /** The cells of the selected range that are drawn, by A1, top to bottom and left to right. */
  selectedCells(): Promise<string[]> {
    return this.page
      .getByRole('grid', { name: 'Sheet' })
      .locator('td[aria-selected="true"]')
      .evaluateAll((tds) => tds.map((td) => td.getAttribute('data-a1') ?? ''));
  }

  /** A key or chord pressed while the sheet has the keyboard ("Delete", "Shift+ArrowDown"). */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** Ctrl+Z, or Cmd+Z on macOS. */
  async undo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  /** Right-clicks `target` (a cell or a header) and picks `caption` from the menu it opens. */
  async fromContextMenu(target: Locator, caption: string | RegExp): Promise<void> {
    await target.click({ button: 'right' });
    const menu = this.page.getByRole('menu', { name: 'Cell actions' });
    await menu.getByRole('menuitem', { name: caption }).click();
  }

  /** The captions of the menu a right-click on `target` opens; Escape closes it again. */
  async contextMenuItems(target: Locator): Promise<string[]> {
    await target.click({ button: 'right' });
    const menu = this.page.getByRole('menu', { name: 'Cell actions' });
    const items = await menu.getByRole('menuitem').allTextContents();
    await this.page.keyboard.press('Escape');
    return items;
  }

  /** How far the sheet is scrolled, in pixels. */
  scrolled(): Promise<{ top: number; left: number }> {
    return this.page.getByRole('grid', { name: 'Sheet' }).evaluate((grid) => {
      const scroller = grid.parentElement as HTMLElement;
      return { top: scroller.scrollTop, left: scroller.scrollLeft };
    });
  }

  /** Scrolls the sheet sideways with the mouse wheel over it. */
  async scrollColumns(pixels: number): Promise<void> {
    await this.page.getByRole('grid', { name: 'Sheet' }).locator('td[data-a1]').first().hover();
    await this.page.mouse.wheel(pixels, 0);
  }

  async reset(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reset' }).click();
  }

  /**
   * axe-core run inside the sidebar's document (WCAG 2 A and AA, best practices), counted by
   * impact.
   */
  async axe(): Promise<AxeReport> {
    const frame = await this.sidebarFrame();
    const loaded = await frame.evaluate(() => 'axe' in window);
    if (!loaded) await frame.addScriptTag({ path: AXE });
    return frame.evaluate(async () => {
      type Impact = 'critical' | 'serious' | 'moderate' | 'minor';
      interface Violation {
        id: string;
        impact: Impact | null;
        help: string;
        nodes: { target: unknown[] }[];
      }
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: Document,
              options: object,
            ): Promise<{ violations: Violation[]; passes: Violation[]; incomplete: Violation[] }>;
          };
        }
      ).axe;
      const results = await axe.run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      });
      const counts = { critical: 0, serious: 0, moderate: 0, minor: 0 };
      const serious: string[] = [];
      for (const violation of results.violations) {
        const impact = violation.impact ?? 'minor';
        counts[impact] += violation.nodes.length;
        if (impact === 'serious' || impact === 'critical') {
          for (const node of violation.nodes) {
            serious.push(
              `${violation.id} (${impact}): ${violation.help}, on ${node.target.join(' ')}`,
            );
          }
        }
      }
      return {
        counts,
        serious,
        passes: results.passes.length,
        incomplete: results.incomplete.map((rule) => `${rule.id} (${rule.nodes.length})`),
        contrastPassed: results.passes.some((rule) => rule.id === 'color-contrast'),
      };
    });
  }
}

/** A -> 0, Z -> 25, AA -> 26. */
export function columnIndexOf(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
