/**
 * Runs one benchmark case in a fresh Node process, as Apps Script runs each custom function
 * call in an execution of its own. In one shared process, the functions measured before would
 * leave the shared vectoriser's call sites polymorphic and the heap full of their data, and
 * each later figure would pay for them.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../build';

const CASE_RUNNER = path.join(ROOT, 'scripts/bench/isolated-case.ts');

export function runIsolated<Result>(caseName: string): Result {
  const child = spawnSync(
    process.execPath,
    // --expose-gc lets each timed run start from a clean heap (see measure.ts).
    ['--expose-gc', '--import', 'tsx', CASE_RUNNER, caseName],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0) {
    throw new Error(`benchmark case ${caseName} failed:\n${child.stderr || child.stdout}`);
  }
  const lastLine = child.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(lastLine) as Result;
}
