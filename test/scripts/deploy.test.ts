import type { SpawnSyncReturns } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEV_PROJECT_FILE,
  deployBlocker,
  PLACEHOLDER_SCRIPT_ID,
  PROD_PROJECT_FILE,
  projectFileFor,
} from '../../scripts/deploy';
import { type DeployFixture, deployFixture, type FixtureOptions } from './deploy-fixture';

const project = (scriptId: string) => JSON.stringify({ scriptId, rootDir: 'dist' });
const loggedIn = () => true;
// Real script ids are 57 characters of this alphabet, starting with 1.
const DEV_ID = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-aBcDeFgHiJkLmNoPqR';
const PROD_ID = '1ZyXwVuTsRqPoNmLkJiHgFeDcBa9876543210-_zYxWvUtSrQpOnMlKjI';
const NO_STACK_TRACE = /\n\s+at /;

/** Deploy stopped with `message` as a sentence for the user, not a stack trace. */
function expectStopped(result: SpawnSyncReturns<string>, message: string): void {
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(message);
  expect(result.stderr).not.toMatch(NO_STACK_TRACE);
}

describe('deployBlocker', () => {
  it('stops on the placeholder script id, saying where to find the real one', () => {
    expect(deployBlocker(DEV_PROJECT_FILE, project(PLACEHOLDER_SCRIPT_ID), loggedIn)).toMatch(
      /placeholder script id.*Extensions > Apps Script.*Script ID/,
    );
    expect(deployBlocker(DEV_PROJECT_FILE, project(''), loggedIn)).toMatch(/placeholder script id/);
  });

  it('names the project file that still has the placeholder', () => {
    expect(deployBlocker(PROD_PROJECT_FILE, project(PLACEHOLDER_SCRIPT_ID), loggedIn)).toMatch(
      /^\.clasp-prod\.json still has the placeholder.*"scriptId" in \.clasp-prod\.json/,
    );
  });

  it('does not ask clasp about the login while the project is not configured', () => {
    const isLoggedIn = vi.fn(loggedIn);
    deployBlocker(DEV_PROJECT_FILE, project(PLACEHOLDER_SCRIPT_ID), isLoggedIn);
    deployBlocker(PROD_PROJECT_FILE, undefined, isLoggedIn);
    expect(isLoggedIn).not.toHaveBeenCalled();
  });

  it('says how to create a missing .clasp-prod.json, and how to restore .clasp.json', () => {
    expect(deployBlocker(PROD_PROJECT_FILE, undefined, loggedIn)).toMatch(
      /copy \.clasp\.json to \.clasp-prod\.json and paste the production script id/,
    );
    expect(deployBlocker(DEV_PROJECT_FILE, undefined, loggedIn)).toMatch(
      /git checkout -- \.clasp\.json/,
    );
  });

  it('stops on a project file that is not JSON', () => {
    expect(deployBlocker(DEV_PROJECT_FILE, '{"scriptId": ', loggedIn)).toMatch(
      /^\.clasp\.json is not valid JSON/,
    );
  });

  it('stops when clasp is not logged in, saying how to log in', () => {
    expect(deployBlocker(DEV_PROJECT_FILE, project(DEV_ID), () => false)).toMatch(
      /run "npx clasp login"/,
    );
  });

  it('lets a configured, logged-in project through', () => {
    expect(deployBlocker(DEV_PROJECT_FILE, project(DEV_ID), loggedIn)).toBeNull();
  });
});

describe('projectFileFor', () => {
  it('picks .clasp.json by default and .clasp-prod.json with --prod', () => {
    expect(projectFileFor([])).toEqual({ file: '.clasp.json' });
    expect(projectFileFor(['--prod'])).toEqual({ file: '.clasp-prod.json' });
  });

  it('refuses an unknown option rather than deploying somewhere unexpected', () => {
    expect(projectFileFor(['--production'])).toEqual({
      error: expect.stringMatching(/unknown option "--production".*npm run deploy -- --prod/),
    });
  });
});

