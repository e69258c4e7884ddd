/**
 * A throw-away copy of the project for running the real scripts/deploy.ts: its own .clasp.json
 * files, a package.json whose `test` and `build` scripts only log that they ran, and a fake
 * `clasp` first on PATH. Everything lives in one temp folder, so deploy never sees the
 * repository's .clasp.json, the user's clasp login or Apps Script.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO = path.join(import.meta.dirname, '../..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');

export interface FixtureOptions {
  /** `scriptId` of the project's .clasp.json. */
  scriptId: string;
  /** `scriptId` of .clasp-prod.json; no such file when left out. */
  prodScriptId?: string;
  /** What the fake `clasp show-authorized-user --json` answers. */
  loggedIn?: boolean;
  /** The npm script of the gate that exits 1. */
  failingStep?: 'test' | 'build';
  /** Whether the fake `clasp push` exits 1. */
  pushFails?: boolean;
  /** Where the fake clasp is: first on PATH (the default), or only as the pinned one. */
  claspIn?: 'path' | 'node_modules';
}

export interface DeployFixture {
  /** The copy's root, where its .clasp.json files are (symlinks resolved, as deploy sees it). */
  project: string;
  /** Runs `tsx scripts/deploy.ts ...args` in the copy, as `npm run deploy -- ...args` does. */
  deploy(args?: string[]): SpawnSyncReturns<string>;
  /** Gate steps and clasp calls, in the order they ran: `gate test`, `clasp push --force`... */
  calls(): string[];
  remove(): void;
}

export function deployFixture(options: FixtureOptions): DeployFixture {
  // realpath: deploy finds its root from import.meta.url, which has symlinks resolved.
  const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'deploy-test-')));
  const project = path.join(root, 'project');
  const bin = path.join(root, 'bin');
  const home = path.join(root, 'home');
  const log = path.join(root, 'calls.log');
  for (const dir of [path.join(project, 'scripts'), bin, home]) mkdirSync(dir, { recursive: true });

  copyFileSync(path.join(REPO, 'scripts/deploy.ts'), path.join(project, 'scripts/deploy.ts'));
  const claspJson = (scriptId: string) => `${JSON.stringify({ scriptId, rootDir: 'dist' })}\n`;
  writeFileSync(path.join(project, '.clasp.json'), claspJson(options.scriptId));
  if (options.prodScriptId !== undefined) {
    writeFileSync(path.join(project, '.clasp-prod.json'), claspJson(options.prodScriptId));
  }

  const gateStep = (step: 'test' | 'build') =>
    `node gate.mjs ${step}${options.failingStep === step ? ' fail' : ''}`;
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'deploy-test',
      private: true,
      type: 'module',
      scripts: { test: gateStep('test'), build: gateStep('build') },
    }),
  );
  writeFileSync(
    path.join(project, 'gate.mjs'),
    `import { appendFileSync } from 'node:fs';
appendFileSync(${JSON.stringify(log)}, 'gate ' + process.argv[2] + '\\n');
process.exit(process.argv[3] === 'fail' ? 1 : 0);
`,
  );

  // Answers as clasp 3.4 does (build/src/commands/show-authorized-user.js): pretty-printed
  // {"loggedIn": ...}. A push logs the script id of the --project file it was given.
  const pinnedBin = path.join(project, 'node_modules', '.bin');
  mkdirSync(pinnedBin, { recursive: true });
  const fakeClasp = path.join(options.claspIn === 'node_modules' ? pinnedBin : bin, 'clasp');
  writeFileSync(
    fakeClasp,
    `#!/usr/bin/env node
const fs = require('node:fs');
const args = process.argv.slice(2);
let line = 'clasp ' + args.join(' ');
if (args.includes('show-authorized-user')) {
  const answer = ${options.loggedIn ? "{ loggedIn: true, email: 'dev@example.com' }" : '{ loggedIn: false }'};
  console.log(JSON.stringify(answer, null, 2));
}
if (args.includes('push')) {
  const file = args[args.indexOf('--project') + 1];
  line += ' -> ' + JSON.parse(fs.readFileSync(file, 'utf8')).scriptId;
}
fs.appendFileSync(${JSON.stringify(log)}, line + '\\n');
process.exit(args.includes('push') && ${options.pushFails === true} ? 1 : 0);
`,
  );
  chmodSync(fakeClasp, 0o755);

  // Without the npm_* variables of a surrounding `npm test`, and clasp_config_* of the user.
  const env: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|clasp_)/i.test(name)),
  );
  // As `npm run` does, the project's node_modules/.bin comes first.
  // No clasp but the fake: not the repository's (its node_modules/.bin is on PATH under
  // `npm test`), nor one the user installed, nor a stand-in of their own.
  const systemPath = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((dir) => dir !== '' && !existsSync(path.join(dir, 'clasp')));
  env.PATH = [pinnedBin, bin, ...systemPath].join(path.delimiter);
  env.HOME = home;
  // A fresh HOME would otherwise have npm check the registry for a newer npm.
  env.npm_config_update_notifier = 'false';

  return {
    project,
    deploy: (args = []) =>
      spawnSync(TSX, ['scripts/deploy.ts', ...args], { cwd: project, env, encoding: 'utf8' }),
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
