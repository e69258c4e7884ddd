/**
 * The live hints under the fields: the same rules as the sheet's OBJCHECK, KRCHECK and
 * OKRKIND (src/core/statements), run in the sidebar as the user types, each problem said with
 * what to do about it. Also the caps (objectives per cycle, KPIs per team) and what a unit
 * does to the numbers. Pure: no DOM.
 */

import { classifyStatement, type StatementKind } from '../src/core/statements/classify';
import {
  KEY_RESULT_PROBLEMS,
  type KeyResultProblem,
  keyResultProblems,
  OBJECTIVE_PROBLEMS,
  type ObjectiveProblem,
  objectiveProblems,
} from '../src/core/statements/lint';
import { OBJECTIVE_MAX_WORDS } from '../src/core/statements/vocabulary';
import type { CycleObjectives } from '../src/sheet/sidebar';
import {
  MAX_KPIS,
  MAX_OBJECTIVES_PER_CYCLE,
  parseAmount,
  sheetText,
  statementText,
  type Unit,
} from './drafts';

export type HintTone = 'neutral' | 'good' | 'warn';

export interface Hint {
  text: string;
  tone: HintTone;
}

/**
 * Each OBJCHECK problem, starting with the word the sheet's check column shows, then what to
 * do. A Record over the vocabulary: a new problem in src/core fails the type check here.
 */
const OBJECTIVE_ADVICE: Record<ObjectiveProblem, string> = {
  [OBJECTIVE_PROBLEMS.empty]: 'Empty: write where the team wants to go.',
  [OBJECTIVE_PROBLEMS.hasNumber]: 'Has a number: put it in a key result.',
  [OBJECTIVE_PROBLEMS.tooLong]: `Too long: ${OBJECTIVE_MAX_WORDS} words at most.`,
  [OBJECTIVE_PROBLEMS.notADirection]: 'Not a direction: say where to go, not what to do.',
};

const KEY_RESULT_ADVICE: Record<KeyResultProblem, string> = {
  [KEY_RESULT_PROBLEMS.empty]: 'Empty: write the result to reach.',
  [KEY_RESULT_PROBLEMS.task]: 'Task, not an outcome: what will it achieve?',
  [KEY_RESULT_PROBLEMS.noNumber]: 'No number: how is it measured?',
  [KEY_RESULT_PROBLEMS.noBaseline]: 'No baseline: say where it starts ("from 20% to 35%").',
  [KEY_RESULT_PROBLEMS.noTarget]: 'No target: say where it should end.',
  [KEY_RESULT_PROBLEMS.kpi]: 'A level to keep: a KPI, not a change.',
};

export function objectiveHint(text: string): Hint {
  if (statementText(text) === '') {
    return {
      text: 'A direction with no number, e.g. "Delight our new customers".',
      tone: 'neutral',
    };
  }
  const problems = objectiveProblems(text);
  if (problems.length === 0) return { text: 'OK: a direction, with no number.', tone: 'good' };
  return { text: problems.map((problem) => OBJECTIVE_ADVICE[problem]).join(' '), tone: 'warn' };
}

export function keyResultHint(text: string): Hint {
  if (statementText(text) === '') {
    return { text: 'A measurable result, e.g. "Cut churn from 5% to 2%".', tone: 'neutral' };
  }
  const problems = keyResultProblems(text);
  if (problems.length === 0) return { text: 'OK: measurable, with somewhere to go.', tone: 'good' };
  return { text: problems.map((problem) => KEY_RESULT_ADVICE[problem]).join(' '), tone: 'warn' };
}

const KIND_BADGES: Record<StatementKind, string> = {
  'KEY RESULT': 'looks like a key result',
  KPI: 'looks like a KPI',
  TASK: 'looks like a task',
  OBJECTIVE: 'looks like an objective',
};

export interface Badge {
  text: string;
  /** Why, in the rule's words (OKRKIND's reason). */
  because: string;
  tone: HintTone;
}

/**
 * OKRKIND's answer as a badge: good where the statement is what the field wants (`expected`),
 * a warning where it is something else. Null while the field is blank.
 */
