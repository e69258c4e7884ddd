/** What src/server.ts must make public, written out so that a lost export fails a test. */
export const CUSTOM_FUNCTIONS = [
  'KPIBAND',
  'KPIDRIFT',
  'KRCHECK',
  'OBJCHECK',
  'OKRKIND',
  'OKRPACE',
  'OKRROLLUP',
  'OKRSCORE',
  'OKRSTATUS',
];
export const PUBLIC_NAMES = [...CUSTOM_FUNCTIONS, 'onInstall', 'onOpen', 'showSidebar'].sort();
