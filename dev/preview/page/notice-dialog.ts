/**
 * An alert or a prompt as Sheets draws it: a modal dialog over the sheet with the add-on's
 * title, its message (a prompt adds its text field) and the button set's buttons, the first
 * one blue. A button, the X or Escape dismisses it; focus moves into it and, once it is
 * dismissed, back to where it was.
 *
 * The add-on's code did not wait for this click: the emulation answered for the user when the
 * server call ran (dev/services/ui.ts). When the answer could have been another one, the
 * dialog says which one the add-on got, so clicking No here is not mistaken for an answer.
 */
import type { PreviewNotice } from '../contract';
import { element, required } from './dom';

/** Ui.Button names as Sheets labels its dialog buttons. */
const BUTTON_LABELS: Record<string, string> = {
  OK: 'OK',
  CANCEL: 'Cancel',
  YES: 'Yes',
  NO: 'No',
  CLOSE: 'Close',
};

export class NoticeDialog {
  private readonly title = required('notice-title', HTMLElement);
  private readonly message = required('notice-message', HTMLElement);
  private readonly field = required('notice-field', HTMLInputElement);
  private readonly answered = required('notice-answered', HTMLElement);
  private readonly buttons = required('notice-buttons', HTMLElement);
  private returnFocus: Element | null = null;
  private onDismissed: (() => void) | null = null;

  constructor(private readonly dialog: HTMLDialogElement) {
    required('notice-close', HTMLButtonElement).addEventListener('click', () => dialog.close());
    // Escape closes a modal dialog by itself (a "cancel", then this "close"), as the X does.
    dialog.addEventListener('close', () => this.dismissed());
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  /** Shows one alert or prompt; `onDismissed` runs once it is closed, by any means. */
  show(notice: PreviewNotice, onDismissed: () => void): void {
    this.onDismissed = onDismissed;
    this.returnFocus = document.activeElement;
    const dialog = this.dialog;
    // An alert interrupts with a message to acknowledge; a prompt asks for input.
    dialog.setAttribute('role', notice.kind === 'alert' ? 'alertdialog' : 'dialog');
    this.title.textContent = notice.title;
    this.title.hidden = notice.title === '';
    this.message.textContent = notice.message;
    // Without a title, the message names the dialog, as a screen reader should announce it.
    dialog.setAttribute('aria-labelledby', notice.title === '' ? 'notice-message' : 'notice-title');
    if (notice.title === '') dialog.removeAttribute('aria-describedby');
    else dialog.setAttribute('aria-describedby', 'notice-message');

    const prompt = notice.kind === 'prompt';
    this.field.hidden = !prompt;
    this.field.value = prompt ? (notice.answer?.text ?? '') : '';
    const note = answeredNote(notice);
    this.answered.textContent = note;
    this.answered.hidden = note === '';

    const buttons = notice.buttons.map((name, index) => {
      const button = element('button', index === 0 ? 'primary' : '', BUTTON_LABELS[name] ?? name);
      button.type = 'button';
      button.dataset.button = name;
      button.addEventListener('click', () => dialog.close(name));
      return button;
    });
    this.buttons.replaceChildren(...buttons);
    dialog.returnValue = '';
    dialog.showModal();
    // Sheets puts the cursor in a prompt's field, else on the dialog's first button.
    (prompt ? this.field : buttons[0])?.focus();
  }

  private dismissed(): void {
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back instanceof HTMLElement && back.isConnected && back !== document.body) {
      back.focus({ preventScroll: true });
    }
    const next = this.onDismissed;
    this.onDismissed = null;
    next?.();
  }
}

/** What the add-on was answered, when another answer was possible; else "". */
function answeredNote(notice: PreviewNotice): string {
  const answer = notice.answer;
  if (!answer || (notice.kind === 'alert' && notice.buttons.length < 2)) return '';
  const label = BUTTON_LABELS[answer.button] ?? answer.button;
  const typed =
    notice.kind === 'prompt' ? (answer.text ? ` with "${answer.text}"` : ', nothing typed') : '';
  return `Local preview: the add-on did not wait, it was answered ${label}${typed}.`;
}
