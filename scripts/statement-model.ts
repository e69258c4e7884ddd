/**
 * `npx tsx scripts/statement-model.ts`: would a small learned model read statements better
 * than the rules? A multinomial logistic regression over the same features the rules read
 * (every fact of `statementFeatures`, which rule fired, the length), trained on the tuning
 * sources only, against the rules on the held-out sources. The add-on ships whichever is
 * better there; the README gives this script's figures.
 */
import { KIND_RULES, type StatementKind, statementKind } from '../src/core/statements/classify';
import { statementFeatures } from '../src/core/statements/features';
import { kindCheckSet } from '../test/core/fixtures/kind-check-set';
import { kindTuningSet } from '../test/core/fixtures/kind-tuning-set';
import { isHeldOut, KINDS, type LabelledStatement, readCorpus } from './statement-accuracy';

const EPOCHS = 400;
const LEARNING_RATE = 0.5;

function featureVector(statement: string): number[] {
  const features = statementFeatures(statement);
  const facts = Object.entries(features)
    .filter(([name, value]) => typeof value === 'boolean' && name !== 'empty')
    .map(([, value]) => (value ? 1 : 0));
  const fired = KIND_RULES.findIndex((rule) => rule.when(features));
  const words = features.words.length;
  return [
    ...facts,
    ...KIND_RULES.map((_, index) => (index === fired ? 1 : 0)),
    words <= 3 ? 1 : 0,
    words > 12 ? 1 : 0,
    1,
  ];
}

type Classifier = (statement: string) => StatementKind;

function train(rows: LabelledStatement[], l2: number): Classifier {
  const inputs = rows.map((row) => featureVector(row.statement));
  const width = inputs[0]?.length ?? 0;
  const weights = KINDS.map(() => new Array<number>(width).fill(0));
  const scores = (input: number[]) =>
    weights.map((line) => line.reduce((sum, weight, j) => sum + weight * (input[j] ?? 0), 0));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gradient = KINDS.map(() => new Array<number>(width).fill(0));
    rows.forEach((row, index) => {
      const input = inputs[index] ?? [];
      const logits = scores(input);
      const top = Math.max(...logits);
      const exps = logits.map((logit) => Math.exp(logit - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      KINDS.forEach((kind, k) => {
        const wanted = row.kinds.includes(kind) ? 1 / row.kinds.length : 0;
        const error = (exps[k] ?? 0) / total - wanted;
        const line = gradient[k] ?? [];
        for (let j = 0; j < width; j++) line[j] = (line[j] ?? 0) + error * (input[j] ?? 0);
      });
    });
    weights.forEach((line, k) => {
      for (let j = 0; j < width; j++) {
        const step = (gradient[k]?.[j] ?? 0) / rows.length + l2 * (line[j] ?? 0);
        line[j] = (line[j] ?? 0) - LEARNING_RATE * step;
      }
    });
  }
  return (statement) => {
    const logits = scores(featureVector(statement));
    return KINDS[logits.indexOf(Math.max(...logits))] as StatementKind;
  };
}

const accuracy = (rows: LabelledStatement[], classify: (statement: string) => string) =>
  rows.filter((row) => row.kinds.includes(classify(row.statement) as StatementKind)).length /
  rows.length;

/** Leave one tuning source out at a time: how the model does on a source it never saw. */
function leaveOneSourceOut(rows: LabelledStatement[], l2: number): number {
  const sources = [...new Set(rows.map((row) => row.source))];
  let right = 0;
  for (const source of sources) {
    const classify = train(
      rows.filter((row) => row.source !== source),
      l2,
    );
    const left = rows.filter((row) => row.source === source);
    right += accuracy(left, classify) * left.length;
  }
  return right / rows.length;
}

const percent = (share: number) => `${(100 * share).toFixed(0)}%`;

/** A seeded shuffle (mulberry32), so the learning curve is the same on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

const CURVE_SHARES = [0.25, 0.5, 0.75, 1] as const;
const CURVE_DRAWS = 5;
/** The goal for OKRKIND on the held-out sources. */
const GOAL = 0.9;

/**
 * Would more labelled statements close the gap? The model trained on a quarter, a half, three
 * quarters and all of the tuning sources (whole sources, five seeded draws each), read on the
 * held-out sources; a straight line through accuracy against log2(statements) says how many
 * statements the goal would take at the same rate. The facts the model reads were written
 * from all the tuning sources, so the smaller shares are flattered, not hurt: the real curve
 * is, if anything, flatter.
 */
function learningCurve(
  tuning: LabelledStatement[],
  heldOut: LabelledStatement[],
  l2: number,
): void {
  const sources = [...new Set(tuning.map((row) => row.source))].sort();
  const points: { statements: number; share: number }[] = [];
  for (const share of CURVE_SHARES) {
    const draws = share === 1 ? 1 : CURVE_DRAWS;
    const shares: number[] = [];
    let statements = 0;
    for (let draw = 0; draw < draws; draw++) {
      const picked = new Set(
        shuffled(sources, draw + 1).slice(0, Math.round(share * sources.length)),
      );
      const rows = tuning.filter((row) => picked.has(row.source));
      const read = accuracy(heldOut, train(rows, l2));
      shares.push(read);
      statements += rows.length / draws;
      points.push({ statements: rows.length, share: read });
    }
    shares.sort((a, b) => a - b);
    const median = shares[Math.floor(shares.length / 2)] ?? 0;
    console.log(
      `  trained on ${percent(share)} of the tuning sources (${Math.round(statements)} statements on average): ` +
        `held-out ${percent(median)} (${percent(shares[0] ?? 0)}-${percent(shares[shares.length - 1] ?? 0)})`,
    );
  }
  const xs = points.map((point) => Math.log2(point.statements));
  const ys = points.map((point) => point.share);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(xs), mean(ys)];
  const slope =
    xs.reduce((sum, x, i) => sum + (x - mx) * ((ys[i] ?? 0) - my), 0) /
    xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
  const needed = 2 ** (mx + (GOAL - my) / slope);
  console.log(
    `  ${(100 * slope).toFixed(1)} points per doubling of the statements: ${percent(GOAL)} would take about ` +
      `${Math.round(needed).toLocaleString('en-US')} labelled statements (${Math.round(needed / tuning.length)}x the tuning sources)`,
  );
}

