/**
 * The JSON the preview server and its page exchange. Plain data only: the page never sees the
 * engine, the emulated services or the server context, just what a spreadsheet user would see.
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
   * The cell whose array formula fills this one (A1), or null: Sheets shows that formula,
   * greyed, in the formula bar of every cell it spills into.
   */
  spilledFrom: string | null;
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

export interface PreviewState {
  fileName: string;
  sheets: string[];
  activeSheet: string;
  frozenRows: number;
  frozenColumns: number;
  /** Column letters of the grid, left to right. */
  columns: string[];
  /** Rows of the active sheet, top to bottom, each as wide as `columns`. */
  grid: PreviewCell[][];
  menus: AddOnMenu[];
  /**
   * The sidebar the add-on last showed (its page is served at /sidebar), and how many times it
   * has shown one since the workbook opened: the page reloads its panel when that grows.
   */
  sidebar: { title: string; shown: number } | null;
  /**
   * Every alert, prompt and toast the add-on showed since the preview opened, oldest first.
   * The page shows those it has not shown yet, in order.
   */
  notices: PreviewNotice[];
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

/** The google.script.run bridge's answer: a server function's return value, or its error. */
export type RunResult = { ok: true; value?: unknown } | { ok: false; error: { message: string } };

/** Any refused request (bad JSON, unknown sheet, not an A1 cell). */
export interface ApiError {
  error: { message: string };
}
