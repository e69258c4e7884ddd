/**
 * Reads the server functions src/server.ts exports with the TypeScript compiler API: every
 * exported name, its parameters and its JSDoc. The build turns this into top-level stubs in
 * Code.js, so no list of names is kept by hand. (Custom functions are declared as data in
 * src/functions/library/ instead: see scripts/custom-functions.ts.)
 */
import ts from 'typescript';

export interface PublicFunction {
  name: string;
  params: string[];
  description: string;
}

export class PublicSurfaceError extends Error {
  override name = 'PublicSurfaceError';
}

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
    // Apps Script hides names ending in "_" from menus, google.script.run and Sheets.
    if (exported.name.endsWith('_')) {
      problems.push(`${exported.name}: a public name cannot end in "_"`);
    }
    return describeFunction(exported.name, declaration);
  });
  if (problems.length > 0) {
    throw new PublicSurfaceError(
      `the public surface in ${serverFile} is not valid:\n  ${problems.join('\n  ')}`,
    );
  }
  return surface.filter((entry): entry is PublicFunction => entry !== null);
}

function describeFunction(name: string, declaration: ts.FunctionDeclaration): PublicFunction {
  return {
    name,
    description: commentText(ts.getJSDocCommentsAndTags(declaration).find(ts.isJSDoc)?.comment),
    params: declaration.parameters.map((parameter) => parameter.name.getText()),
  };
}

function commentText(comment: string | ts.NodeArray<ts.JSDocComment> | undefined): string {
  const text = typeof comment === 'string' ? comment : ts.getTextOfJSDocComment(comment);
  return (text ?? '')
    .replace(/^[\s-]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
