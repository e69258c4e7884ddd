/**
 * From what the user typed (text in form fields) to the plain data the server takes
 * (ObjectiveDraft, KpiDraft), or to the problems to show next to each field. Pure: no DOM, so
 * it is unit-tested as it is.
 */
import type { KeyResultDraft, KpiDraft, ObjectiveDraft, Unit } from '../src/sheet/append';
import type { KPI_CADENCES, OKR_TYPES } from '../src/sheet/setup';

/** The objective's and KPI's limits, from the domain (../shared/domain.md). */
export const MIN_KEY_RESULTS = 2;
export const MAX_KEY_RESULTS = 5;
export const MAX_OBJECTIVES_PER_CYCLE = 4;
export const MAX_KPIS = 7;

export type OkrType = (typeof OKR_TYPES)[number];
export type Cadence = (typeof KPI_CADENCES)[number];

// The server's lists, repeated because importing them would bundle the sheet layer; the
// `satisfies` makes the compiler refuse any difference.
export const OKR_TYPE_CHOICES = ['aspirational', 'committed'] as const satisfies typeof OKR_TYPES;
export const CADENCE_CHOICES = [
  'weekly',
  'monthly',
  'quarterly',
] as const satisfies typeof KPI_CADENCES;

/** How a key result or KPI is measured; only the sidebar knows it (the sheet holds numbers). */
export type { Unit };

/** The Unit dropdown: value and label. */
export const UNIT_CHOICES: readonly (readonly [Unit, string])[] = [
  ['percent', '%'],
  ['number', 'number'],
  ['currency', 'currency'],
  ['binary', 'yes/no'],
];

export const DEFAULT_UNIT: Unit = 'number';

export type Parsed = { ok: true; value: number | null } | { ok: false };

/**
 * A number as people type it: 20, -3.5, 20%, 1,500, $1,500, €12, 12,5 (a decimal comma when
 * not followed by exactly three digits). Blank is null. In the % unit, or with a % sign, the
 * number is a percentage and Sheets stores it as a fraction: 20 -> 0.2.
 */
export function parseAmount(text: string, unit: Unit = 'number'): Parsed {
  let rest = text.trim().replace(/\s+/g, '').replace(/[−–]/g, '-');
  if (rest === '') return { ok: true, value: null };
  const percentSign = rest.endsWith('%');
  if (percentSign) rest = rest.slice(0, -1);
  rest = rest.replace(/^([-+]?)[$€£¥]/, '$1');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(rest)) rest = rest.replace(/,/g, '');
  else if (/^[-+]?\d+,\d+$/.test(rest)) rest = rest.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(rest)) return { ok: false };
  const value = Number(rest);
  if (!Number.isFinite(value)) return { ok: false };
  return { ok: true, value: percentSign || unit === 'percent' ? fromPercent(value) : value };
}

/** 35 -> 0.35 without floating-point crumbs (7 / 100 stays 0.07, not 0.07000000000000001). */
function fromPercent(value: number): number {
  return Number((value / 100).toPrecision(12));
}

