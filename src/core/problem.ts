/**
 * Something wrong with one row's data that the user can fix. Core functions return it instead
 * of throwing, so one bad row never stops the rest of a column from computing; the custom
 * function layer shows `message` in that row's cell.
 */
export class Problem {
  constructor(readonly message: string) {}
}

export function isProblem(value: unknown): value is Problem {
  return value instanceof Problem;
}
