/**
 * Section: how far the one vectoriser (reading cells, broadcasting, per-cell messages) sits
 * above a bare loop calling the same implementation, for the three numeric functions, over the
 * same 100,000 rows of plain numbers. Each figure is taken in fresh processes that load the
 * shipped dist/Code.js, as each Apps Script execution does.
 */
import type { CellOutput, CellValue } from '../../../src/functions/cells';
import { declared, loadCodeJs, topLevel } from '../code-js';
import { inFreshProcess, PROCESSES } from '../fresh-process';
import { measure, spread, timeOnce } from '../measure';
import type { Section } from '../section';
import { formatCount, formatGoalRatio, formatMs, formatSpread } from '../table';
import { generateWorkload, ROWS, type Workload } from '../workload';

/** A column call may cost at most this many times the bare loop over the same numbers. */
export const VECTORISER_GOAL = 1.5;

const CASES = ['OKRSCORE', 'KPIBAND', 'OKRROLLUP'] as const;
type CaseName = (typeof CASES)[number];

type Compute = (...readings: unknown[]) => unknown;
type ComputeAll = (rows: unknown[][]) => unknown[];

interface PairCase {
  call: () => CellOutput;
  /** The declaration's own compute, called per row over the same arrays: see the notes. */
  bare: () => unknown[][];
}

/** The arguments: the workload's figures as plain numbers, the same arrays for both. */
function inputs(name: CaseName, workload: Workload): CellValue[][][] {
  if (name === 'OKRSCORE') {
    const { current, baseline, target } = workload.keyResults;
    return [current.numbers, baseline.numbers, target.numbers];
  }
  if (name === 'KPIBAND') {
    const { value, low, high } = workload.kpis;
    return [value.numbers, low.numbers, high.numbers];
  }
  const { objectives, scores, weights } = workload.rollUp;
  return [objectives, scores.numbers, weights.numbers];
}

// The bare loops read rows within their length, so `as` only tells the type checker what
// `noUncheckedIndexedAccess` cannot know; a `??` would add work to the loop.
type Rows = CellValue[][];
const at = (rows: Rows, row: number) => (rows[row] as CellValue[])[0];

function pairCase(name: CaseName, [a, b, c]: Rows[]): PairCase {
  const call = topLevel(name);
  const { declaration } = declared(name);
  const first = a as Rows;
  const second = b as Rows;
  const third = c as Rows;
  const rows = first.length;
  if (name === 'OKRROLLUP') {
    const computeAll = declaration.computeAll as unknown as ComputeAll;
    return {
      call: () => call(first, second, third),
      bare: () => {
        const readings: unknown[][] = new Array(rows);
        for (let row = 0; row < rows; row++) {
          readings[row] = [at(first, row), at(second, row), at(third, row)];
        }
        const results = computeAll(readings);
        const answers: unknown[][] = new Array(rows);
        for (let row = 0; row < rows; row++) answers[row] = [results[row]];
        return answers;
      },
    };
  }
  const compute = declaration.compute as unknown as Compute;
  // KPIBAND's watch, left out, reads as null: the bare loop passes what the vectoriser passes.
  const fourth = name === 'KPIBAND' ? null : undefined;
  return {
    call: () => call(first, second, third),
    bare: () => {
      const answers: unknown[][] = new Array(rows);
      for (let row = 0; row < rows; row++) {
        answers[row] = [compute(at(first, row), at(second, row), at(third, row), fourth)];
      }
      return answers;
    },
  };
}

type Side = 'call' | 'bare';

interface SideFigures {
  /** The first run in the process: what each Apps Script execution pays. */
  coldMs: number;
  warmMs: number;
  /** Checked in the call's process only, after its timing: null in the bare loop's. */
  sameAnswers: boolean | null;
}

/**
 * One process, one side: makes the data, loads Code.js, times the first run cold, then warm
 * runs. The call and the bare loop never share a process: they run the same implementation,
 * and V8's choices for one (what to inline, which allocations to make straight in the old
 * generation) would change the other's figure by up to 3x, for whichever ran second.
 */
export function inChild(name: string, side: string): SideFigures {
  const caseName = CASES.find((each) => each === name);
  if (!caseName) throw new Error(`no vectoriser case ${name}`);
  const args = inputs(caseName, generateWorkload());
  loadCodeJs();
  const { call, bare } = pairCase(caseName, args);
  const [coldMs] = timeOnce(side === 'call' ? call : bare);
  const warm = measure(side === 'call' ? call : bare);
  return {
    coldMs,
    warmMs: warm.medianMs,
    // After the timing, so the bare loop's run cannot change the call's figures.
    sameAnswers: side === 'call' ? sameAnswers(warm.result as CellOutput, bare()) : null,
  };
}

