/** The preview server's JSON API, as the page calls it. */
import type { ApiError, MenuRunState, PreviewState } from '../contract';

export function fetchState(): Promise<PreviewState> {
  return request('GET', '/api/state');
}

export function enterCell(sheet: string, a1: string, input: string): Promise<PreviewState> {
  return request('POST', '/api/cell', { sheet, a1, input });
}

export function switchSheet(sheet: string): Promise<PreviewState> {
  return request('POST', '/api/sheet', { sheet });
}

export function resetWorkbook(): Promise<PreviewState> {
  return request('POST', '/api/reset');
}

export function runMenuItem(functionName: string): Promise<MenuRunState> {
  return request('POST', '/api/menu', { functionName });
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
