import { describe, expect, it } from 'vitest';
import { endOfCycleGrade, okrStatus, okrType, paceStatus } from '../../src/core/grade';
import { Problem } from '../../src/core/problem';

describe('endOfCycleGrade', () => {
  it.each([
    [1, 'GREEN'],
    [0.7, 'GREEN'],
    [0.3 + 0.4, 'GREEN'], // 0.7 computed in floating point is 0.69999...
    [0.69, 'YELLOW'],
    [0.4, 'YELLOW'],
    [0.39, 'RED'],
    [0, 'RED'],
  ] as const)('aspirational %s is %s', (score, grade) => {
    expect(endOfCycleGrade(score, 'aspirational')).toBe(grade);
  });

  it.each([
    [1, 'GREEN'],
    [0.99, 'YELLOW'],
    [0.7, 'YELLOW'],
    [0.69, 'RED'],
  ] as const)('committed %s is %s: anything under 1.0 needs an explanation', (score, grade) => {
    expect(endOfCycleGrade(score, 'committed')).toBe(grade);
  });
});

describe('paceStatus', () => {
  it.each([
    // aspirational: success is 0.7, so half-way through the pace is 0.35
    [0.35, 'aspirational', 0.5, 'ON TRACK'],
    [0.3, 'aspirational', 0.5, 'AT RISK'],
    [0.21, 'aspirational', 0.5, 'AT RISK'], // 60% of the pace
    [0.2, 'aspirational', 0.5, 'OFF TRACK'],
    // committed: success is 1.0, so half-way the pace is 0.5
    [0.5, 'committed', 0.5, 'ON TRACK'],
    [0.35, 'committed', 0.5, 'AT RISK'],
    [0.29, 'committed', 0.5, 'OFF TRACK'],
    [0, 'committed', 0, 'ON TRACK'], // nothing expected on day one
    [0.69, 'aspirational', 1, 'AT RISK'],
  ] as const)('%s %s at %s elapsed is %s', (score, type, elapsed, status) => {
    expect(paceStatus(score, type, elapsed)).toBe(status);
  });
});

describe('okrStatus', () => {
  it('reads the type in any case and explains an unknown one', () => {
    expect(okrType(' Committed ')).toBe('committed');
    expect(okrType('ASPIRATIONAL')).toBe('aspirational');
    expect(okrType('important')).toEqual(
      new Problem('type "important" is unknown: use aspirational or committed'),
    );
  });

  it('reads the type as OKR tools and teams word it', () => {
    expect(okrType('Aspirational Goal')).toBe('aspirational'); // Viva Goals' export
    expect(okrType('Stretch')).toBe('aspirational');
    expect(okrType('Moonshot')).toBe('aspirational');
    expect(okrType('Committed OKR')).toBe('committed');
    expect(okrType('commit')).toBe('committed');
    expect(okrType('aspirational, not committed')).toBeInstanceOf(Problem);
  });

  it('leaves a blank score blank and explains scores outside 0 to 1', () => {
    expect(okrStatus(null, 'committed', null)).toBe('');
    expect(okrStatus(70, 'committed', null)).toEqual(
      new Problem('score 70 is outside 0 to 1: use a fraction such as 0.7 or 70%'),
    );
    expect(okrStatus(0.5, 'committed', 50)).toEqual(
      new Problem('elapsed 50 is outside 0 to 1: use a fraction such as 0.7 or 70%'),
    );
  });
});
