/** The preview server's JSON API, as the page calls it. */
import type { ApiError, PreviewState } from '../contract';

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

export function runMenuItem(functionName: string): Promise<PreviewState> {
  return request('POST', '/api/menu', { functionName });
}

async function request(method: string, url: string, body?: unknown): Promise<PreviewState> {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  });
  const answer = (await response.json()) as PreviewState | ApiError;
  if ('error' in answer) throw new Error(answer.error.message);
  return answer;
}
