/**
 * The public surface: every name exported here becomes a top-level function in Code.js (the
 * build generates the stubs). Keep logic out of this file.
 */
export { KPIBAND } from './functions/kpiband';
export { OKRSCORE } from './functions/okrscore';
export { onInstall, onOpen, showSidebar } from './sheet/menu';
