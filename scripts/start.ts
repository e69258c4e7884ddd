/**
 * `npm start`: builds dist/, then opens the local preview, the add-on running on a local
 * workbook in a Sheets-like page: the sample, or a team's export given as
 * `npm start -- path/to/export.xlsx`. PORT picks the port (8080 by default); PREVIEW_DIST
 * builds into and serves from another folder than dist/ (the signal test's, so that it never
 * rewrites dist/ while other tests read it).
 *
 * It stops, closing the server and freeing the port, on Ctrl+C (SIGINT) or SIGTERM, and when
 * whatever started it goes away. npm runs a script through `sh -c`, and forwards a signal it
 * gets to that shell only: dash, Debian's sh, dies of a SIGTERM without passing it on (which
 * left the server running and holding the port) and sits out a SIGINT until its child ends.
 * So package.json's start script `exec`s node, which takes the shell's place and gets npm's
 * signal itself; and, should a shell stand in between anyway (npm run with another script
 * shell, npm killed outright), this process stops once one of its ancestors has gone.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { PortInUseError, type Preview, startPreview } from '../dev/preview/server';
import { build, DIST, kb } from './build';

const DEFAULT_PORT = 8080;
/** How often the processes that started this one are looked at. */
const WATCH_MS = 500;
/** A server that has not closed by then is left to the exit. */
const CLOSE_MS = 3000;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function requestedPort(): number {
  const text = process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`PORT=${text} is not a port: use a number from 1 to 65535, e.g. PORT=8081 npm start`);
  }
  return port;
}

let preview: Preview | null = null;
let stopping = false;

/** Closes the server (if it is up yet) and exits; a second signal exits at once. */
function stop(): void {
  if (stopping) process.exit(0);
  stopping = true;
  setTimeout(() => process.exit(0), CLOSE_MS).unref();
  const closing = preview?.close() ?? Promise.resolve();
  closing.then(
    () => process.exit(0),
    () => process.exit(0),
  );
}

async function main(): Promise<void> {
  // From the start: a signal during the build stops it too.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  void watchAncestors(stop);
  const port = requestedPort();
  const workbookPath = process.argv[2];
  const dist = process.env.PREVIEW_DIST || DIST;
  try {
    const { sizes } = await build(dist);
    const files = Object.entries(sizes).map(([file, size]) => `${file} ${kb(size)}`);
    console.log(`Built ${dist === DIST ? 'dist/' : dist} (${files.join(', ')})`);
  } catch (error) {
    fail(`Build failed: ${messageOf(error)}`);
  }
  try {
    preview = await startPreview(
      workbookPath === undefined ? { port, dist } : { port, dist, workbookPath },
    );
  } catch (error) {
    if (error instanceof PortInUseError) {
      fail(
        `Port ${error.port} is already in use: pick another with PORT=${error.port + 1} npm start`,
      );
    }
    // Loading problems (no such file, not .xlsx or .csv) say what to fix in their message.
    fail(`Could not start the preview: ${messageOf(error)}`);
  }
  // A signal that came while the server was starting.
  if (stopping) {
    await preview.close();
    process.exit(0);
  }
  console.log(`Opened ${preview.opened}`);
  console.log(`Preview at ${preview.url}  (Ctrl+C stops it)`);
}

/**
 * Calls `gone` once any process that was an ancestor of this one at start has exited (its
 * child is then handed to another parent): npm, or the shell it ran, killed without the signal
 * reaching here.
 */
async function watchAncestors(gone: () => void): Promise<void> {
  const chain = await ancestors();
  if (chain.length === 0) return;
  const timer = setInterval(() => {
    void parentsOf(chain.map(({ pid }) => pid)).then((now) => {
      if (chain.some(({ parent }, index) => now[index] !== parent)) {
        clearInterval(timer);
        gone();
      }
    });
  }, WATCH_MS);
  // The watch alone never keeps the process alive.
  timer.unref();
}

/** This process's ancestors, nearest first, each with its parent, up to (not into) init. */
async function ancestors(): Promise<{ pid: number; parent: number }[]> {
  const chain: { pid: number; parent: number }[] = [];
  let pid = process.ppid;
  while (pid > 1 && chain.length < 32) {
    const [parent] = await parentsOf([pid]);
    if (parent === undefined || parent < 0) break;
    chain.push({ pid, parent });
    pid = parent;
  }
  return chain;
}

const execFileAsync = promisify(execFile);

/** Each process's parent id, or -1 for one that has exited. */
async function parentsOf(pids: number[]): Promise<number[]> {
  if (existsSync('/proc/self/stat')) return pids.map(procParent);
  // Elsewhere (macOS), ps says the same; a process that has exited is left out of its list.
  try {
    const { stdout } = await execFileAsync('ps', ['-o', 'pid=,ppid=', '-p', pids.join(',')]);
    const parents = new Map(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]),
    );
    return pids.map((pid) => parents.get(pid) ?? -1);
  } catch {
    return pids.map(() => -1);
  }
}

function procParent(pid: number): number {
  try {
    // "pid (command) state ppid ...": the command may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return -1;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

await main();
