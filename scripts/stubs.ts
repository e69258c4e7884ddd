/**
 * Apps Script only sees top-level function declarations, and Sheets only shows a custom
 * function's help from the JSDoc right above one. esbuild keeps everything inside one IIFE and
 * drops comments, so these stubs are generated after it: one per public name, calling into the
 * bundle's namespace with its parameters in declared order, so a stub cannot drift from what
 * it calls.
 */
import type { FunctionReference } from '../sidebar/function-reference';
import type { CustomFunctionDoc } from '../src/functions/declare';
import { paramHelp, signature } from '../src/functions/reference-text';
import type { PublicFunction } from './public-surface';

/** The one global the bundle defines; the stubs are the only other globals. */
export const NAMESPACE = 'OkrKpi';

export function topLevelStubs(
  serverFunctions: PublicFunction[],
  customFunctions: CustomFunctionDoc[],
): string {
  return [
    ...serverFunctions.map((fn) => stub(fn.name, fn.params.map(stubParamName), serverDoc(fn))),
    ...customFunctions.map((fn) =>
      stub(
        fn.name,
        fn.params.map((param) => param.name),
        customFunctionDoc(fn),
      ),
    ),
  ].join('\n');
}

function stub(name: string, params: string[], doc: string): string {
  const list = params.join(', ');
  return `${doc}function ${name}(${list}) {\n  return ${NAMESPACE}.${name}(${list});\n}\n`;
}

/** A leading underscore marks a parameter unused in TypeScript; the stub has no such rule. */
function stubParamName(name: string): string {
  return name.replace(/^_+/, '') || name;
}

function serverDoc(fn: PublicFunction): string {
  return fn.description ? `/** ${safe(fn.description)} */\n` : '';
}

function customFunctionDoc(fn: CustomFunctionDoc): string {
  const lines = [
    safe(fn.summary),
    '',
    ...fn.params.map((param) => `@param {*} ${param.name} ${safe(paramHelp(param))}`),
    `@return ${safe(fn.returns)}`,
    '@customfunction',
  ];
  return `/**\n${lines.map((line) => (line ? ` * ${line}` : ' *')).join('\n')}\n */\n`;
}

/** Text inside a block comment must not close it. */
function safe(text: string): string {
  return text.replace(/\*\//g, '* /');
}

export function functionReference(customFunctions: CustomFunctionDoc[]): FunctionReference[] {
  // Alphabetical, as Sheets' own function list is; the sidebar also has a filter box.
  return [...customFunctions]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((fn) => ({ ...fn, signature: signature(fn) }));
}
