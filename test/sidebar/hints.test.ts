/** The live hints: the sheet's own checks, said with what to do. Pure, no browser. */
import { describe, expect, it } from 'vitest';
import {
  amountHint,
  cycleHint,
  keyResultHint,
  kindBadge,
  kpiCountHint,
  objectiveHint,
  ownerHint,
  unitHint,
} from '../../sidebar/hints';
import { keyResultProblems, objectiveProblems } from '../../src/core/statements/lint';

describe('objectiveHint: OBJCHECK as the user types', () => {
  it.each([
    ['', 'neutral', /^A direction with no number/],
    ['Make onboarding effortless for new customers', 'good', /^OK/],
    ['Grow revenue 20% in EMEA', 'warn', /^Has a number: put it in a key result\.$/],
    ['Revenue per square foot', 'warn', /^Not a direction: say where to go, not what to do\.$/],
    ['TBD', 'warn', /^Empty: /],
  ] as const)('%j: %s', (text, tone, said) => {
    const hint = objectiveHint(text);
    expect(hint.tone).toBe(tone);
    expect(hint.text).toMatch(said);
  });

  it('starts each problem with the word the sheet’s OBJCHECK shows', () => {
    const text =
      'Percentage of revenue 20% up in every region we sell in across the world this year and the year after that too';
    const problems = objectiveProblems(text);
    expect(problems).toEqual(['has a number', 'too long', 'not a direction']);
    const hint = objectiveHint(text).text.toLowerCase();
    let from = 0;
    for (const problem of problems) {
      const at = hint.indexOf(`${problem}:`, from);
      expect(at, problem).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });
});

describe('keyResultHint: KRCHECK as the user types', () => {
  it.each([
    'Increase MQL-to-SQL conversion from 20% to 35%',
    'Acquire 70 new customers',
    'Cut churn from 5% to 2% this quarter',
    'Hold weekly marketing meetings',
    'Design new website by end of Q3',
    'Improve customer happiness',
    'Increase website traffic by 20%',
    'Reduce churn from 5%',
    'Gross margin above 35%',
    'n/a',
  ])('%j says what KRCHECK says, with what to do', (text) => {
    const problems = keyResultProblems(text);
    const hint = keyResultHint(text);
    expect(hint.tone).toBe(problems.length === 0 ? 'good' : 'warn');
    const said = hint.text.toLowerCase();
    for (const problem of problems) expect(said, problem).toContain(problem.toLowerCase());
  });

  it('guides while the field is blank', () => {
    expect(keyResultHint('  ')).toEqual({
      text: 'A measurable result, e.g. "Cut churn from 5% to 2%".',
      tone: 'neutral',
    });
  });
});

describe('kindBadge: OKRKIND as a badge', () => {
  it.each([
    ['Increase website traffic by 20%', 'looks like a KPI', 'warn'],
    ['Hold weekly marketing meetings', 'looks like a task', 'warn'],
    ['Improve customer happiness', 'looks like an objective', 'warn'],
    ['Cut churn from 5% to 2%', 'looks like a key result', 'good'],
  ])('%j %s', (text, badge, tone) => {
    expect(kindBadge(text, 'KEY RESULT')).toMatchObject({ text: badge, tone });
  });

  it('gives the rule’s reason, and nothing for a blank field', () => {
    expect(kindBadge('Increase website traffic by 20%', 'KEY RESULT')?.because).toBe(
      'It bumps a business-as-usual metric with no baseline: a KPI in disguise.',
    );
    expect(kindBadge('Improve customer happiness', 'OBJECTIVE')?.tone).toBe('good');
    expect(kindBadge('', 'KEY RESULT')).toBeNull();
  });
});

describe('ownerHint: one person', () => {
  it.each(['Marketing team', 'Ana and Tom', 'Ana & Tom', 'Ana, Tom', 'Ana/Tom', 'Everyone'])(
    '%j is not one person',
    (owner) => {
      expect(ownerHint(owner).tone).toBe('warn');
    },
  );

  it.each(['Ana', 'Sandra Okafor', 'Alan Teams'])('%j is', (owner) => {
    expect(ownerHint(owner).tone).toBe('neutral');
  });
});

describe('units', () => {
  it('say what % does to the number typed', () => {
    expect(unitHint('percent').text).toBe('Type 20 for 20%: the sheet stores it as 0.2.');
    expect(unitHint('percent', 'kpi').text).toBe('Type 35 for 35%: the sheet stores it as 0.35.');
    expect(unitHint('binary').text).toMatch(/^Done or not done: no baseline or target/);
  });

  it('show what the sheet will hold, when it differs from what was typed', () => {
    expect(amountHint('20', 'percent').text).toBe('0.2 in the sheet');
    expect(amountHint('$1,500', 'currency').text).toBe('1500 in the sheet');
    expect(amountHint('12', 'number').text).toBe('');
    expect(amountHint('twelve', 'number').text).toBe('');
  });
});

describe('caps', () => {
  const cycles = [
    { cycleStart: '2026-10-01', cycleEnd: '2026-12-31', objectives: ['A', 'B', 'C'] },
    { cycleStart: '2026-10-01', cycleEnd: '2026-11-30', objectives: ['C', 'D'] },
    { cycleStart: '2027-01-01', cycleEnd: '2027-03-31', objectives: ['E'] },
  ];

  it('warn when the cycle already has 4 objectives', () => {
    expect(cycleHint(cycles, '2026-10-01')).toEqual({
      text: 'This cycle already has 4 objectives; a team holds 2 to 4. Drop one first?',
      tone: 'warn',
    });
    expect(cycleHint(cycles, '2027-01-01')).toEqual({
      text: 'This cycle has 1 objective so far (a team holds 2 to 4).',
      tone: 'neutral',
    });
    expect(cycleHint(cycles, '2027-04-01').text).toBe('No objectives in this cycle yet.');
    expect(cycleHint(null, '2027-04-01').text).toBe('Default: this quarter.');
  });

  it('count objectives of a tab without cycle dates in every cycle', () => {
    const undated = [{ cycleStart: null, cycleEnd: null, objectives: ['A', 'B', 'C', 'D'] }];
    expect(cycleHint(undated, '2026-10-01').tone).toBe('warn');
  });

  it('warn past 7 KPIs', () => {
    expect(kpiCountHint(6)).toEqual({
      text: 'You watch 6 KPIs (a team watches 5 to 7).',
      tone: 'neutral',
    });
    expect(kpiCountHint(7).tone).toBe('warn');
    expect(kpiCountHint(7).text).toMatch(/^You already watch 7 KPIs/);
    expect(kpiCountHint(null).tone).toBe('neutral');
  });
});
