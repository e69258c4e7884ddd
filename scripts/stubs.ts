/**
 * Apps Script only sees top-level function declarations, and Sheets only shows a custom
 * function's help from the JSDoc right above one. esbuild keeps everything inside one IIFE and
 * drops comments, so these stubs are generated after it: one per public name, calling into the
 * bundle's namespace.
 */
import type { FunctionReference } from '../sidebar/function-reference';
import type { PublicFunction } from './public-surface';

/** The one global the bundle defines; the stubs are the only other globals. */
export const NAMESPACE = 'OkrKpi';

export function topLevelStubs(surface: PublicFunction[]): string {
  return surface.map(stub).join('\n');
}

function stub(fn: PublicFunction): string {
  const params = fn.params.map((param) => stubParamName(param.name));
  const call = `${NAMESPACE}.${fn.name}(${params.join(', ')})`;
  return `${jsDoc(fn)}function ${fn.name}(${params.join(', ')}) {\n  return ${call};\n}\n`;
}

/** A leading underscore marks a parameter unused in TypeScript; the stub has no such rule. */
function stubParamName(name: string): string {
  return name.replace(/^_+/, '') || name;
}

function jsDoc(fn: PublicFunction): string {
  if (!fn.customFunction) return fn.description ? `/** ${safe(fn.description)} */\n` : '';
  const lines = [
    safe(fn.description),
    '',
    ...fn.params.map((param) => `@param {*} ${param.name} ${safe(param.description)}`),
    `@return ${safe(fn.returns)}`,
    '@customfunction',
  ];
  return `/**\n${lines.map((line) => (line ? ` * ${line}` : ' *')).join('\n')}\n */\n`;
}

/** Text inside a block comment must not close it. */
function safe(text: string): string {
  return text.replace(/\*\//g, '* /');
}

export function functionReference(surface: PublicFunction[]): FunctionReference[] {
  // Alphabetical, as Sheets' own function list is; the sidebar also has a filter box.
  return surface
    .filter((fn) => fn.customFunction)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((fn) => ({
      name: fn.name,
      signature: `${fn.name}(${fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`,
      description: fn.description,
      example: fn.example,
      params: fn.params,
    }));
}
