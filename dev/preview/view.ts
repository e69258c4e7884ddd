/**
 * The window a request asks for, read from a GET's query or a POST body's `view` field, and
 * refused with a 400 saying what is wrong when it is not one: the server never walks more of a
 * sheet than a window allows, whatever a request asks.
 */
import { MAX_WINDOW_COLUMNS, MAX_WINDOW_ROWS, type ViewRequest, type ViewWindow } from './contract';
import { RequestError } from './http';

/** What a request without a window gets: the top-left corner, a screen's worth and a margin. */
export const DEFAULT_VIEW: ViewRequest = {
  window: { row: 0, column: 0, rows: 60, columns: 26 },
  noticesAfter: null,
};

const LIMITS: Record<keyof ViewWindow, { least: number; most: number }> = {
  row: { least: 0, most: Number.MAX_SAFE_INTEGER },
  column: { least: 0, most: Number.MAX_SAFE_INTEGER },
  rows: { least: 1, most: MAX_WINDOW_ROWS },
  columns: { least: 1, most: MAX_WINDOW_COLUMNS },
};

/** GET /api/state?row=&column=&rows=&columns=[&noticesAfter=]; no parameters is the default. */
export function viewFromQuery(query: URLSearchParams): ViewRequest {
  const fields = ['row', 'column', 'rows', 'columns'] as const;
  if (fields.every((field) => !query.has(field)) && !query.has('noticesAfter')) {
    return DEFAULT_VIEW;
  }
  const number = (field: string) => {
    const text = query.get(field);
    if (text === null) throw new RequestError(400, `the window needs "${field}"`);
    if (!/^\d{1,15}$/.test(text)) {
      throw new RequestError(400, `"${field}" must be a whole number, not "${text}"`);
    }
    return Number(text);
  };
  const window = Object.fromEntries(fields.map((field) => [field, number(field)])) as Record<
    keyof ViewWindow,
    number
  >;
  const noticesAfter = query.has('noticesAfter') ? number('noticesAfter') : null;
  return { window: checkedWindow(window), noticesAfter };
}

/** The `view` field of a POST body; absent, the default. */
export function viewFromBody(body: unknown): ViewRequest {
  const view = isObject(body) ? body.view : undefined;
  if (view === undefined) return DEFAULT_VIEW;
  if (!isObject(view) || !isObject(view.window)) {
    throw new RequestError(400, '"view" must be {"window": {row, column, rows, columns}}');
  }
  const window: Record<string, unknown> = view.window;
  for (const field of Object.keys(LIMITS)) {
    if (!Number.isSafeInteger(window[field])) {
      throw new RequestError(400, `"view.window.${field}" must be a whole number`);
    }
  }
  const noticesAfter = view.noticesAfter ?? null;
  if (noticesAfter !== null && !(Number.isSafeInteger(noticesAfter) && Number(noticesAfter) >= 0)) {
    throw new RequestError(400, '"view.noticesAfter" must be a whole number or null');
  }
  return {
    window: checkedWindow(window as unknown as ViewWindow),
    noticesAfter: noticesAfter as number | null,
  };
}

/** A window starting past the sheet's last row or column is out of range. */
export function checkWithin(window: ViewWindow, size: { rows: number; columns: number }): void {
  if (window.row >= size.rows || window.column >= size.columns) {
    throw new RequestError(
      400,
      `the window starts outside the sheet (row ${window.row + 1}, column ${window.column + 1}): ` +
        `it has ${size.rows} rows and ${size.columns} columns`,
    );
  }
}

function checkedWindow(window: ViewWindow): ViewWindow {
  for (const [field, { least, most }] of Object.entries(LIMITS)) {
    const value = window[field as keyof ViewWindow];
    if (value < least || value > most) {
      throw new RequestError(400, `"${field}" must be from ${least} to ${most}, not ${value}`);
    }
  }
  return { row: window.row, column: window.column, rows: window.rows, columns: window.columns };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
