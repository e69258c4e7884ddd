import { refreshFormatting } from './refresh';
import { setUpSheets } from './setup';
import {
  SIDEBAR_TITLE,
  showAddKpi,
  showOkrOrKpi,
  showPlanOkr,
  showSidebar,
  showUseExistingSheet,
} from './sidebar';
import { UserError } from './writes';

/**
 * The menu's handlers under their public names: the build makes each a top-level function of
 * that name. Property names survive minification; a function's own `name` does not.
 */
const MENU_HANDLERS = {
  showPlanOkr,
  showAddKpi,
  showOkrOrKpi,
  menuSetUpSheets,
  showUseExistingSheet,
  menuRefreshFormatting,
  showSidebar,
} as const;

/** The add-on menu, in the order a team lead meets it: plan, then the sheets, then help. */
export const MENU_ITEMS: readonly (readonly [
  caption: string,
  handler: keyof typeof MENU_HANDLERS,
])[] = [
  ['Plan an OKR', 'showPlanOkr'],
  ['Add a KPI', 'showAddKpi'],
  ['OKR or KPI?', 'showOkrOrKpi'],
  ['Set up OKR & KPI sheets', 'menuSetUpSheets'],
  ['Use my existing sheet', 'showUseExistingSheet'],
  ['Refresh formatting', 'menuRefreshFormatting'],
  ['Function help', 'showSidebar'],
];

/**
 * Adds the add-on menu. Runs under every auth mode, including AuthMode.NONE (the add-on is
 * installed but not yet used in this document), where only the menu may be touched: so it
 * does nothing else.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [caption, handler] of MENU_ITEMS) menu.addItem(caption, handler);
  menu.addToUi();
}

/** Installing from the Marketplace does not fire onOpen for the open document: do it here. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/**
 * Runs a menu action and tells the user what it did, or what to fix, in one dialog. A problem
 * the user can fix is their message; anything else is a bug and is left to Apps Script.
 */
function report(action: () => string): void {
  const ui = SpreadsheetApp.getUi();
  let message: string;
  try {
    message = action();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    message = error.message;
  }
  ui.alert(SIDEBAR_TITLE, message, ui.ButtonSet.OK);
}

export function menuSetUpSheets(): void {
  report(() => setUpSheets().message);
}

export function menuRefreshFormatting(): void {
  report(() => refreshFormatting().message);
}
