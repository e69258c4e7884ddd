import { describe, expect, it } from 'vitest';
import { keyResultProblems, objectiveProblems } from '../../../src/core/statements/lint';

describe('keyResultProblems', () => {
  it.each([
    // the domain's good key results
    ['Increase MQL-to-SQL conversion from 20% to 35%', []],
    ['Reduce average onboarding time from 12 minutes to under 7', []],
    ['Acquire 70 new customers', []],
    ['Cut churn from 5% to 2% this quarter', []],
    // the domain's common mistakes
    ['Increase website traffic by 20%', ['no baseline']],
    ['Hold weekly marketing meetings', ['task, not an outcome', 'no number']],
    ['Design new website by end of Q3', ['task, not an outcome', 'no number']],
    ['Implement automated recruitment process', ['task, not an outcome', 'no number']],
    ['Improve customer happiness', ['no number']],
    ['Run 4 customer webinars', ['task, not an outcome']],
    ['Raise NPS to 45', ['no baseline']],
    ['Reduce churn from 5%', ['no target']],
    ['Churn under 3%', ['a level to keep: a KPI, not a change']],
    ['Maintain uptime of at least 99.9%', ['a level to keep: a KPI, not a change']],
    ['NPS 45', ['no target']],
    // a change made to a deliverable is the work; a change to a result is only unmeasured
    ['Revamp and simplify the pricing page', ['task, not an outcome', 'no number']],
    ['Modernise the onboarding checklist', ['task, not an outcome', 'no number']],
    ['Grow the partner community', ['no number']],
    ['Lower employee turnover', ['no number']],
    // a count from zero, however it is written, is a whole key result
    ['300+ new contributors join the project', []],
    ['First paying customer in Japan', []],
    ['Meet the Q3 sales quota', ['no number']],
    ['5 or fewer open P1 bugs', ['a level to keep: a KPI, not a change']],
    ['TBD', ['empty']],
    ['  -  ', ['empty']],
  ])('%j: %j', (statement, problems) => {
    expect(keyResultProblems(statement)).toEqual(problems);
  });

  it('reads any letter case and ignores surrounding spaces and list labels', () => {
    expect(keyResultProblems('  INCREASE WEBSITE TRAFFIC BY 20%  ')).toEqual(['no baseline']);
    expect(keyResultProblems('KR1: cut churn from 5% to 2%')).toEqual([]);
  });

  it('does not count dates and quarters as the number of a key result', () => {
    expect(keyResultProblems('Launch referral program by March 15, 2027')).toEqual([
      'task, not an outcome',
      'no number',
    ]);
  });
});

describe('objectiveProblems', () => {
  it.each([
    ['Grow our presence in EMEA', []],
    ['Delight our enterprise customers', []],
    ['become the go-to analytics tool for small retailers', []],
    ['Become the #1 choice for independent gyms', []], // a rank is rhetoric, not a metric
    ['Grow revenue 20% in EMEA', ['has a number']],
    // objectives as real teams write them (issue 11): any verb of direction, or noun-first
    ['Customer happiness', []],
    ['Revenue collection enhanced', []],
    ['Partnerships strengthened', []],
    ['1.1 Increased Tax Revenue Collection', []],
    ['Automate invoice processing end to end', []],
    ['Ensure every release is safe to ship', []],
    ['Pay down technical debt', []],
    ['Take customer support to the next level', []],
    ['Create a high performing team', []],
    ['Launch in the German market', []],
    // what is not a direction: a deliverable or activity, or the name of a metric to watch
    ['Create onboarding program', ['not a direction']],
    ['Implement automated recruitment process', ['not a direction']],
    ['Hold weekly marketing meetings', ['not a direction']],
    ['Offer acceptance rate', ['not a direction']],
    ['Percentage of households with access to water', ['not a direction']],
    ['Revenue to $2M', ['has a number', 'not a direction']],
    [
      'Improve the way that our whole company works together across every single team, every office and every time zone we have people in',
      ['too long'],
    ],
    ['n/a', ['empty']],
  ])('%j: %j', (statement, problems) => {
    expect(objectiveProblems(statement)).toEqual(problems);
  });
});
