/**
 * The planning wizard in the sidebar (issue 10), end to end in headless Chromium against the
 * `npm start` preview: a team lead plans an OKR, adds a KPI, asks "OKR or KPI?" and adopts
 * their own sheet, and sees the result on the grid, scored and coloured. Every control is
 * found by its label, or by its role and name, as a screen-reader user finds it.
 *
 * Each part opens its own workbook, written to a temporary folder: a team's notes with no
 * OKRs tab yet (the wizard sets the tabs up first), or a key result table with two columns
 * that could be its target.
 */
import { describe, expect, it } from 'vitest';
import { columnLetter, GREEN, RED, type SheetsUser, WHITE, YELLOW } from './sheets-user';
import { useChromium, usePreview, type Workbook } from './use-preview';
import { CHURN_PLAN, type ObjectiveInput, UI, Wizard } from './wizard';

// Generous: each sidebar call runs the add-on on the workbook and repaints the window on screen,
// and CI shares two cores between Chromium, the server and other test files.
const TIMEOUT = 240_000;

/** A team's planning notes: a workbook with no OKRs or KPIs tab yet. */
const TEAM_NOTES: Workbook = {
  name: 'team-notes.csv',
  csv: 'Note,Who\nQ1 planning on Monday,Maya Chen\n',
};

/**
 * A team's own key results, with two columns that could be the target (the committed Target
 * and a Stretch goal). The numbers stay text, as the preview loads a CSV.
 */
const TEAM_KEY_RESULTS: Workbook = {
  name: 'team-key-results.csv',
  csv: [
    'Key result,Owner,Baseline,Target,Stretch goal,Actual',
    'Raise NPS from 30 to 50,Ana Silva,30,50,60,45',
    'Cut monthly churn from 5% to 2%,Ben Okoro,5,2,1,4',
    'Ship 4 partner integrations,Cleo Diaz,0,4,6,2',
  ].join('\n'),
};

const browser = useChromium(TIMEOUT);

/** A preview on one of the temporary workbooks, a page on it, and the wizard in its sidebar. */
function onWorkbook(workbook: Workbook): { user: () => SheetsUser; wizard: () => Wizard } {
  const { user } = usePreview({ browser, workbook, timeout: TIMEOUT });
  return { user, wizard: () => new Wizard(user()) };
}

