/**
 * Extensions in the menu bar: the add-on's menu as its onOpen built it, one submenu per menu
 * ("OKR & KPI" > "Open sidebar"), as Sheets lists an add-on's menu under Extensions.
 */
import type { AddOnMenu } from '../contract';
import { element } from './dom';

export class ExtensionsMenu {
  constructor(
    private readonly button: HTMLButtonElement,
    private readonly dropdown: HTMLElement,
    private readonly onItem: (functionName: string) => void,
  ) {
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      this.toggle(dropdown.hidden);
    });
    document.addEventListener('click', () => this.toggle(false));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.toggle(false);
    });
  }

  paint(menus: AddOnMenu[]): void {
    const entries = menus.map((menu) => this.submenu(menu));
    if (entries.length === 0) {
      entries.push(element('div', 'menu-note', 'No add-on menu: onOpen added none'));
    }
    this.dropdown.replaceChildren(...entries);
  }

  private submenu(menu: AddOnMenu): HTMLElement {
    const entry = element('div', 'submenu');
    const title = element('button', 'menu-entry submenu-title', menu.title);
    title.type = 'button';
    title.setAttribute('role', 'menuitem');
    title.setAttribute('aria-haspopup', 'menu');
    // Hover opens it (CSS); a click does too, for touch and keyboard.
    title.addEventListener('click', (event) => {
      event.stopPropagation();
      entry.classList.toggle('open');
    });
    const items = element('div', 'menu-list nested');
    items.setAttribute('role', 'menu');
    for (const item of menu.items) {
      const button = element('button', 'menu-entry', item.caption);
      button.type = 'button';
      button.setAttribute('role', 'menuitem');
      button.dataset.functionName = item.functionName;
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        this.toggle(false);
        this.onItem(item.functionName);
      });
      items.append(button);
    }
    entry.append(title, items);
    return entry;
  }

  private toggle(open: boolean): void {
    this.dropdown.hidden = !open;
    this.button.classList.toggle('active', open);
    this.button.setAttribute('aria-expanded', String(open));
    if (!open) {
      this.dropdown.querySelectorAll('.submenu.open').forEach((node) => {
        node.classList.remove('open');
      });
    }
  }
}
