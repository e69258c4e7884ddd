/**
 * The add-on as it ships: dist/Code.js evaluated in node:vm, one script in one global scope, as
 * Apps Script runs it. Custom functions run in a context with no Google services at all (in
 * Sheets they get no authorization); server functions run in a context given the emulated
 * services of one workbook.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

export type AddOnFunction = (...args: unknown[]) => unknown;

/** The names Code.js declares as custom functions: those whose stub carries @customfunction. */
export function customFunctionNames(code: string): string[] {
  return [...code.matchAll(/@customfunction\n \*\/\nfunction (\w+)\(/g)].map(
    (match) => match[1] ?? '',
  );
}

export function readCodeJs(dist = DIST): string {
  try {
    return readFileSync(path.join(dist, 'Code.js'), 'utf8');
  } catch {
    throw new Error(`no ${path.join(dist, 'Code.js')}: run "npm run build" first`);
  }
}

/** Evaluates Code.js with `globals` as its global scope; returns that scope. */
export function loadAddOn(globals: Record<string, unknown>, code = readCodeJs()): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/** The custom functions of Code.js, by name, from a context with no Google services. */
export function loadCustomFunctions(code = readCodeJs()): Map<string, AddOnFunction> {
  const context = loadAddOn({}, code);
  return new Map(
    customFunctionNames(code).map((name) => [name, context[name] as AddOnFunction] as const),
  );
}

/**
 * The message of something Code.js threw. It comes from Code.js's own realm, so it is not
 * `instanceof` this realm's Error.
 */
export function thrownMessage(thrown: unknown): string {
  if (typeof thrown === 'object' && thrown !== null && 'message' in thrown) {
    return String((thrown as { message: unknown }).message);
  }
  return String(thrown);
}
