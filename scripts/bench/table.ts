/** Plain-text tables and number formats for `npm run bench`: readable in a terminal or a PR. */

export interface Column {
  header: string;
  /** Figures read best right-aligned, so their magnitudes line up. */
  align?: 'left' | 'right';
}

export interface Table {
  columns: Column[];
  rows: string[][];
}

const GAP = '  ';

export function formatTable({ columns, rows }: Table): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index] ?? 0;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(GAP)
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join(GAP);
  return [line(columns.map((column) => column.header)), rule, ...rows.map(line)].join('\n');
}

export function formatMs(ms: number): string {
  if (ms < 1) return ms.toFixed(3);
  if (ms < 100) return ms.toFixed(2);
  return ms.toFixed(0);
}

export function formatRatio(ratio: number): string {
  return `${ratio < 10 ? ratio.toFixed(1) : ratio.toFixed(0)}x`;
}

/** A ratio to two decimals, for one read against a goal such as 1.5x. */
export function formatGoalRatio(ratio: number): string {
  return `${ratio.toFixed(2)}x`;
}

/** A median over processes with the lowest and highest: "8.10 (7.52-9.04)". */
export function formatSpread(
  { median, min, max }: { median: number; min: number; max: number },
  format: (value: number) => string,
): string {
  return `${format(median)} (${format(min)}-${format(max)})`;
}

export function formatCount(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}

export function formatShare(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** Breaks prose into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
