/**
 * `npm start` stops on SIGTERM and SIGINT sent to npm itself, as a process manager or a
 * `kill <pid>` does: the preview server goes, and its port is free for the next one. npm
 * forwards the signal only to the shell it runs the script in, which (dash) dies of it
 * without passing it on; scripts/start.ts notices its ancestors going and stops.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/build';

// npm start builds the add-on first: seconds on a busy two-core machine.
const TIMEOUT = 120_000;
const STARTED_MS = 90_000;
/** How long npm and the server get to go after the signal: "a few seconds". */
const STOPPED_MS = 10_000;

let running: ChildProcess | null = null;
let folder: string | null = null;

afterEach(async () => {
  // A failed run must not leave a server behind: npm was started in its own process group.
  if (running?.pid !== undefined && running.exitCode === null && running.signalCode === null) {
    process.kill(-running.pid, 'SIGKILL');
  }
  running = null;
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = null;
});

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Whether a new server can listen on `port` now. */
function canListen(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `npm start` on `port`, resolved once it prints the preview's URL. */
async function npmStart(port: number): Promise<{ npm: ChildProcess; url: string }> {
  folder = await mkdtemp(path.join(tmpdir(), 'okr-start-'));
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), PREVIEW_DIST: folder },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running = npm;
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no URL after ${STARTED_MS} ms:\n${output}`)),
      STARTED_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Preview at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    npm.stdout?.on('data', read);
    npm.stderr?.on('data', read);
    npm.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return { npm, url };
}

function exited(child: ChildProcess): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), STOPPED_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

describe('npm start stops when npm is signalled', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(
      `${signal} to npm closes the preview and frees its port`,
      async () => {
        const port = await freePort();
        const { npm, url } = await npmStart(port);
        expect(url).toBe(`http://127.0.0.1:${port}/`);
        expect(await canListen(port)).toBe(false);

        npm.kill(signal);

        expect(await exited(npm)).toBe(true);
        await expect
          .poll(() => canListen(port), { timeout: STOPPED_MS, message: `port ${port} free` })
          .toBe(true);
      },
      TIMEOUT,
    );
  }
});
