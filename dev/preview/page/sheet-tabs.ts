/** The tabs along the bottom, one per sheet, the active one raised as in Sheets. */
import { element } from './dom';

export function paintSheetTabs(
  container: HTMLElement,
  sheets: string[],
  activeSheet: string,
  onSwitch: (sheet: string) => void,
): void {
  container.replaceChildren(
    ...sheets.map((sheet) => {
      const tab = element('button', 'sheet-tab', sheet);
      tab.type = 'button';
      tab.dataset.sheet = sheet;
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(sheet === activeSheet));
      if (sheet === activeSheet) tab.classList.add('active');
      else tab.addEventListener('click', () => onSwitch(sheet));
      return tab;
    }),
  );
}
