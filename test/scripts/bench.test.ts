import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inFreshProcess } from '../../scripts/bench/fresh-process';
import { measurePair, median, spread } from '../../scripts/bench/measure';
import { formatSpread } from '../../scripts/bench/table';
import { generateWorkload } from '../../scripts/bench/workload';

describe('figures over several processes', () => {
  it('are the median with the lowest and highest', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
    expect(formatSpread(spread([1.2, 1.4, 1.3]), (ratio) => `${ratio.toFixed(2)}x`)).toBe(
      '1.30x (1.20x-1.40x)',
    );
  });
});

describe('measurePair', () => {
  it('alternates which task is timed first, from the one asked for', () => {
    const order: string[] = [];
    const task = (name: string) => () => {
      order.push(name);
      return name;
    };
    measurePair(task('a'), task('b'), { warmups: 0, runs: 4, secondFirst: true });
    expect(order).toEqual(['b', 'a', 'a', 'b', 'b', 'a', 'a', 'b']);
  });
});

describe('the workload', () => {
  it('is the same for a seed, part by part, whichever part is read first', () => {
    const first = generateWorkload(200);
    const second = generateWorkload(200);
    expect(second.kpis).toEqual(first.kpis);
    expect(second.keyResults).toEqual(first.keyResults);
    expect(generateWorkload(200, 7).keyResults).not.toEqual(first.keyResults);
  });

  it('keeps every row of a column as a plain number beside its cells', () => {
    const { current } = generateWorkload(2_000).keyResults;
    expect(current.numbers.every(([figure]) => Number.isFinite(figure))).toBe(true);
    const kinds = new Set(current.cells.map(([cell]) => (cell === '' ? 'blank' : typeof cell)));
    expect(kinds).toEqual(new Set(['number', 'string', 'blank']));
    current.cells.forEach(([cell], row) => {
      if (typeof cell === 'number') expect(cell).toBe(current.numbers[row]?.[0]);
    });
  });
});

describe('a fresh process', () => {
  it("runs a module's inChild in another process and hands back what it returned", () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
    const module = path.join(folder, 'echo.ts');
    writeFileSync(
      module,
      'export const inChild = (word: string) => ({ word, pid: process.pid, gc: typeof gc });\n',
    );
    const answer = inFreshProcess<{ word: string; pid: number; gc: string }>(
      pathToFileURL(module).href,
      ['hello'],
    );
    expect(answer).toEqual({ word: 'hello', pid: expect.any(Number), gc: 'function' });
    expect(answer.pid).not.toBe(process.pid);
  });

  it('times the shipped Code.js against the bare loop of its own compute, same answers', () => {
    const vectoriser = new URL('../../scripts/bench/sections/vectoriser.ts', import.meta.url).href;
    const figures = inFreshProcess<{ coldMs: number; warmMs: number; sameAnswers: boolean }>(
      vectoriser,
      ['OKRSCORE', 'call'],
    );
    expect(figures.sameAnswers).toBe(true);
    expect(figures.coldMs).toBeGreaterThan(0);
    expect(figures.warmMs).toBeGreaterThan(0);
  }, 60_000);
});
