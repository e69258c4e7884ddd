/**
 * Add a KPI: one metric, its owner, its healthy band (one side is enough) and how often it is
 * read; "Add to sheet" appends it to the KPIs tab.
 */
import type { SidebarState } from '../../src/sheet/sidebar';
import { el } from '../dom';
import { buildKpiDraft, CADENCE_CHOICES, type KpiForm, UNIT_CHOICES, type Unit } from '../drafts';
import {
  type Field,
  field,
  fieldValue,
  notice,
  numberInput,
  pair,
  select,
  textInput,
} from '../form';
import { amountHint, type Hint, kindBadge, kpiCountHint, ownerHint, unitHint } from '../hints';
import { server } from '../rpc';
import {
  addToSheet,
  badgeView,
  notAddedYet,
  panelRoot,
  showHint,
  showProblems,
  whileBusy,
} from './common';
import type { App, Panel } from './panel';

export interface KpiPanel extends Panel {
  /** Puts a statement (from OKR or KPI?) in the KPI field; the field. */
  useKpi(text: string): HTMLElement;
}

/** What the KPI field's wording says, by OKRKIND: a change or a task is not a KPI. */
function kpiHint(text: string): Hint {
  const badge = kindBadge(text, 'KPI');
  if (badge?.text === 'looks like a key result') {
    return { text: 'A change to push: plan it as a key result in Plan an OKR.', tone: 'warn' };
  }
  if (badge?.text === 'looks like a task') {
    return { text: 'A task: a KPI is a metric to keep healthy.', tone: 'warn' };
  }
  return { text: 'A metric to keep healthy, e.g. "Monthly churn".', tone: 'neutral' };
}

export function kpiPanel(app: App): KpiPanel {
  const countLine = el('p', { class: 'message lines-2', 'aria-live': 'polite' });
  const badge = badgeView();
  const kpi = field('KPI', textInput(), { lines: 2, live: true, aside: badge.root });
  const owner = field('Owner', textInput({ autocomplete: 'name' }));
  // KPIs are levels, never done / not done.
  const unit = field('Unit', select(UNIT_CHOICES.filter(([value]) => value !== 'binary')), {
    lines: 2,
  });
  unit.control.value = 'number';
  const low = field('Low', numberInput(), { lines: 2 });
  const high = field('High', numberInput(), { lines: 2 });
  const watch = field('Watch', numberInput(), {
    lines: 2,
    hint: 'Readings this close to an edge show WATCH. Blank: none.',
  });
  const cadence = field(
    'Cadence',
    select(CADENCE_CHOICES.map((choice) => [choice, choice.replace(/^./, (c) => c.toUpperCase())])),
    { hint: 'How often it is read.' },
  );
  cadence.control.value = 'monthly';
  const submit = el('button', { type: 'submit', class: 'button primary' }, 'Add to sheet');
  const said = notice();

  const unitValue = () => unit.control.value as Unit;
  const refresh = () => {
    const text = kpi.control.value;
    badge.set(kindBadge(text, 'KPI'));
    showHint(kpi, kpiHint(text));
    const ownerText = owner.control.value;
    showHint(
      owner,
      ownerText.trim()
        ? ownerHint(ownerText)
        : { text: 'One person, not a team.', tone: 'neutral' },
    );
    showHint(unit, unitHint(unitValue(), 'kpi'));
    const lowHint = amountHint(low.control.value, unitValue());
    const highHint = amountHint(high.control.value, unitValue());
    showHint(low, lowHint.text ? lowHint : { text: 'Blank: no floor', tone: 'neutral' });
    showHint(high, highHint.text ? highHint : { text: 'Blank: no ceiling', tone: 'neutral' });
  };
  const refreshCount = () => {
    const state = app.state();
    const hint = kpiCountHint(state ? state.kpiCount : null);
    countLine.textContent = hint.text;
    countLine.className = `message lines-2 tone-${hint.tone}`;
  };

  const read = (): KpiForm => ({
    kpi: kpi.control.value,
    owner: fieldValue(owner.control),
    unit: unitValue(),
    low: fieldValue(low.control),
    high: fieldValue(high.control),
    watch: fieldValue(watch.control),
    cadence: cadence.control.value,
  });
  const fields: Record<string, Field> = { kpi, owner, unit, low, high, watch, cadence };

  const add = async () => {
    if (submit.disabled) return;
    for (const each of Object.values(fields)) each.error(null);
    const built = buildKpiDraft(read());
    if (!built.ok) {
      const count = showProblems(
        built.problems,
        (path) => fields[path],
        () => undefined,
      );
      said.show(notAddedYet(count), 'error');
      return;
    }
    const { draft } = built;
    const added = await whileBusy(submit, said, 'Adding to the sheet…', () =>
      addToSheet('KPIs', () => server.appendKpi(draft)),
    );
    if (!added) return;
    // Ready for the next KPI: same owner, unit and cadence.
    for (const each of [kpi, low, high, watch]) each.control.value = '';
    refresh();
    void app.refreshState();
  };

  for (const each of [kpi, owner, unit, low, high]) {
    each.control.addEventListener('input', refresh);
  }
  const form = el(
    'form',
    { novalidate: true },
    countLine,
    kpi.root,
    owner.root,
    unit.root,
    pair(low, high),
    watch.root,
    cadence.root,
    el('div', { class: 'actions' }, submit),
    said.root,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void add();
  });
  refresh();
  refreshCount();

  return {
    id: 'kpi',
    title: 'Add a KPI',
    root: panelRoot(
      'Add a KPI',
      'One metric to keep healthy, watched for as long as the business runs: its owner and its band.',
      form,
    ),
    stateChanged: (_state: SidebarState) => refreshCount(),
    useKpi(text) {
      kpi.control.value = text;
      refresh();
      return kpi.control;
    },
  };
}
