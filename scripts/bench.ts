/**
 * `npm run bench`: how fast the custom functions are, measured in one run on one generated data
 * set (fixed seed), printed as plain-text tables. Each section answers one question; to add
 * one, write a `Section` (scripts/bench/section.ts) and append it to `SECTIONS`.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TIMING } from './bench/measure';
import type { Section } from './bench/section';
import { columnCalls } from './bench/sections/column-calls';
import { engineRecalc } from './bench/sections/engine-recalc';
import { perRowCalls } from './bench/sections/per-row-calls';
import { statementThroughput } from './bench/sections/statement-throughput';
import { formatCount, formatTable, wrap } from './bench/table';
import { generateWorkload, ROWS, SEED } from './bench/workload';

export { measure, median, type Timing, type TimingOptions } from './bench/measure';
export type { Section, SectionReport } from './bench/section';

const NOTE_WIDTH = 96;

export const SECTIONS: readonly Section[] = [
  columnCalls,
  perRowCalls,
  statementThroughput,
  engineRecalc,
];

export async function runBenchmark(sections: readonly Section[] = SECTIONS): Promise<void> {
  const started = performance.now();
  printHeader(ROWS);
  const workload = generateWorkload(ROWS);
  for (const [index, section] of sections.entries()) {
    // The title goes out before the section runs, so a slow section shows what it is doing.
    console.log(`\n${index + 1}. ${section.title}\n`);
    const report = await section.run(workload);
    console.log(formatTable(report));
    const notes = (report.notes ?? []).map((note) => indent(wrap(note, NOTE_WIDTH)));
    if (notes.length > 0) console.log(['', ...notes].join('\n'));
  }
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function indent(lines: string[]): string {
  return lines.map((line, index) => `${index === 0 ? ' - ' : '   '}${line}`).join('\n');
}

function printHeader(rows: number): void {
  const cpus = os.cpus();
  console.log('OKR & KPI add-on: benchmark');
  console.log(`Node ${process.version} on ${process.platform} ${process.arch}`);
  console.log(`CPU  ${cpus.length} x ${cpus[0]?.model.trim() ?? 'unknown'}`);
  console.log(`Date ${new Date().toISOString()}`);
  console.log(
    `Data ${formatCount(rows)} rows per column, generated from seed ${SEED}, the same for every section`,
  );
  console.log(
    `Time median of ${DEFAULT_TIMING.runs} timed runs after ${DEFAULT_TIMING.warmups} untimed ` +
      'warm-ups (performance.now())',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runBenchmark();
}
