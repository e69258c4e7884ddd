/** The sidebar's title bar, and the menu item that opens it. */
export const SIDEBAR_TITLE = 'OKR & KPI';
export const OPEN_SIDEBAR_ITEM = 'Open sidebar';

/**
 * Adds the add-on menu. Runs under every auth mode, including AuthMode.NONE (the add-on is
 * installed but not yet used in this document), where only the menu may be touched: so it
 * does nothing else. The item names its handler by reference; the build checks it is public.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem(OPEN_SIDEBAR_ITEM, showSidebar.name).addToUi();
}

/** Installing from the Marketplace does not fire onOpen for the open document: do it here. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Opens the sidebar: `Sidebar.html` is the single file the build inlines the UI into. */
export function showSidebar(): void {
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}
