import path from 'node:path';
import { ROOT } from '../scripts/build';
import { loadLibrary } from '../scripts/custom-functions';
import { readPublicSurface } from '../scripts/public-surface';

/**
 * What Code.js must make public, from the same sources the build reads: the server functions
 * src/server.ts exports and every custom function declared in src/functions/library/.
 */
export async function publicNames(): Promise<{ server: string[]; custom: string[] }> {
  const server = readPublicSurface(path.join(ROOT, 'src/server.ts')).map((fn) => fn.name);
  const custom = (await loadLibrary()).map(({ customFunction }) => customFunction.doc.name);
  return { server, custom };
}
