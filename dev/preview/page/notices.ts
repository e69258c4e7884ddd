/**
 * What the add-on tells the user, in the order it did: an alert or a prompt in a modal dialog
 * (NoticeDialog), a toast (Spreadsheet.toast) in a box at the bottom right that goes after its
 * timeout. The server calls that showed them have returned already, so they come after the
 * fact, one at a time: a toast the add-on showed after an alert waits until that alert is
 * dismissed, as the add-on's code waited for it in Sheets.
 *
 * The page's own messages (a refused edit, an add-on error) go to a note at the bottom left.
 */
import type { PreviewNotice, PreviewState } from '../contract';
import { element } from './dom';
import type { NoticeDialog } from './notice-dialog';

/** Sheets' default toast timeout; a negative one keeps the toast until it is closed. */
const DEFAULT_TOAST_SECONDS = 5;
const PREVIEW_MESSAGE_MS = 5000;

export class Notices {
  /** The id of the last notice queued; null until the first state is seen. */
  private lastQueued: number | null = null;
  private readonly queue: PreviewNotice[] = [];
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private messageTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly dialog: NoticeDialog,
    /** A live region the toast is put into, so it is announced when it appears. */
    private readonly toastRegion: HTMLElement,
    private readonly previewMessage: HTMLElement,
  ) {}

  /** The last notice the page has queued: the server sends those after it. Null at first. */
  get lastSeen(): number | null {
    return this.lastQueued;
  }

  /**
   * Queues what the add-on showed since the last state. The first state only marks where the
   * page starts: a reloaded page does not show again alerts already answered.
   */
  paint(state: PreviewState): void {
    if (this.lastQueued === null) {
      this.lastQueued = state.lastNoticeId;
      return;
    }
    const last = this.lastQueued;
    this.queue.push(...state.notices.filter((notice) => notice.id > last));
    this.lastQueued = Math.max(last, state.lastNoticeId);
    this.showNext();
  }

  /** Something the preview itself says (not the add-on): a short note at the bottom left. */
  showPreviewMessage(text: string): void {
    this.previewMessage.textContent = text;
    this.previewMessage.hidden = false;
    clearTimeout(this.messageTimer);
    this.messageTimer = setTimeout(() => {
      this.previewMessage.hidden = true;
    }, PREVIEW_MESSAGE_MS);
  }

  private showNext(): void {
    while (!this.dialog.isOpen) {
      const notice = this.queue.shift();
      if (!notice) return;
      if (notice.kind === 'toast') this.showToast(notice);
      else this.dialog.show(notice, () => this.showNext());
    }
  }

  /** One toast at a time, as in Sheets: a new one replaces the one showing. */
  private showToast(notice: PreviewNotice): void {
    clearTimeout(this.toastTimer);
    const toast = element('div', 'sheet-toast');
    const text = element('div', 'toast-text');
    if (notice.title) text.append(element('div', 'toast-title', notice.title));
    text.append(element('div', 'toast-message', notice.message));
    const close = element('button', 'toast-close', '\u00d7');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close notification');
    close.addEventListener('click', () => this.hideToast());
    toast.append(text, close);
    this.toastRegion.replaceChildren(toast);
    const seconds = notice.timeoutSeconds ?? DEFAULT_TOAST_SECONDS;
    if (seconds >= 0) this.toastTimer = setTimeout(() => this.hideToast(), seconds * 1000);
  }

  private hideToast(): void {
    clearTimeout(this.toastTimer);
    this.toastRegion.replaceChildren();
  }
}
