/**
 * `npx tsx scripts/statement-timing.ts`: how long the statement functions take on the worst
 * cells a user can type. A cell holds up to 50,000 characters; OKRKIND, KRCHECK and OBJCHECK run
 * regular expressions over it, and one that backtracks on its own tokens turns a long cell into
 * seconds. Two tables:
 *
 * 1. Per pattern (src/core/statements/vocabulary.ts): each pattern on inputs of 5,000 and 50,000
 *    characters built by repeating one adversarial token; the worst token's growth. Linear work
 *    grows about 10x; quadratic about 100x.
 * 2. Per function: the worst time for one 50,000-character cell over the same tokens (and
 *    mixes of them), median of several runs. The goal is under 50 ms.
 *
 * `--quick` times fewer runs. The figures are machine-dependent; the property test
 * test/core/statements/linear.test.ts checks the answers on such inputs, never their times.
 */
import { PATTERNS } from '../src/core/statements/vocabulary';
import KRCHECK from '../src/functions/library/krcheck';
import OBJCHECK from '../src/functions/library/objcheck';
import OKRKIND from '../src/functions/library/okrkind';

const MAX_CELL = 50_000;
const RUNS = process.argv.includes('--quick') ? 3 : 7;

/** Tokens the patterns are made of: separators, arrows, digits, spaces, signs, keywords. */
export const ADVERSARIAL_TOKENS = [
  '1→a',
  '1→ a',
  '1 → ',
  '1->',
  '1=>a ',
  '5% -> ',
  'from 1 ',
  'from 1 to a ',
  'from a ',
  'from ',
  'from x',
  'currently ',
  'was 1',
  'to ',
  'to 1',
  'by 1',
  'by ',
  'at least ',
  'reach ',
  '1',
  '1,',
  '1.',
  '1x',
  '11 ',
  '%',
  '1 %',
  '$',
  '.',
  '.!',
  ' ',
  '-',
  '–',
  'a',
  'a ',
  'q1 ',
  'by q1 ',
  'end of the ',
  'fy',
  "fy'2",
  'jan 1, ',
  '#1',
  'kr1:',
  '1. ',
  '\t\n',
  'from 20% to 35% ',
  'reduce churn from 5% to 3% by q3 ',
] as const;

/** `token` repeated to exactly `length` characters (never splitting a surrogate pair). */
export function repeatTo(token: string, length: number): string {
  const text = token.repeat(Math.ceil(length / token.length)).slice(0, length);
  return /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;
}

function timeOnce(task: () => unknown): number {
  const start = performance.now();
  const result = task();
  const ms = performance.now() - start;
  if (result === undefined) throw new Error('the timed task returned nothing');
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeMedian(task: () => unknown, runs = RUNS): number {
  timeOnce(task);
  return median(Array.from({ length: runs }, () => timeOnce(task)));
}

function fixed(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(1);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((r) => r[i]?.length ?? 0)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function applyPattern(pattern: RegExp, text: string): unknown {
  pattern.lastIndex = 0;
  return pattern.global ? text.replace(pattern, ' ').length : pattern.test(text);
}

function patternTable(): string {
  const rows: string[][] = [];
  for (const [name, pattern] of Object.entries(PATTERNS)) {
    if (!(pattern instanceof RegExp)) continue;
    let worst = { token: '', small: 0, large: 0 };
    for (const token of ADVERSARIAL_TOKENS) {
      const small = timeMedian(() => applyPattern(pattern, repeatTo(token, 5_000)), 3);
      const large = timeMedian(() => applyPattern(pattern, repeatTo(token, MAX_CELL)), 3);
      if (large > worst.large) worst = { token, small, large };
    }
    rows.push([
      name,
      JSON.stringify(worst.token),
      fixed(worst.small),
      fixed(worst.large),
      worst.small > 0.05 ? `${(worst.large / worst.small).toFixed(0)}x` : '-',
    ]);
  }
  return table(['pattern', 'slowest token', '5,000 ms', '50,000 ms', 'growth'], rows);
}

/** Single tokens, then mixes: two tokens alternated, and a long run of one character inside. */
function adversarialCells(): string[] {
  const cells = ADVERSARIAL_TOKENS.map((token) => repeatTo(token, MAX_CELL));
  const tokens = [...ADVERSARIAL_TOKENS];
  for (let i = 0; i < tokens.length; i += 3) {
    const a = tokens[i] ?? '';
    const b = tokens[(i * 7 + 5) % tokens.length] ?? '';
    cells.push(repeatTo(a + b, MAX_CELL));
  }
  // A long run of one character, then something else: a pattern anchored at the end ($)
  // rescans the run from each of its characters.
  for (const run of ['.', '!', '1', ' ', '%', '-', '→', 'a']) {
    cells.push(`${run.repeat(MAX_CELL - 1)}a`, `${run.repeat(MAX_CELL - 1)}1`);
  }
  cells.push(`Reduce churn from 5% ${'a'.repeat(MAX_CELL - 40)} to 3% by Q3`);
  cells.push(`${'9'.repeat(MAX_CELL / 2)}${'→'.repeat(MAX_CELL / 2)}`);
  return cells;
}

function functionTable(): string {
  const functions = { OKRKIND, KRCHECK, OBJCHECK } as const;
  const cells = adversarialCells();
  const rows: string[][] = [];
  for (const [name, fn] of Object.entries(functions)) {
    let worst = { ms: 0, cell: '' };
    for (const cell of cells) {
      const ms = timeMedian(() => fn(cell));
      if (ms > worst.ms) worst = { ms, cell };
    }
    const shown = JSON.stringify(worst.cell.slice(0, 24));
    rows.push([name, fixed(worst.ms), worst.ms < 50 ? 'yes' : 'NO', `${shown}…`]);
  }
  return [
    table(['function', 'worst ms', '< 50 ms', 'slowest cell starts'], rows),
    '',
    `${cells.length} cells of ${MAX_CELL.toLocaleString('en')} characters; median of ${RUNS} runs each.`,
  ].join('\n');
}

console.log(`Statement timing: Node ${process.version}\n`);
console.log('1. Each pattern on one token repeated to 5,000 and 50,000 characters\n');
console.log(patternTable());
console.log('\n2. Worst 50,000-character cell per function\n');
console.log(functionTable());
