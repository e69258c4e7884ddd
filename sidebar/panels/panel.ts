/** What every panel gives the sidebar, and what the sidebar gives every panel. */
import type { Panel as PanelId, SidebarState } from '../../src/sheet/sidebar';

export type { PanelId };

export interface Panel {
  id: PanelId;
  /** The menu item's caption, the panel's heading and its name in the panel switcher. */
  title: string;
  root: HTMLElement;
  /** Called each time the panel comes into view. */
  shown?(): void;
  /** Called with fresh spreadsheet state (tabs, objectives per cycle, KPI count). */
  stateChanged?(state: SidebarState): void;
}

export interface App {
  /** The spreadsheet as last read; null before the first answer or outside Sheets. */
  state(): SidebarState | null;
  /** Reads the spreadsheet's state again and tells every panel. */
  refreshState(): Promise<void>;
  /** Brings a panel into view, and puts the focus on `focus` when given. */
  show(id: PanelId, focus?: HTMLElement): void;
}
