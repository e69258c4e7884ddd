/**
 * How a custom function's declaration reads to people: in Sheets' help (the generated JSDoc),
 * the sidebar's reference and the README. Pure text, so the sidebar bundles it too.
 */
import type { CellResult } from './cells';
import type { CustomFunctionDoc } from './declare';

type ParamDoc = CustomFunctionDoc['params'][number];

/** As Sheets writes a signature: optional parameters in brackets. */
export function signature(fn: CustomFunctionDoc): string {
  const params = fn.params.map((param) => (param.optional ? `[${param.name}]` : param.name));
  return `${fn.name}(${params.join(', ')})`;
}

/** A parameter's help, with what a left-out value means. */
export function paramHelp(param: ParamDoc): string {
  return param.default === undefined
    ? param.description
    : `${param.description} Blank or left out: ${param.default}.`;
}

/** A value as its cell shows it; a spilled answer row by row. */
export function shownResult(result: CellResult | CellResult[][]): string {
  if (Array.isArray(result)) return result.map((row) => row.map(shownResult).join(', ')).join('; ');
  if (typeof result === 'boolean') return result ? 'TRUE' : 'FALSE';
  return String(result);
}
