/**
 * The preview page: a Sheets-like window on the local workbook. Every change goes to the
 * preview server, and the page repaints from the state it answers with: the window of the
 * sheet on screen, never the whole sheet.
 */

import { columnIndex, toA1 } from '../../engine/a1';
import type { MenuRunState, PreviewCell, PreviewState, ViewRequest } from '../contract';
import { isPreviewMessage } from '../shim/message';
import * as api from './api';
import { required } from './dom';
import { type GridEdit, GridMenu } from './grid-menu';
import { type CellPosition, GridView } from './grid-view';
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
const grid = new GridView(required('grid-scroll', HTMLElement), table, {
  onSelect: showInFormulaBar,
  onEdit: () => startEditing(),
  onToggle: toggleCheckbox,
  onNeed: () => void refresh(),
  onContextMenu: (x, y) => gridMenu.open(x, y, grid.range.range, grid.range.whole),
});
const gridMenu = new GridMenu(
  (edit) => void editGrid(edit),
  () => table.focus({ preventScroll: true }),
);
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
/** Requests in the order sent: an answer older than the one painted is stale. */
let sent = 0;
let painted = 0;
/** A window request is on its way; another is sent when it is answered, if still needed. */
let refreshing = false;
let refreshAgain = false;

/** What every request says: the window on screen and the last notice the page has. */
function view(): ViewRequest {
  return { window: grid.wanted(), noticesAfter: notices.lastSeen };
}

function paint(next: PreviewState): void {
  const first = state === null;
  state = next;
  fileName.textContent = next.fileName;
  document.title = `${next.fileName} - OKR & KPI preview`;
  menu.paint(next.menus);
  paintSheetTabs(sheetTabs, next.sheets, next.activeSheet, (sheet) => {
    void update(api.switchSheet(sheet, view()));
  });
  grid.paint(next);
  notices.paint(next);
  // After a reset the count starts again from zero.
  const shown = next.sidebar?.shown ?? 0;
  if (next.sidebar && shown > sidebarsSeen) {
    const { title } = next.sidebar;
    // The sheet first: the sidebar's page loads after the grid's first frame, not during it.
    if (first) afterNextFrame(() => sidebar.show(title));
    else sidebar.show(title);
  }
  sidebarsSeen = shown;
}

function afterNextFrame(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task));
}

/**
 * Waits for the server's answer and repaints, unless a later request's answer was painted
 * already; a refusal shows as the preview's note.
 */
async function update<T extends PreviewState>(pending: Promise<T>): Promise<T | null> {
  const number = ++sent;
  try {
    const next = await pending;
    if (number > painted) {
      painted = number;
      paint(next);
    }
    return next;
  } catch (error) {
    notices.showPreviewMessage(error instanceof Error ? error.message : String(error));
    return null;
  }
}

/**
 * Asks for the window on screen (after a scroll, or a sidebar call that may have changed
 * cells): one request at a time, and one more if the screen moved on meanwhile.
 */
async function refresh(): Promise<void> {
  if (refreshing) {
    refreshAgain = true;
    return;
  }
  refreshing = true;
  try {
    do {
      refreshAgain = false;
      await update(api.fetchState(view()));
    } while (refreshAgain);
  } finally {
    refreshing = false;
  }
}

/**
 * A click on any item of the add-on's menu runs the server function it names on this
 * workbook; the page repaints (new tabs, columns, colours) and shows what the add-on said.
 */
async function runMenuItem(functionName: string): Promise<MenuRunState | null> {
  const next = await update(api.runMenuItem(functionName, view()));
  // A bug in the add-on: Sheets says so in a message, after what it showed before throwing.
  if (next?.scriptError) notices.showPreviewMessage(`Error: ${next.scriptError}`);
  return next;
}

/** The selected cell in the name box and the formula bar (blank until its cell is loaded). */
function showInFormulaBar(cell: PreviewCell | null, position: CellPosition): void {
  const a1 = toA1(position.row, position.column);
  // A repaint while typing (a sidebar call finished) must not wipe out what is being typed.
  if (document.activeElement === formulaInput && nameBox.value === a1) return;
  // Nor what is being typed into the name box: a cell to go to.
  if (document.activeElement !== nameBox) nameBox.value = a1;
  const source = cell?.spilledFrom ?? null;
  formulaInput.value = source ? source.formula : cell ? cell.formula || cell.value : '';
  formulaInput.classList.toggle('spilled', source !== null);
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
  await update(api.enterCell(state.activeSheet, selection.a1, input, view()));
}

