/**
 * The grid's editing endpoints: Delete clears a range in one request and one engine write,
 * the right-click menu inserts and deletes rows and columns, Ctrl+Z undoes the last change made
 * in the grid (never the add-on's), and malformed requests answer 400 with what is wrong. Every
 * answer carries the window asked for, never the whole sheet.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OKR_SHEET, sampleWorkbook } from '../../dev/engine/sample';
import type { PreviewState, UndoState, ViewRequest } from '../../dev/preview/contract';
import { type Preview, startPreview } from '../../dev/preview/server';
import { PreviewSession } from '../../dev/preview/session';

const TIMEOUT = 60_000;
const VIEW: ViewRequest = {
  window: { row: 0, column: 0, rows: 20, columns: 12 },
  noticesAfter: null,
};

let preview: Preview;

beforeAll(async () => {
  preview = await startPreview({ port: 0 });
}, TIMEOUT);

afterAll(async () => {
  await preview?.close();
});

afterEach(async () => {
  await post('/api/reset', { view: VIEW });
});

async function post(path: string, body: object): Promise<{ status: number; json: unknown }> {
  const response = await fetch(new URL(path, preview.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

async function state(path: string, body: object): Promise<PreviewState> {
  const answer = await post(path, { sheet: OKR_SHEET, ...body, view: VIEW });
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.json as PreviewState;
}

/** A cell's text in an answer's window, by A1. */
function text(answer: PreviewState, a1: string): string | undefined {
  return answer.window.cells.flat().find((cell) => cell.a1 === a1)?.display;
}

function column(answer: PreviewState, row: number): string[] {
  const index = answer.window.rows.indexOf(row - 1);
  return (answer.window.cells[index] ?? []).map((cell) => cell.display);
}

describe('Delete clears a range', () => {
  it('in one request: the cells are empty and the score that reads them changes', async () => {
    const before = await state('/api/clear', { range: 'Z1' });
    expect(text(before, 'G2')).toBe('29%');
    const scoreBefore = text(before, 'H2');
    const cleared = await state('/api/clear', { range: 'G2:G4' });
    expect(['G2', 'G3', 'G4'].map((a1) => text(cleared, a1))).toEqual(['', '', '']);
    expect(text(cleared, 'H2')).not.toBe(scoreBefore);
    // The formats stay, as Delete leaves them in Sheets: typing 40 shows 4000%.
    expect(text(await state('/api/cell', { a1: 'G2', input: '0.4' }), 'G2')).toBe('40%');
    // The answer is the window asked for (and the frozen header row), not the sheet.
    expect(cleared.window.rows).toHaveLength(20);
    expect(cleared.window.columns).toHaveLength(12);
  });

  it('a whole column ("G:G") and whole rows ("3:4")', async () => {
    const columnCleared = await state('/api/clear', { range: 'G:G' });
    expect(text(columnCleared, 'G1')).toBe('');
    expect(text(columnCleared, 'G12')).toBe('');
    const rowsCleared = await state('/api/clear', { range: '3:4' });
    expect(column(rowsCleared, 3).every((cell) => cell === '')).toBe(true);
    expect(text(rowsCleared, 'A5')).toBe('Grow pipeline from inbound marketing');
  });

  it('writes the engine once, however many cells', () => {
    const workbook = sampleWorkbook();
    const session = new PreviewSession(workbook, 'sample');
    const writes = vi.spyOn(workbook, 'setContents');
    session.clear(OKR_SHEET, 'A2:L12');
    expect(writes).toHaveBeenCalledTimes(1);
    expect(workbook.display(OKR_SHEET, 5, 2)).toBe('');
  });

  it.each([
    [{ range: 'G2:' }, '"G2:" is not a range'],
    [{ range: 'nonsense' }, '"nonsense" is not a range'],
    [{ range: 'A1:B2:C3' }, '"A1:B2:C3" is not a range'],
    [{ range: 'A1:AA3' }, '"A1:AA3" reaches past the sheet, which has 1000 rows and 26 columns'],
    [{ range: 'A999:A1001' }, 'reaches past the sheet'],
    [{ range: 5 }, '"range" must be a string'],
    [{}, '"range" must be a string'],
  ])('refuses %j with a 400', async (fields, message) => {
    const answer = await post('/api/clear', { sheet: OKR_SHEET, ...fields, view: VIEW });
    expect(answer.status).toBe(400);
    expect((answer.json as { error: { message: string } }).error.message).toContain(message);
  });

  it('refuses an unknown sheet with a 404', async () => {
    const answer = await post('/api/clear', { sheet: 'Nope', range: 'A1', view: VIEW });
    expect(answer.status).toBe(404);
  });
});

