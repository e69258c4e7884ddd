/**
 * `npm run deploy` (dev, `.clasp.json`) or `npm run deploy -- --prod` (`.clasp-prod.json`): the
 * gate, then `clasp push`. Each step that fails stops the deploy with a sentence saying what to
 * do; nothing reaches Apps Script unless lint, types, tests and the build pass.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The folder above this script, not cwd: deploy then works from any folder of the project,
// and in a copy of the project (the tests run it in one).
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PLACEHOLDER_SCRIPT_ID = 'PASTE-YOUR-SCRIPT-ID-HERE';
export const DEV_PROJECT_FILE = '.clasp.json';
export const PROD_PROJECT_FILE = '.clasp-prod.json';

/**
 * What stands in the way of pushing to the project in `projectFile` (whose text is `claspJson`,
 * undefined when the file is missing), as an instruction; null when nothing does. `isLoggedIn`
 * is asked last, so a project not configured yet does not wait for clasp.
 */
export function deployBlocker(
  projectFile: string,
  claspJson: string | undefined,
  isLoggedIn: () => boolean,
): string | null {
  if (claspJson === undefined) {
    return projectFile === PROD_PROJECT_FILE
      ? `--prod pushes to the script in ${PROD_PROJECT_FILE}, which does not exist: copy ` +
          `${DEV_PROJECT_FILE} to ${PROD_PROJECT_FILE} and paste the production script id as ` +
          `"scriptId" in it (see "Install it on a real spreadsheet" in the README).`
      : `${projectFile} is missing: restore it with "git checkout -- ${projectFile}" and paste ` +
          'your script id as "scriptId" in it.';
  }
  let scriptId: unknown;
  try {
    scriptId = JSON.parse(claspJson).scriptId;
  } catch {
    return `${projectFile} is not valid JSON: fix it (or copy ${DEV_PROJECT_FILE} from git again) and set your script id.`;
  }
  if (typeof scriptId !== 'string' || scriptId === '' || scriptId === PLACEHOLDER_SCRIPT_ID) {
    return (
      `${projectFile} still has the placeholder script id. Open your spreadsheet, choose ` +
      'Extensions > Apps Script, copy the Script ID from Project Settings and paste it as ' +
      `"scriptId" in ${projectFile} (see "Install it on a real spreadsheet" in the README).`
    );
  }
  if (!isLoggedIn()) {
    return 'clasp is not logged in: run "npx clasp login" and sign in with the Google account that owns the script.';
  }
  return null;
}

/** The project file `args` (what follows `npm run deploy --`) select, or an instruction. */
export function projectFileFor(args: readonly string[]): { file: string } | { error: string } {
  const unknown = args.find((arg) => arg !== '--prod');
  if (unknown !== undefined) {
    return {
      error: `unknown option "${unknown}": run "npm run deploy" for dev or "npm run deploy -- --prod" for production.`,
    };
  }
  return { file: args.includes('--prod') ? PROD_PROJECT_FILE : DEV_PROJECT_FILE };
}

/**
 * The clasp to run: the first on PATH, skipping this project's node_modules/.bin that `npm run`
 * puts in front, then the one package-lock.json pins. So a clasp the user installed and logged
 * in with (or a stand-in a test puts on PATH) is used as it is, and a fresh clone still works.
 */
function claspCommand(): string {
  const pinned = path.join(ROOT, 'node_modules', '.bin');
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || path.resolve(dir) === pinned) continue;
    const candidate = path.join(dir, 'clasp');
    if (existsSync(candidate)) return candidate;
  }
  return path.join(pinned, 'clasp');
}

function claspLoggedIn(clasp: string): boolean {
  const result = spawnSync(clasp, ['show-authorized-user', '--json'], { encoding: 'utf8' });
  if (result.error) stop(`${clasp} could not be started (${result.error.message}): run "npm ci".`);
  // clasp 3 prints {"loggedIn": true, "email": ...} or {"loggedIn": false}.
  try {
    return JSON.parse(result.stdout).loggedIn === true;
  } catch {
    return false;
  }
}

function run(step: string, command: string, args: string[], onFailure: string): void {
  console.log(`\n> ${step}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.error) {
    stop(`${command} could not be started (${result.error.message}): check that it is on PATH.`);
  }
  if (result.status !== 0) stop(`${step} failed: ${onFailure}`);
}

function stop(message: string): never {
  console.error(`\nDeploy stopped: ${message}`);
  process.exit(1);
}

function main(): void {
  const target = projectFileFor(process.argv.slice(2));
  if ('error' in target) stop(target.error);
  const projectPath = path.join(ROOT, target.file);
  const claspJson = existsSync(projectPath) ? readFileSync(projectPath, 'utf8') : undefined;
  const clasp = claspCommand();
  const blocker = deployBlocker(target.file, claspJson, () => claspLoggedIn(clasp));
  if (blocker) stop(blocker);
  console.log(`Deploying to the script in ${target.file} with ${clasp}`);

  // The project's own scripts, so the gate is exactly what `npm test` checks.
  const fixAndRetry = 'fix what it reports above, then deploy again.';
  run('npm test (lint, type-check, tests)', 'npm', ['test'], fixAndRetry);
  run('npm run build', 'npm', ['run', 'build'], fixAndRetry);
  // --project even for dev: clasp would otherwise look for .clasp.json upwards from cwd and
  // honour a clasp_config_project variable, and push somewhere else.
  run(
    `clasp push (${target.file})`,
    clasp,
    ['--project', projectPath, 'push', '--force'],
    "read clasp's error above; if it mentions the Apps Script API, turn the API on at " +
      'https://script.google.com/home/usersettings, then deploy again.',
  );
  console.log(
    `\nPushed to the script in ${target.file}. In the script editor: Deploy > Test deployments > ` +
      'Editor add-on, pick your spreadsheet.',
  );
}

// realpath on both sides: Node resolves symlinks in import.meta.url but not in argv, so run by
// a symlinked path (macOS's temp folder, where the tests copy it) deploy would silently exit 0.
function isEntryPoint(): boolean {
  const invoked = process.argv[1];
  if (!invoked || !existsSync(invoked)) return false;
  return realpathSync(invoked) === realpathSync(fileURLToPath(import.meta.url));
}

if (isEntryPoint()) main();