/**
 * Rounds of two fresh processes back to back, one per side, in alternating order: the ratio of
 * a round is of two figures taken a few seconds apart, on a machine as busy for both.
 */
function measureCase(name: CaseName): { call: SideFigures; bare: SideFigures }[] {
  return Array.from({ length: PROCESSES }, (_, round) => {
    const order: Side[] = round % 2 === 0 ? ['call', 'bare'] : ['bare', 'call'];
    const [first, second] = order.map((side) =>
      inFreshProcess<SideFigures>(import.meta.url, [name, side]),
    ) as [SideFigures, SideFigures];
    return order[0] === 'call' ? { call: first, bare: second } : { call: second, bare: first };
  });
}

/** The call shows what the implementation returned, or its message. */
function sameAnswers(answers: CellOutput, bare: unknown[][]): boolean {
  if (!Array.isArray(answers) || answers.length !== bare.length) return false;
  return answers.every((line, row) => {
    const expected = bare[row]?.[0];
    const shown =
      typeof expected === 'object' && expected !== null && 'message' in expected
        ? expected.message
        : expected;
    return line[0] === shown;
  });
}

export const vectoriserOverhead: Section = {
  title:
    `The vectoriser vs a bare loop of the same implementation, ${formatCount(ROWS)} rows of ` +
    'plain numbers (dist/Code.js, fresh processes)',
  run() {
    const rows = CASES.map((name) => {
      const rounds = measureCase(name);
      const figure = (pick: (round: { call: SideFigures; bare: SideFigures }) => number) =>
        spread(rounds.map(pick));
      const ratio = figure(({ call, bare }) => call.warmMs / bare.warmMs);
      return [
        name,
        formatSpread(
          figure(({ call }) => call.warmMs),
          formatMs,
        ),
        formatSpread(
          figure(({ bare }) => bare.warmMs),
          formatMs,
        ),
        formatSpread(ratio, formatGoalRatio),
        ratio.median <= VECTORISER_GOAL ? 'yes' : 'NO',
        formatSpread(
          figure(({ call }) => call.coldMs),
          formatMs,
        ),
        formatSpread(
          figure(({ bare }) => bare.coldMs),
          formatMs,
        ),
        formatSpread(
          figure(({ call, bare }) => call.coldMs / bare.coldMs),
          formatGoalRatio,
        ),
        rounds.every(({ call }) => call.sameAnswers) ? 'yes' : 'NO',
      ];
    });
    return {
      columns: [
        { header: 'function' },
        { header: 'warm call ms', align: 'right' },
        { header: 'bare loop ms', align: 'right' },
        { header: `call / bare (goal ${VECTORISER_GOAL}x)`, align: 'right' },
        { header: 'met' },
        { header: 'cold call ms', align: 'right' },
        { header: 'cold bare ms', align: 'right' },
        { header: 'cold call / bare', align: 'right' },
        { header: 'same answers' },
      ],
      rows,
      notes: [
        `Each figure: the median over ${PROCESSES} rounds, with the lowest and highest in ` +
          'brackets. A round is two fresh processes back to back, one timing the call and one ' +
          'the bare loop, in alternating order; a ratio is of one round. Each process generates ' +
          'the data, loads dist/Code.js with vm.runInThisContext (the global realm, as Apps ' +
          'Script runs it), times its side once cold, then warm.',
        'Both sides get the same arrays: every row a plain number (the workload figures with ' +
          'no blank or text cell); OKRROLLUP also gets a column of about 3,000 objective names.',
        "Bare loop: the declaration's own implementation, taken from Code.js, called per row " +
          'and each answer written into a row of a result array: OKRSCORE keyResultScore, ' +
          'KPIBAND its compute (bandStatus over { low, high }, watch null), OKRROLLUP its ' +
          'computeAll (rollUpByObjective) over rows of [objective, score, weight]. What the ' +
          'vectoriser adds is reading cells, shapes and broadcasting, and messages.',
        'Cold: the first run in a fresh process after loading Code.js, what each Apps Script ' +
          'execution pays. Warm: the median of 9 runs after 3 untimed ones, each run after a ' +
          'forced collection.',
        'The two sides never share a process: run one after the other in one process, ' +
          'whichever ran second came out up to 3x slower (V8 tunes the shared implementation ' +
          'and the allocation of the result rows for the first).',
      ],
    };
  },
};
