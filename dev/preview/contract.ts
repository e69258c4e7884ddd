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
  alerts: string[];
  toasts: string[];
}

/** The google.script.run bridge's answer: a server function's return value, or its error. */
export type RunResult = { ok: true; value?: unknown } | { ok: false; error: { message: string } };

/** Any refused request (bad JSON, unknown sheet, not an A1 cell). */
export interface ApiError {
  error: { message: string };
}
