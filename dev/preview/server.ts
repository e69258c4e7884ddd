/**
 * The local preview: the add-on running on a local workbook, served to a browser as a
 * Sheets-like page. The page talks to a small JSON API; the sidebar is the built
 * dist/Sidebar.html with google.script.run bridged to the add-on's server code here.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST } from '../engine/addon';
import type { Axis } from '../engine/editing';
import { loadWorkbookFile } from '../engine/load';
import { sampleWorkbook } from '../engine/sample';
import { bundlePreview, type PreviewBundle } from './bundle';
import type { MenuRunState, RunResult, UndoState } from './contract';
import { integerField, RequestError, readJson, send, sendJson, stringField } from './http';
import { PreviewSession } from './session';
import { withGoogleScriptShim } from './sidebar-page';
import { checkWithin, viewFromBody, viewFromQuery } from './view';

const PAGE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page/index.html');
const HOST = '127.0.0.1';
const JSON_TYPE = 'application/json';
/** A green sheet, so the tab is easy to find among real Sheets tabs. */
const FAVICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 32"><rect width="24" height="32" ' +
  'rx="3" fill="#0f9d58"/><path d="M5 13h14v12H5zM5 19h14M10 13v12" fill="none" stroke="#fff" ' +
  'stroke-width="2"/></svg>';
export const SAMPLE_NAME = 'OKR & KPI sample';

export interface PreviewOptions {
  /** 0 picks a free port. */
  port?: number;
  /** A .csv or .xlsx export to open instead of the sample. */
  workbookPath?: string;
  /** Where the built add-on is (dist/ by default). */
  dist?: string;
}

export interface Preview {
  url: string;
  /** What the preview opened: the sample's name or the export's file name. */
  opened: string;
  close(): Promise<void>;
}

/** The port the preview was asked for is taken by another program. */
export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`port ${port} is already in use`);
  }
}

