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
  // One pass adds each row into its objective's total; the second hands every row that total.
  // Each row keeps its total (or its problem) from the first pass, so names are keyed once.
  const totals = new Map<string, ObjectiveTotal>();
  const rowTotals: (ObjectiveTotal | Problem | null)[] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    if (!row || row.objective === null) {
      rowTotals[index] = null;
      continue;
    }
    const problem = keyResultRowProblem(row);
    if (problem) {
      rowTotals[index] = problem;
      continue;
    }
    const key = objectiveKey(row.objective);
    let total = totals.get(key);
    if (!total) {
      total = { weighted: 0, weights: 0 };
      totals.set(key, total);
    }
    const weight = row.weight ?? 1;
    total.weighted += weight * (row.score ?? 0);
    total.weights += weight;
    rowTotals[index] = total;
  }
  return rowTotals.map((total) => {
    if (total === null) return '';
    if (total instanceof Problem) return total;
    if (total.weights === 0) {
      return new Problem('weights add up to 0: give a key result of this objective a weight');
    }
    // Weights near the largest numbers (1e308) add up to Infinity: the average would be 0 or
    // NaN, not the objective's score.
    if (!Number.isFinite(total.weights) || !Number.isFinite(total.weighted)) {
      return new Problem('weights are too large to add up: use weights such as 1, 2 or 3');
    }
    return Math.min(1, Math.max(0, total.weighted / total.weights));
  });
}

interface ObjectiveTotal {
  weighted: number;
  weights: number;
}

function keyResultRowProblem({ score, weight }: KeyResultRow): Problem | null {
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