/** How a value the sidebar sends reads in the sheet: 0.2, 1500, -3.5. */
export function sheetText(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** ISO text (2026-10-01) of a day, as the date inputs and the server take it. */
export function isoDay(date: Date): string {
  const pad = (part: number) => String(part).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar quarter `today` falls in, first and last day: the default cycle. */
export function quarterOf(today: Date): { start: string; end: string } {
  const first = Math.floor(today.getMonth() / 3) * 3;
  return {
    start: isoDay(new Date(today.getFullYear(), first, 1)),
    // Day 0 of the next quarter's first month is the quarter's last day.
    end: isoDay(new Date(today.getFullYear(), first + 3, 0)),
  };
}

/** A problem with what was typed: where (a field's path) and what to do. */
export interface FieldProblem {
  /** `objective`, `owner`, `keyResults`, `keyResults.2.target`, `low`... */
  path: string;
  message: string;
}

export type Built<T> = { ok: true; draft: T } | { ok: false; problems: FieldProblem[] };

/** One key result's fields as typed. */
export interface KeyResultForm {
  keyResult: string;
  unit: Unit;
  baseline: string;
  target: string;
  owner: string;
  weight: string;
}

export interface ObjectiveForm {
  objective: string;
  type: string;
  owner: string;
  cycleStart: string;
  cycleEnd: string;
  keyResults: KeyResultForm[];
}

export interface KpiForm {
  kpi: string;
  owner: string;
  unit: Unit;
  low: string;
  high: string;
  watch: string;
  cadence: string;
}

/** A statement is one line in the sheet: line breaks and runs of spaces fold to one space. */
export function statementText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A group left entirely blank is not a key result: it is left out, not refused. */
export function isBlankKeyResult(form: KeyResultForm): boolean {
  return [form.keyResult, form.baseline, form.target, form.owner, form.weight].every(
    (text) => text.trim() === '',
  );
}

export const MESSAGES = {
  objective: 'Write the objective: where the team wants to go.',
  owner: 'Name one owner: the person who answers for it.',
  type: 'Choose aspirational or committed.',
  cycleStart: 'Pick a start day.',
  cycleEnd: 'Pick an end day.',
  cycleOrder: 'Ends before it starts.',
  tooFew: (count: number) =>
    `${count === 0 ? 'No key results yet' : count === 1 ? 'Only 1 key result' : `${count} key results`}: an objective needs ${MIN_KEY_RESULTS} to ${MAX_KEY_RESULTS}, so one result is not the only sign it was reached. Add ${MIN_KEY_RESULTS - count === 1 ? 'one more' : `${MIN_KEY_RESULTS - count} more`}.`,
  tooMany: (count: number) =>
    `${count} key results: an objective takes ${MIN_KEY_RESULTS} to ${MAX_KEY_RESULTS}; more spread the team thin. Remove ${count - MAX_KEY_RESULTS === 1 ? 'one' : count - MAX_KEY_RESULTS}, or make it a second objective.`,
  keyResult: 'Write the key result, or remove this one.',
  notANumber: 'Type a number, e.g. 20',
  baseline: 'Where it starts (0 if none)',
  target: 'Where it should end',
  sameAsBaseline: 'Same as the baseline',
  weight: 'A weight of 0 or more, or blank.',
  kpi: 'Name the metric to watch.',
  band: 'Give a Low, a High, or both: the band the KPI should stay in.',
  bandOrder: 'High is below Low: swap them.',
  watch: 'A margin of 0 or more, or blank.',
  cadence: 'Choose weekly, monthly or quarterly.',
} as const;

/** A number field: its value in the sheet's terms, or a problem at `path`. */
function amount(
  text: string,
  unit: Unit,
  path: string,
  problems: FieldProblem[],
): number | null | undefined {
  const parsed = parseAmount(text, unit);
  if (parsed.ok) return parsed.value;
  problems.push({ path, message: MESSAGES.notANumber });
  return undefined;
}

function keyResultDraft(
  form: KeyResultForm,
  index: number,
  problems: FieldProblem[],
): KeyResultDraft {
  const at = (name: keyof KeyResultForm) => `keyResults.${index}.${name}`;
  const keyResult = statementText(form.keyResult);
  if (keyResult === '') problems.push({ path: at('keyResult'), message: MESSAGES.keyResult });
  const draft: KeyResultDraft = { keyResult, unit: form.unit };
  // A done / not done key result scores from its checkbox alone: no baseline, no target.
  if (form.unit !== 'binary') {
    const baseline = amount(form.baseline, form.unit, at('baseline'), problems);
    const target = amount(form.target, form.unit, at('target'), problems);
    if (baseline === null) problems.push({ path: at('baseline'), message: MESSAGES.baseline });
    if (target === null) problems.push({ path: at('target'), message: MESSAGES.target });
    if (typeof baseline === 'number' && baseline === target) {
      problems.push({ path: at('target'), message: MESSAGES.sameAsBaseline });
    }
    draft.baseline = baseline ?? null;
    draft.target = target ?? null;
  }
  // Blank: the server gives the key result the objective's owner.
  const owner = form.owner.trim();
  if (owner !== '') draft.owner = owner;
  const weight = amount(form.weight, 'number', at('weight'), problems);
  if (typeof weight === 'number' && weight < 0) {
    problems.push({ path: at('weight'), message: MESSAGES.weight });
  }
  if (typeof weight === 'number') draft.weight = weight;
  return draft;
}

export function buildObjectiveDraft(form: ObjectiveForm): Built<ObjectiveDraft> {
  const problems: FieldProblem[] = [];
  const objective = statementText(form.objective);
  if (objective === '') problems.push({ path: 'objective', message: MESSAGES.objective });
  const type = OKR_TYPE_CHOICES.find((choice) => choice === form.type);
  if (!type) problems.push({ path: 'type', message: MESSAGES.type });
  const owner = form.owner.trim();
  if (owner === '') problems.push({ path: 'owner', message: MESSAGES.owner });
  if (form.cycleStart === '') problems.push({ path: 'cycleStart', message: MESSAGES.cycleStart });
  if (form.cycleEnd === '') problems.push({ path: 'cycleEnd', message: MESSAGES.cycleEnd });
  // ISO days compare as text.
  if (form.cycleStart !== '' && form.cycleEnd !== '' && form.cycleEnd <= form.cycleStart) {
    problems.push({ path: 'cycleEnd', message: MESSAGES.cycleOrder });
  }
  const keyResults = form.keyResults
    .map((keyResult, index) => ({ keyResult, index }))
    .filter(({ keyResult }) => !isBlankKeyResult(keyResult))
    .map(({ keyResult, index }) => keyResultDraft(keyResult, index, problems));
  const count = keyResults.length;
  if (count < MIN_KEY_RESULTS)
    problems.push({ path: 'keyResults', message: MESSAGES.tooFew(count) });
  if (count > MAX_KEY_RESULTS) {
    problems.push({ path: 'keyResults', message: MESSAGES.tooMany(count) });
  }
  if (problems.length > 0 || !type) return { ok: false, problems };
  return {
    ok: true,
    draft: {
      objective,
      type,
      owner,
      cycleStart: form.cycleStart,
      cycleEnd: form.cycleEnd,
      keyResults,
    },
  };
}

export function buildKpiDraft(form: KpiForm): Built<KpiDraft> {
  const problems: FieldProblem[] = [];
  const kpi = statementText(form.kpi);
  if (kpi === '') problems.push({ path: 'kpi', message: MESSAGES.kpi });
  const owner = form.owner.trim();
  if (owner === '') problems.push({ path: 'owner', message: MESSAGES.owner });
  const low = amount(form.low, form.unit, 'low', problems);
  const high = amount(form.high, form.unit, 'high', problems);
  // One-sided bands are common (above 35%, under 30 minutes); no side at all is no band.
  if (low === null && high === null) problems.push({ path: 'low', message: MESSAGES.band });
  if (typeof low === 'number' && typeof high === 'number' && high < low) {
    problems.push({ path: 'high', message: MESSAGES.bandOrder });
  }
  const watch = amount(form.watch, form.unit, 'watch', problems);
  if (typeof watch === 'number' && watch < 0) {
    problems.push({ path: 'watch', message: MESSAGES.watch });
  }
  const cadence = CADENCE_CHOICES.find((choice) => choice === form.cadence);
  if (!cadence) problems.push({ path: 'cadence', message: MESSAGES.cadence });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    draft: {
      kpi,
      owner,
      low: low ?? null,
      high: high ?? null,
      watch: watch ?? null,
      cadence,
      unit: form.unit,
    },
  };
}
