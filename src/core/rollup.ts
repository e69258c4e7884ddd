import { Problem } from './problem';

/** One key result row as the roll-up sees it. */
export interface KeyResultRow {
  objective: string | null;
  score: number | null;
  weight: number | null;
}

/**
 * An objective's score is the weighted average of its key results' scores. Rows are grouped by
 * objective name, ignoring case and surrounding spaces ("Grow EMEA" and "grow emea " are one
 * objective). A blank score counts as 0 (no progress reported); a blank weight counts as 1.
 * A row that cannot be weighed (`null` here, or a bad score or weight) is left out of its
 * objective's average and shows its own message.
 */
export function rollUpByObjective(rows: (KeyResultRow | null)[]): (number | '' | Problem)[] {
  const rowProblems = rows.map((row) => (row ? keyResultRowProblem(row) : null));
  const totals = new Map<string, { weighted: number; weights: number }>();
  rows.forEach((row, index) => {
    if (!row || row.objective === null || rowProblems[index]) return;
    const key = objectiveKey(row.objective);
    const total = totals.get(key) ?? { weighted: 0, weights: 0 };
    const weight = row.weight ?? 1;
    total.weighted += weight * (row.score ?? 0);
    total.weights += weight;
    totals.set(key, total);
  });
  return rows.map((row, index) => {
    const problem = rowProblems[index];
    if (problem) return problem;
    if (!row || row.objective === null) return '';
    const total = totals.get(objectiveKey(row.objective));
    if (!total || total.weights === 0) {
      return new Problem('weights add up to 0: give a key result of this objective a weight');
    }
    return Math.min(1, Math.max(0, total.weighted / total.weights));
  });
}

function keyResultRowProblem({ objective, score, weight }: KeyResultRow): Problem | null {
  if (objective === null) return null;
  if (score !== null && (score < 0 || score > 1)) {
    return new Problem(`score ${score} is outside 0 to 1: use a score from OKRSCORE`);
  }
  if (weight !== null && weight < 0) {
    return new Problem('weight is negative: use 0 or more');
  }
  return null;
}

function objectiveKey(objective: string): string {
  return objective.trim().toLowerCase();
}