export function kindBadge(text: string, expected: StatementKind): Badge | null {
  const found = classifyStatement(text);
  if (!found) return null;
  return {
    text: KIND_BADGES[found.kind],
    because: `${capitalise(found.because)}.`,
    tone: found.kind === expected ? 'good' : 'warn',
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every objective, key result and KPI has exactly one owner: a person, not a team. */
export function ownerHint(text: string): Hint {
  const owner = text.trim();
  if (/\b(team|squad|department|group|all|everyone)\b|&|\+|\/|,|\band\b/i.test(owner)) {
    return { text: 'One person, not a team or a pair: a shared goal has no owner.', tone: 'warn' };
  }
  return { text: 'One person, who answers for it.', tone: 'neutral' };
}

/** What the unit means for the numbers typed, under the Unit dropdown of a key result or KPI. */
export function unitHint(unit: Unit, of: 'keyResult' | 'kpi' = 'keyResult'): Hint {
  const example = of === 'kpi' ? 35 : 20;
  switch (unit) {
    case 'percent':
      return {
        text: `Type ${example} for ${example}%: the sheet stores it as ${example / 100}.`,
        tone: 'neutral',
      };
    case 'currency':
      return { text: 'Amounts: 1500 or $1,500.', tone: 'neutral' };
    case 'binary':
      return {
        text: 'Done or not done: no baseline or target. Type TRUE in Current when done (scores 1).',
        tone: 'neutral',
      };
    case 'number':
      return of === 'kpi'
        ? { text: 'In the metric’s own units, e.g. 30 (minutes).', tone: 'neutral' }
        : { text: 'Going down works too: 12 to 7 minutes.', tone: 'neutral' };
  }
}

/** Under Baseline or Target: what the sheet will hold, when that differs from what was typed. */
export function amountHint(text: string, unit: Unit): Hint {
  const parsed = parseAmount(text, unit);
  if (!parsed.ok || parsed.value === null) return { text: '', tone: 'neutral' };
  const typed = text.trim().replace(/\s+/g, '');
  const stored = sheetText(parsed.value);
  if (stored === typed) return { text: '', tone: 'neutral' };
  return { text: `${stored} in the sheet`, tone: 'neutral' };
}

/**
 * The objectives already planned for the cycle that starts on `cycleStart` (the OKRs tab's
 * rows of that cycle, and rows with no cycle), and what one more means: a team holds 2 to 4.
 */
export function cycleHint(cycles: CycleObjectives[] | null, cycleStart: string): Hint {
  if (cycles === null) return { text: 'Default: this quarter.', tone: 'neutral' };
  // Rows with no cycle dates (a tab without those columns) count as this cycle's.
  const planned = new Set(
    cycles
      .filter((cycle) => cycle.cycleStart === cycleStart || cycle.cycleStart === null)
      .flatMap((cycle) => cycle.objectives),
  );
  const count = planned.size;
  if (count >= MAX_OBJECTIVES_PER_CYCLE) {
    return {
      // No names: the line keeps its two lines however long the objectives are.
      text: `This cycle already has ${count} objectives; a team holds 2 to 4. Drop one first?`,
      tone: 'warn',
    };
  }
  if (count === 0) return { text: 'No objectives in this cycle yet.', tone: 'neutral' };
  return {
    text: `This cycle has ${count} objective${count === 1 ? '' : 's'} so far (a team holds 2 to 4).`,
    tone: 'neutral',
  };
}

/** A team watches 5 to 7 KPIs: past 7, the dashboard stops being read. */
export function kpiCountHint(kpiCount: number | null): Hint {
  if (kpiCount === null) return { text: 'A team watches 5 to 7 KPIs.', tone: 'neutral' };
  if (kpiCount >= MAX_KPIS) {
    return {
      text: `You already watch ${kpiCount} KPIs: past ${MAX_KPIS}, nobody reads the dashboard. Retire one before adding another?`,
      tone: 'warn',
    };
  }
  return {
    text: `You watch ${kpiCount} KPI${kpiCount === 1 ? '' : 's'} (a team watches 5 to 7).`,
    tone: 'neutral',
  };
}
