import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { computedFormula, type Table } from '../../src/sheet/layout';
import { bandRules, gradeRules, OWN_RULE_MARKER } from '../../src/sheet/rules';

/** A, B, ...: 1-based columns by letter. */
const col = (letter: string) => letter.charCodeAt(0) - 64;

const okrTable: Table = {
  columns: {
    objective: col('A'),
    type: col('B'),
    keyResult: col('D'),
    baseline: col('F'),
    target: col('G'),
    current: col('H'),
    weight: col('I'),
    cycleStart: col('J'),
    cycleEnd: col('K'),
    checkIn: col('L'),
    score: col('M'),
  },
  history: null,
  firstRow: 2,
};

describe('computed column formulas', () => {
  it('are one array formula each, over open-ended ranges from the first data row', () => {
    expect(computedFormula('score', okrTable)).toBe('=OKRSCORE(H2:H, F2:F, G2:G)');
    expect(computedFormula('objectiveScore', okrTable)).toBe('=OKRROLLUP(A2:A, M2:M, I2:I)');
    expect(computedFormula('status', okrTable)).toBe(
      '=OKRSTATUS(M2:M, B2:B, OKRPACE(J2:J, K2:K, L2:L))',
    );
    expect(computedFormula('check', okrTable)).toBe('=KRCHECK(D2:D)');
  });

  it('leave out what the table lacks, and write a gap as ""', () => {
    const plain: Table = {
      columns: { current: 5, baseline: 3, target: 4, score: 9 },
      history: null,
      firstRow: 4,
    };
    expect(computedFormula('status', plain)).toBe('=OKRSTATUS(I4:I)');
    expect(computedFormula('objectiveScore', plain)).toBeNull();
    const kpis: Table = {
      columns: { kpi: 1, high: 3, latest: 12 },
      history: { first: 5, last: 11 },
      firstRow: 2,
    };
    expect(computedFormula('band', kpis)).toBe('=KPIBAND(L2:L, "", C2:C)');
    expect(computedFormula('drift', kpis)).toBe('=KPIDRIFT(E2:K, "", C2:C)');
    expect(computedFormula('latest', { ...kpis, columns: { kpi: 1, high: 3 } })).toBe(
      '=KPILATEST(E2:K)',
    );
  });
});

describe('conditional formatting rules', () => {
  it('grade scores by the type of their row, with native formulas', () => {
    const [green, yellow, red] = gradeRules(okrTable);
    expect(green?.formula).toBe(
      `=AND(${OWN_RULE_MARKER}, ISNUMBER($M2), ROUND($M2, 6)>=IF(ISNUMBER(SEARCH("commit", $B2)), 1, 0.7))`,
    );
    expect(yellow?.formula).toContain('IF(ISNUMBER(SEARCH("commit", $B2)), 0.7, 0.4)');
    expect(red?.formula).toBe(`=AND(${OWN_RULE_MARKER}, ISNUMBER($M2))`);
    expect([green, yellow, red].map((rule) => rule?.columns)).toEqual([[13], [13], [13]]);
  });

  it('colour a KPI out of band red and in the watch zone amber, value and band cells both', () => {
    const kpis: Table = {
      columns: { kpi: 1, low: 3, high: 4, watch: 5, current: 6, band: 8 },
      history: null,
      firstRow: 2,
    };
    const [red, amber] = bandRules(kpis);
    expect(red?.columns).toEqual([6, 8]);
    expect(red?.formula).toBe(
      `=AND(${OWN_RULE_MARKER}, ISNUMBER($F2), OR(AND(ISNUMBER($C2), $F2<$C2), AND(ISNUMBER($D2), $F2>$D2)))`,
    );
    expect(amber?.formula).toContain('$F2-$C2<=$E2');
    expect(bandRules({ ...kpis, columns: { kpi: 1, current: 6 } })).toEqual([]);
  });
});

describe('writes', () => {
  it('go through src/sheet/writes.ts only: no other module calls setValue(s) or setFormula(s)', () => {
    const dir = path.join(import.meta.dirname, '../../src');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.ts'),
    );
    const writers = files.filter((file) =>
      /\.set(Values|Value|Formulas|Formula)\(/.test(readFileSync(path.join(dir, file), 'utf8')),
    );
    expect(writers).toEqual([path.join('sheet', 'writes.ts')]);
  });
});
