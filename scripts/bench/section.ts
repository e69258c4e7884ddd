/**
 * A section of `npm run bench`: one question about speed, answered as a table. To add one, write
 * a `Section` and append it to `SECTIONS` in scripts/bench.ts. A section that times the add-on
 * does so in fresh processes (fresh-process.ts: export `inChild` from the section's module) that
 * load the shipped dist/Code.js as Apps Script does (code-js.ts), on the shared workload
 * (workload.ts), so its figures compare with the others'.
 */
import type { Table } from './table';
import type { Workload } from './workload';

export interface SectionReport extends Table {
  /** What the reader needs to read the figures right: what was left out, what a goal means. */
  notes?: string[];
}

export interface Section {
  title: string;
  /** The workload is lazy: a section that measures in child processes need not read it. */
  run: (workload: Workload) => SectionReport | Promise<SectionReport>;
}
