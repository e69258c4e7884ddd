/**
 * How every figure in `npm run bench` is taken, so that all sections are comparable.
 */

export interface TimingOptions {
  /** Untimed runs first, so the figures are of optimised code, not of the first compile. */
  warmups?: number;
  /** Timed runs; the median of them is reported, which shrugs off one run hit by a GC pause. */
  runs?: number;
}

export interface Timing {
  medianMs: number;
  runsMs: number[];
  /** What the last timed run returned, for checking that the work done was the work meant. */
  result: unknown;
}

export const DEFAULT_TIMING: Required<TimingOptions> = { warmups: 3, runs: 9 };

/**
 * Times `task` (CPU time, see `cpuMs`): `warmups` untimed runs, then the median of `runs`.
 * The task must return what it computed: a result nobody looks at is one the JIT may drop.
 */
export function measure(task: () => unknown, options: TimingOptions = {}): Timing {
  const { warmups, runs } = { ...DEFAULT_TIMING, ...options };
  if (runs < 1) throw new Error(`measure needs at least one timed run, got ${runs}`);
  for (let run = 0; run < warmups; run++) mustReturn(task());
  const runsMs: number[] = [];
  let result: unknown;
  for (let run = 0; run < runs; run++) {
    const [ms, value] = timeOnce(task);
    runsMs.push(ms);
    result = value;
  }
  return { medianMs: median(runsMs), runsMs, result };
}

export interface PairTiming {
  first: Timing;
  second: Timing;
  /** The median over runs of first / second, each pair timed back to back in the same heap. */
  medianRatio: number;
}

/**
 * Times two tasks pair by pair and reports the median of the per-pair ratios. On a small shared
 * machine a run's time swings with the heap and the neighbours; two runs taken back to back
 * swing together, so their ratio is far steadier than either time. Which task goes first
 * alternates from pair to pair (starting with `second` when `secondFirst`), so neither is
 * always the one that runs right after a collection or right after the other.
 */
export function measurePair(
  first: () => unknown,
  second: () => unknown,
  options: TimingOptions & { secondFirst?: boolean } = {},
): PairTiming {
  const { warmups, runs } = { ...DEFAULT_TIMING, ...options };
  const offset = options.secondFirst ? 1 : 0;
  for (let run = 0; run < warmups; run++) {
    mustReturn(first());
    mustReturn(second());
  }
  const firstMs: number[] = [];
  const secondMs: number[] = [];
  const ratios: number[] = [];
  let firstResult: unknown;
  let secondResult: unknown;
  for (let run = 0; run < runs; run++) {
    let a: [number, unknown];
    let b: [number, unknown];
    if ((run + offset) % 2 === 0) {
      a = timeOnce(first);
      b = timeOnce(second);
    } else {
      b = timeOnce(second);
      a = timeOnce(first);
    }
    firstMs.push(a[0]);
    secondMs.push(b[0]);
    ratios.push(a[0] / b[0]);
    firstResult = a[1];
    secondResult = b[1];
  }
  return {
    first: { medianMs: median(firstMs), runsMs: firstMs, result: firstResult },
    second: { medianMs: median(secondMs), runsMs: secondMs, result: secondResult },
    medianRatio: median(ratios),
  };
}

/**
 * One timed run. The heap is collected just before the clock starts (npm run bench passes
 * --expose-gc), so a collection of earlier garbage is not billed to this run.
 */
export function timeOnce(task: () => unknown): [number, unknown] {
  collectGarbage();
  const start = cpuMs();
  const result = task();
  const elapsed = cpuMs() - start;
  mustReturn(result);
  return [elapsed, result];
}

/**
 * The clock: CPU time of this process in ms (user and system, all its threads, so a collector's
 * or compiler's helper thread counts), not wall-clock time. On a shared machine a process waits
 * for a core whenever another has it, and wall-clock figures then swing several times from one
 * process to the next; the work done swings far less.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const collectGarbage: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    /* without --expose-gc, runs simply share the heap */
  });

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle];
  if (upper === undefined) throw new Error('the median of no values is undefined');
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** A figure over several processes: the median, and the lowest and highest seen. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

function mustReturn(result: unknown): void {
  if (result === undefined) {
    throw new Error('a benchmark task returned nothing: return what it computed');
  }
}
