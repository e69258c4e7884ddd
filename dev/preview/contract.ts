/**
 * The JSON the preview server and its page exchange. Plain data only: the page never sees the
 * engine, the emulated services or the server context, just what a spreadsheet user would see.
 *
 * The page only ever gets the part of the sheet it shows: it asks for a window of rows and
 * columns (what is on screen, plus a margin), and every answer, to a scroll or to an edit,
 * carries that window and the sheet's size, never the whole sheet. A sheet of 100,000 rows
 * costs a response no more than one of 12.
 */

/** How Sheets aligns a cell it has no explicit alignment for. */
export type CellKind = 'empty' | 'number' | 'text' | 'boolean' | 'error';

export interface PreviewCell {
  a1: string;
  /** The text the cell shows, through its number format. */
  display: string;
  /** The formula ("" when the cell holds a value). */
  formula: string;
  /**
   * The cell whose array formula fills this one, and that formula, or null: Sheets shows the
   * formula, greyed, in the formula bar of every cell it spills into. The formula comes along
   * because its cell may be far outside the window (a score column's formula in row 2).
   */
  spilledFrom: { a1: string; formula: string } | null;
  /** What the formula bar shows for a value cell: the value as it would be typed. */
  value: string;
  kind: CellKind;
  /** Colours from the sheet's conditional formatting, null when no rule applies. */
  background: string | null;
  fontColor: string | null;
  /** The cell's data validation is a checkbox: Sheets draws its TRUE or FALSE as one. */
  checkbox: boolean;
  /** Why an error cell shows its error, as Sheets shows it on hover. */
  note: string | null;
}

export interface AddOnMenu {
  title: string;
  items: { caption: string; functionName: string }[];
}

/** Most rows and columns one window may ask for: a few screens' worth. */
export const MAX_WINDOW_ROWS = 500;
export const MAX_WINDOW_COLUMNS = 100;

/**
 * The part of the active sheet the page shows: its first row and column (0-based) and how many
 * of each. The sheet's frozen rows and columns come with every window, wherever it is.
 */
export interface ViewWindow {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * What the page sends with every request that answers with a state: the window it shows, and
 * the last notice it has (null on first load: it starts after the last one shown).
 * GET /api/state?row=&column=&rows=&columns=[&noticesAfter=] gives it as query parameters;
 * POST /api/cell {sheet, a1, input, view}, /api/sheet {sheet, view}, /api/reset {view} and
 * /api/menu {functionName, view} change the workbook and answer the state of `view` after it.
 * So do the grid's edits, each one request however large the range:
 * POST /api/clear {sheet, range: "B2:C300" | "B:B" | "3:5", view} empties a range (Delete),
 * /api/insert {sheet, axis: "rows" | "columns", index, count, inheritFrom, view} inserts before
 * `index` (0-based) with the formats of `inheritFrom`, /api/delete {sheet, axis, index, count,
 * view} deletes, and /api/undo {view} undoes the last of these or of /api/cell (Ctrl+Z).
 * The add-on's own changes (menu items, google.script.run) are not undoable, as in Sheets.
 */
export interface ViewRequest {
  window: ViewWindow;
  noticesAfter: number | null;
}

/** The cells of a window: `cells[i][j]` is the cell at row `rows[i]`, column `columns[j]`. */
export interface SheetWindow {
  /** 0-based, ascending: the frozen rows first, then the window's rows. */
  rows: number[];
  /** 0-based, ascending: the frozen columns first, then the window's columns. */
  columns: number[];
  cells: PreviewCell[][];
}

export interface PreviewState {
  fileName: string;
  sheets: string[];
  activeSheet: string;
  frozenRows: number;
  frozenColumns: number;
  /** The sheet's size, as getMaxRows and getMaxColumns give it: what the page scrolls over. */
  rowCount: number;
  columnCount: number;
  /**
   * Widths in pixels by column index, for the columns that have one (set by the add-on, or
   * fitted to the top rows' text when the sheet was first shown, then kept); others are 100,
   * Sheets' default.
   */
  columnWidths: Record<number, number>;
  /** The window asked for, within the sheet. */
  window: SheetWindow;
  menus: AddOnMenu[];
  /**
   * The sidebar the add-on last showed (its page is served at /sidebar), and how many times it
   * has shown one since the workbook opened: the page reloads its panel when that grows.
   */
  sidebar: { title: string; shown: number } | null;
  /** The alerts, prompts and toasts after the request's `noticesAfter`, oldest first. */
  notices: PreviewNotice[];
  /** The id of the last notice the add-on showed since the preview opened (0 for none). */
  lastNoticeId: number;
}

/**
 * One alert, prompt or toast, as the add-on asked for it (dev/services/ui.ts records them).
 * The server call that showed it has already returned: the emulation answered for the user
 * (`answer`), so the page shows the dialog after the fact, and what is clicked in it changes
 * nothing on the server.
 */
export interface PreviewNotice {
  /** Counts up from 1 since the preview opened, across resets: the page's place in the list. */
  id: number;
  kind: 'alert' | 'prompt' | 'toast';
  /** "" when the add-on gave none. */
  title: string;
  message: string;
  /** Ui.Button names in the set's order ("OK", "CANCEL", "YES", "NO"); [] for a toast. */
  buttons: string[];
  /** The button the emulation answered with, and a prompt's text; null for a toast. */
  answer: { button: string; text: string } | null;
  /** A toast's timeout in seconds; a negative one keeps it until closed. */
  timeoutSeconds: number | null;
}

/**
 * POST /api/menu's answer: the state after the menu item ran, and the error it threw, if any
 * (a bug in the add-on, which Sheets reports to the user as an error message).
 */
export interface MenuRunState extends PreviewState {
  scriptError: string | null;
}

/** POST /api/undo's answer: the state after it, and whether there was anything to undo. */
export interface UndoState extends PreviewState {
  undone: boolean;
}

/** The google.script.run bridge's answer: a server function's return value, or its error. */
export type RunResult = { ok: true; value?: unknown } | { ok: false; error: { message: string } };

/** Any refused request (bad JSON, unknown sheet, not an A1 cell). */
export interface ApiError {
  error: { message: string };
}
