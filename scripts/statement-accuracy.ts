/**
 * How well OKRKIND, KRCHECK and OBJCHECK read statements real teams wrote: the labelled corpus
 * in test/fixtures/statements/ (every row names its public source), split by source, never by
 * row. The rules are tuned on the tuning sources only; the held-out sources measure them.
 *
 * `npx tsx scripts/statement-accuracy.ts` prints the figures and the tuning sources' misreads
 * (never the held-out ones: looking at those would make them tuning sources). The README's
 * figures are a generated block (`npm run readme`), so they cannot drift from the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { type StatementKind, statementKind } from '../src/core/statements/classify';
import {
  KEY_RESULT_PROBLEMS,
  keyResultProblems,
  objectiveProblems,
} from '../src/core/statements/lint';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = path.join(ROOT, 'test/fixtures/statements');

export const KINDS: readonly StatementKind[] = ['OBJECTIVE', 'KEY RESULT', 'KPI', 'TASK'];

export interface LabelledStatement {
  source: string;
  statement: string;
  /** One kind, or two when the statement is genuinely either. */
  kinds: StatementKind[];
}

function isKind(text: string): text is StatementKind {
  return (KINDS as readonly string[]).includes(text);
}

export function readCorpus(dir = CORPUS_DIR): LabelledStatement[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.csv'))
    .sort();
  return files.flatMap((file) => readLabels(dir, file));
}

/**
 * The same statements labelled a second time by a reader who saw only the text and the rules
 * (not the first labels, the sources or the classifier): how far two careful readers agree is
 * the most any reading of the text can be expected to reach.
 */
export const SECOND_READING = path.join(CORPUS_DIR, 'second-reading/labels.csv');

export function readSecondReading(file = SECOND_READING): Map<string, StatementKind[]> {
  const rows = readLabels(path.dirname(file), path.basename(file));
  return new Map(rows.map((row) => [row.statement, row.kinds]));
}

function readLabels(dir: string, file: string): LabelledStatement[] {
  const rows: Record<string, string>[] = parse(readFileSync(path.join(dir, file)), {
    columns: true,
    skip_empty_lines: true,
  });
  return rows.map((row, index) => {
    const kinds = (row.kinds ?? '').split('|').map((kind) => kind.trim());
    const bad = kinds.find((kind) => !isKind(kind));
    if (bad !== undefined) throw new Error(`${file} row ${index + 2}: unknown kind "${bad}"`);
    return {
      source: row.source ?? '',
      statement: row.statement ?? '',
      kinds: kinds as StatementKind[],
    };
  });
}

/** Rows where the second reader gave at least one of the first labels. */
export function readersAgree(
  rows: LabelledStatement[],
  second: Map<string, StatementKind[]>,
): { agree: number; of: number } {
  const read = rows.filter((row) => second.has(row.statement));
  const agree = read.filter((row) =>
    (second.get(row.statement) ?? []).some((kind) => row.kinds.includes(kind)),
  ).length;
  return { agree, of: read.length };
}

/**
 * OKRKIND's reading counted right when either reader gave it: where two careful readers differ
 * the statement is arguably either kind, so this is the most generous fair figure.
 */
export function rightByEitherReader(
  rows: LabelledStatement[],
  second: Map<string, StatementKind[]>,
): number {
  return rows.filter((row) => {
    const predicted = statementKind(row.statement);
    if (predicted === '') return false;
    return row.kinds.includes(predicted) || (second.get(row.statement) ?? []).includes(predicted);
  }).length;
}

/**
 * Whether a whole source is held out: a fixed hash of its id, chosen before any figure was
 * seen, so no one picks the easy sources to measure on.
 */
export function isHeldOut(source: string): boolean {
  let hash = 2166136261;
  for (const char of source) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 2 === 1;
}

export interface KindFigures {
  rows: number;
  sources: number;
  correct: number;
  /** confusion[label][predicted]: a row's label is the predicted kind when it is one of its kinds. */
  confusion: Record<StatementKind, Record<StatementKind | '', number>>;
  precision: Record<StatementKind, number>;
  recall: Record<StatementKind, number>;
}

export function kindFigures(rows: LabelledStatement[]): KindFigures {
  const confusion = Object.fromEntries(
    KINDS.map((label) => [label, Object.fromEntries([...KINDS, ''].map((kind) => [kind, 0]))]),
  ) as KindFigures['confusion'];
  let correct = 0;
  for (const row of rows) {
    const predicted = statementKind(row.statement);
    const hit = predicted !== '' && row.kinds.includes(predicted);
    if (hit) correct++;
    const label = hit ? (predicted as StatementKind) : (row.kinds[0] as StatementKind);
    confusion[label][predicted]++;
  }
  const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  const column = (kind: StatementKind) =>
    KINDS.reduce((sum, label) => sum + confusion[label][kind], 0);
  const line = (kind: StatementKind) =>
    [...KINDS, ''].reduce((sum, predicted) => sum + confusion[kind][predicted as StatementKind], 0);
  return {
    rows: rows.length,
    sources: new Set(rows.map((row) => row.source)).size,
    correct,
    confusion,
    precision: Object.fromEntries(
      KINDS.map((kind) => [kind, ratio(confusion[kind][kind], column(kind))]),
    ) as Record<StatementKind, number>,
    recall: Object.fromEntries(
      KINDS.map((kind) => [kind, ratio(confusion[kind][kind], line(kind))]),
    ) as Record<StatementKind, number>,
  };
}

