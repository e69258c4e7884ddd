/**
 * The sidebar: five panels in one 300 px page, the first chosen by the menu item (the server
 * writes it into <body data-panel="...">), the others a dropdown away. One panel is in the page
 * at a time; the others keep what was typed in them while out of view.
 */
import type { SidebarState } from '../src/sheet/sidebar';
import { el } from './dom';
import { select } from './form';
import { adoptPanel } from './panels/adopt';
import { helpPanel } from './panels/help';
import { kpiPanel } from './panels/kpi';
import type { App, Panel, PanelId } from './panels/panel';
import { planPanel } from './panels/plan';
import { quizPanel } from './panels/quiz';
import { server } from './rpc';

let state: SidebarState | null = null;
const panels = new Map<PanelId, Panel>();
const view = el('main', { id: 'panel' });
const switcher = select([], { id: 'panel-switcher' });

const app: App = {
  state: () => state,
  async refreshState() {
    try {
      state = await server.sidebarState();
    } catch {
      // Outside Sheets, or the sheet did not answer: the panels work without the warnings.
      return;
    }
    for (const panel of panels.values()) panel.stateChanged?.(state);
  },
  show(id, focus) {
    const panel = panels.get(id);
    if (!panel) return;
    switcher.value = id;
    document.body.dataset.panel = id;
    view.replaceChildren(panel.root);
    panel.shown?.();
    focus?.focus();
  },
};

const plan = planPanel(app);
const kpi = kpiPanel(app);
const quiz = quizPanel((side, statement) => {
  if (side === 'okr') app.show('plan', plan.useKeyResult(statement));
  else app.show('kpi', kpi.useKpi(statement));
});
for (const panel of [plan, kpi, quiz, adoptPanel(app), helpPanel()]) panels.set(panel.id, panel);

switcher.replaceChildren(
  ...[...panels.values()].map((panel) => el('option', { value: panel.id }, panel.title)),
);
switcher.addEventListener('change', () => app.show(switcher.value as PanelId));

document.body.prepend(
  el(
    'nav',
    { class: 'switcher', 'aria-label': 'Panels' },
    el('label', { for: switcher.id }, 'Panel'),
    switcher,
  ),
  view,
);
const first = document.body.dataset.panel as PanelId | undefined;
const firstId = first && panels.has(first) ? first : 'help';
// Opened from a menu item, the sidebar takes the focus at its panel's heading, so a keyboard or
// screen reader user lands in what they asked for rather than back in the grid.
const heading = panels.get(firstId)?.root.querySelector('h1');
heading?.setAttribute('tabindex', '-1');
app.show(firstId, heading ?? undefined);
void app.refreshState();
