/**
 * The fresh process of fresh-process.ts: imports the module named, awaits its `inChild` with
 * the remaining arguments, and prints what it returns as one JSON line.
 */
import { pathToFileURL } from 'node:url';

const [modulePath, ...args] = process.argv.slice(2);
if (!modulePath) throw new Error('usage: child.ts <module> [args...]');
const module = (await import(pathToFileURL(modulePath).href)) as {
  inChild?: (...args: string[]) => unknown;
};
if (typeof module.inChild !== 'function') throw new Error(`${modulePath} exports no inChild`);
console.log(JSON.stringify(await module.inChild(...args)));
