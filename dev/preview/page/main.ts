/**
 * The preview page: a Sheets-like window on the local workbook. Every change goes to the
 * preview server, and the page repaints from the state it answers with.
 */
import type { MenuRunState, PreviewCell, PreviewState } from '../contract';
import { isPreviewMessage } from '../shim/message';
import * as api from './api';
import { required } from './dom';
import { GridView } from './grid-view';
import { ExtensionsMenu } from './menu-bar';
import { NoticeDialog } from './notice-dialog';
import { Notices } from './notices';
import { paintSheetTabs } from './sheet-tabs';
import { SidebarPanel } from './sidebar-panel';

/** The menu item opened on load, so the first view shows the add-on's sidebar. */
const OPEN_SIDEBAR_FUNCTION = 'showSidebar';

const fileName = required('file-name', HTMLElement);
const nameBox = required('name-box', HTMLInputElement);
const formulaInput = required('formula-input', HTMLInputElement);
const table = required('grid', HTMLTableElement);
// The sheet takes the keyboard (arrows, typing into the selected cell) as it does in Sheets:
// an interactive grid, which ARIA allows a table to be.
table.setAttribute('role', 'grid');
table.tabIndex = 0;
const sheetTabs = required('sheet-tabs', HTMLElement);
const notices = new Notices(
  new NoticeDialog(required('notice-dialog', HTMLDialogElement)),
  required('toast-region', HTMLElement),
  required('preview-message', HTMLElement),
);
const sidebar = new SidebarPanel(
  required('sidebar-panel', HTMLElement),
  required('sidebar-title', HTMLElement),
  required('sidebar-frame', HTMLIFrameElement),
  required('sidebar-close', HTMLButtonElement),
);
const grid = new GridView(table, showInFormulaBar, startEditing, toggleCheckbox);
const menu = new ExtensionsMenu(
  required('extensions-button', HTMLButtonElement),
  required('extensions-menu', HTMLElement),
  (functionName) => {
    // The menu closes and the sheet has the keyboard again, as in Sheets; a dialog the item
    // shows gives it back there when dismissed.
    table.focus({ preventScroll: true });
    void runMenuItem(functionName);
  },
);

let state: PreviewState | null = null;
let sidebarsSeen = 0;

function paint(next: PreviewState): void {
  state = next;
  fileName.textContent = next.fileName;
  document.title = `${next.fileName} - OKR & KPI preview`;
  menu.paint(next.menus);
  paintSheetTabs(sheetTabs, next.sheets, next.activeSheet, (sheet) => {
    void update(api.switchSheet(sheet));
  });
  grid.paint(next);
  notices.paint(next);
  // After a reset the count starts again from zero.
  const shown = next.sidebar?.shown ?? 0;
  if (next.sidebar && shown > sidebarsSeen) sidebar.show(next.sidebar.title);
  sidebarsSeen = shown;
}

/** Waits for the server's answer and repaints; a refusal shows as the preview's note. */
async function update<T extends PreviewState>(pending: Promise<T>): Promise<T | null> {
  try {
    const next = await pending;
    paint(next);
    return next;
  } catch (error) {
    notices.showPreviewMessage(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/**
 * A click on any item of the add-on's menu runs the server function it names on this
 * workbook; the page repaints (new tabs, columns, colours) and shows what the add-on said.
 */
async function runMenuItem(functionName: string): Promise<MenuRunState | null> {
  const next = await update(api.runMenuItem(functionName));
  // A bug in the add-on: Sheets says so in a message, after what it showed before throwing.
  if (next?.scriptError) notices.showPreviewMessage(`Error: ${next.scriptError}`);
  return next;
}

function showInFormulaBar(cell: PreviewCell): void {
  // A repaint while typing (a sidebar call finished) must not wipe out what is being typed.
  if (document.activeElement === formulaInput && nameBox.value === cell.a1) return;
  nameBox.value = cell.a1;
  const source = cell.spilledFrom ? cellAt(cell.spilledFrom) : null;
  formulaInput.value = source ? source.formula : cell.formula || cell.value;
  formulaInput.classList.toggle('spilled', source !== null);
}

function cellAt(a1: string): PreviewCell | null {
  for (const row of state?.grid ?? []) {
    const found = row.find((cell) => cell.a1 === a1);
    if (found) return found;
  }
  return null;
}

/** Editing happens in the formula bar: typing on a selected cell starts there too. */
function startEditing(firstKey?: string): void {
  formulaInput.focus();
  if (firstKey !== undefined) formulaInput.value = firstKey;
  formulaInput.classList.remove('spilled');
  const end = formulaInput.value.length;
  formulaInput.setSelectionRange(end, end);
}

/**
 * Enter writes the formula bar into the selected cell and moves on as Sheets does: at once,
 * so keys typed before the server answers go to the next cell, not into the old formula.
 */
async function commit(rows: number, columns: number): Promise<void> {
  const selection = grid.selection;
  if (!state || !selection) return;
  const input = formulaInput.value;
  table.focus({ preventScroll: true });
  grid.move(rows, columns);
  await update(api.enterCell(state.activeSheet, selection.cell.a1, input));
}

function cancelEditing(): void {
  table.focus({ preventScroll: true });
  const selection = grid.selection;
  if (selection) showInFormulaBar(selection.cell);
}

function toggleCheckbox(cell: PreviewCell): void {
  if (!state) return;
  const ticked = cell.display === 'TRUE';
  void update(api.enterCell(state.activeSheet, cell.a1, ticked ? 'FALSE' : 'TRUE'));
}

formulaInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    void commit(1, 0);
  } else if (event.key === 'Tab') {
    event.preventDefault();
    void commit(0, 1);
  } else if (event.key === 'Escape') {
    cancelEditing();
  }
});

nameBox.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  goTo(nameBox.value.trim().toUpperCase());
});

function goTo(a1: string): void {
  const match = /^([A-Z]+)(\d+)$/.exec(a1);
  const column = state?.columns.indexOf(match?.[1] ?? '') ?? -1;
  const row = Number(match?.[2] ?? 0) - 1;
  if (!state || column < 0 || row < 0 || row >= state.grid.length) {
    notices.showPreviewMessage(`No cell ${a1} on this sheet`);
    return;
  }
  grid.select({ row, column });
  table.focus({ preventScroll: true });
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Tab: [0, 1],
};

table.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const move = MOVES[event.key];
  if (move) {
    event.preventDefault();
    grid.move(...move);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEditing();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    formulaInput.value = '';
    void commit(0, 0);
  } else if (event.key.length === 1) {
    event.preventDefault();
    startEditing(event.key);
  }
});

required('reset-button', HTMLButtonElement).addEventListener('click', () => {
  void update(api.resetWorkbook());
});

// The sidebar's google.script shim reports each server call (which may have changed cells)
// and google.script.host.close().
window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || !isPreviewMessage(event.data)) return;
  if (event.data.kind === 'close') sidebar.close();
  else void update(api.fetchState());
});

async function start(): Promise<void> {
  const first = await update(api.fetchState());
  const opensSidebar = first?.menus.some((menu) =>
    menu.items.some((item) => item.functionName === OPEN_SIDEBAR_FUNCTION),
  );
  if (opensSidebar) await runMenuItem(OPEN_SIDEBAR_FUNCTION);
  table.focus({ preventScroll: true });
}

void start();
