import { describe, expect, it } from 'vitest';
import {
  checkFigures,
  isHeldOut,
  kindFigures,
  readCorpus,
  readersAgree,
  readSecondReading,
} from '../../../scripts/statement-accuracy';

const corpus = readCorpus();
const heldOut = corpus.filter((row) => isHeldOut(row.source));

describe('the labelled corpus of real statements', () => {
  it('holds at least 300 statements from at least 10 sources, split by whole source', () => {
    const sources = new Set(corpus.map((row) => row.source));
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(sources.size).toBeGreaterThanOrEqual(10);
    const heldOutSources = new Set(heldOut.map((row) => row.source));
    // Both sides have whole sources, and no source is on both.
    expect(heldOutSources.size).toBeGreaterThanOrEqual(5);
    expect(sources.size - heldOutSources.size).toBeGreaterThanOrEqual(5);
    for (const row of corpus) expect(row.statement.trim(), row.source).not.toBe('');
  });

  it('gives every kind enough rows on the held-out side to measure it', () => {
    const figures = kindFigures(heldOut);
    for (const [kind, predicted] of Object.entries(figures.confusion)) {
      const rows = Object.values(predicted).reduce((sum, count) => sum + count, 0);
      expect(rows, kind).toBeGreaterThanOrEqual(50);
    }
  });

  it('has every statement read a second time, blind, and the two readings mostly agree', () => {
    const second = readSecondReading();
    expect([...second.keys()].sort()).toEqual(corpus.map((row) => row.statement).sort());
    const { agree, of } = readersAgree(corpus, second);
    // Two readers applying the same rules agree on 94% of rows: the labels are not noise.
    expect(agree / of).toBeGreaterThan(0.9);
    expect(agree).toBeLessThan(of);
  });

  // Floors at the figures of the commit that tuned them (README, "How well they read real
  // statements"): a change to the rules that reads the held-out sources worse fails here.
  it('reads the held-out sources no worse than the README says', () => {
    const kinds = kindFigures(heldOut);
    const checks = checkFigures(heldOut);
    expect(kinds.correct / kinds.rows).toBeGreaterThanOrEqual(0.77);
    expect(checks.activitiesNamed.named / checks.activitiesNamed.of).toBeGreaterThanOrEqual(0.8);
    expect(
      checks.keyResultsCalledTasks.flagged / checks.keyResultsCalledTasks.of,
    ).toBeLessThanOrEqual(0.1);
    expect(checks.objectivesPassed.passed / checks.objectivesPassed.of).toBeGreaterThanOrEqual(
      0.81,
    );
  });
});
