import { describe, expect, it } from 'vitest';
import { classifyStatement, statementKind } from '../../../src/core/statements/classify';
import { kindCheckSet } from '../fixtures/kind-check-set';
import { kindTuningSet } from '../fixtures/kind-tuning-set';

function accuracy(set: ReadonlyArray<readonly [string, string]>): number {
  return set.filter(([statement, kind]) => statementKind(statement) === kind).length / set.length;
}

describe('statementKind on the domain examples', () => {
  it.each([
    ['Increase MQL-to-SQL conversion from 20% to 35%', 'KEY RESULT'],
    ['Cut churn from 5% to 2% this quarter', 'KEY RESULT'],
    ['Acquire 70 new customers', 'KEY RESULT'],
    ['Churn under 3%', 'KPI'],
    ['95% of tickets answered within 24 hours', 'KPI'],
    ['Revenue per square foot', 'KPI'],
    ['Increase website traffic by 20%', 'KPI'],
    ['Design new website by end of Q3', 'TASK'],
    ['Hold weekly marketing meetings', 'TASK'],
    ['Grow our presence in EMEA', 'OBJECTIVE'],
  ])('%j is %s', (statement, kind) => {
    expect(statementKind(statement)).toBe(kind);
    expect(statementKind(`  ${statement.toUpperCase()}  `)).toBe(kind);
  });

  it('says why, in the words the wizard will show', () => {
    expect(classifyStatement('Increase website traffic by 20%')).toEqual({
      kind: 'KPI',
      because: 'it bumps a business-as-usual metric with no baseline: a KPI in disguise',
    });
    expect(classifyStatement('   ')).toBeNull();
  });
});

describe('accuracy on labelled statements', () => {
  it('gets every statement of the tuning set right', () => {
    const misses = kindTuningSet.filter(([statement, kind]) => statementKind(statement) !== kind);
    expect(misses).toEqual([]);
  });

  it('gets at least 90% of the held-out check set right', () => {
    // Printed so the figure is on record in every test run.
    const share = accuracy(kindCheckSet);
    console.log(
      `OKRKIND accuracy: tuning set ${(accuracy(kindTuningSet) * 100).toFixed(0)}% of ${kindTuningSet.length}, ` +
        `check set ${(share * 100).toFixed(0)}% of ${kindCheckSet.length}`,
    );
    expect(kindCheckSet.length).toBeGreaterThanOrEqual(20);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