describe('Plan an OKR, then Add a KPI, on a workbook with no OKRs tab', () => {
  const { user, wizard } = onWorkbook(TEAM_NOTES);

  it(
    'plans an objective with 3 key results (one decreasing): the tabs are set up, the rows added, scored and coloured',
    async () => {
      const sheet = user();
      const plan = wizard();
      expect(await sheet.tabs()).toEqual(['team-notes']);
      await plan.open('plan');
      // The cycle starts as a quarter: both dates filled in.
      const start = await plan.frame.getByLabel(UI.cycleStart).inputValue();
      const end = await plan.frame.getByLabel(UI.cycleEnd).inputValue();
      expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(end > start).toBe(true);

      // Hints as the user types: a task is not a key result.
      const first = plan.keyResult(1).getByLabel('Key result', { exact: true });
      await first.fill('Hold weekly marketing meetings');
      await expect.poll(() => plan.keyResult(1).textContent()).toMatch(/looks like a task/i);

      await plan.fillObjective(CHURN_PLAN);
      expect(await plan.keyResultCount()).toBe(3);
      expect(await plan.keyResult(1).textContent()).not.toMatch(/looks like a task/i);
      await plan.addToSheet().click();

      const said = await plan.waitForSaid('plan', /rows 2 to 4/);
      // The wizard set the tabs up first, and says so.
      expect(said).toMatch(/set up/i);
      expect(await sheet.tabs()).toEqual(expect.arrayContaining(['OKRs', 'KPIs']));
      await expect.poll(() => sheet.activeTab()).toBe('OKRs');

      const [objective, type, keyResult, owner, baseline, target, current] = await Promise.all(
        ['Objective', 'Type', 'Key result', 'KR owner', 'Baseline', 'Target', 'Current'].map(
          (header) => sheet.column(header),
        ),
      );
      for (const [index, kr] of CHURN_PLAN.keyResults.entries()) {
        const row = index + 2;
        expect(await sheet.text(`${objective}${row}`)).toBe(CHURN_PLAN.objective);
        expect(await sheet.text(`${type}${row}`)).toBe('aspirational');
        expect(await sheet.text(`${keyResult}${row}`)).toBe(kr.keyResult);
        expect(await sheet.text(`${owner}${row}`)).toBe(kr.owner ?? CHURN_PLAN.owner);
      }
      // "5%" and "2%" went in as the numbers 0.05 and 0.02: the churn decreases.
      expect(await numberIn(sheet, `${baseline}3`)).toBeCloseTo(0.05);
      expect(await numberIn(sheet, `${target}3`)).toBeCloseTo(0.02);

      const [score, objectiveScore] = await Promise.all([
        sheet.column('Score'),
        sheet.column('Objective score'),
      ]);
      // Nothing checked in yet: no score, no colour.
      expect(await sheet.text(`${score}2`)).toBe('');
      expect(await sheet.background(`${score}2`)).toBe(WHITE);

      // The first check-in, typed in the formula bar.
      await sheet.enter(`${current}2`, '45');
      await sheet.enter(`${current}3`, '4%');
      await sheet.enter(`${current}4`, '20');
      // NPS 30 -> 50 at 45: 0.75, green. Churn 5% -> 2% at 4%: a third of the way, red.
      // Annual plans 0 -> 40 at 20: 0.50, yellow.
      await expect.poll(() => sheet.text(`${score}4`)).toBe('0.50');
      expect(await sheet.text(`${score}2`)).toBe('0.75');
      expect(await sheet.background(`${score}2`)).toBe(GREEN);
      expect(await sheet.text(`${score}3`)).toBe('0.33');
      expect(await sheet.background(`${score}3`)).toBe(RED);
      expect(await sheet.background(`${score}4`)).toBe(YELLOW);
      // The objective: the three averaged, 0.53, yellow.
      expect(await sheet.text(`${objectiveScore}2`)).toBe('0.53');
      expect(await sheet.background(`${objectiveScore}2`)).toBe(YELLOW);
    },
    TIMEOUT,
  );

  it(
    'adds a KPI (monthly churn, high 3%); a monthly reading of 4% turns its latest value and band red',
    async () => {
      const sheet = user();
      const kpi = wizard();
      await kpi.open('kpi');
      const form = kpi.panel('kpi');
      await form.getByLabel('KPI', { exact: true }).fill('Monthly churn');
      await form.getByLabel('Owner', { exact: true }).fill('Ben Okoro');
      // One-sided: only a ceiling.
      await form.getByLabel('High', { exact: true }).fill('3%');
      await form.getByLabel(UI.cadence).selectOption('monthly');
      await kpi.addToSheet('kpi').click();

      await kpi.waitForSaid('kpi', /Monthly churn/);
      await expect.poll(() => sheet.activeTab()).toBe('KPIs');
      const row = await sheet.rowWhere('KPI', 'Monthly churn');
      expect(await numberIn(sheet, `${await sheet.column('High')}${row}`)).toBeCloseTo(0.03);
      expect(await sheet.text(`${await sheet.column('Low')}${row}`)).toBe('');
      const [latest, band] = await Promise.all([sheet.column('Latest'), sheet.column('Band')]);
      expect(await sheet.text(`${band}${row}`)).toBe('');

      // A month's reading, typed in the first month's column.
      const headers = await sheet.row(1);
      const month = headers.findIndex((header) => /^[A-Z][a-z]{2} \d{4}$/.test(header));
      expect(month).toBeGreaterThan(0);
      await sheet.enter(`${columnLetter(month)}${row}`, '4%');
      await expect.poll(() => sheet.text(`${band}${row}`)).toBe('ABOVE');
      expect(await sheet.text(`${latest}${row}`)).toMatch(/^(4%|0\.04)$/);
      expect(await sheet.background(`${latest}${row}`)).toBe(RED);
      expect(await sheet.background(`${band}${row}`)).toBe(RED);
    },
    TIMEOUT,
  );

  it(
    'adds once when Add to sheet is double-clicked',
    async () => {
      const sheet = user();
      const plan = wizard();
      await plan.open('plan');
      const twice: ObjectiveInput = {
        objective: 'Make onboarding effortless',
        type: 'committed',
        owner: 'Hannah Weiss',
        keyResults: [
          {
            keyResult: 'Cut onboarding time from 12 minutes to 7',
            baseline: '12',
            target: '7',
            unit: 'number',
          },
          {
            keyResult: 'Raise activation from 40% to 60%',
            baseline: '40%',
            target: '60%',
            unit: '%',
          },
        ],
      };
      await plan.fillObjective(twice);
      await plan.addToSheet().dblclick();
      await plan.waitForSaid('plan', /Added "Make onboarding effortless" with 2 key results/);
      // Both clicks' round trips started together: a second append would have landed by the
      // time the tabs have been switched twice (two more round trips) and the grid read again.
      await sheet.openTab('KPIs');
      await sheet.openTab('OKRs');
      const objectives = [...(await sheet.columnTexts('Objective')).values()];
      expect(objectives.filter((text) => text === twice.objective)).toHaveLength(2);
    },
    TIMEOUT,
  );
});

