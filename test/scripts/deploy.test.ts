import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployBlocker, PLACEHOLDER_SCRIPT_ID } from '../../scripts/deploy';

const ROOT = path.join(import.meta.dirname, '../..');
const project = (scriptId: string) => JSON.stringify({ scriptId, rootDir: 'dist' });

describe('deployBlocker', () => {
  it('stops on the placeholder script id, saying where to find the real one', () => {
    expect(deployBlocker(project(PLACEHOLDER_SCRIPT_ID), true)).toMatch(
      /placeholder script id.*Extensions > Apps Script.*Script ID/,
    );
    expect(deployBlocker(project(''), true)).toMatch(/placeholder script id/);
  });

  it('stops when clasp is not logged in, saying how to log in', () => {
    expect(deployBlocker(project('1AbCdEf'), false)).toMatch(/run "npx clasp login"/);
  });

  it('lets a configured, logged-in project through', () => {
    expect(deployBlocker(project('1AbCdEf'), true)).toBeNull();
  });
});

describe('npm run deploy on a fresh clone', () => {
  it('stops with the message and no stack trace', () => {
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/deploy.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, HOME: mkdtempSync(path.join(tmpdir(), 'no-clasp-')) },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Deploy stopped: .clasp.json still has the placeholder script id',
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
