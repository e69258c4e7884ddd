/**
 * Plan an OKR: the objective, its type, owner and cycle, then 2 to 5 key results, each checked
 * as it is typed by the sheet's own rules; "Add to sheet" appends them to the OKRs tab.
 */
import type { SidebarState } from '../../src/sheet/sidebar';
import { button, el } from '../dom';
import {
  buildObjectiveDraft,
  DEFAULT_UNIT,
  isBlankKeyResult,
  type KeyResultForm,
  MAX_KEY_RESULTS,
  MESSAGES,
  MIN_KEY_RESULTS,
  type ObjectiveForm,
  OKR_TYPE_CHOICES,
  parseAmount,
  quarterOf,
  UNIT_CHOICES,
  type Unit,
} from '../drafts';
import {
  dateInput,
  type Field,
  field,
  fieldValue,
  notice,
  numberInput,
  pair,
  select,
  textArea,
  textInput,
} from '../form';
import {
  amountHint,
  cycleHint,
  keyResultHint,
  kindBadge,
  objectiveHint,
  ownerHint,
  unitHint,
} from '../hints';
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

/** 3 to 5 is the common advice: three groups to start, blank ones are left out. */
const STARTING_KEY_RESULTS = 3;

const TYPE_MEANINGS: Record<(typeof OKR_TYPE_CHOICES)[number], string> = {
  aspirational: 'A stretch: 0.7 is success; 1.0 every time means aim higher.',
  committed: 'A promise: 1.0 is expected; anything less needs an explanation.',
};

export interface PlanPanel extends Panel {
  /** Puts a statement (from OKR or KPI?) into the first empty key result; its field. */
  useKeyResult(text: string): HTMLElement;
}

interface KeyResultGroup {
  root: HTMLFieldSetElement;
  fields: Record<Exclude<keyof KeyResultForm, 'unit'>, Field> & { unit: Field<HTMLSelectElement> };
  number(position: number): void;
  read(): KeyResultForm;
  refresh(): void;
}

function keyResultGroup(remove: (group: KeyResultGroup) => void): KeyResultGroup {
  const legend = el('legend', {});
  const badge = badgeView();
  const statement = field('Key result', textArea(), { lines: 2, live: true, aside: badge.root });
  const unit = field('Unit', select(UNIT_CHOICES), { lines: 2 });
  unit.control.value = DEFAULT_UNIT;
  const baseline = field('Baseline', numberInput());
  const target = field('Target', numberInput());
  const owner = field('Owner', textInput({ autocomplete: 'name' }), { lines: 2 });
  const weight = field('Weight', numberInput(), { lines: 2, hint: 'Blank: equal' });
  const numbers = pair(baseline, target);
  const removeButton = button('Remove', () => remove(group), { class: 'button text' });
  const root = el(
    'fieldset',
    { class: 'key-result' },
    legend,
    statement.root,
    unit.root,
    numbers,
    pair(owner, weight),
    // Last in the group: Tab reaches every field of a key result before the button that
    // deletes it.
    el('div', { class: 'group-actions' }, removeButton),
  );
  const unitValue = () => unit.control.value as Unit;
  const refresh = () => {
    const text = statement.control.value;
    showHint(statement, keyResultHint(text));
    badge.set(kindBadge(text, 'KEY RESULT'));
    showHint(unit, unitHint(unitValue()));
    // A done / not done key result has nothing to move from or to.
    numbers.hidden = unitValue() === 'binary';
    showHint(baseline, amountHint(baseline.control.value, unitValue()));
    const from = parseAmount(baseline.control.value, unitValue());
    const to = parseAmount(target.control.value, unitValue());
    const down =
      from.ok && to.ok && from.value !== null && to.value !== null && to.value < from.value;
    const targetHint = amountHint(target.control.value, unitValue());
    showHint(
      target,
      targetHint.text || !down ? targetHint : { text: 'Going down: fine', tone: 'neutral' },
    );
    const ownerText = owner.control.value;
    showHint(
      owner,
      ownerText.trim()
        ? ownerHint(ownerText)
        : { text: 'Blank: the objective’s owner', tone: 'neutral' },
    );
  };
  for (const each of [statement, unit, baseline, target, owner]) {
    each.control.addEventListener('input', refresh);
  }
  const group: KeyResultGroup = {
    root,
    fields: { keyResult: statement, unit, baseline, target, owner, weight },
    number(position) {
      // The button is named "Remove" inside the group named "Key result 2": a name that
      // repeated "key result" would also answer to the Key result field's label.
      legend.textContent = `Key result ${position}`;
    },
    read: () => ({
      keyResult: statement.control.value,
      unit: unitValue(),
      baseline: fieldValue(baseline.control),
      target: fieldValue(target.control),
      owner: fieldValue(owner.control),
      weight: fieldValue(weight.control),
    }),
    refresh,
  };
  refresh();
  return group;
}

