/**
 * The add-on's custom functions inside HyperFormula, running the built Code.js. Each formula
 * call hands the function what Sheets would (see values.ts) and spills a grid answer.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import { type AddOnFunction, loadCustomFunctions, thrownMessage } from './addon';
import { fromSheetsResult, toSheetsArgument } from './values';
import { VOLATILE_ARGUMENT_MESSAGE, VolatileArguments, volatileFunctionNames } from './volatile';

/** Calls into the custom functions, counted so tests can see one call per column. */
export interface CustomFunctionCalls {
  count: number;
  byName: Map<string, number>;
}

/**
 * HyperFormula exports neither its AST nor its interpreter state types: these say what this
 * plugin relies on, and the values pass through to HyperFormula's own methods untouched.
 */
interface ProcedureAst {
  procedureName: string;
  args: unknown[];
}
type InterpreterState = Parameters<FunctionPlugin['calculateSingleCellOfResultArray']>[0];
type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];

export const customFunctionCalls: CustomFunctionCalls = { count: 0, byName: new Map() };

let registered: Map<string, AddOnFunction> | null = null;

/**
 * Registers every custom function of dist/Code.js with HyperFormula, once per process (the
 * registry is global). Returns their names.
 */
export function registerCustomFunctions(): string[] {
  if (registered) return [...registered.keys()];
  const functions = loadCustomFunctions();
  const volatileNames = volatileFunctionNames(HyperFormula.getAllFunctionPlugins());
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};
  for (const name of functions.keys()) {
    implemented[name] = {
      method: 'callCustomFunction',
      sizeOfResultArrayMethod: 'sizeOfCustomFunctionResult',
      // The add-on vectorises itself: HyperFormula must hand it whole ranges.
      vectorizationForbidden: true,
      // Sheets' own contract: any argument may be omitted, a cell or a range.
      parameters: [],
      repeatLastArgs: 0,
    };
    translations[name] = name;
  }
  class AddOnFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions = implemented;

    /** Sheets refuses NOW(), TODAY(), RAND(), RANDBETWEEN() in arguments: see volatile.ts. */
    private readonly volatileArguments = new VolatileArguments(this.dependencyGraph, volatileNames);

    callCustomFunction(ast: ProcedureAst, state: InterpreterState) {
      const fn = customFunction(ast);
      if (this.volatileArguments.refuses(ast.args, state.formulaAddress)) {
        return inFormulaCellOnly(
          new CellError(ErrorType.ERROR, VOLATILE_ARGUMENT_MESSAGE),
          ast,
          state,
        );
      }
      let args: ReturnType<typeof this.evaluateAst>[];
      try {
        args = ast.args.map((arg) => this.evaluateAst(arg as Ast, state));
      } catch (thrown) {
        // HyperFormula 3.5 throws "Unknown array" when a column an array formula reads is
        // deleted, while it still recalculates: an error value for now, and the workbook's
        // rebuild of array formulas after the deletion computes the cell again.
        return new CellError(ErrorType.REF, thrownMessage(thrown));
      }
      const error = args.find((arg): arg is CellError => arg instanceof CellError);
      // Sheets does not call a custom function whose argument is an error: it shows the error.
      if (error) return error;
      countCall(ast.procedureName);
      try {
        return fromSheetsResult(fn(...args.map(toSheetsArgument)));
      } catch (thrown) {
        // Shown as Sheets shows a thrown custom function error: #ERROR! with the message. The
        // error comes from Code.js's own realm, so it is not `instanceof` this realm's Error.
        return new CellError(ErrorType.ERROR, thrownMessage(thrown));
      }
    }

    /**
     * HyperFormula must know how far a formula spills before it evaluates it. The add-on's
     * answer has the shape its arguments give, whatever their values, so it is asked with
     * blank arguments of the same sizes.
     */
    sizeOfCustomFunctionResult(ast: ProcedureAst, state: InterpreterState): ArraySize {
      // A refused call shows its error in its own cell and spills nothing.
      if (this.volatileArguments.refuses(ast.args, state.formulaAddress)) return ArraySize.scalar();
      const blanks = ast.args.map((arg) => {
        const size = this.arraySizeForAst(arg as Ast, state);
        // ArraySize.isScalar() is also true for any reference: only 1 x 1 is a single cell.
        if (size.width === 1 && size.height === 1) return '';
        return Array.from({ length: size.height }, () => new Array<string>(size.width).fill(''));
      });
      try {
        const answer = customFunction(ast)(...blanks);
        if (!Array.isArray(answer)) return ArraySize.scalar();
        return new ArraySize(answer[0]?.length ?? 1, Math.max(answer.length, 1));
      } catch {
        return ArraySize.scalar();
      }
    }
  }
  HyperFormula.registerFunctionPlugin(AddOnFunctionsPlugin, {
    enGB: translations,
    enUS: translations,
  });
  registered = functions;
  return [...functions.keys()];

  function customFunction(ast: ProcedureAst): AddOnFunction {
    const fn = functions.get(ast.procedureName);
    if (!fn) throw new Error(`${ast.procedureName} is not a custom function of Code.js`);
    return fn;
  }
}

/**
 * An error shown in the formula's own cell only, as Sheets shows a custom function's error. A
 * formula whose spill HyperFormula sized before one of its cells turned volatile keeps that
 * size, and an error returned as is would fill all of it: the error goes in the top-left cell
 * of a grid of blanks instead. A call nested in a larger formula returns the error itself.
 */
function inFormulaCellOnly(
  error: CellError,
  ast: ProcedureAst,
  state: InterpreterState,
): CellError | SimpleRangeValue {
  const vertex = state.formulaVertex as
    | { formula?: unknown; width?: number; height?: number }
    | undefined;
  const width = vertex?.width ?? 1;
  const height = vertex?.height ?? 1;
  if (vertex?.formula !== ast || width * height <= 1) return error;
  return SimpleRangeValue.onlyValues(
    Array.from({ length: height }, (_, row) =>
      Array.from({ length: width }, (_, column) =>
        row === 0 && column === 0 ? error : EmptyValue,
      ),
    ),
  );
}

function countCall(name: string): void {
  customFunctionCalls.count++;
  customFunctionCalls.byName.set(name, (customFunctionCalls.byName.get(name) ?? 0) + 1);
}
