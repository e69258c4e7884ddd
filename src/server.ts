/**
 * The public surface: every name exported here becomes a top-level function in Code.js (the
 * build generates the stubs). Keep logic out of this file.
 */
export { KPIBAND } from './functions/kpiband';
export { KPIDRIFT } from './functions/kpidrift';
export { OKRPACE } from './functions/okrpace';
export { OKRROLLUP } from './functions/okrrollup';
export { OKRSCORE } from './functions/okrscore';
export { OKRSTATUS } from './functions/okrstatus';
export { KRCHECK, OBJCHECK, OKRKIND } from './functions/statements';
export { onInstall, onOpen, showSidebar } from './sheet/menu';
