import { echoed } from './echo';
import { Problem } from './problem';

/** Declared up front for every OKR: aspirational (stretch) or committed (must deliver). */
export type OkrType = 'aspirational' | 'committed';

export type Grade = 'GREEN' | 'YELLOW' | 'RED';
export type PaceStatus = 'ON TRACK' | 'AT RISK' | 'OFF TRACK';

/**
 * Grading as popularised by Google. Aspirational: 0.7 and up is delivered (GREEN), 0.4 and up
 * is progress that fell short (YELLOW). Committed OKRs are expected to reach 1.0: only 1.0 is
 * GREEN, and 0.7 and up is YELLOW.
 */
export const GRADE_FLOORS: Record<OkrType, { green: number; yellow: number }> = {
  aspirational: { green: 0.7, yellow: 0.4 },
  committed: { green: 1, yellow: 0.7 },
};

/**
 * Mid-cycle, a score is judged against the straight-line pace to the type's success level:
 * by half-time an aspirational OKR should be at 0.35, a committed one at 0.5. At or above that
 * pace is ON TRACK; at 60% of it or more is AT RISK (recoverable with effort); below is OFF TRACK.
 */
export const AT_RISK_SHARE_OF_PACE = 0.6;

/** Scores are computed in binary floating point: 0.7 must grade as 0.7, not as 0.6999... */
const TOLERANCE = 1e-9;

/**
 * Teams and OKR tools word the type their own way ("Aspirational Goal", "Stretch",
 * "Committed OKR", "Commit"): a word that says which is enough.
 */
const COMMITTED_WORDS = /\b(committed|commit|commitment)\b/;
const ASPIRATIONAL_WORDS = /\b(aspirational|stretch|moonshot|roofshot)\b/;

export function okrType(text: string): OkrType | Problem {
  const type = text.trim().toLowerCase();
  const committed = COMMITTED_WORDS.test(type);
  const aspirational = ASPIRATIONAL_WORDS.test(type);
  if (committed !== aspirational) return committed ? 'committed' : 'aspirational';
  return new Problem(`type "${echoed(text)}" is unknown: use aspirational or committed`);
}

export function scoreProblem(score: number, name = 'score'): Problem | null {
  if (score < 0 || score > 1)
    return new Problem(`${name} ${score} is outside 0 to 1: use a fraction such as 0.7 or 70%`);
  return null;
}

export function endOfCycleGrade(score: number, type: OkrType): Grade {
  const floors = GRADE_FLOORS[type];
  if (score + TOLERANCE >= floors.green) return 'GREEN';
  if (score + TOLERANCE >= floors.yellow) return 'YELLOW';
  return 'RED';
}

export function paceStatus(score: number, type: OkrType, elapsed: number): PaceStatus {
  const expected = GRADE_FLOORS[type].green * elapsed;
  if (score + TOLERANCE >= expected) return 'ON TRACK';
  if (score + TOLERANCE >= expected * AT_RISK_SHARE_OF_PACE) return 'AT RISK';
  return 'OFF TRACK';
}

/** The grade a reviewer would give: at the end of the cycle, or mid-cycle against pace. */
export function okrStatus(
  score: number | null,
  type: OkrType | Problem,
  elapsed: number | null,
): Grade | PaceStatus | '' | Problem {
  if (score === null) return '';
  if (type instanceof Problem) return type;
  const problem =
    scoreProblem(score) ?? (elapsed === null ? null : scoreProblem(elapsed, 'elapsed'));
  if (problem) return problem;
  return elapsed === null ? endOfCycleGrade(score, type) : paceStatus(score, type, elapsed);
}
