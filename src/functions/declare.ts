import type { Problem } from '../core/problem';
import type { CellInput, CellOutput, CellResult } from './cells';
import { cellwise, type ParamSpec, type Readings, rangewise } from './vectorise';

/**
 * The one declaration of a custom function, in src/functions/library/: everything Sheets, the
 * sidebar, the README and the tests know of it, beside its scalar implementation. The build
 * generates from it the top-level function Sheets calls (its real parameter names, its JSDoc
 * and a body that forwards them in order), so nothing about a function is written twice.
 */
interface DeclarationBase<Ps extends readonly AnyParamDeclaration[]> {
  /** As typed in a cell: capitals and digits. */
  name: string;
  /** One or two sentences: Sheets shows it while the formula is typed. */
  summary: string;
  params: Ps;
  /** What a cell of the answer holds. */
  returns: string;
  /** A formula that computes as pasted into any cell, and its answer (a grid when it spills). */
  example: Example;
}

export interface Example {
  formula: string;
  result: CellResult | CellResult[][];
}

export type ParamDeclaration<T> = ParamSpec<T> & {
  /** Sheets shows it under the parameter's name while the formula is typed. */
  description: string;
  /** May be left out. A parameter with a default is optional anyway. */
  optional?: boolean;
};

// biome-ignore lint/suspicious/noExplicitAny: parameters of different types; vectorise.ts recovers each one's own.
export type AnyParamDeclaration = ParamDeclaration<any>;

export interface CellwiseDeclaration<Ps extends readonly AnyParamDeclaration[]>
  extends DeclarationBase<Ps> {
  compute: (...readings: Readings<Ps>) => CellResult | Problem;
  computeAll?: never;
}

export interface RangewiseDeclaration<Ps extends readonly AnyParamDeclaration[]>
  extends DeclarationBase<Ps> {
  computeAll: (rows: (Readings<Ps> | null)[]) => (CellResult | Problem)[];
  compute?: never;
}

/** A declaration without its code: what the build and the sidebar need. Plain data. */
export interface CustomFunctionDoc {
  name: string;
  summary: string;
  params: { name: string; description: string; optional: boolean; default?: string }[];
  returns: string;
  example: Example;
}

/** A custom function: called as Sheets calls it, with its documentation attached. */
export type CustomFunction = ((...inputs: CellInput[]) => CellOutput) & {
  readonly doc: CustomFunctionDoc;
  /** As declared: its `compute` is what `npm run bench` times the vectoriser against. */
  readonly declaration: AnyDeclaration;
};

type AnyDeclaration =
  | CellwiseDeclaration<readonly AnyParamDeclaration[]>
  | RangewiseDeclaration<readonly AnyParamDeclaration[]>;

export class DeclarationError extends Error {
  override name = 'DeclarationError';
}

/**
 * Makes a custom function from its declaration. A declaration Sheets could not show or call
 * correctly is refused here, when the module loads, so the build fails naming the function.
 */
export function customFunction<const Ps extends readonly AnyParamDeclaration[]>(
  declaration: CellwiseDeclaration<Ps> | RangewiseDeclaration<Ps>,
): CustomFunction {
  const doc = documentation(declaration);
  const problems = declarationProblems(doc);
  if (problems.length > 0) {
    throw new DeclarationError(`${doc.name || 'a custom function'}: ${problems.join('; ')}`);
  }
  const run =
    declaration.computeAll !== undefined
      ? rangewise({
          name: doc.name,
          params: declaration.params,
          computeAll: declaration.computeAll,
        })
      : cellwise({ name: doc.name, params: declaration.params, compute: declaration.compute });
  return Object.assign(run, { doc, declaration: declaration as AnyDeclaration });
}

function documentation(declaration: DeclarationBase<readonly AnyParamDeclaration[]>) {
  const { name, summary, returns, example } = declaration;
  const params = declaration.params.map((param) => ({
    name: param.name,
    description: param.description,
    optional: param.optional === true || param.default !== undefined,
    ...(param.default !== undefined && { default: String(param.default) }),
  }));
  return { name, summary, params, returns, example };
}

const FUNCTION_NAME = /^[A-Z][A-Z0-9]*$/;
/** A parameter name is a JavaScript identifier (it is one in the generated function). */
const PARAM_NAME = /^[a-z][a-z0-9_]*$/;

export function declarationProblems(doc: CustomFunctionDoc): string[] {
  const problems: string[] = [];
  if (!FUNCTION_NAME.test(doc.name)) problems.push('the name must be capitals and digits');
  if (!doc.summary.trim()) problems.push('no summary (Sheets shows it while typing)');
  if (!doc.returns.trim()) problems.push('no returns text');
  const seen = new Set<string>();
  let optionalSeen = false;
  for (const param of doc.params) {
    if (!PARAM_NAME.test(param.name)) {
      problems.push(`parameter "${param.name}" must be lower case letters, digits and _`);
    }
    if (seen.has(param.name)) problems.push(`parameter "${param.name}" is declared twice`);
    seen.add(param.name);
    if (!param.description.trim()) problems.push(`parameter "${param.name}" has no description`);
    if (optionalSeen && !param.optional) {
      problems.push(`required parameter "${param.name}" follows an optional one`);
    }
    optionalSeen ||= param.optional;
  }
  if (!doc.example.formula.startsWith(`=${doc.name}(`)) {
    problems.push(`the example must be a formula calling =${doc.name}(`);
  }
  if (doc.example.result === '') problems.push('the example does not say what it gives');
  return problems;
}
