/**
 * HtmlService as the add-on uses it: pages made from the HTML files pushed beside Code.js (here,
 * the files of dist/), given a title and handed to Ui.showSidebar or a dialog.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APPS_SCRIPT_CLASS, AppsScriptObject, enumeration, parametersMismatch } from './calls';

export class HtmlOutput extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'HtmlOutput';
  #content: string;
  #title = '';
  #width: number | null = null;
  #height: number | null = null;

  constructor(content: string) {
    super();
    this.#content = content;
  }

  getContent(): string {
    return this.#content;
  }

  setContent(content: string): HtmlOutput {
    this.#content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutput {
    this.#content += String(addedContent);
    return this;
  }

  clear(): HtmlOutput {
    this.#content = '';
    return this;
  }

  getTitle(): string {
    return this.#title;
  }

  setTitle(title: string): HtmlOutput {
    this.#title = String(title);
    return this;
  }

  getWidth(): number | null {
    return this.#width;
  }

  setWidth(width: number): HtmlOutput {
    this.#width = width;
    return this;
  }

  getHeight(): number | null {
    return this.#height;
  }

  setHeight(height: number): HtmlOutput {
    this.#height = height;
    return this;
  }

  /** Every page runs in Sheets' IFRAME sandbox whatever is asked: the other modes are gone. */
  setSandboxMode(_mode: string): HtmlOutput {
    return this;
  }
}

class HtmlService extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'HtmlService';
  readonly SandboxMode = enumeration('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE', 'NONE']);
  readonly #dist: string;

  constructor(dist: string) {
    super();
    this.#dist = dist;
  }

  createHtmlOutput(html: unknown = ''): HtmlOutput {
    if (typeof html !== 'string') throw parametersMismatch('HtmlService.createHtmlOutput', [html]);
    return new HtmlOutput(html);
  }

  /** `name` is the file's name in the script project: "Sidebar" for dist/Sidebar.html. */
  createHtmlOutputFromFile(name: unknown): HtmlOutput {
    if (typeof name !== 'string') {
      throw parametersMismatch('HtmlService.createHtmlOutputFromFile', [name]);
    }
    const dist = path.resolve(this.#dist);
    const file = path.resolve(dist, `${name.replace(/\.html$/, '')}.html`);
    // A project's files are all it can read: a name climbing out of dist/ names none of them.
    const relative = path.relative(dist, file);
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) {
      try {
        return new HtmlOutput(readFileSync(file, 'utf8'));
      } catch {
        // Missing or unreadable: Apps Script says the same either way.
      }
    }
    throw new Error(`No HTML file named ${name} was found.`);
  }
}

export function createHtmlService(dist: string): AppsScriptObject {
  return new HtmlService(dist);
}
