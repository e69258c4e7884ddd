/**
 * The sidebar's one door to the server, with a stand-in for Apps Script's google.script.run:
 * promises in, plain data out, and failures in words a user can act on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { call, NOT_CONNECTED, server, userMessage } from '../../sidebar/rpc';

type Handler = (value: unknown) => void;

/** google.script.run as Apps Script builds it: with* return a runner, a name calls the server. */
function fakeRun(
  answer: (name: string, args: unknown[]) => { value: unknown } | { error: unknown },
) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (success?: Handler, failure?: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, name) {
          if (name === 'withSuccessHandler') return (handler: Handler) => runner(handler, failure);
          if (name === 'withFailureHandler') return (handler: Handler) => runner(success, handler);
          return (...args: unknown[]) => {
            calls.push({ name: String(name), args });
            const result = answer(String(name), args);
            // Apps Script answers later, never in the same turn.
            setTimeout(() =>
              'value' in result ? success?.(result.value) : failure?.(result.error),
            );
          };
        },
      },
    );
  (globalThis as { google?: unknown }).google = { script: { run: runner() } };
  return calls;
}

afterEach(() => {
  delete (globalThis as { google?: unknown }).google;
});

describe('the RPC client', () => {
  it('calls the server function by name with the arguments, and resolves with its answer', async () => {
    const calls = fakeRun((name) => ({ value: { name, firstRow: 13 } }));
    const draft = { kpi: 'Monthly churn', owner: 'Tom', high: 0.03 };
    await expect(server.appendKpi(draft)).resolves.toEqual({ name: 'appendKpi', firstRow: 13 });
    await expect(call('detectColumns', 'OKRs')).resolves.toMatchObject({ name: 'detectColumns' });
    expect(calls).toEqual([
      { name: 'appendKpi', args: [draft] },
      { name: 'detectColumns', args: ['OKRs'] },
    ]);
  });

  it('rejects with the server’s message, without the error type Apps Script puts first', async () => {
    fakeRun(() => ({
      error: new Error('UserError: There is no OKRs tab yet: choose "Set up OKR & KPI sheets".'),
    }));
    await expect(server.sidebarState()).rejects.toThrow(
      /^There is no OKRs tab yet: choose "Set up OKR & KPI sheets"\.$/,
    );
  });

  it('says so when the page is not in Sheets', async () => {
    await expect(server.sidebarState()).rejects.toThrow(NOT_CONNECTED);
  });

  it('is not mistaken for a promise', () => {
    expect((server as unknown as { then?: unknown }).then).toBeUndefined();
  });
});

describe('userMessage', () => {
  it.each([
    [new Error('Exception: Range not found'), 'Range not found'],
    [new Error('Error: The spreadsheet is busy'), 'The spreadsheet is busy'],
    [{ message: 'plain object' }, 'plain object'],
    ['a string', 'a string'],
    [new Error(''), 'The sheet refused the change without saying why: try again.'],
    [
      new Error('NetworkError: Connection failure due to HTTP 0'),
      /^The connection to Google dropped/,
    ],
  ])('%s', (error, said) => {
    if (typeof said === 'string') expect(userMessage(error)).toBe(said);
    else expect(userMessage(error)).toMatch(said);
  });
});
