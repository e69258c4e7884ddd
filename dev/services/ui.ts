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

/**
 * One message the add-on put in front of the user, in the order shown: an alert or a prompt
 * (a dialog waiting for a button) or a toast (a note in the corner that goes by itself).
 * `buttons` are the dialog's buttons as Ui.Button names ([] for a toast); `answer` is what the
 * emulation answered for the user (a queued answer, else the default: see UiAnswer), null for
 * a toast. The preview draws its modals and toasts from this list.
 */
export interface Notice {
  kind: 'alert' | 'prompt' | 'toast';
  /** "" when none was given. */
  title: string;
  message: string;
  buttons: string[];
  answer: { button: string; text: string } | null;
  /** A toast's; Sheets' default is 5 seconds. */
  timeoutSeconds?: number;
}

/**
 * The answer a test queues for the next alert or prompt (UiRecorder.answers): the button the
 * user clicks (a Ui.Button name: "OK", "CANCEL", "YES", "NO", or "CLOSE" for the dialog's X)
 * and, for a prompt, the text typed. Without one queued, an alert answers its set's first
 * button (OK, or YES for the yes/no sets) and a prompt is dismissed: CANCEL where its set has
 * it, else CLOSE, with "" typed.
 */
export interface UiAnswer {
  button: string;
  text?: string;
}

export interface UiRecorder {
  /** Menus added to the menu bar (the add-on's lives under Extensions), in the order added. */
  menus: { title: string; items: MenuItem[] }[];
  /** The sidebar open now: showing another replaces it, as in Sheets. */
  sidebar: { title: string; html: string } | null;
  dialogs: { title: string; html: string; modal: boolean }[];
  /** Every alert, prompt and toast with its title and buttons, in order. */
  notices: Notice[];
  /** Answers waiting for the next alerts and prompts, first in first used. */
  answers: UiAnswer[];
  /** The alerts' and prompts' messages alone (kept for the preview's first notices). */
  alerts: string[];
  /** The toasts' messages alone. */
  toasts: string[];
}

export function createUiRecorder(): UiRecorder {
  return {
    menus: [],
    sidebar: null,
    dialogs: [],
    notices: [],
    answers: [],
    alerts: [],
    toasts: [],
  };
}

const BUTTONS = ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO'] as const;
const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;
type ButtonSet = (typeof BUTTON_SETS)[number];
type Button = (typeof BUTTONS)[number];

const BUTTONS_OF: Record<ButtonSet, Button[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** What Ui.prompt returns: the button clicked and the text typed. */
class PromptResponse extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'PromptResponse';
  readonly #button: Button;
  readonly #text: string;

  constructor(button: Button, text: string) {
    super();
    this.#button = button;
    this.#text = text;
  }

  getSelectedButton(): Button {
    return this.#button;
  }

  getResponseText(): string {
    return this.#text;
  }
}

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
   * click: the answer is the next one queued in UiRecorder.answers, else the set's affirmative
   * button (OK, or YES for the yes/no sets).
   */
  alert(...args: unknown[]): Button {
    const [title, prompt, buttons] = dialogArguments(args);
    if (typeof title !== 'string' || typeof prompt !== 'string' || !isButtonSet(buttons)) {
      throw parametersMismatch('Ui.alert', args);
    }
    const offered = BUTTONS_OF[buttons];
    const answer = this.#answer(offered, offered[0] ?? 'OK', 'Ui.alert');
    this.#recorder.alerts.push(prompt);
    this.#recorder.notices.push({
      kind: 'alert',
      title,
      message: prompt,
      buttons: [...offered],
      answer: { button: answer.button, text: '' },
    });
    return answer.button;
  }

  /**
   * prompt(prompt), prompt(prompt, buttons) or prompt(title, prompt, buttons): an input dialog.
   * The answer is the next one queued in UiRecorder.answers; else the user dismissed it:
   * CANCEL where the set has it, else CLOSE, with "" typed.
   */
  prompt(...args: unknown[]): PromptResponse {
    const [title, prompt, buttons] = dialogArguments(args);
    if (typeof title !== 'string' || typeof prompt !== 'string' || !isButtonSet(buttons)) {
      throw parametersMismatch('Ui.prompt', args);
    }
    const offered = BUTTONS_OF[buttons];
    const dismissed: Button = offered.includes('CANCEL') ? 'CANCEL' : 'CLOSE';
    const answer = this.#answer(offered, dismissed, 'Ui.prompt');
    this.#recorder.alerts.push(prompt);
    this.#recorder.notices.push({
      kind: 'prompt',
      title,
      message: prompt,
      buttons: [...offered],
      answer: { button: answer.button, text: answer.text },
    });
    return new PromptResponse(answer.button, answer.text);
  }

  /** The next queued answer, checked against the buttons offered; else the default. */
  #answer(offered: Button[], fallback: Button, method: string): { button: Button; text: string } {
    const queued = this.#recorder.answers.shift();
    if (queued === undefined) return { button: fallback, text: '' };
    const button = queued.button as Button;
    if (button !== 'CLOSE' && !offered.includes(button)) {
      throw new Error(
        `the answer queued for ${method}, ${queued.button}, is not one of its buttons (${offered.join(', ')}, CLOSE)`,
      );
    }
    return { button, text: queued.text ?? '' };
  }

  #showDialog(userInterface: unknown, title: unknown, modal: boolean, method: string): void {
    if (typeof title !== 'string') throw parametersMismatch(method, [userInterface, title]);
    const page = htmlOutput(userInterface, method);
    this.#recorder.dialogs.push({ title, html: page.getContent(), modal });
  }
}

function isButtonSet(value: unknown): value is ButtonSet {
  return BUTTON_SETS.includes(value as ButtonSet);
}

/** A dialog's (prompt), (prompt, buttons) or (title, prompt, buttons), as [title, prompt, set]. */
function dialogArguments(args: readonly unknown[]): [unknown, unknown, unknown] {
  if (args.length === 3) return [args[0], args[1], args[2]];
  if (args.length === 2) return ['', args[0], args[1]];
  if (args.length === 1) return ['', args[0], 'OK'];
  return [undefined, undefined, undefined];
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