// The real script, run by tsx in a copy of the project with stand-ins for npm's gate scripts
// and clasp (see deploy-fixture.ts).
describe('npm run deploy', { timeout: 30_000 }, () => {
  let fixture: DeployFixture | undefined;
  const copy = (options: FixtureOptions) => {
    fixture = deployFixture(options);
    return fixture;
  };
  afterEach(() => {
    fixture?.remove();
    fixture = undefined;
  });

  it('stops on the placeholder script id with the message, no stack trace and no clasp', () => {
    const { deploy, calls } = copy({ scriptId: PLACEHOLDER_SCRIPT_ID, loggedIn: true });
    const result = deploy();
    expectStopped(result, 'Deploy stopped: .clasp.json still has the placeholder script id');
    expect(calls()).toEqual([]);
  });

  it('runs npm test, then the build, then pushes .clasp.json', () => {
    const { deploy, calls, project } = copy({ scriptId: DEV_ID, loggedIn: true });
    const result = deploy();
    expect(result.stderr).not.toContain('Deploy stopped');
    expect(result.status).toBe(0);
    expect(calls()).toEqual([
      'clasp show-authorized-user --json',
      'gate test',
      'gate build',
      `clasp --project ${project}/.clasp.json push --force -> ${DEV_ID}`,
    ]);
    expect(result.stdout).toContain('Pushed to the script in .clasp.json');
  });

  it('uses the pinned clasp in node_modules when none is on PATH', () => {
    const { deploy, calls, project } = copy({
      scriptId: DEV_ID,
      loggedIn: true,
      claspIn: 'node_modules',
    });
    const result = deploy();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`with ${project}/node_modules/.bin/clasp`);
    expect(calls().at(-1)).toBe(`clasp --project ${project}/.clasp.json push --force -> ${DEV_ID}`);
  });

  it('stops before the gate when clasp is not logged in, saying how to log in', () => {
    const { deploy, calls } = copy({ scriptId: DEV_ID, loggedIn: false });
    const result = deploy();
    expectStopped(result, 'Deploy stopped: clasp is not logged in: run "npx clasp login"');
    expect(calls()).toEqual(['clasp show-authorized-user --json']);
  });

  it.each([
    ['test', 'npm test (lint, type-check, tests) failed', ['gate test']],
    ['build', 'npm run build failed', ['gate test', 'gate build']],
  ] as const)('stops without pushing when npm %s fails, naming the step', (step, message, gate) => {
    const { deploy, calls } = copy({ scriptId: DEV_ID, loggedIn: true, failingStep: step });
    const result = deploy();
    expectStopped(result, `Deploy stopped: ${message}: fix what it reports above`);
    expect(calls()).toEqual(['clasp show-authorized-user --json', ...gate]);
  });

  it('says so when clasp push itself fails', () => {
    const { deploy } = copy({ scriptId: DEV_ID, loggedIn: true, pushFails: true });
    const result = deploy();
    expectStopped(result, "Deploy stopped: clasp push (.clasp.json) failed: read clasp's");
    expect(result.stdout).not.toContain('Pushed');
  });

  it('--prod pushes the script in .clasp-prod.json', () => {
    const { deploy, calls, project } = copy({
      scriptId: DEV_ID,
      prodScriptId: PROD_ID,
      loggedIn: true,
    });
    const result = deploy(['--prod']);
    expect(result.stderr).not.toContain('Deploy stopped');
    expect(result.status).toBe(0);
    expect(calls()).toEqual([
      'clasp show-authorized-user --json',
      'gate test',
      'gate build',
      `clasp --project ${project}/.clasp-prod.json push --force -> ${PROD_ID}`,
    ]);
    expect(result.stdout).toContain('Pushed to the script in .clasp-prod.json');
  });

  it('--prod without .clasp-prod.json says how to create it', () => {
    const { deploy, calls } = copy({ scriptId: DEV_ID, loggedIn: true });
    const result = deploy(['--prod']);
    expectStopped(
      result,
      'copy .clasp.json to .clasp-prod.json and paste the production script id',
    );
    expect(calls()).toEqual([]);
  });

  it('refuses an unknown option without running anything', () => {
    const { deploy, calls } = copy({ scriptId: DEV_ID, loggedIn: true });
    const result = deploy(['--production']);
    expectStopped(result, 'Deploy stopped: unknown option "--production"');
    expect(calls()).toEqual([]);
  });
});
