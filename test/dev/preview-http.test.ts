/**
 * The preview server at the HTTP level: it answers only requests addressed to itself (a page
 * elsewhere whose name was rebound to 127.0.0.1 gets 403), it refuses malformed input with a
 * 400 and a message (never a 500), a cell takes at most Sheets' 50,000 characters, and every
 * answer carries a window of the sheet, never the whole of it, however far a cell is written.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OKR_SHEET } from '../../dev/engine/sample';
import type { PreviewState, ViewRequest } from '../../dev/preview/contract';
import { type Preview, startPreview } from '../../dev/preview/server';

// Generous: the sample's array formulas run to the sheet's last row, 40,000 after J40000.
const TIMEOUT = 60_000;

let preview: Preview;
let port: number;

beforeAll(async () => {
  preview = await startPreview({ port: 0 });
  port = Number(new URL(preview.url).port);
}, TIMEOUT);

afterAll(async () => {
  await preview?.close();
});

interface Answer {
  status: number;
  body: string;
  json(): unknown;
}

/** One request with exactly these headers and body (fetch would not let Host be set). */
function send(
  method: string,
  path: string,
  options: { body?: string; host?: string; contentType?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: options.host ?? `127.0.0.1:${port}` };
    if (options.body !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        resolve({ status: incoming.statusCode ?? 0, body, json: () => JSON.parse(body) });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const post = (path: string, body: unknown) =>
  send('POST', path, { body: typeof body === 'string' ? body : JSON.stringify(body) });

function messageOf(answer: Answer): string {
  return (answer.json() as { error: { message: string } }).error.message;
}

const VIEW: ViewRequest = {
  window: { row: 0, column: 0, rows: 40, columns: 20 },
  noticesAfter: null,
};

describe('the preview answers only requests addressed to it', () => {
  it.each([
    ['evil.example', 403],
    [`evil.example:${'PORT'}`, 403],
    ['127.0.0.1', 403],
    ['127.0.0.1:1', 403],
    ['localhost.evil.example:PORT', 403],
    ['127.0.0.1:PORT', 200],
    ['localhost:PORT', 200],
    ['LOCALHOST:PORT', 200],
  ])('Host %s: %i', async (host, status) => {
    const answer = await send('GET', '/api/state', { host: host.replace('PORT', String(port)) });
    expect(answer.status).toBe(status);
    if (status === 403) expect(messageOf(answer)).toMatch(/only answers requests to 127\.0\.0\.1/);
  });

  it('refuses the page itself and changes to another Host', async () => {
    expect((await send('GET', '/', { host: 'evil.example' })).status).toBe(403);
    const write = await send('POST', '/api/cell', {
      host: 'evil.example',
      body: JSON.stringify({ sheet: OKR_SHEET, a1: 'A1', input: 'pwned' }),
    });
    expect(write.status).toBe(403);
    const state = (await send('GET', '/api/state')).json() as PreviewState;
    expect(state.window.cells[0]?.[0]?.display).toBe('Objective');
  });
});

describe('malformed input answers 400 with a message', () => {
  it.each([
    ['not A1', 'hello', /not a cell/],
    ['row 0', 'B0', /not a cell/],
    ['four letters', 'ABCD1', /not a cell/],
    ['a range', 'A1:B2', /is a range/],
    ['a whole column', 'A:A', /not a cell/],
    ['past the workbook’s 10 million cells', 'A10000001', /above the limit of 10000000 cells/],
    ['empty', '', /not a cell/],
  ])('a cell that is %s (%s)', async (_case, a1, message) => {
    const answer = await post('/api/cell', { sheet: OKR_SHEET, a1, input: '1' });
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatch(message);
  });

  it.each([
    ['not JSON', '{"sheet": ', /not JSON/],
    ['an array', '[1, 2]', /"sheet" must be a string/],
    ['a number for the sheet', { sheet: 3, a1: 'A1', input: '1' }, /"sheet" must be a string/],
    ['no input', { sheet: OKR_SHEET, a1: 'A1' }, /"input" must be a string/],
    ['a number as input', { sheet: OKR_SHEET, a1: 'A1', input: 1 }, /"input" must be a string/],
    ['a view that is not one', { sheet: OKR_SHEET, a1: 'A1', input: '1', view: 3 }, /"view"/],
    [
      'a window of text',
      { sheet: OKR_SHEET, a1: 'A1', input: '1', view: { window: { ...VIEW.window, row: 'a' } } },
      /view\.window\.row/,
    ],
    [
      'a window too tall',
      { sheet: OKR_SHEET, a1: 'A1', input: '1', view: { window: { ...VIEW.window, rows: 501 } } },
      /"rows" must be from 1 to 500/,
    ],
  ])('a body that is %s', async (_case, body, message) => {
    const answer = await post('/api/cell', body);
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatch(message);
  });

  it.each([
    ['row=-1&column=0&rows=10&columns=10', /"row" must be a whole number/],
    ['row=0&column=0&rows=0&columns=10', /"rows" must be from 1 to 500/],
    ['row=0&column=0&rows=10&columns=101', /"columns" must be from 1 to 100/],
    ['row=1.5&column=0&rows=10&columns=10', /"row" must be a whole number/],
    ['row=0&rows=10', /needs "column"/],
    ['row=5000&column=0&rows=10&columns=10', /outside the sheet/],
    ['row=0&column=9999&rows=10&columns=10', /outside the sheet/],
    ['row=0&column=0&rows=10&columns=10&noticesAfter=x', /"noticesAfter"/],
  ])('a window %s', async (query, message) => {
    const answer = await send('GET', `/api/state?${query}`);
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatch(message);
  });

  it('a bad % escape in a server function name', async () => {
    const answer = await post('/api/run/%E0%A4%A', []);
    expect(answer.status).toBe(400);
    expect(messageOf(answer)).toMatch(/not a valid URL-encoded/);
  });

  it('a bad % escape in any other path is just not found', async () => {
    expect((await send('GET', '/%zz')).status).toBe(404);
  });

  it('server function arguments that are not JSON, or not an array', async () => {
    for (const body of ['[1,', '{"a": 1}']) {
      const answer = await post('/api/run/OKRSCORE', body);
      expect(answer.status).toBe(400);
      expect(answer.json()).toMatchObject({ ok: false, error: { message: expect.any(String) } });
    }
  });

  it('an unknown sheet is not found, and a form post unsupported', async () => {
    expect((await post('/api/cell', { sheet: 'Nope', a1: 'A1', input: '1' })).status).toBe(404);
    const form = await send('POST', '/api/cell', {
      body: 'sheet=OKRs',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
  });
});

describe('no route answers 500 to malformed input', () => {
  const routes = ['cell', 'clear', 'insert', 'delete', 'undo', 'sheet', 'reset', 'menu', 'run/X'];
  const bodies = [
    '{',
    '[]',
    '{}',
    'null',
    '"text"',
    '1',
    { sheet: 1 },
    { sheet: '__proto__', a1: 'A1', input: 'x', range: 'A1' },
    { sheet: OKR_SHEET, a1: 'ZZZZ1', input: 'x', range: 'A1:ZZZZ9' },
    { sheet: OKR_SHEET, range: 'A1:ZZZ10000000' },
    { sheet: OKR_SHEET, axis: 'rows', index: -1, count: 1, inheritFrom: 0 },
    { sheet: OKR_SHEET, axis: 'columns', index: 0, count: 1e9, inheritFrom: 0 },
    { sheet: OKR_SHEET, axis: 'rows', index: 5000, count: 1, inheritFrom: 0 },
    { sheet: OKR_SHEET, axis: 'diagonal', index: 0, count: 1, inheritFrom: 0 },
    { sheet: OKR_SHEET, axis: 'rows', index: 1.5, count: 1, inheritFrom: 0 },
    { functionName: 5 },
    { view: { window: { row: 0, column: 0, rows: 1, columns: 1 }, noticesAfter: -1 } },
  ];
  it.each(routes)(
    'POST /api/%s',
    async (route) => {
      for (const body of bodies) {
        const answer = await post(`/api/${route}`, body);
        expect(answer.status, `${route} ${JSON.stringify(body)}: ${answer.body}`).toBeLessThan(500);
        if (answer.status >= 400) expect(answer.body).toMatch(/"message"/);
      }
      await post('/api/reset', {});
    },
    TIMEOUT,
  );
});

describe('a cell holds at most 50,000 characters, as in Sheets', () => {
  it('refuses 50,001 with Sheets’ message, and takes 50,000', async () => {
    const tooLong = await post('/api/cell', {
      sheet: OKR_SHEET,
      a1: 'B20',
      input: 'x'.repeat(50_001),
    });
    expect(tooLong.status).toBe(400);
    expect(messageOf(tooLong)).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    // Characters, not UTF-16 units: 50,000 emoji are 100,000 units and one cell's worth.
    for (const input of ['x'.repeat(50_000), '😀'.repeat(50_000)]) {
      const taken = await post('/api/cell', { sheet: OKR_SHEET, a1: 'B20', input, view: VIEW });
      expect(taken.status).toBe(200);
    }
    await post('/api/reset', {});
  });
});

describe('answers carry the window asked for, whatever the sheet', () => {
  it('refuses ZZZ40000, which would make the workbook 731 million cells, as Sheets does', async () => {
    const refused = await post('/api/cell', {
      sheet: OKR_SHEET,
      a1: 'ZZZ40000',
      input: 'far',
      view: VIEW,
    });
    expect(refused.status).toBe(400);
    expect(messageOf(refused)).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    const state = (await send('GET', '/api/state')).json() as PreviewState;
    expect([state.rowCount, state.columnCount]).toEqual([1000, 26]);
  });

  it.each([
    ['ZZ1000', 1000, 702, 701],
    ['J40000', 40_000, 26, 9],
  ])(
    'after writing %s',
    async (a1, rows, columns, column) => {
      const written = await post('/api/cell', { sheet: OKR_SHEET, a1, input: 'far', view: VIEW });
      expect(written.status).toBe(200);
      const state = written.json() as PreviewState;
      expect([state.rowCount, state.columnCount]).toEqual([rows, columns]);
      // The frozen header row and the window's 40 rows, 20 columns each.
      expect(state.window.rows).toHaveLength(40);
      expect(state.window.cells.every((line) => line.length === 20)).toBe(true);
      expect(written.body.length).toBeLessThan(512 * 1024);

      // The far corner, as the page asks for it once scrolled there.
      const corner = await send(
        'GET',
        `/api/state?row=${rows - 10}&column=${column - 4}&rows=10&columns=5`,
      );
      expect(corner.status).toBe(200);
      const far = corner.json() as PreviewState;
      expect(far.window.rows).toEqual([0, ...Array.from({ length: 10 }, (_, i) => rows - 10 + i)]);
      expect(far.window.cells.at(-1)?.at(-1)).toMatchObject({ a1, display: 'far' });
      // A window asked past the edge is cut there.
      const past = (
        await post('/api/sheet', {
          sheet: OKR_SHEET,
          view: { window: { row: rows - 2, column: columns - 2, rows: 50, columns: 50 } },
        })
      ).json() as PreviewState;
      expect(past.window.rows).toEqual([0, rows - 2, rows - 1]);
      expect(past.window.columns).toEqual([columns - 2, columns - 1]);

      const reset = (await post('/api/reset', { view: VIEW })).json() as PreviewState;
      expect([reset.rowCount, reset.columnCount]).toEqual([1000, 26]);
    },
    TIMEOUT,
  );

  it(
    'keeps the server’s heap bounded after a write to ZZ40000 is refused and one to J40000 taken',
    async () => {
      const before = process.memoryUsage().heapUsed;
      const wide = await post('/api/cell', { sheet: OKR_SHEET, a1: 'ZZ40000', input: 'far' });
      expect(wide.status).toBe(400);
      await post('/api/cell', { sheet: OKR_SHEET, a1: 'J40000', input: 'far', view: VIEW });
      for (let run = 0; run < 5; run++) await send('GET', '/api/state');
      // Every answer is a window: the sheet's 40,000 rows cost only what the engine holds.
      expect(process.memoryUsage().heapUsed - before).toBeLessThan(400 * 1024 * 1024);
      await post('/api/reset', {});
    },
    TIMEOUT,
  );

  it('sends the notices after the one the page has, and the last one’s id', async () => {
    const state = (await send('GET', '/api/state')).json() as PreviewState;
    expect(state.notices).toEqual([]);
    expect(state.lastNoticeId).toBeGreaterThanOrEqual(0);
  });
});
