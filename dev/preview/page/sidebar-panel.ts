/**
 * The 300 px panel on the right where Sheets shows an add-on's sidebar: the page the add-on
 * asked for, in an iframe, with its title and a close button above it.
 */
export class SidebarPanel {
  private loads = 0;

  constructor(
    private readonly panel: HTMLElement,
    private readonly title: HTMLElement,
    private readonly frame: HTMLIFrameElement,
    close: HTMLButtonElement,
  ) {
    close.addEventListener('click', () => this.close());
  }

  /** Shows (or reloads, as Sheets does when showSidebar runs again) the add-on's sidebar. */
  show(title: string): void {
    this.title.textContent = title;
    this.loads++;
    this.frame.src = `/sidebar?load=${this.loads}`;
    this.panel.hidden = false;
  }

  close(): void {
    this.panel.hidden = true;
    this.frame.src = 'about:blank';
  }
}
