/**
 * The only place the sidebar touches google.script.run. Each server function of src/server.ts
 * becomes a promise-returning one here, its parameters and result typed from the server module
 * itself (a type-only import: no server code is bundled), so there is no interface to keep in
 * step by hand. Plain data goes in and out: dates as ISO text, never Date objects, which
 * google.script.run refuses.
 */
import type * as ServerModule from '../src/server';

type Server = typeof ServerModule;

/** The server's functions, by name. */
export type ServerFunctionName = {
  [K in keyof Server]: Server[K] extends (...args: never[]) => unknown ? K : never;
}[keyof Server];

// biome-ignore lint/suspicious/noExplicitAny: a function of any parameters, to infer them
type AnyFunction = (...args: any[]) => unknown;

/** `server.appendObjective(draft)` resolves with what appendObjective returns. */
export type Client = {
  [K in ServerFunctionName]: Server[K] extends AnyFunction
    ? (...args: Parameters<Server[K]>) => Promise<ReturnType<Server[K]>>
    : never;
};

/** The part of Apps Script's client API this module uses (it has no published types). */
interface Runner {
  withSuccessHandler(handler: (value: unknown) => void): Runner;
  withFailureHandler(handler: (error: unknown) => void): Runner;
  [name: string]: (...args: never[]) => unknown;
}

function runner(): Runner | null {
  const google = (globalThis as { google?: { script?: { run?: Runner } } }).google;
  return google?.script?.run ?? null;
}

/** Runs a server function by name: the untyped core the typed functions below share. */
function invoke(name: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new Error(NOT_CONNECTED));
      return;
    }
    const ready = run
      .withSuccessHandler(resolve)
      .withFailureHandler((error) => reject(new Error(userMessage(error))));
    (ready[name] as (...sent: unknown[]) => void)(...args);
  });
}

/** Calls one server function; rejects with an Error whose message a user can act on. */
export function call<K extends ServerFunctionName>(
  name: K,
  ...args: Parameters<Client[K]>
): ReturnType<Client[K]> {
  return invoke(name, args) as ReturnType<Client[K]>;
}

/** Every server function as a method: `server.sidebarState()`. */
export const server = new Proxy(
  {},
  {
    // Not a promise: without this, `await server` would call a server function "then".
    get: (_target, name) =>
      typeof name === 'string' && name !== 'then'
        ? (...args: unknown[]) => invoke(name, args)
        : undefined,
  },
) as Client;

export const NOT_CONNECTED =
  'The sidebar is not connected to a spreadsheet: open it from Extensions > OKR & KPI in Google Sheets.';

const CONNECTION_LOST =
  'The connection to Google dropped before the sheet answered: check your connection, then try again. What you typed is still here.';

/**
 * What the failure handler got, as words for the user. The add-on's own errors are written
 * for users already; Apps Script may prefix them with the error's type ("Exception: ",
 * "UserError: "), which means nothing to a team lead. A dropped connection is said plainly.
 */
export function userMessage(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message
      : typeof error === 'object' && error !== null && 'message' in error
        ? String((error as { message: unknown }).message)
        : String(error ?? '');
  const text = raw.replace(/^(?:[A-Z]\w*)?(?:Error|Exception):\s*/, '').trim();
  if (/^NetworkError\b|Connection failure|HTTP 0\b|did not answer/i.test(raw)) {
    return CONNECTION_LOST;
  }
  if (text === '') return 'The sheet refused the change without saying why: try again.';
  return text;
}
