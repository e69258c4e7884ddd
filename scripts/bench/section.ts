/**
 * A section of `npm run bench`: one question about speed, answered as a table. To add one, write
 * a `Section` and append it to `SECTIONS` in scripts/bench.ts; it gets the same workload as the
 * others, so its figures compare with theirs.
 */
import type { Table } from './table';
import type { Workload } from './workload';

export interface SectionReport extends Table {
  /** What the reader needs to read the figures right: what was left out, what a goal means. */
  notes?: string[];
}

export interface Section {
  title: string;
  run: (workload: Workload) => SectionReport | Promise<SectionReport>;
}
