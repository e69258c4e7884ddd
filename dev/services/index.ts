/**
 * The Apps Script services of one local workbook, as the add-on's server code sees them in
 * Sheets: every one counted and wrapped (see calls.ts), and what reaches the user recorded.
 */
import type vm from 'node:vm';
import { DIST, loadAddOn, readCodeJs } from '../engine/addon';
import type { LocalWorkbook } from '../engine/workbook';
import {
  APPS_SCRIPT_CLASS,
  AppsScriptObject,
  enumeration,
  exposeService,
  ServiceCalls,
} from './calls';
import { createHtmlService } from './html-service';
import { createLockService, type LockControl } from './lock-service';
import { createConsole, createLogger } from './logger';
import { createPropertiesService } from './properties-service';
import { createSpreadsheetApp } from './spreadsheet-app';
import { createUiRecorder, Ui, type UiRecorder } from './ui';

export { ServiceCalls } from './calls';
export type { LockControl, LockWait } from './lock-service';
export type { MenuItem, Notice, UiAnswer, UiRecorder } from './ui';

/**
 * Sheets titles an add-on's menu with the add-on's name, which lives in the Apps Script project
 * (README, install step 3), not in the code: this is that name.
 */
const ADD_ON_NAME = 'OKR & KPI';

export interface ServiceOptions {
  /** Where the HTML files are read from: the build's dist/ unless given. */
  dist?: string;
  /** The sheet in front when the add-on runs: the first sheet unless given. */
  activeSheet?: string;
}

export interface AppsScriptServices {
  /** The global scope Code.js runs in: SpreadsheetApp, HtmlService, Logger... */
  globals: Record<string, unknown>;
  calls: ServiceCalls;
  /**
   * What reached the user: menus, sidebar, dialogs, and `notices` (every alert, prompt and
   * toast with its title, message and buttons); `answers` queues the next alert or prompt
   * answers.
   */
  ui: UiRecorder;
  /**
   * This execution's locks. Two services objects on one workbook are two executions sharing
   * its locks; `whileWaiting` plays the other one's part while this one waits (lock-service.ts).
   */
  locks: LockControl;
  /** A person clicking another sheet's tab between two runs of the add-on. */
  setActiveSheet(sheet: string): void;
}

/** Where each services object reads its files, so its server code comes from the same build. */
const distOf = new WeakMap<AppsScriptServices, string>();

class ScriptApp extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'ScriptApp';
  readonly AuthMode = enumeration('AuthMode', ['NONE', 'LIMITED', 'FULL', 'CUSTOM_FUNCTION']);
}

export function createAppsScriptServices(
  workbook: LocalWorkbook,
  options: ServiceOptions = {},
): AppsScriptServices {
  const dist = options.dist ?? DIST;
  const calls = new ServiceCalls();
  const ui = createUiRecorder();
  const spreadsheet = createSpreadsheetApp(
    workbook,
    new Ui(ui, ADD_ON_NAME),
    ui,
    options.activeSheet,
  );
  const lockService = createLockService(workbook);
  const services: Record<string, AppsScriptObject> = {
    SpreadsheetApp: spreadsheet.service,
    HtmlService: createHtmlService(dist),
    LockService: lockService.service,
    PropertiesService: createPropertiesService(workbook),
    ScriptApp: new ScriptApp(),
    Logger: createLogger(),
    console: createConsole(),
  };
  const globals = Object.fromEntries(
    Object.entries(services).map(([name, service]) => [name, exposeService(service, calls)]),
  );
  const created = {
    globals,
    calls,
    ui,
    locks: lockService.control,
    setActiveSheet: spreadsheet.setActiveSheet,
  };
  distOf.set(created, dist);
  return created;
}

/**
 * The add-on's server code (Code.js of the services' dist/) loaded against `services`: its
 * top-level functions (onOpen, showSidebar...) are properties of the context returned.
 */
export function loadServer(services: AppsScriptServices): vm.Context {
  return loadAddOn(services.globals, readCodeJs(distOf.get(services) ?? DIST));
}
