/**
 * The add-on as Apps Script runs it: the shipped dist/Code.js evaluated as one classic script
 * in this process's own global scope (`vm.runInThisContext`), its custom functions called
 * through the top-level functions Sheets calls. Not a `node:vm` context: there every global
 * lookup (`Math`, `Number`, `Array`) crosses realms and runs several times slower than in Apps
 * Script's V8, which skews every figure. Not a rebuild of src/ either: the bytes that ship.
 *
 * Load it once per process, in a process of its own (see fresh-process.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { CellInput, CellOutput } from '../../src/functions/cells';
import type { CustomFunction } from '../../src/functions/declare';

export const CODE_JS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/Code.js',
);

/** What Sheets calls: the top-level function of that name. */
export type TopLevelFunction = (...inputs: CellInput[]) => CellOutput;

/** The namespace Code.js keeps its functions in, behind the top-level ones (scripts/stubs.ts). */
const NAMESPACE = 'OkrKpi';

let loaded = false;

export function loadCodeJs(): void {
  if (loaded) throw new Error('dist/Code.js is loaded once per process');
  vm.runInThisContext(readFileSync(CODE_JS, 'utf8'), { filename: 'Code.js' });
  loaded = true;
}

function global(name: string): unknown {
  if (!loaded) throw new Error('load dist/Code.js first');
  return (globalThis as Record<string, unknown>)[name];
}

/** The top-level function `name` of Code.js, as Sheets calls it. */
export function topLevel(name: string): TopLevelFunction {
  const candidate = global(name);
  if (typeof candidate !== 'function') throw new Error(`dist/Code.js has no function ${name}`);
  return candidate as TopLevelFunction;
}

/** The custom function `name` of Code.js with its declaration (its own compute). */
export function declared(name: string): CustomFunction {
  const candidate = (global(NAMESPACE) as Record<string, unknown> | undefined)?.[name];
  if (typeof candidate !== 'function') throw new Error(`dist/Code.js declares no ${name}`);
  return candidate as CustomFunction;
}