describe('OKR or KPI?', () => {
  const { wizard } = onWorkbook(TEAM_NOTES);

  it(
    'gives a verdict from the four answers and carries the statement to Plan an OKR',
    async () => {
      const quiz = wizard();
      await quiz.open('quiz');
      const form = quiz.frame;
      const statement = 'Cut churn from 5% to 2% this quarter';
      await form.getByLabel(UI.statement, { exact: true }).fill(statement);
      // No verdict before the four answers.
      expect(await form.getByRole('button', { name: UI.carryToPlan }).count()).toBe(0);
      for (const answer of [
        'to change something',
        'the team can move it this quarter',
        'a time-boxed push, such as a quarter',
        '"how do we get there?"',
      ]) {
        await form.getByRole('radio', { name: answer, exact: true }).check();
      }
      const verdict = form.getByRole('status').filter({ hasText: 'Verdict' });
      await expect.poll(() => verdict.textContent()).toMatch(/Verdict: an OKR/);
      expect(await verdict.textContent()).toContain('All four answers make it an OKR');

      await form.getByRole('button', { name: UI.carryToPlan }).click();
      await quiz.heading('plan').waitFor();
      const carried = quiz.keyResult(1).getByLabel('Key result', { exact: true });
      expect(await carried.inputValue()).toBe(statement);
      // The keyboard is on the statement, ready to add its baseline and target.
      expect(await carried.evaluate((node) => node === document.activeElement)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    'gives a KPI verdict, with its reason, and carries the statement to Add a KPI',
    async () => {
      const quiz = wizard();
      await quiz.open('quiz');
      const form = quiz.frame;
      const statement = 'Monthly churn under 3%';
      await form.getByLabel(UI.statement, { exact: true }).fill(statement);
      // Purpose says change, the other three say keep: three of four make it a KPI.
      for (const answer of [
        'to change something',
        'it is an outcome to watch',
        'ongoing, as long as the business runs',
        '"is anything wrong?"',
      ]) {
        await form.getByRole('radio', { name: answer, exact: true }).check();
      }
      const verdict = form.getByRole('status').filter({ hasText: 'Verdict' });
      await expect.poll(() => verdict.textContent()).toMatch(/Verdict: a KPI/);
      expect(await verdict.textContent()).toContain('3 of 4 answers make it a KPI');

      await form.getByRole('button', { name: UI.carryToKpi }).click();
      await quiz.heading('kpi').waitFor();
      expect(await quiz.panel('kpi').getByLabel('KPI', { exact: true }).inputValue()).toBe(
        statement,
      );
    },
    TIMEOUT,
  );
});

describe('Use my existing sheet: correct the mapping, then apply', () => {
  const { user, wizard } = onWorkbook(TEAM_KEY_RESULTS);

  it(
    'shows the clash between Target and Stretch goal, takes the correction, adds Score and colours',
    async () => {
      const sheet = user();
      const adopt = wizard();
      const before = await Promise.all([1, 2, 3, 4].map((row) => sheet.row(row)));
      expect(before[0]?.slice(0, 6)).toEqual([
        'Key result',
        'Owner',
        'Baseline',
        'Target',
        'Stretch goal',
        'Actual',
      ]);

      await adopt.open('adopt');
      const form = adopt.panel('adopt');
      // Each header with its role, in a dropdown named after the header and its column.
      const role = (header: string) => form.getByRole('combobox', { name: header, exact: true });
      await expect.poll(() => selectedLabel(role('Key result (A)'))).toBe('key result');
      expect(await selectedLabel(role('Baseline (C)'))).toBe('baseline');
      expect(await selectedLabel(role('Actual (F)'))).toBe('current value');
      // Two columns could be the target: the panel says so, and Apply would change nothing.
      expect(await selectedLabel(role('Target (D)'))).toBe('target');
      expect(await selectedLabel(role('Stretch goal (E)'))).toBe('target');
      const clash = form.getByText(
        /Target \(D\) and Stretch goal \(E\) are both set as the target/,
      );
      expect(await clash.isVisible()).toBe(true);

      // The stretch goal is not what the team is scored on.
      await role('Stretch goal (E)').selectOption({ label: UI.notUsed });
      await expect.poll(() => clash.count()).toBe(0);
      // What Apply will add, and where.
      expect(await form.getByText('Score in column G', { exact: true }).isVisible()).toBe(true);

      await form.getByRole('button', { name: UI.apply, exact: true }).click();
      const said = await adopt.waitForSaid('adopt', /Added Score \(G\)/);
      expect(said).toContain('"Target" as target');

      await expect.poll(() => sheet.text('G1')).toBe('Score');
      // NPS 30 -> 50 at 45: 0.75, green; churn 5 -> 2 at 4: 0.33, red; 0 -> 4 at 2: 0.50.
      expect(await sheet.text('G2')).toBe('0.75');
      expect(await sheet.background('G2')).toBe(GREEN);
      expect(await sheet.text('G3')).toBe('0.33');
      expect(await sheet.background('G3')).toBe(RED);
      expect(await sheet.text('G4')).toBe('0.50');
      expect(await sheet.background('G4')).toBe(YELLOW);
      // Nothing the team wrote changed.
      for (const [index, row] of before.entries()) {
        expect((await sheet.row(index + 1)).slice(0, 6)).toEqual(row.slice(0, 6));
      }
      await sheet.select('G3');
      expect(await sheet.formulaBar().inputValue()).toMatch(/^=OKRSCORE\(F2:F, C2:C, D2:D\)$/);
    },
    TIMEOUT,
  );
});

/** The number a cell holds, as the formula bar shows it when the cell is selected. */
/** The number in a cell, read off the formula bar, which shows it as typed ("5%" for 0.05). */
async function numberIn(sheet: SheetsUser, a1: string): Promise<number> {
  await sheet.select(a1);
  const typed = await sheet.formulaBar().inputValue();
  return typed.endsWith('%') ? Number(typed.slice(0, -1)) / 100 : Number(typed);
}

async function selectedLabel(select: import('playwright-core').Locator): Promise<string> {
  return select.evaluate((node) => {
    const dropdown = node as HTMLSelectElement;
    return dropdown.selectedOptions[0]?.textContent ?? '';
  });
}
