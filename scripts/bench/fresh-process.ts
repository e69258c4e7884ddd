/**
 * Runs one measurement in a fresh Node process, as Apps Script runs each custom function call
 * in an execution of its own: the process loads dist/Code.js, and nothing measured before (its
 * type feedback, its heap) is billed to what is measured now.
 *
 * The module named exports `inChild(...args)`, which the child awaits and prints as one JSON
 * line; the parent parses it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CHILD = path.join(HERE, 'child.ts');

/**
 * Fresh processes per measurement; figures are the median over them, with the lowest and
 * highest. BENCH_PROCESSES=2 gives a quick look, not figures to quote.
 */
export const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 5);

/** One fresh process per index, in turn (never two at once: they would share the CPU). */
export function inFreshProcesses<Result>(
  moduleUrl: string,
  args: string[],
  count = PROCESSES,
): Result[] {
  return Array.from({ length: count }, (_, index) =>
    inFreshProcess<Result>(moduleUrl, [...args, String(index)]),
  );
}

export function inFreshProcess<Result>(moduleUrl: string, args: string[]): Result {
  const child = spawnSync(
    process.execPath,
    // --expose-gc lets each timed run start from a collected heap (see measure.ts).
    ['--expose-gc', '--import', 'tsx', CHILD, fileURLToPath(moduleUrl), ...args],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) {
    const what = `${path.basename(moduleUrl)} ${args.join(' ')}`;
    throw new Error(`benchmark process ${what} failed:\n${child.stderr || child.stdout}`);
  }
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(lastLine) as Result;
}
