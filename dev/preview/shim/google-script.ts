/**
 * `google.script` as Apps Script gives it to an HtmlService page, for the preview: each
 * google.script.run call goes to the preview server's /api/run bridge, which runs the function
 * of Code.js against the local workbook. Injected at the top of Sidebar.html's <head>, so it is
 * defined before the sidebar's own script runs.
 */
import type { RunResult } from '../contract';
import { PREVIEW_MESSAGE, type PreviewMessage } from './message';

type SuccessHandler = (value: unknown, userObject: unknown) => void;
type FailureHandler = (error: Error, userObject: unknown) => void;

interface Handlers {
  success?: SuccessHandler;
  failure?: FailureHandler;
  userObject?: unknown;
}

/**
 * A google.script.run runner: the with* methods give a runner carrying the handler, any other
 * name calls that server function. Apps Script builds one method per server function; the
 * preview takes any name and lets the server say "not found", through the failure handler.
 */
function runner(handlers: Handlers): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        // A runner is not a promise: without this, `await runner` would call a function "then".
        if (typeof property !== 'string' || property === 'then') return undefined;
        if (property === 'withSuccessHandler') {
          return (success: SuccessHandler) => runner({ ...handlers, success });
        }
        if (property === 'withFailureHandler') {
          return (failure: FailureHandler) => runner({ ...handlers, failure });
        }
        if (property === 'withUserObject') {
          return (userObject: unknown) => runner({ ...handlers, userObject });
        }
        return (...args: unknown[]) => {
          void callServer(property, args, handlers);
        };
      },
    },
  );
}

async function callServer(name: string, args: unknown[], handlers: Handlers): Promise<void> {
  const result = await post(name, args.map(serverArgument));
  tellPreview({ source: PREVIEW_MESSAGE, kind: 'ran', functionName: name });
  if (result.ok) {
    handlers.success?.(result.value, handlers.userObject);
    return;
  }
  const error = new Error(result.error.message);
  if (handlers.failure) handlers.failure(error, handlers.userObject);
  // Apps Script reports an unhandled server error in the browser console.
  else console.error(error);
}

async function post(name: string, args: unknown[]): Promise<RunResult> {
  try {
    const response = await fetch(`/api/run/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args),
    });
    return (await response.json()) as RunResult;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { message: `the preview server did not answer: ${reason}` } };
  }
}

/** As in Apps Script, a form element arrives at the server as an object of its fields. */
function serverArgument(arg: unknown): unknown {
  if (!(arg instanceof HTMLFormElement)) return arg;
  const fields: Record<string, FormDataEntryValue> = {};
  new FormData(arg).forEach((value, name) => {
    fields[name] = value;
  });
  return fields;
}

/** The preview page repaints the grid after a server call and closes the panel on request. */
function tellPreview(message: PreviewMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, window.location.origin);
}

const host = {
  close: () => tellPreview({ source: PREVIEW_MESSAGE, kind: 'close' }),
  setHeight: (_height: number) => undefined,
  setWidth: (_width: number) => undefined,
  editor: { focus: () => undefined },
};

Object.assign(window, { google: { script: { run: runner({}), host } } });
