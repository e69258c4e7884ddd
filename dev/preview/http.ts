/** The few HTTP chores the preview server repeats: JSON in, JSON and pages out. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Large enough for any formula or server-function arguments a person types. */
const MAX_BODY_BYTES = 1024 * 1024;

/** A request the preview refuses, with the status and the message the page shows. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, 'request body too large');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestError(400, 'request body is not JSON');
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

export function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
): void {
  response.writeHead(status, {
    'content-type': contentType,
    // Every answer reflects the workbook now: a cached one would show stale cells.
    'cache-control': 'no-store',
  });
  response.end(body);
}

/** A string field of a JSON body, or a 400 naming it. */
export function stringField(body: unknown, field: string): string {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : null;
  if (typeof value !== 'string') throw new RequestError(400, `"${field}" must be a string`);
  return value;
}

/** A whole-number field of a JSON body, or a 400 naming it. */
export function integerField(body: unknown, field: string): number {
  const value =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[field] : null;
  if (!Number.isSafeInteger(value))
    throw new RequestError(400, `"${field}" must be a whole number`);
  return value as number;
}
