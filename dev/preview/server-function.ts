/**
 * google.script.run on the server side: calls one top-level function of Code.js with the
 * arguments the page sent. As in Apps Script, only functions Code.js declares at top level can
 * be called, never a name ending in "_" (private), and only plain JSON crosses in either
 * direction.
 */
import type vm from 'node:vm';
import { thrownMessage } from '../engine/addon';
import type { RunResult } from './contract';

const TOP_LEVEL_FUNCTION = /^function ([A-Za-z$][\w$]*)\s*\(/gm;

/** The names Apps Script would expose: every function Code.js declares at top level. */
export function topLevelFunctionNames(code: string): Set<string> {
  return new Set([...code.matchAll(TOP_LEVEL_FUNCTION)].map((match) => match[1] ?? ''));
}

export function runServerFunction(
  server: vm.Context,
  callable: ReadonlySet<string>,
  name: string,
  args: unknown[],
): RunResult {
  const fn: unknown = callable.has(name) && !name.endsWith('_') ? server[name] : undefined;
  if (typeof fn !== 'function') {
    return { ok: false, error: { message: `Script function not found: ${name}` } };
  }
  try {
    return { ok: true, value: plainJson(fn(...args)) };
  } catch (thrown) {
    return { ok: false, error: { message: thrownMessage(thrown) } };
  }
}

/**
 * What Apps Script would hand the page: undefined stays undefined, anything else goes through
 * JSON (a value from the server context's realm, such as its Date, must not leak as is).
 */
function plainJson(value: unknown): unknown {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}
