/**
 * Use my existing sheet: the tab's columns as detectColumns read them (header -> role), a
 * dropdown per column to correct it, what adopting would add where and what stops it, then
 * "Apply" (adoptSheet with the mapping as corrected).
 */
import type { DetectedTable } from '../../src/sheet/adopt';
import { COMPUTED_HEADERS } from '../../src/sheet/layout';
import type { SidebarState } from '../../src/sheet/sidebar';
import {
  CHOICES,
  type Choice,
  initialChoices,
  isComputed,
  listedColumns,
  previewAdoption,
} from '../adoption';
import { button, el, uid } from '../dom';
import { field, notice, select } from '../form';
import { server } from '../rpc';
import { panelRoot, whileBusy } from './common';
import type { App, Panel } from './panel';

export function adoptPanel(app: App): Panel {
  const tab = field('Tab', select([]), { hint: 'The tab that holds your table.' });
  const reading = notice();
  const headerLine = el('p', { class: 'muted' });
  const mappingList = el('div', { class: 'mapping' });
  const planList = el('ul', { class: 'plan' });
  const problemList = el('ul', { class: 'problems' });
  const apply = el('button', { type: 'submit', class: 'button primary' }, 'Apply');
  const said = notice();

  let detected: DetectedTable | null = null;
  let choices = new Map<number, Choice>();

  const fillTabs = (names: string[], selected: string) => {
    const current = tab.control.value || selected;
    tab.control.replaceChildren(...names.map((name) => el('option', { value: name }, name)));
    tab.control.value = names.includes(current) ? current : selected;
  };

  const refreshPlan = () => {
    if (!detected) return;
    const preview = previewAdoption(detected, choices);
    planList.replaceChildren(
      ...(preview.willAdd.length === 0
        ? [el('li', {}, 'Nothing to add with this mapping.')]
        : preview.willAdd.map((planned) =>
            el(
              'li',
              {},
              planned.letter
                ? `${planned.header} in column ${planned.letter}`
                : `${planned.header}, in the first empty column right of ${preview.after}`,
            ),
          )),
    );
    problemList.replaceChildren(...preview.problems.map((problem) => el('li', {}, problem)));
    problemList.hidden = preview.problems.length === 0;
  };

  const mappingRow = (column: DetectedTable['columns'][number]): HTMLElement => {
    const label = `${column.header} (${column.letter})`;
    if (isComputed(column.role)) {
      return el(
        'div',
        { class: 'mapping-row' },
        el('span', { class: 'mapping-header' }, label),
        el('span', { class: 'muted' }, `${COMPUTED_HEADERS[column.role]}, already added`),
      );
    }
    const id = uid('role');
    const dropdown = select(CHOICES, { id });
    dropdown.value = choices.get(column.column) ?? '';
    dropdown.addEventListener('change', () => {
      choices.set(column.column, dropdown.value as Choice);
      refreshPlan();
    });
    return el(
      'div',
      { class: 'mapping-row' },
      el('label', { for: id, class: 'mapping-header' }, label),
      dropdown,
    );
  };

  const show = (table: DetectedTable) => {
    detected = table;
    choices = initialChoices(table);
    headerLine.textContent =
      table.headerRow > 0
        ? `Header in row ${table.headerRow} of ${table.sheetName}. Correct any column read wrong:`
        : `No header row found on ${table.sheetName}.`;
    mappingList.replaceChildren(...listedColumns(table).map(mappingRow));
    refreshPlan();
  };

  const detect = async () => {
    reading.show('Reading the tab…');
    try {
      const name = tab.control.value;
      show(await (name ? server.detectColumns(name) : server.detectColumns()));
      if (!tab.control.value && detected) fillTabs([detected.sheetName], detected.sheetName);
      reading.clear();
    } catch (error) {
      reading.show(error instanceof Error ? error.message : String(error), 'error');
    }
  };

  const adopt = async () => {
    if (apply.disabled || !detected) return;
    const preview = previewAdoption(detected, choices);
    if (preview.problems.length > 0) {
      said.showAll(['Not applied: fix what is listed above first.'], 'error');
      return;
    }
    const sheetName = detected.sheetName;
    const applied = await whileBusy(apply, said, 'Adding columns and colours…', async () => {
      const adopted = await server.adoptSheet({ sheetName, ...preview.mapping });
      return { lines: [adopted.message] };
    });
    if (applied) {
      // The computed columns are now part of the table: read it again.
      await detect();
      void app.refreshState();
    }
  };

  tab.control.addEventListener('change', () => {
    said.clear();
    void detect();
  });
  const form = el(
    'form',
    { novalidate: true },
    tab.root,
    reading.root,
    headerLine,
    el(
      'div',
      { class: 'actions' },
      button('Detect again', () => void detect()),
    ),
    el('h2', {}, 'Columns'),
    mappingList,
    el('h2', {}, 'What will be added'),
    planList,
    problemList,
    el('div', { class: 'actions' }, apply),
    said.root,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void adopt();
  });

  let loaded = false;
  return {
    id: 'adopt',
    title: 'Use my existing sheet',
    root: panelRoot(
      'Use my existing sheet',
      'Adds scores, statuses, bands and colours beside your own table. Nothing you wrote moves.',
      form,
    ),
    shown() {
      if (loaded) return;
      loaded = true;
      const state = app.state();
      if (state) fillTabs(state.sheetNames, state.activeSheet);
      void detect();
    },
    stateChanged(state: SidebarState) {
      fillTabs(state.sheetNames, detected?.sheetName ?? state.activeSheet);
    },
  };
}
