/**
 * The preview server's JSON API, as the page calls it. Every call says which window of the
 * sheet the page shows (`view`), and the answer carries that window only.
 */
import type { ApiError, MenuRunState, PreviewState, UndoState, ViewRequest } from '../contract';
import type { GridEdit } from './grid-menu';

export function fetchState(view: ViewRequest): Promise<PreviewState> {
  const { row, column, rows, columns } = view.window;
  const query = new URLSearchParams({
    row: String(row),
    column: String(column),
    rows: String(rows),
    columns: String(columns),
  });
  if (view.noticesAfter !== null) query.set('noticesAfter', String(view.noticesAfter));
  return request('GET', `/api/state?${query}`);
}

export function enterCell(
  sheet: string,
  a1: string,
  input: string,
  view: ViewRequest,
): Promise<PreviewState> {
  return request('POST', '/api/cell', { sheet, a1, input, view });
}

/** Delete on a range: one request however large it is. */
export function clearRange(sheet: string, range: string, view: ViewRequest): Promise<PreviewState> {
  return request('POST', '/api/clear', { sheet, range, view });
}

/** Insert or delete rows or columns, from the grid's right-click menu. */
export function editGrid(sheet: string, edit: GridEdit, view: ViewRequest): Promise<PreviewState> {
  const { kind, ...fields } = edit;
  return request('POST', `/api/${kind}`, { sheet, ...fields, view });
}

export function undo(view: ViewRequest): Promise<UndoState> {
  return request('POST', '/api/undo', { view });
}

export function switchSheet(sheet: string, view: ViewRequest): Promise<PreviewState> {
  return request('POST', '/api/sheet', { sheet, view });
}

export function resetWorkbook(view: ViewRequest): Promise<PreviewState> {
  return request('POST', '/api/reset', { view });
}

export function runMenuItem(functionName: string, view: ViewRequest): Promise<MenuRunState> {
  return request('POST', '/api/menu', { functionName, view });
}

async function request<T extends PreviewState = PreviewState>(
  method: string,
  url: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  });
  const answer = (await response.json()) as T | ApiError;
  if ('error' in answer) throw new Error(answer.error.message);
  return answer;
}