describe('inserting and deleting rows and columns', () => {
  it('a column inserted left of Baseline moves the data right; formulas still compute', async () => {
    const before = await state('/api/clear', { range: 'Z1' });
    const inserted = await state('/api/insert', {
      axis: 'columns',
      index: 4,
      count: 1,
      inheritFrom: 4,
    });
    expect(column(inserted, 1).slice(3, 10)).toEqual([
      'KR owner',
      '',
      'Baseline',
      'Target',
      'Current',
      'Score',
      'Objective score',
    ]);
    // The score moved from H to I and still reads its own inputs.
    expect(text(inserted, 'I2')).toBe(text(before, 'H2'));
    expect(inserted.columnCount).toBe(27);
    const deleted = await state('/api/delete', { axis: 'columns', index: 4, count: 1 });
    expect(column(deleted, 1)).toEqual(column(before, 1));
    expect(text(deleted, 'H2')).toBe(text(before, 'H2'));
  });

  it('rows: inserted above take no data, and deleting them puts the sheet back', async () => {
    const inserted = await state('/api/insert', {
      axis: 'rows',
      index: 1,
      count: 2,
      inheritFrom: 1,
    });
    expect(column(inserted, 2).every((cell) => cell === '')).toBe(true);
    expect(text(inserted, 'A4')).toBe('Grow pipeline from inbound marketing');
    const deleted = await state('/api/delete', { axis: 'rows', index: 1, count: 2 });
    expect(text(deleted, 'A2')).toBe('Grow pipeline from inbound marketing');
    expect(deleted.rowCount).toBe(1000);
  });

  it.each([
    ['/api/insert', { axis: 'diagonal', index: 1, count: 1, inheritFrom: 1 }, '"axis" must be'],
    ['/api/insert', { axis: 'rows', index: -1, count: 1, inheritFrom: 0 }, '"index" for rows'],
    ['/api/insert', { axis: 'rows', index: 1, count: 0, inheritFrom: 0 }, '"count"'],
    ['/api/insert', { axis: 'rows', index: 1, count: 1.5, inheritFrom: 0 }, '"count"'],
    ['/api/insert', { axis: 'columns', index: 1, count: 1 }, '"inheritFrom"'],
    ['/api/delete', { axis: 'columns', index: 26, count: 1 }, '"index" for columns'],
    ['/api/delete', { axis: 'columns', index: 20, count: 7 }, '"count"'],
    ['/api/delete', { axis: 'rows', index: 0, count: 1000 }, "can't delete all the rows"],
  ])('%s %j: 400', async (path, fields, message) => {
    const answer = await post(path, { sheet: OKR_SHEET, ...fields, view: VIEW });
    expect(answer.status).toBe(400);
    expect((answer.json as { error: { message: string } }).error.message).toContain(message);
  });
});

describe('Ctrl+Z', () => {
  async function undo(): Promise<UndoState> {
    const answer = await post('/api/undo', { view: VIEW });
    expect(answer.status).toBe(200);
    return answer.json as UndoState;
  }

  it('with nothing to undo changes nothing', async () => {
    const before = await state('/api/clear', { range: 'Z1' });
    const undone = await undo();
    expect(undone.undone).toBe(false);
    expect(undone.window).toEqual(before.window);
  });

  it('undoes a clear, then a typed cell, last first', async () => {
    const before = await state('/api/clear', { range: 'Z1' });
    await state('/api/cell', { a1: 'G3', input: '9.5%' });
    const cleared = await state('/api/clear', { range: 'G2:G4' });
    expect(text(cleared, 'G3')).toBe('');
    const first = await undo();
    expect(first.undone).toBe(true);
    expect(text(first, 'G3')).toBe('9.5%');
    expect(text(first, 'G2')).toBe('29%');
    const second = await undo();
    expect(second.window).toEqual(before.window);
    expect((await undo()).undone).toBe(false);
  });

  it('undoes a deleted column: its cells, its width and what moved come back', async () => {
    const before = await state('/api/clear', { range: 'Z1' });
    const deleted = await state('/api/delete', { axis: 'columns', index: 3, count: 1 });
    expect(text(deleted, 'D1')).toBe('Baseline');
    const undone = await undo();
    expect(undone.undone).toBe(true);
    expect(undone.window).toEqual(before.window);
    expect(undone.columnWidths).toEqual(before.columnWidths);
  });

  it("never undoes the add-on's changes: a menu item forgets the history", async () => {
    await state('/api/clear', { range: 'G2' });
    const ran = await post('/api/menu', { functionName: 'menuRefreshFormatting', view: VIEW });
    expect(ran.status).toBe(200);
    expect((await undo()).undone).toBe(false);
  });

  it('forgets the history on Reset', async () => {
    await state('/api/clear', { range: 'G2' });
    await post('/api/reset', { view: VIEW });
    expect((await undo()).undone).toBe(false);
  });
});
