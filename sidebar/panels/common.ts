/** Pieces every panel uses: its heading, a live badge, hints into fields, the busy button. */
import { el, uid } from '../dom';
import type { Field, Notice } from '../form';
import type { Badge, Hint } from '../hints';
import { server } from '../rpc';

/** A panel's frame: its heading (the page's one h1: one panel is in the page at a time). */
export function panelRoot(title: string, lede: string, ...children: Node[]): HTMLElement {
  const heading = el('h1', { id: uid('heading'), tabindex: -1 }, title);
  return el(
    'section',
    { class: 'panel', 'aria-labelledby': heading.id },
    heading,
    el('p', { class: 'lede' }, lede),
    ...children,
  );
}

export function showHint(field: Field, hint: Hint): void {
  field.hint(hint.text, hint.tone);
}

export interface BadgeView {
  root: HTMLElement;
  set(badge: Badge | null): void;
}

/**
 * OKRKIND's verdict at the end of a label's line. Empty, it keeps its height, so the label
 * line never moves; its reason is read with it.
 */
export function badgeView(): BadgeView {
  const text = el('span', {});
  const because = el('span', { class: 'visually-hidden' });
  const root = el('span', { class: 'badge' }, text, because);
  return {
    root,
    set(badge) {
      root.className = badge ? `badge tone-${badge.tone}` : 'badge';
      root.title = badge?.because ?? '';
      text.textContent = badge?.text ?? '';
      because.textContent = badge ? ` (${badge.because})` : '';
    },
  };
}

/**
 * Runs a server round trip from `button`: disabled while it runs, so a double click adds once;
 * what it says (or the error, in the user's words) goes to `notice`. A keyboard user's focus
 * comes back to the button, which a disabled button would otherwise lose.
 */
export async function whileBusy(
  button: HTMLButtonElement,
  notice: Notice,
  working: string,
  work: () => Promise<{ lines: string[]; tone?: 'good' | 'neutral' | 'warn' }>,
): Promise<boolean> {
  if (button.disabled) return false;
  const hadFocus = document.activeElement === button;
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  notice.show(working);
  try {
    const { lines, tone = 'good' } = await work();
    notice.showAll(lines, tone);
    return true;
  } catch (error) {
    notice.show(error instanceof Error ? error.message : String(error), 'error');
    return false;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    if (hadFocus && (document.activeElement === document.body || !document.activeElement)) {
      button.focus();
    }
  }
}

/** Puts each problem next to its field; focuses the first. Returns how many were shown. */
export function showProblems(
  problems: { path: string; message: string }[],
  fieldAt: (path: string) => Field | undefined,
  fallback: (message: string) => void,
): number {
  let first: HTMLElement | undefined;
  const shown = new Set<Field>();
  for (const problem of problems) {
    const field = fieldAt(problem.path);
    if (!field) fallback(problem.message);
    // A field's first problem is the one to fix first.
    else if (!shown.has(field)) {
      shown.add(field);
      field.error(problem.message);
      first ??= field.control;
    }
  }
  first?.focus();
  return problems.length;
}

/** Why nothing was added yet: the problems are shown at their fields. */
export function notAddedYet(count: number): string {
  return `Not added yet: ${count === 1 ? 'one thing' : `${count} things`} to fix above.`;
}

/**
 * "Add to sheet", the same for an objective and a KPI: the tabs set up first if the one needed
 * is missing, then the append, then its rows selected. Returns what to tell the user.
 */
export async function addToSheet(
  tab: 'OKRs' | 'KPIs',
  append: () => ReturnType<typeof server.appendKpi>,
): Promise<{ lines: string[] }> {
  const lines: string[] = [];
  const state = await server.sidebarState();
  if (!(tab === 'OKRs' ? state.hasOkrTab : state.hasKpiTab)) {
    const setup = await server.setUpSheets();
    lines.push(
      `There was no ${tab} tab yet, so the add-on set up the sheets first. ${setup.message}`,
    );
  }
  const appended = await append();
  lines.push(appended.message);
  const selected = await server.showAppended(appended);
  if (selected) lines.push(selected);
  return { lines };
}
