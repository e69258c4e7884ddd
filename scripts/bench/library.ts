/**
 * The custom functions as they ship: the entry of dist/Code.js bundled by esbuild, but
 * as a module the benchmark can import. Timing src/ through tsx would bill its module interop
 * (a getter call per imported name) to our code, which the Apps Script bundle does not pay.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { CustomFunction } from '../../src/functions/declare';
import { DIST, entrySource, ROOT } from '../build';
import { loadLibrary as loadDeclarations } from '../custom-functions';

/** The custom functions by name. */
export type Library = Readonly<Record<string, CustomFunction>>;

export const LIBRARY_FILE = path.join(DIST, 'bench', 'library.mjs');

export async function bundleLibrary(): Promise<void> {
  await esbuild.build({
    stdin: { contents: entrySource(await loadDeclarations()), resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    target: 'es2020',
    platform: 'neutral',
    outfile: LIBRARY_FILE,
    logLevel: 'error',
  });
}

export async function loadLibrary(): Promise<Library> {
  return (await import(pathToFileURL(LIBRARY_FILE).href)) as Library;
}

/** One custom function of the library; a benchmark of a function that is gone fails by name. */
export function pick(library: Library, name: string): CustomFunction {
  const customFunction = library[name];
  if (!customFunction) throw new Error(`the library has no custom function ${name}`);
  return customFunction;
}