export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const dist = options.dist ?? DIST;
  const [session, bundle, page] = await Promise.all([
    openSession(options.workbookPath, dist),
    bundlePreview(),
    readFile(PAGE, 'utf8'),
  ]);
  const routes = new PreviewRoutes(session, bundle, page, dist);
  const server = createServer((request, response) => {
    // A request that fails before its route (a refused Host, a bad escape) answers as well.
    routes.handle(request, response).catch((error: unknown) => sendError(response, error));
  });
  const port = options.port ?? 8080;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error);
    });
    server.listen(port, HOST, () => resolve());
  });
  const { port: actualPort } = server.address() as AddressInfo;
  routes.answerFor(actualPort);
  return {
    url: `http://${HOST}:${actualPort}/`,
    opened: options.workbookPath ?? SAMPLE_NAME,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Browsers keep connections alive: without this, close waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function openSession(workbookPath: string | undefined, dist: string) {
  if (workbookPath === undefined) {
    return new PreviewSession(sampleWorkbook(), SAMPLE_NAME, { dist });
  }
  const workbook = await loadWorkbookFile(workbookPath);
  const fileName = path.basename(workbookPath, path.extname(workbookPath));
  return new PreviewSession(workbook, fileName, { dist });
}

class PreviewRoutes {
  /** The Host headers the preview answers: its own address, by IP or as localhost. */
  private hosts = new Set<string>();

  constructor(
    private readonly session: PreviewSession,
    private readonly bundle: PreviewBundle,
    private readonly page: string,
    private readonly dist: string,
  ) {}

  answerFor(port: number): void {
    this.hosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
    // A browser leaves out the port it takes by default.
    if (port === 80) for (const host of [HOST, 'localhost']) this.hosts.add(host);
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // DNS rebinding: a page from another site whose name now points at 127.0.0.1 reaches this
    // server as its own origin, but its requests still name that site in Host.
    const host = request.headers.host?.toLowerCase() ?? '';
    if (!this.hosts.has(host)) {
      throw new RequestError(
        403,
        `this preview only answers requests to ${[...this.hosts].join(' or ')}, not "${host}"`,
      );
    }
    const url = requestUrl(request.url ?? '/');
    const { pathname } = url;
    const route = `${request.method ?? 'GET'} ${pathname}`;
    // Another web page open in the same browser can post a plain form here, but cannot send
    // JSON without a preflight this server never answers: only the preview's pages change it.
    if (request.method === 'POST' && !request.headers['content-type']?.startsWith(JSON_TYPE)) {
      throw new RequestError(415, `send ${JSON_TYPE} to ${pathname}`);
    }
    const session = this.session;
    switch (route) {
      case 'GET /':
        return send(response, 200, 'text/html; charset=utf-8', this.page);
      case 'GET /preview.js':
        return send(response, 200, 'text/javascript; charset=utf-8', this.bundle.pageScript);
      case 'GET /favicon.svg':
        return send(response, 200, 'image/svg+xml', FAVICON);
      case 'GET /preview.css':
        return send(response, 200, 'text/css; charset=utf-8', this.bundle.pageStyle);
      case 'GET /sidebar':
        return send(response, 200, 'text/html; charset=utf-8', await this.sidebar());
      case 'GET /api/state': {
        const view = viewFromQuery(url.searchParams);
        checkWithin(view.window, session.sheetSize());
        return sendJson(response, 200, session.state(view));
      }
      case 'POST /api/cell': {
        const body = await readJson(request);
        const view = viewFromBody(body);
        session.enter(
          stringField(body, 'sheet'),
          stringField(body, 'a1'),
          stringField(body, 'input'),
        );
        return sendJson(response, 200, session.state(view));
      }
      case 'POST /api/clear': {
        const body = await readJson(request);
        const view = viewFromBody(body);
        session.clear(stringField(body, 'sheet'), stringField(body, 'range'));
        return sendJson(response, 200, session.state(view));
      }
      case 'POST /api/insert': {
        const body = await readJson(request);
        const view = viewFromBody(body);
        session.insert(
          stringField(body, 'sheet'),
          axisField(body),
          integerField(body, 'index'),
          integerField(body, 'count'),
          integerField(body, 'inheritFrom'),
        );
        return sendJson(response, 200, session.state(view));
      }
      case 'POST /api/delete': {
        const body = await readJson(request);
        const view = viewFromBody(body);
        session.delete(
          stringField(body, 'sheet'),
          axisField(body),
          integerField(body, 'index'),
          integerField(body, 'count'),
        );
        return sendJson(response, 200, session.state(view));
      }
      case 'POST /api/undo': {
        const view = viewFromBody(await readJson(request));
        const undone = session.undo();
        const answer: UndoState = { ...session.state(view), undone };
        return sendJson(response, 200, answer);
      }
      case 'POST /api/sheet': {
        const body = await readJson(request);
        const view = viewFromBody(body);
        session.switchSheet(stringField(body, 'sheet'));
        return sendJson(response, 200, session.state(view));
      }
      case 'POST /api/reset': {
        const view = viewFromBody(await readJson(request));
        session.reset();
        return sendJson(response, 200, session.state(view));
      }
      case 'POST /api/menu': {
        const body = await readJson(request);
        const view = viewFromBody(body);
        // Whatever the item ran, it may have changed cells and shown notices before it threw.
        const result = session.runMenuItem(stringField(body, 'functionName'));
        const answer: MenuRunState = {
          ...session.state(view),
          scriptError: result.ok ? null : result.error.message,
        };
        return sendJson(response, 200, answer);
      }
    }
    if (request.method === 'POST' && pathname.startsWith('/api/run/')) {
      const name = decodedName(pathname.slice('/api/run/'.length));
      const result = await this.run(name, request);
      // A refused call (bad JSON, not an array) is the caller's fault: 400, in the shape the
      // google.script shim reads, so its failure handler gets the message.
      return sendJson(response, result.refused ? 400 : 200, result.answer);
    }
    throw new RequestError(404, `nothing at ${route}`);
  }

  /** The sidebar the add-on showed, or the built one before it showed any. */
  private async sidebar(): Promise<string> {
    const html =
      this.session.sidebarHtml() ?? (await readFile(path.join(this.dist, 'Sidebar.html'), 'utf8'));
    return withGoogleScriptShim(html, this.bundle.shimScript);
  }

  private async run(
    name: string,
    request: IncomingMessage,
  ): Promise<{ answer: RunResult; refused?: true }> {
    const refuse = (message: string) => ({
      answer: { ok: false as const, error: { message } },
      refused: true as const,
    });
    let args: unknown;
    try {
      args = (await readJson(request)) ?? [];
    } catch (error) {
      if (error instanceof RequestError && error.status !== 400) throw error;
      return refuse(messageOf(error));
    }
    if (!Array.isArray(args)) return refuse('the arguments must be a JSON array');
    return { answer: this.session.run(name, args) };
  }
}

function axisField(body: unknown): Axis {
  const axis = stringField(body, 'axis');
  if (axis !== 'rows' && axis !== 'columns') {
    throw new RequestError(400, `"axis" must be "rows" or "columns", not "${axis}"`);
  }
  return axis;
}

function requestUrl(target: string): URL {
  try {
    return new URL(target, `http://${HOST}`);
  } catch {
    throw new RequestError(400, `"${target}" is not a URL path`);
  }
}

/** A server function's name from the path; a malformed % escape is the caller's mistake. */
function decodedName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new RequestError(400, `"${encoded}" is not a valid URL-encoded function name`);
  }
}

function sendError(response: ServerResponse, error: unknown): void {
  const status = error instanceof RequestError ? error.status : 500;
  if (response.headersSent) {
    response.end();
    return;
  }
  sendJson(response, status, { error: { message: messageOf(error) } });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
