/**
 * `npm run deploy`: the gate, then `clasp push`. Each step that fails stops the deploy with a
 * sentence saying what to do; nothing reaches Apps Script unless lint, types and tests pass.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLASP = path.join(ROOT, 'node_modules/.bin/clasp');
export const PLACEHOLDER_SCRIPT_ID = 'PASTE-YOUR-SCRIPT-ID-HERE';

/** What stands in the way of a push, as an instruction; null when nothing does. */
export function deployBlocker(claspJson: string, loggedIn: boolean): string | null {
  let scriptId: unknown;
  try {
    scriptId = JSON.parse(claspJson).scriptId;
  } catch {
    return '.clasp.json is not valid JSON: restore it from git and set your script id.';
  }
  if (typeof scriptId !== 'string' || scriptId === '' || scriptId === PLACEHOLDER_SCRIPT_ID) {
    return (
      '.clasp.json still has the placeholder script id. Open your spreadsheet, choose ' +
      'Extensions > Apps Script, copy the Script ID from Project Settings and paste it as ' +
      '"scriptId" in .clasp.json (see "Install it on a real spreadsheet" in the README).'
    );
  }
  if (!loggedIn) {
    return 'clasp is not logged in: run "npx clasp login" and sign in with the Google account that owns the script.';
  }
  return null;
}

function claspLoggedIn(): boolean {
  const result = spawnSync(CLASP, ['--json', 'show-authorized-user'], { encoding: 'utf8' });
  try {
    return JSON.parse(result.stdout).loggedIn === true;
  } catch {
    return false;
  }
}

function run(step: string, command: string, args: string[]): void {
  console.log(`\n> ${step}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) stop(`${step} failed: fix what it reports above, then deploy again.`);
}

function stop(message: string): never {
  console.error(`\nDeploy stopped: ${message}`);
  process.exit(1);
}

function main(): void {
  const blocker = deployBlocker(
    readFileSync(path.join(ROOT, '.clasp.json'), 'utf8'),
    claspLoggedIn(),
  );
  if (blocker) stop(blocker);
  run('lint', 'npm', ['run', '--silent', 'lint']);
  run('type-check', 'npm', ['run', '--silent', 'typecheck']);
  run('tests', 'npx', ['vitest', 'run']);
  run('build', 'npm', ['run', '--silent', 'build']);
  run('clasp push', CLASP, ['push', '--force']);
  console.log(
    '\nPushed. In the script editor: Deploy > Test deployments > Editor add-on, pick your spreadsheet.',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
