/**
 * The custom functions as they ship: src/server.ts bundled by esbuild, as for dist/Code.js, but
 * as a module the benchmark can import. Timing src/ through tsx would bill its module interop
 * (a getter call per imported name) to our code, which the Apps Script bundle does not pay.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { DIST, ROOT } from '../build';

export type Library = typeof import('../../src/server');

export const LIBRARY_FILE = path.join(DIST, 'bench', 'library.mjs');

export async function bundleLibrary(): Promise<void> {
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/server.ts')],
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
