/**
 * The public surface: every name exported here becomes a top-level function in Code.js (the
 * build generates the stubs). Keep logic out of this file.
 *
 * Custom functions are not listed here: each is one declaration in src/functions/library/,
 * and the build adds every declaration there to Code.js with its own top-level function.
 */
export { adoptSheet, detectColumns } from './sheet/adopt';
export { appendKpi, appendObjective } from './sheet/append';
export { menuRefreshFormatting, menuSetUpSheets, onInstall, onOpen } from './sheet/menu';
export { refreshFormatting } from './sheet/refresh';
export { setUpSheets } from './sheet/setup';
export {
  showAddKpi,
  showAppended,
  showOkrOrKpi,
  showPlanOkr,
  showSidebar,
  showUseExistingSheet,
  sidebarState,
} from './sheet/sidebar';
