import { describe, expect, it } from 'vitest';
import { quizVerdict } from '../../src/core/quiz';

describe('quizVerdict', () => {
  it('waits for all four answers', () => {
    expect(quizVerdict({ purpose: 'okr', control: 'okr', cadence: 'okr' })).toBeNull();
  });

  it('follows the majority and says why in the answers’ words', () => {
    expect(
      quizVerdict({ purpose: 'okr', control: 'okr', cadence: 'okr', conversation: 'kpi' }),
    ).toEqual({
      side: 'okr',
      reason:
        '3 of 4 answers make it an OKR (a key result to push this quarter): to change something; the team can move it this quarter; a time-boxed push, such as a quarter.',
    });
    expect(
      quizVerdict({ purpose: 'kpi', control: 'kpi', cadence: 'kpi', conversation: 'kpi' })?.reason,
    ).toMatch(/^All four answers make it a KPI/);
  });

  it('lets purpose decide a tie', () => {
    const verdict = quizVerdict({
      purpose: 'kpi',
      control: 'okr',
      cadence: 'okr',
      conversation: 'kpi',
    });
    expect(verdict?.side).toBe('kpi');
    expect(verdict?.reason).toMatch(/purpose decides a tie\.$/);
  });
});
