/**
 * `npm run bench`: how fast the custom functions are, measured in one run on one generated data
 * set (fixed seed), printed as plain-text tables. It builds dist/Code.js first, and every
 * figure of the add-on comes from that shipped file, loaded in a fresh process as Apps Script
 * loads it (scripts/bench/code-js.ts). Each section answers one question; to add one, write a
 * `Section` (scripts/bench/section.ts) and append it to `SECTIONS`.
 *
 * `npm run bench -- vectoriser` runs only the sections whose title contains the word.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_JS } from './bench/code-js';
import { PROCESSES } from './bench/fresh-process';
import type { Section } from './bench/section';
import { columnCalls } from './bench/sections/column-calls';
import { engineRecalc } from './bench/sections/engine-recalc';
import { perRowCalls } from './bench/sections/per-row-calls';
import { previewInChromium } from './bench/sections/preview-chromium';
import { vectoriserOverhead } from './bench/sections/vectoriser';
import { formatCount, formatTable, wrap } from './bench/table';
import { generateWorkload, ROWS, SEED } from './bench/workload';
import { build, kb, ROOT } from './build';

export { measure, median, type Timing, type TimingOptions } from './bench/measure';
export type { Section, SectionReport } from './bench/section';

const NOTE_WIDTH = 96;

export const SECTIONS: readonly Section[] = [
  vectoriserOverhead,
  columnCalls,
  perRowCalls,
  engineRecalc,
  previewInChromium,
];

export async function runBenchmark(
  sections: readonly Section[] = SECTIONS,
  only: string[] = [],
): Promise<void> {
  const started = performance.now();
  // Every section measures the file that ships, so it is built from the checkout first.
  await build();
  printHeader();
  const workload = generateWorkload(ROWS);
  const chosen = sections.filter(
    (section) =>
      only.length === 0 ||
      only.some((word) => section.title.toLowerCase().includes(word.toLowerCase())),
  );
  for (const [index, section] of chosen.entries()) {
    // The title goes out before the section runs, so a slow section shows what it is doing.
    console.log(`\n${index + 1}. ${section.title}\n`);
    const report = await section.run(workload);
    console.log(formatTable(report));
    const notes = (report.notes ?? []).map((note) => indent(wrap(note, NOTE_WIDTH)));
    if (notes.length > 0) console.log(['', ...notes].join('\n'));
  }
  const minutes = (performance.now() - started) / 60_000;
  console.log(`\nTotal ${minutes.toFixed(1)} min; load average at the end ${loadAverage()}`);
}

function indent(lines: string[]): string {
  return lines.map((line, index) => `${index === 0 ? ' - ' : '   '}${line}`).join('\n');
}

function printHeader(): void {
  const cpus = os.cpus();
  const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
  console.log('OKR & KPI add-on: benchmark');
  console.log(
    `Machine  ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ` +
      `${gib(os.totalmem())} RAM, ${os.platform()} ${os.arch()}; load average ${loadAverage()}`,
  );
  console.log(`Node     ${process.version} (V8 ${process.versions.v8})`);
  console.log(`Code     dist/Code.js ${kb(statSync(CODE_JS).size)}, built from ${checkout()}`);
  console.log(`Date     ${new Date().toISOString()}`);
  console.log(
    `Data     ${formatCount(ROWS)} rows per column, generated from seed ${SEED}, the same for ` +
      'every section',
  );
  console.log(
    `Method   each figure from ${PROCESSES} fresh Node processes (median, lowest-highest), ` +
      'each loading dist/Code.js with vm.runInThisContext; times are CPU time of the process ' +
      '(process.cpuUsage), each run after a forced collection',
  );
}

/** The 1-, 5- and 15-minute load averages: how busy the machine was besides the bench. */
function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}

/** The commit, and whether files differ from it: README figures come from a clean one. */
function checkout(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const changed = git('status', '--porcelain', '--untracked-files=no')
      .split('\n')
      .filter(Boolean);
    return changed.length === 0
      ? `commit ${commit}, a clean checkout`
      : `commit ${commit} with ${changed.length} changed files`;
  } catch {
    return 'a folder that is not a git checkout';
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await runBenchmark(SECTIONS, process.argv.slice(2));
}