function cancelEditing(): void {
  table.focus({ preventScroll: true });
  const selection = grid.selection;
  if (selection) showInFormulaBar(selection.cell, selection.position);
}

function toggleCheckbox(cell: PreviewCell): void {
  if (!state) return;
  const ticked = cell.display === 'TRUE';
  void update(api.enterCell(state.activeSheet, cell.a1, ticked ? 'FALSE' : 'TRUE', view()));
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

// Typed but not gone to: leaving the name box shows the selected cell again, as in Sheets.
nameBox.addEventListener('blur', () => {
  const selection = grid.selection;
  if (selection) nameBox.value = selection.a1;
});

nameBox.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter') return;
  event.preventDefault();
  goTo(nameBox.value.trim().toUpperCase());
});

function goTo(a1: string): void {
  const match = /^([A-Z]{1,3})(\d{1,8})$/.exec(a1);
  const column = match?.[1] ? columnIndex(match[1]) : -1;
  const row = Number(match?.[2] ?? 0) - 1;
  const size = grid.size;
  if (!size || column < 0 || column >= size.columns || row < 0 || row >= size.rows) {
    notices.showPreviewMessage(`No cell ${a1} on this sheet`);
    return;
  }
  // The sheet has the keyboard first, so the name box shows the cell gone to.
  table.focus({ preventScroll: true });
  grid.select({ row, column });
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Tab: [0, 1],
};

table.addEventListener('keydown', (event) => {
  if (isUndo(event)) {
    event.preventDefault();
    void undo();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const move = MOVES[event.key];
  if (move) {
    event.preventDefault();
    // Shift+arrows grow the range from the active cell (Shift+Tab is not one of them).
    if (event.shiftKey && event.key !== 'Tab') grid.extend(...move);
    else grid.move(...move);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEditing();
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    void clearSelection();
  } else if (event.key.length === 1) {
    event.preventDefault();
    startEditing(event.key);
  }
});

/** Ctrl+Z, or Cmd+Z on macOS (where Ctrl+Z is not undo). */
function isUndo(event: KeyboardEvent): boolean {
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  const modifier = mac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  return modifier && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
}

/** Delete or Backspace: the selected range is emptied in one request. */
async function clearSelection(): Promise<void> {
  if (!state) return;
  await update(api.clearRange(state.activeSheet, grid.range.a1, view()));
}

async function editGrid(edit: GridEdit): Promise<void> {
  if (!state) return;
  await update(api.editGrid(state.activeSheet, edit, view()));
}

/** The last change made in the grid is undone; with none left, nothing happens, as in Sheets. */
async function undo(): Promise<void> {
  await update(api.undo(view()));
}

required('reset-button', HTMLButtonElement).addEventListener('click', () => {
  // Sheets opens a file at A1: so does the workbook as it was opened (the server forgets the
  // undo history with the edits).
  gridMenu.close();
  grid.home();
  grid.select({ row: 0, column: 0 }, false);
  void update(api.resetWorkbook(view())).then(() => {
    // The answer may come after a scroll the old widths caused: home again once repainted.
    grid.home();
    table.focus({ preventScroll: true });
  });
});

// The sidebar's google.script shim reports each server call (which may have changed cells)
// and google.script.host.close().
window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || !isPreviewMessage(event.data)) return;
  if (event.data.kind === 'close') sidebar.close();
  else void refresh();
});

async function start(): Promise<void> {
  const first = await update(api.fetchState(view()));
  const opensSidebar = first?.menus.some((menu) =>
    menu.items.some((item) => item.functionName === OPEN_SIDEBAR_FUNCTION),
  );
  if (opensSidebar) await runMenuItem(OPEN_SIDEBAR_FUNCTION);
  table.focus({ preventScroll: true });
}

void start();