export function planPanel(app: App): PlanPanel {
  const objectiveBadge = badgeView();
  // Three lines: all three OBJCHECK problems at once still fit.
  const objective = field('Objective', textArea(), {
    lines: 3,
    live: true,
    aside: objectiveBadge.root,
  });
  const type = field(
    'Type',
    select(
      OKR_TYPE_CHOICES.map((choice) => [choice, choice.replace(/^./, (c) => c.toUpperCase())]),
    ),
    { lines: 2 },
  );
  const owner = field('Owner', textInput({ autocomplete: 'name' }), { lines: 1 });
  const quarter = quarterOf(new Date());
  const cycleStart = field('Cycle start', dateInput({ value: quarter.start }));
  const cycleEnd = field('Cycle end', dateInput({ value: quarter.end }));
  const cycleLine = el('p', { class: 'message lines-2', 'aria-live': 'polite' });

  const groups: KeyResultGroup[] = [];
  const list = el('div', { class: 'key-results' });
  const countLine = el('p', { class: 'message lines-2', 'aria-live': 'polite' });
  const submit = el('button', { type: 'submit', class: 'button primary' }, 'Add to sheet');
  const said = notice();

  const refreshObjective = () => {
    const text = objective.control.value;
    showHint(objective, objectiveHint(text));
    objectiveBadge.set(kindBadge(text, 'OBJECTIVE'));
  };
  const refreshType = () => {
    const meaning = TYPE_MEANINGS[type.control.value as keyof typeof TYPE_MEANINGS];
    type.hint(meaning ?? '');
  };
  const refreshOwner = () => {
    const text = owner.control.value;
    showHint(
      owner,
      text.trim() ? ownerHint(text) : { text: 'One person, not a team.', tone: 'neutral' },
    );
  };
  const refreshCycle = () => {
    const hint = cycleHint(app.state()?.cycles ?? null, cycleStart.control.value);
    cycleLine.textContent = hint.text;
    cycleLine.className = `message lines-2 tone-${hint.tone}`;
  };
  const refreshCount = (tone?: 'error') => {
    const filled = groups.filter((group) => !isBlankKeyResult(group.read())).length;
    const [text, hintTone] =
      filled > MAX_KEY_RESULTS
        ? [MESSAGES.tooMany(filled), 'warn']
        : groups.length < MIN_KEY_RESULTS
          ? [MESSAGES.tooFew(groups.length), 'warn']
          : [
              `${MIN_KEY_RESULTS} to ${MAX_KEY_RESULTS} key results per objective; blank ones are left out.`,
              'neutral',
            ];
    countLine.textContent = text;
    countLine.className = `message lines-2 tone-${tone ?? hintTone}`;
  };
  const renumber = () => {
    groups.forEach((group, index) => {
      group.number(index + 1);
    });
    refreshCount();
  };
  const removeGroup = (group: KeyResultGroup) => {
    const index = groups.indexOf(group);
    groups.splice(index, 1);
    group.root.remove();
    renumber();
    (groups[index]?.fields.keyResult.control ?? addButton).focus();
  };
  const addGroup = (): KeyResultGroup => {
    const group = keyResultGroup(removeGroup);
    group.root.addEventListener('input', () => refreshCount());
    groups.push(group);
    list.append(group.root);
    renumber();
    return group;
  };
  const addButton = button('Add a key result', () => {
    addGroup().fields.keyResult.control.focus();
  });
  const resetKeyResults = () => {
    for (const group of groups.splice(0)) group.root.remove();
    for (let count = 0; count < STARTING_KEY_RESULTS; count++) addGroup();
  };

  objective.control.addEventListener('input', refreshObjective);
  type.control.addEventListener('change', refreshType);
  owner.control.addEventListener('input', refreshOwner);
  cycleStart.control.addEventListener('input', refreshCycle);
  cycleStart.control.addEventListener('change', refreshCycle);

  const read = (): ObjectiveForm => ({
    objective: objective.control.value,
    type: type.control.value,
    owner: fieldValue(owner.control),
    cycleStart: cycleStart.control.value,
    cycleEnd: cycleEnd.control.value,
    keyResults: groups.map((group) => group.read()),
  });
  const topFields: Record<string, Field> = { objective, type, owner, cycleStart, cycleEnd };
  const fieldAt = (path: string): Field | undefined => {
    const [head, index, name] = path.split('.');
    if (head === 'keyResults' && index !== undefined && name !== undefined) {
      return groups[Number(index)]?.fields[name as keyof KeyResultGroup['fields']];
    }
    return head === undefined ? undefined : topFields[head];
  };
  const clearErrors = () => {
    for (const each of Object.values(topFields)) each.error(null);
    for (const group of groups) for (const each of Object.values(group.fields)) each.error(null);
    refreshCount();
  };

  const add = async () => {
    if (submit.disabled) return;
    clearErrors();
    const built = buildObjectiveDraft(read());
    if (!built.ok) {
      const count = showProblems(built.problems, fieldAt, (message) => {
        countLine.textContent = message;
        countLine.className = 'message lines-2 tone-error';
      });
      said.show(notAddedYet(count), 'error');
      return;
    }
    const { draft } = built;
    const added = await whileBusy(submit, said, 'Adding to the sheet…', () =>
      addToSheet('OKRs', () => server.appendObjective(draft)),
    );
    if (!added) return;
    // Ready for the next objective of the same cycle, by the same owner.
    objective.control.value = '';
    refreshObjective();
    resetKeyResults();
    void app.refreshState();
  };

  const form = el(
    'form',
    { novalidate: true },
    objective.root,
    type.root,
    owner.root,
    pair(cycleStart, cycleEnd),
    cycleLine,
    el('h2', {}, 'Key results'),
    list,
    countLine,
    el('div', { class: 'actions' }, addButton),
    el('div', { class: 'actions' }, submit),
    said.root,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void add();
  });

  refreshObjective();
  refreshType();
  refreshOwner();
  refreshCycle();
  resetKeyResults();

  return {
    id: 'plan',
    title: 'Plan an OKR',
    root: panelRoot(
      'Plan an OKR',
      'One objective, where to go, and 2 to 5 key results that show you got there. Hints come from the same checks as the sheet.',
      form,
    ),
    stateChanged: (_state: SidebarState) => refreshCycle(),
    useKeyResult(text) {
      const group =
        groups.find((each) => each.fields.keyResult.control.value.trim() === '') ?? addGroup();
      group.fields.keyResult.control.value = text;
      group.refresh();
      refreshCount();
      return group.fields.keyResult.control;
    },
  };
}