export interface CheckFigures {
  /** Rows labelled TASK that KRCHECK calls "task, not an outcome". */
  activitiesNamed: { named: number; of: number };
  /** Rows labelled KEY RESULT (and nothing else) that KRCHECK calls a task. */
  keyResultsCalledTasks: { flagged: number; of: number };
  /** Rows labelled KEY RESULT (and nothing else) with any KRCHECK problem at all. */
  keyResultsWithAnyProblem: { flagged: number; of: number };
  /** Rows labelled OBJECTIVE that OBJCHECK passes with no problem. */
  objectivesPassed: { passed: number; of: number };
}

export function checkFigures(rows: LabelledStatement[]): CheckFigures {
  const only = (kind: StatementKind) =>
    rows.filter((row) => row.kinds.length === 1 && row.kinds[0] === kind);
  const tasks = rows.filter((row) => row.kinds.includes('TASK'));
  const keyResults = only('KEY RESULT');
  const objectives = rows.filter((row) => row.kinds.includes('OBJECTIVE'));
  const callsTask = (row: LabelledStatement) =>
    keyResultProblems(row.statement).includes(KEY_RESULT_PROBLEMS.task);
  return {
    activitiesNamed: { named: tasks.filter(callsTask).length, of: tasks.length },
    keyResultsCalledTasks: { flagged: keyResults.filter(callsTask).length, of: keyResults.length },
    keyResultsWithAnyProblem: {
      flagged: keyResults.filter((row) => keyResultProblems(row.statement).length > 0).length,
      of: keyResults.length,
    },
    objectivesPassed: {
      passed: objectives.filter((row) => objectiveProblems(row.statement).length === 0).length,
      of: objectives.length,
    },
  };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${Math.round((100 * part) / whole)}%`;

function confusionTable(figures: KindFigures): string {
  const head = `| labelled \\ read as | ${KINDS.join(' | ')} | (blank) | recall |`;
  const rule = `| --- | ${KINDS.map(() => '---:').join(' | ')} | ---: | ---: |`;
  const lines = KINDS.map(
    (label) =>
      `| ${label} | ${[...KINDS, ''].map((kind) => figures.confusion[label][kind as StatementKind]).join(' | ')} | ${percent(figures.recall[label] * 1000, 1000)} |`,
  );
  const precision = `| precision | ${KINDS.map((kind) => percent(figures.precision[kind] * 1000, 1000)).join(' | ')} | | |`;
  return [head, rule, ...lines, precision].join('\n');
}

/** The README's block: the held-out figures first, the tuning figures beside them. */
export function accuracyReport(corpus = readCorpus(), second = readSecondReading()): string {
  const heldOut = corpus.filter((row) => isHeldOut(row.source));
  const tuning = corpus.filter((row) => !isHeldOut(row.source));
  const sections = [
    ['Held-out sources', heldOut],
    ['Tuning sources', tuning],
  ] as const;
  const text: string[] = [
    `${corpus.length} statements from ${new Set(corpus.map((row) => row.source)).size} public sources.`,
  ];
  for (const [title, rows] of sections) {
    const kinds = kindFigures(rows);
    const checks = checkFigures(rows);
    const eitherRight = rightByEitherReader(rows, second);
    text.push(
      '',
      `**${title}** (${kinds.rows} statements, ${kinds.sources} sources: ${[...new Set(rows.map((row) => row.source))].sort().join(', ')})`,
      '',
      `- OKRKIND right on ${percent(kinds.correct, kinds.rows)} (${kinds.correct} of ${kinds.rows})`,
      secondReaderLine(readersAgree(rows, second)),
      `- Counting the second reader's label as right too, OKRKIND reads ${percent(eitherRight, kinds.rows)} (${eitherRight} of ${kinds.rows})`,
      `- KRCHECK names ${percent(checks.activitiesNamed.named, checks.activitiesNamed.of)} of activities as tasks (${checks.activitiesNamed.named} of ${checks.activitiesNamed.of}); calls ${percent(checks.keyResultsCalledTasks.flagged, checks.keyResultsCalledTasks.of)} of key results tasks (${checks.keyResultsCalledTasks.flagged} of ${checks.keyResultsCalledTasks.of}) and finds any problem in ${percent(checks.keyResultsWithAnyProblem.flagged, checks.keyResultsWithAnyProblem.of)} of them`,
      `- OBJCHECK passes ${percent(checks.objectivesPassed.passed, checks.objectivesPassed.of)} of objectives (${checks.objectivesPassed.passed} of ${checks.objectivesPassed.of})`,
      '',
      confusionTable(kinds),
    );
  }
  return text.join('\n');
}

function secondReaderLine({ agree, of }: { agree: number; of: number }): string {
  return `- A second reader labelling blind from the text and the rules agrees with the labels on ${percent(agree, of)} (${agree} of ${of})`;
}

function main(): void {
  const corpus = readCorpus();
  console.log(accuracyReport(corpus));
  console.log('\nMisread on the tuning sources:');
  for (const row of corpus.filter((candidate) => !isHeldOut(candidate.source))) {
    const predicted = statementKind(row.statement);
    if (predicted === '' || !row.kinds.includes(predicted)) {
      console.log(
        `  ${row.kinds.join('|').padEnd(12)} read ${predicted.padEnd(10)} ${row.statement}`,
      );
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
