/**
 * Reads the public surface declared in src/server.ts with the TypeScript compiler API: every
 * exported name, its parameters and its JSDoc. The build turns this into the top-level stubs
 * of Code.js and the sidebar's function reference, so no list of names is kept by hand.
 *
 * A function declared under src/functions/ is a custom function, and Sheets only shows help
 * for it if its JSDoc is complete: so this is where an incomplete one fails the build.
 */
import path from 'node:path';
import ts from 'typescript';

export interface ParamDoc {
  name: string;
  description: string;
  optional: boolean;
}

export interface PublicFunction {
  name: string;
  params: ParamDoc[];
  customFunction: boolean;
  description: string;
  returns: string;
  example: string;
}

export class PublicSurfaceError extends Error {
  override name = 'PublicSurfaceError';
}

const CUSTOM_FUNCTION_DIR = `${path.sep}functions${path.sep}`;

export function readPublicSurface(serverFile: string): PublicFunction[] {
  const program = ts.createProgram([serverFile], {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    types: [],
    // Only declarations and their JSDoc are read: skipping the standard library halves the time.
    noLib: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(serverFile);
  if (!source) throw new PublicSurfaceError(`cannot read ${serverFile}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new PublicSurfaceError(`${serverFile} exports nothing`);
  const problems: string[] = [];
  const surface = checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.find(ts.isFunctionDeclaration);
    if (!declaration) {
      problems.push(`${exported.name}: only functions can be public (Apps Script calls them)`);
      return null;
    }
    const publicFunction = describeFunction(exported.name, declaration);
    problems.push(...checkFunction(publicFunction, declaration));
    return publicFunction;
  });
  if (problems.length > 0) {
    throw new PublicSurfaceError(
      `the public surface in ${serverFile} is not valid:\n  ${problems.join('\n  ')}`,
    );
  }
  return surface.filter((entry): entry is PublicFunction => entry !== null);
}

function describeFunction(name: string, declaration: ts.FunctionDeclaration): PublicFunction {
  const fileName = path.normalize(declaration.getSourceFile().fileName);
  const tags = ts.getJSDocTags(declaration);
  const paramDocs = new Map(
    tags
      .filter(ts.isJSDocParameterTag)
      .map((tag) => [tag.name.getText(), commentText(tag.comment)]),
  );
  return {
    name,
    customFunction: fileName.includes(CUSTOM_FUNCTION_DIR),
    description: commentText(ts.getJSDocCommentsAndTags(declaration).find(ts.isJSDoc)?.comment),
    params: declaration.parameters.map((parameter) => {
      const paramName = parameter.name.getText();
      return {
        name: paramName,
        description: paramDocs.get(paramName) ?? '',
        optional: Boolean(parameter.questionToken || parameter.initializer),
      };
    }),
    returns: commentText(tags.find((tag) => tag.tagName.text === 'return')?.comment),
    example: commentText(tags.find((tag) => tag.tagName.text === 'example')?.comment),
  };
}

function checkFunction(fn: PublicFunction, declaration: ts.FunctionDeclaration): string[] {
  const problems: string[] = [];
  // Apps Script hides names ending in "_" from menus, google.script.run and Sheets.
  if (fn.name.endsWith('_')) problems.push(`${fn.name}: a public name cannot end in "_"`);
  if (!fn.customFunction) return problems;
  const tags = ts.getJSDocTags(declaration);
  if (!fn.description) {
    problems.push(`${fn.name}: custom function has no JSDoc description`);
    return problems;
  }
  if (!tags.some((tag) => tag.tagName.text === 'customfunction')) {
    problems.push(`${fn.name}: JSDoc lacks @customfunction`);
  }
  if (!fn.returns) problems.push(`${fn.name}: JSDoc lacks @return`);
  if (!fn.example) problems.push(`${fn.name}: JSDoc lacks @example (the sidebar shows it)`);
  const documented = tags.filter(ts.isJSDocParameterTag).map((tag) => tag.name.getText());
  const declared = fn.params.map((param) => param.name);
  if (documented.join(',') !== declared.join(',')) {
    problems.push(
      `${fn.name}: @param names (${documented.join(', ') || 'none'}) do not match its parameters (${declared.join(', ')})`,
    );
  }
  for (const param of fn.params) {
    if (documented.includes(param.name) && !param.description) {
      problems.push(`${fn.name}: @param ${param.name} has no description`);
    }
  }
  return problems;
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  const text = typeof comment === 'string' ? comment : ts.getTextOfJSDocComment(comment);
  return (text ?? '')
    .replace(/^[\s-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
