/**
 * Logger and console: what the add-on logs goes to this process's console, where a developer
 * running it locally looks, instead of to Cloud Logging. Logger also keeps its log, as
 * Logger.getLog() returns it.
 */
import { format } from 'node:util';
import { APPS_SCRIPT_CLASS, AppsScriptObject } from './calls';

class Logger extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'Logger';
  #log: string[] = [];

  /** log(data) or log(format, ...values), with "%s"-style placeholders. */
  log(data: unknown, ...values: unknown[]): Logger {
    const line = format(data, ...values);
    this.#log.push(line);
    console.log(line);
    return this;
  }

  getLog(): string {
    return this.#log.map((line) => `${line}\n`).join('');
  }

  clear(): void {
    this.#log = [];
  }
}

/** Apps Script's console, whose methods are the ones Cloud Logging takes. */
class Console extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'console';

  log(...data: unknown[]): void {
    console.log(...data);
  }

  info(...data: unknown[]): void {
    console.info(...data);
  }

  warn(...data: unknown[]): void {
    console.warn(...data);
  }

  error(...data: unknown[]): void {
    console.error(...data);
  }

  time(label?: string): void {
    console.time(label);
  }

  timeEnd(label?: string): void {
    console.timeEnd(label);
  }
}

export function createLogger(): AppsScriptObject {
  return new Logger();
}

export function createConsole(): AppsScriptObject {
  return new Console();
}
