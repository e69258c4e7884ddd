/** What the sidebar sends the server, from what the user typed: pure, no browser. */
import { describe, expect, it } from 'vitest';
import {
  buildKpiDraft,
  buildObjectiveDraft,
  type KeyResultForm,
  type KpiForm,
  MESSAGES,
  type ObjectiveForm,
  parseAmount,
  quarterOf,
} from '../../sidebar/drafts';

describe('parseAmount: numbers as people type them', () => {
  it.each([
    ['20', 'number', 20],
    ['20', 'percent', 0.2],
    ['20%', 'number', 0.2],
    ['20%', 'percent', 0.2],
    ['7', 'percent', 0.07],
    ['14.2', 'percent', 0.142],
    ['1,500', 'currency', 1500],
    ['$1,500.50', 'currency', 1500.5],
    ['€12', 'currency', 12],
    ['-3.5', 'number', -3.5],
    ['−5', 'number', -5],
    ['12,5', 'number', 12.5],
    ['.5', 'number', 0.5],
    [' 0 ', 'number', 0],
  ] as const)('%s in %s is %s', (text, unit, value) => {
    expect(parseAmount(text, unit)).toEqual({ ok: true, value });
  });

  it('reads blank as no value, and refuses what is not a number', () => {
    expect(parseAmount('  ')).toEqual({ ok: true, value: null });
    for (const text of ['twenty', '1..2', '20 %x', '1e3', '--2', '%']) {
      expect(parseAmount(text), text).toEqual({ ok: false });
    }
  });
});

describe('quarterOf: the default cycle', () => {
  it.each([
    [new Date(2026, 0, 1), '2026-01-01', '2026-03-31'],
    [new Date(2026, 4, 17), '2026-04-01', '2026-06-30'],
    [new Date(2026, 8, 30), '2026-07-01', '2026-09-30'],
    [new Date(2026, 11, 31, 23, 59), '2026-10-01', '2026-12-31'],
    [new Date(2028, 1, 29), '2028-01-01', '2028-03-31'],
  ])('%s falls in %s to %s', (today, start, end) => {
    expect(quarterOf(today)).toEqual({ start, end });
  });
});

const keyResult = (fields: Partial<KeyResultForm> = {}): KeyResultForm => ({
  keyResult: '',
  unit: 'number',
  baseline: '',
  target: '',
  owner: '',
  weight: '',
  ...fields,
});

const blank = keyResult();

const objective = (fields: Partial<ObjectiveForm> = {}): ObjectiveForm => ({
  objective: 'Make onboarding effortless',
  type: 'committed',
  owner: 'Ana',
  cycleStart: '2026-10-01',
  cycleEnd: '2026-12-31',
  keyResults: [
    keyResult({
      keyResult: 'Raise completion from 60% to 85%',
      unit: 'percent',
      baseline: '60',
      target: '85',
    }),
    keyResult({
      keyResult: 'Reduce onboarding time from 12 minutes to 7',
      baseline: '12',
      target: '7',
      owner: ' Liam ',
      weight: '2',
    }),
    keyResult({
      keyResult: 'Setup checklist live for all\nnew   accounts',
      unit: 'binary',
      baseline: '5',
    }),
  ],
  ...fields,
});

