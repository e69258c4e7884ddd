/**
 * The spreadsheet's user interface as the add-on drives it: menus, the sidebar, dialogs, alerts
 * and toasts. Nothing is drawn: each is recorded, so a test or the preview can see what a user
 * would see.
 */
import { APPS_SCRIPT_CLASS, AppsScriptObject, enumeration, parametersMismatch } from './calls';
import { HtmlOutput } from './html-service';

export interface MenuItem {
  caption: string;
  functionName: string;
}

export interface UiRecorder {
  /** Menus added to the menu bar (the add-on's lives under Extensions), in the order added. */
  menus: { title: string; items: MenuItem[] }[];
  /** The sidebar open now: showing another replaces it, as in Sheets. */
  sidebar: { title: string; html: string } | null;
  dialogs: { title: string; html: string; modal: boolean }[];
  alerts: string[];
  toasts: string[];
}

export function createUiRecorder(): UiRecorder {
  return { menus: [], sidebar: null, dialogs: [], alerts: [], toasts: [] };
}

const BUTTONS = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const;
const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;
type ButtonSet = (typeof BUTTON_SETS)[number];
type Button = (typeof BUTTONS)[number];

export class Ui extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Ui';
  readonly Button = enumeration('Button', BUTTONS);
  readonly ButtonSet = enumeration('ButtonSet', BUTTON_SETS);
  readonly #recorder: UiRecorder;
  readonly #addOnName: string;

  /** `addOnName` titles the add-on menu: Sheets shows the add-on's name there, not the code's. */
  constructor(recorder: UiRecorder, addOnName: string) {
    super();
    this.#recorder = recorder;
    this.#addOnName = addOnName;
  }

  createAddonMenu(): Menu {
    return new Menu(this.#recorder, this.#addOnName);
  }

  createMenu(caption: unknown): Menu {
    if (typeof caption !== 'string') throw parametersMismatch('Ui.createMenu', [caption]);
    return new Menu(this.#recorder, caption);
  }

  showSidebar(userInterface: unknown): void {
    const page = htmlOutput(userInterface, 'Ui.showSidebar');
    this.#recorder.sidebar = { title: page.getTitle(), html: page.getContent() };
  }

  showModalDialog(userInterface: unknown, title: unknown): void {
    this.#showDialog(userInterface, title, true, 'Ui.showModalDialog');
  }

  showModelessDialog(userInterface: unknown, title: unknown): void {
    this.#showDialog(userInterface, title, false, 'Ui.showModelessDialog');
  }

  /**
   * alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons). Nobody is there to
   * click: the answer is the set's affirmative button (OK, or YES for the yes/no sets).
   */
  alert(...args: unknown[]): Button {
    const [prompt, buttons = 'OK'] = args.length === 3 ? args.slice(1) : args;
    if (typeof prompt !== 'string' || !BUTTON_SETS.includes(buttons as ButtonSet)) {
      throw parametersMismatch('Ui.alert', args);
    }
    this.#recorder.alerts.push(prompt);
    return buttons === 'YES_NO' || buttons === 'YES_NO_CANCEL' ? 'YES' : 'OK';
  }

  #showDialog(userInterface: unknown, title: unknown, modal: boolean, method: string): void {
    if (typeof title !== 'string') throw parametersMismatch(method, [userInterface, title]);
    const page = htmlOutput(userInterface, method);
    this.#recorder.dialogs.push({ title, html: page.getContent(), modal });
  }
}

function htmlOutput(userInterface: unknown, method: string): HtmlOutput {
  if (!(userInterface instanceof HtmlOutput)) throw parametersMismatch(method, [userInterface]);
  return userInterface;
}

/** Separators are not recorded; a submenu's items are, captioned "Submenu > Item". */
class Menu extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Menu';
  readonly #recorder: UiRecorder;
  readonly #title: string;
  readonly #items: MenuItem[] = [];

  constructor(recorder: UiRecorder, title: string) {
    super();
    this.#recorder = recorder;
    this.#title = title;
  }

  addItem(caption: unknown, functionName: unknown): Menu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      throw parametersMismatch('Menu.addItem', [caption, functionName]);
    }
    this.#items.push({ caption, functionName });
    return this;
  }

  addSeparator(): Menu {
    return this;
  }

  addSubMenu(menu: unknown): Menu {
    if (!(menu instanceof Menu)) throw parametersMismatch('Menu.addSubMenu', [menu]);
    for (const item of menu.#items) {
      this.#items.push({ ...item, caption: `${menu.#title} > ${item.caption}` });
    }
    return this;
  }

  /** Adding a menu again replaces it (onOpen runs on every open of the document). */
  addToUi(): void {
    const menu = { title: this.#title, items: this.#items.map((item) => ({ ...item })) };
    const menus = this.#recorder.menus;
    const existing = menus.findIndex((candidate) => candidate.title === this.#title);
    if (existing >= 0) menus.splice(existing, 1, menu);
    else menus.push(menu);
  }
}
