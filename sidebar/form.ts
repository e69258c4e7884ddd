/**
 * A form field as the sidebar draws it: the label above the control, then one message line
 * that always holds something (a hint, a live check, or an error), so nothing below moves
 * when a message appears. The line is the control's description for screen readers, and an
 * error marks the control invalid until the user types again.
 */
import { type Attributes, el, uid } from './dom';

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** How a message reads: plain guidance, all good, worth a second look, or must be fixed. */
export type Tone = 'neutral' | 'good' | 'warn' | 'error';

export interface Field<C extends Control = Control> {
  root: HTMLElement;
  control: C;
  /** Sets the hint (kept under an error until the error is cleared). */
  hint(text: string, tone?: Tone): void;
  /** Shows an error in the hint's place; null puts the hint back. */
  error(text: string | null): void;
}

export interface FieldOptions {
  hint?: string;
  /** Lines reserved for the message, so a longer hint does not push the form down. */
  lines?: 1 | 2 | 3;
  /** Shown at the end of the label's line (a badge), and read as part of the description. */
  aside?: HTMLElement;
  /** Announce hint changes as the user types (live checks). */
  live?: boolean;
}

export function field<C extends Control>(
  label: string,
  control: C,
  options: FieldOptions = {},
): Field<C> {
  control.id ||= uid('field');
  const message = el('p', {
    class: `message lines-${options.lines ?? 1}`,
    id: uid('message'),
    'aria-live': options.live ? 'polite' : undefined,
  });
  const described = [message.id];
  if (options.aside) {
    options.aside.id ||= uid('aside');
    described.unshift(options.aside.id);
  }
  control.setAttribute('aria-describedby', described.join(' '));
  const root = el(
    'div',
    { class: 'field' },
    el('div', { class: 'label-row' }, el('label', { for: control.id }, label), options.aside),
    control,
    message,
  );
  let hint = { text: options.hint ?? '', tone: 'neutral' as Tone };
  let failed = false;
  const show = (text: string, tone: Tone) => {
    message.textContent = text;
    message.className = `message lines-${options.lines ?? 1} tone-${tone}`;
  };
  const error = (text: string | null) => {
    failed = text !== null;
    if (text === null) {
      control.removeAttribute('aria-invalid');
      show(hint.text, hint.tone);
    } else {
      control.setAttribute('aria-invalid', 'true');
      show(text, 'error');
    }
  };
  // What the user types next may be the fix: the error gives way to the hint.
  control.addEventListener('input', () => failed && error(null));
  control.addEventListener('change', () => failed && error(null));
  show(hint.text, hint.tone);
  return {
    root,
    control,
    hint(text, tone = 'neutral') {
      hint = { text, tone };
      if (!failed) show(text, tone);
    },
    error,
  };
}

export function textInput(attributes: Attributes = {}): HTMLInputElement {
  return el('input', { type: 'text', autocomplete: 'off', spellcheck: 'false', ...attributes });
}

/** A statement: wraps as it grows; one paragraph (line breaks are folded when sent). */
export function textArea(attributes: Attributes = {}): HTMLTextAreaElement {
  return el('textarea', { rows: 2, spellcheck: 'true', ...attributes });
}

/**
 * A number typed as people type it (20, 20%, 1,500, $1,500): text with a decimal keyboard,
 * read by drafts.ts, which says what it could not read instead of the browser silently
 * dropping it as an <input type="number"> would.
 */
export function numberInput(attributes: Attributes = {}): HTMLInputElement {
  return textInput({ inputmode: 'decimal', ...attributes });
}

export function dateInput(attributes: Attributes = {}): HTMLInputElement {
  return el('input', { type: 'date', ...attributes });
}

export function select(
  options: readonly (readonly [value: string, label: string])[],
  attributes: Attributes = {},
): HTMLSelectElement {
  return el(
    'select',
    attributes,
    ...options.map(([value, label]) => el('option', { value }, label)),
  );
}

/** Two fields side by side (Baseline and Target, Low and High), each half the width. */
export function pair(...fields: Field[]): HTMLElement {
  return el('div', { class: 'pair' }, ...fields.map((each) => each.root));
}

export interface Notice {
  root: HTMLElement;
  show(text: string, tone?: Tone): void;
  /** Several sentences, one paragraph each. */
  showAll(lines: string[], tone?: Tone): void;
  clear(): void;
}

/**
 * A panel's message area (what was written, what went wrong), announced to screen readers
 * when it changes. Empty, it takes no room: it sits below the button that fills it.
 */
export function notice(): Notice {
  const root = el('div', { class: 'notice', role: 'status' });
  const showAll = (lines: string[], tone: Tone = 'neutral') => {
    root.className = `notice tone-${tone}`;
    root.replaceChildren(...lines.map((line) => el('p', {}, line)));
  };
  return {
    root,
    show: (text, tone) => showAll([text], tone),
    showAll,
    clear: () => showAll([]),
  };
}

/** The value of each control, trimmed where it is text. */
export function fieldValue(control: Control): string {
  return control instanceof HTMLSelectElement ? control.value : control.value.trim();
}
