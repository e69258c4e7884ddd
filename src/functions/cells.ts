/**
 * What Sheets hands a custom function for one cell: numbers (percentages as decimals), text,
 * booleans for checkboxes, `Date` for dates, and `""` for a blank cell. `undefined` is an
 * argument the formula left out.
 */
export type CellValue = number | string | boolean | Date | null | undefined;

/** One argument: a single cell, or a range as rows of cells. */
export type CellInput = CellValue | CellValue[][];

/** What a custom function can put in one cell. `""` leaves the cell looking blank. */
export type CellResult = number | string | boolean;

/** A scalar for scalar arguments, a same-shaped grid when a range came in. */
export type CellOutput = CellResult | CellResult[][];

export function isBlank(cell: CellValue): cell is '' | null | undefined {
  return cell === '' || cell === null || cell === undefined;
}