describe('buildObjectiveDraft', () => {
  it('converts each unit, leaves a blank owner to the server and folds statements to one line', () => {
    expect(buildObjectiveDraft(objective())).toEqual({
      ok: true,
      draft: {
        objective: 'Make onboarding effortless',
        type: 'committed',
        owner: 'Ana',
        cycleStart: '2026-10-01',
        cycleEnd: '2026-12-31',
        keyResults: [
          {
            keyResult: 'Raise completion from 60% to 85%',
            unit: 'percent',
            baseline: 0.6,
            target: 0.85,
          },
          {
            keyResult: 'Reduce onboarding time from 12 minutes to 7',
            unit: 'number',
            baseline: 12,
            target: 7,
            owner: 'Liam',
            weight: 2,
          },
          // Yes/no: no baseline or target, whatever was typed before the unit changed.
          { keyResult: 'Setup checklist live for all new accounts', unit: 'binary' },
        ],
      },
    });
  });

  it('leaves out key result groups left blank', () => {
    const form = objective();
    form.keyResults.splice(1, 0, blank);
    form.keyResults.push(blank);
    const built = buildObjectiveDraft(form);
    expect(built.ok && built.draft.keyResults.length).toBe(3);
  });

  it('explains fewer than 2 and more than 5 key results instead of sending them', () => {
    const one = objective({ keyResults: objective().keyResults.slice(0, 1).concat(blank) });
    expect(buildObjectiveDraft(one)).toEqual({
      ok: false,
      problems: [{ path: 'keyResults', message: MESSAGES.tooFew(1) }],
    });
    expect(MESSAGES.tooFew(1)).toMatch(
      /^Only 1 key result: an objective needs 2 to 5.* Add one more\.$/,
    );
    const six = objective({ keyResults: Array(6).fill(objective().keyResults[0]) });
    expect(buildObjectiveDraft(six)).toEqual({
      ok: false,
      problems: [{ path: 'keyResults', message: MESSAGES.tooMany(6) }],
    });
    expect(MESSAGES.tooMany(6)).toMatch(
      /^6 key results: .* Remove one, or make it a second objective\.$/,
    );
  });

  it('puts each problem on its field', () => {
    const built = buildObjectiveDraft(
      objective({
        objective: '  ',
        type: 'stretch',
        owner: '',
        cycleStart: '2026-12-31',
        cycleEnd: '2026-10-01',
        keyResults: [
          keyResult({ keyResult: 'Cut churn from 5% to 2%', baseline: 'five', target: '' }),
          keyResult({ baseline: '3', target: '3', weight: '-1' }),
        ],
      }),
    );
    expect(built.ok ? [] : built.problems).toEqual([
      { path: 'objective', message: MESSAGES.objective },
      { path: 'type', message: MESSAGES.type },
      { path: 'owner', message: MESSAGES.owner },
      { path: 'cycleEnd', message: MESSAGES.cycleOrder },
      { path: 'keyResults.0.baseline', message: MESSAGES.notANumber },
      { path: 'keyResults.0.target', message: MESSAGES.target },
      { path: 'keyResults.1.keyResult', message: MESSAGES.keyResult },
      { path: 'keyResults.1.target', message: MESSAGES.sameAsBaseline },
      { path: 'keyResults.1.weight', message: MESSAGES.weight },
    ]);
  });

  it('asks for both cycle days', () => {
    const built = buildObjectiveDraft(objective({ cycleStart: '', cycleEnd: '' }));
    expect(built.ok ? [] : built.problems.map((problem) => problem.path)).toEqual([
      'cycleStart',
      'cycleEnd',
    ]);
  });
});

const kpi = (fields: Partial<KpiForm> = {}): KpiForm => ({
  kpi: 'Gross margin',
  owner: 'Tom',
  unit: 'percent',
  low: '35',
  high: '',
  watch: '2',
  cadence: 'monthly',
  ...fields,
});

describe('buildKpiDraft', () => {
  it('takes a one-sided band, in the unit typed', () => {
    expect(buildKpiDraft(kpi())).toEqual({
      ok: true,
      draft: {
        kpi: 'Gross margin',
        owner: 'Tom',
        low: 0.35,
        high: null,
        watch: 0.02,
        cadence: 'monthly',
        unit: 'percent',
      },
    });
    expect(buildKpiDraft(kpi({ unit: 'number', low: '', high: '30', watch: '' }))).toEqual({
      ok: true,
      draft: {
        kpi: 'Gross margin',
        owner: 'Tom',
        low: null,
        high: 30,
        watch: null,
        cadence: 'monthly',
        unit: 'number',
      },
    });
  });

  it('asks for at least one side, in order, and a known cadence', () => {
    const problems = (form: KpiForm) => {
      const built = buildKpiDraft(form);
      return built.ok ? [] : built.problems;
    };
    expect(problems(kpi({ low: '', high: '' }))).toEqual([{ path: 'low', message: MESSAGES.band }]);
    expect(problems(kpi({ low: '75', high: '65' }))).toEqual([
      { path: 'high', message: MESSAGES.bandOrder },
    ]);
    expect(problems(kpi({ kpi: '', owner: ' ', watch: '-1', cadence: 'daily' }))).toEqual([
      { path: 'kpi', message: MESSAGES.kpi },
      { path: 'owner', message: MESSAGES.owner },
      { path: 'watch', message: MESSAGES.watch },
      { path: 'cadence', message: MESSAGES.cadence },
    ]);
  });
});