function main(): void {
  const corpus = readCorpus();
  const tuning = corpus.filter((row) => !isHeldOut(row.source));
  const heldOut = corpus.filter((row) => isHeldOut(row.source));
  const candidates = [0.001, 0.01, 0.1].map((l2) => ({ l2, share: leaveOneSourceOut(tuning, l2) }));
  for (const { l2, share } of candidates) {
    console.log(`L2 ${l2}: ${percent(share)} on tuning sources left out one at a time`);
  }
  const best = candidates.reduce((a, b) => (b.share > a.share ? b : a));
  const model = train(tuning, best.l2);
  const right = (classify: (statement: string) => string) =>
    heldOut.map((row) => row.kinds.includes(classify(row.statement) as StatementKind));
  const byModel = right(model);
  const byRules = right(statementKind);
  const count = (flags: boolean[]) => flags.filter(Boolean).length;
  // Where the two differ is what decides: a few statements either way is no difference.
  const onlyModel = byModel.filter((hit, index) => hit && !byRules[index]).length;
  const onlyRules = byRules.filter((hit, index) => hit && !byModel[index]).length;
  console.log(
    `Held-out sources (${heldOut.length} statements): model (L2 ${best.l2}) ` +
      `${percent(count(byModel) / heldOut.length)} (${count(byModel)}), rules ` +
      `${percent(count(byRules) / heldOut.length)} (${count(byRules)}); only the model right on ` +
      `${onlyModel}, only the rules on ${onlyRules}`,
  );
  console.log('Learning curve:');
  learningCurve(tuning, heldOut, best.l2);
  // The domain's own examples (test/core/fixtures): the rules read every one as the domain
  // notes say; the model, trained on labels, may not.
  for (const [statement, kind] of [...kindTuningSet, ...kindCheckSet]) {
    const read = model(statement);
    if (read !== kind)
      console.log(`  the model reads the domain example "${statement}" as ${read}, not ${kind}`);
  }
}

main();
