/**
 * What the add-on tells the user: a toast (Spreadsheet.toast) pops up at the bottom right, an
 * alert (Ui.alert) in a dialog. The page also says here when the preview refused something.
 */
import type { PreviewState } from '../contract';

export class Notices {
  private shownToasts = 0;
  private shownAlerts = 0;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly toast: HTMLElement,
    private readonly dialog: HTMLDialogElement,
    private readonly dialogText: HTMLElement,
  ) {}

  /** Shows what the add-on said since the last state; a reset starts the count afresh. */
  paint(state: PreviewState): void {
    this.shownToasts = Math.min(this.shownToasts, state.toasts.length);
    this.shownAlerts = Math.min(this.shownAlerts, state.alerts.length);
    for (const text of state.toasts.slice(this.shownToasts)) this.showToast(text);
    const alerts = state.alerts.slice(this.shownAlerts);
    if (alerts.length > 0) this.showAlert(alerts.join('\n\n'));
    this.shownToasts = state.toasts.length;
    this.shownAlerts = state.alerts.length;
  }

  showToast(text: string): void {
    this.toast.textContent = text;
    this.toast.hidden = false;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      this.toast.hidden = true;
    }, 5000);
  }

  private showAlert(text: string): void {
    this.dialogText.textContent = text;
    if (!this.dialog.open) this.dialog.showModal();
  }
}
