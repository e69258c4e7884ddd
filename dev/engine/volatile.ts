/**
 * Sheets' rule for volatile arguments. Sheets caches a custom function's answer per set of
 * arguments, so it only calls one whose arguments are deterministic: an argument that calls
 * NOW(), TODAY(), RAND() or RANDBETWEEN(), or that references a cell or a range holding a cell
 * whose value depends on one of them (directly or through other cells), is refused. The cell
 * shows #ERROR! with the message below and the function is not called. A volatile function
 * elsewhere in the formula (`=OKRSCORE(B1, 0, 1) + NOW()`) or alone in a cell is fine.
 *
 * The cells that depend on a volatile function are read from HyperFormula's dependency graph,
 * not from the formulas' text: the graph already knows its volatile vertices (it recalculates
 * them every time) and who depends on whom, edges going from a cell to the formulas and ranges
 * that read it. Walking those edges forward from the volatile vertices gives every vertex whose
 * value depends on one, range vertices included, so a reference to a range of 10,000 rows is
 * checked by looking its one range vertex up, not its 10,000 cells. The walk is done once per
 * change to the graph, not once per call.
 */

/** The error Sheets shows (#ERROR!) over a formula whose custom function it refuses. */
export const VOLATILE_ARGUMENT_MESSAGE =
  'This function is not allowed to reference a cell with NOW(), RAND(), or RANDBETWEEN()';

/**
 * HyperFormula exports neither its AST nor its dependency graph types: these say what is read
 * here, and nothing is written. A vertex is known by its id in the graph.
 */
interface Vertex {
  idInGraph?: number;
}

interface SimpleCellAddress {
  sheet: number;
  row: number;
  col: number;
}

interface AstNode {
  type: string;
  procedureName?: string;
  expressionName?: string;
  args?: (AstNode | AstNode[])[];
  left?: AstNode;
  right?: AstNode;
  value?: unknown;
  expression?: AstNode;
  reference?: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress };
  start?: AstAddress;
  end?: AstAddress;
}

interface AstAddress {
  toSimpleCellAddress?(base: SimpleCellAddress): SimpleCellAddress;
  toSimpleColumnAddress?(base: SimpleCellAddress): { sheet: number; col: number };
  toSimpleRowAddress?(base: SimpleCellAddress): { sheet: number; row: number };
}

interface GraphInternals {
  /** Grows by one for every vertex added: a formula written to a cell is always a new vertex. */
  nextId: number;
  /** By id; a removed vertex leaves a hole. */
  nodesSparseArray: (Vertex | undefined)[];
  /** By id, the ids of the vertices that read this one (removed ones possibly included). */
  edgesSparseArray: ((number | undefined)[] | undefined)[];
  /** Ids of the vertices whose formula calls a volatile function (removed ones included). */
  dirtyAndVolatileNodeIds: { rawValue: { volatile: number[] } };
}

interface DependencyGraphInternals {
  graph: GraphInternals;
  addressMapping: { getCell(address: SimpleCellAddress): Vertex | undefined };
  arrayMapping: { arrayMapping: Map<string, Vertex & { getFormula(service: unknown): AstNode }> };
  namedExpressions: {
    nearestNamedExpression(name: string, sheet: number): { address: SimpleCellAddress } | undefined;
  };
  /** Its version changes with every structural change (rows, columns, sheets moved). */
  lazilyTransformingAstService: { version(): number };
  getRange(start: SimpleCellAddress, end: SimpleCellAddress): Vertex | undefined;
  getSheetHeight(sheet: number): number;
  getSheetWidth(sheet: number): number;
}

/** The built-in functions HyperFormula recalculates every time: NOW, TODAY, RAND, RANDBETWEEN. */
export function volatileFunctionNames(
  plugins: { implementedFunctions: Record<string, { isVolatile?: boolean }> }[],
): Set<string> {
  const names = new Set<string>();
  for (const plugin of plugins) {
    for (const [name, metadata] of Object.entries(plugin.implementedFunctions)) {
      if (metadata.isVolatile) names.add(name);
    }
  }
  return names;
}

/** Decides, for one HyperFormula engine, whether Sheets would refuse a call's arguments. */
export class VolatileArguments {
  private readonly graph: DependencyGraphInternals;
  private dependents: { key: string; ids: Set<number> } | null = null;

  constructor(
    dependencyGraph: unknown,
    private readonly volatileNames: ReadonlySet<string>,
  ) {
    this.graph = dependencyGraph as DependencyGraphInternals;
  }

  /** True when an argument calls a volatile function or references a cell depending on one. */
  refuses(args: readonly unknown[], formulaAddress: SimpleCellAddress): boolean {
    return args.some((arg) => this.isVolatile(arg as AstNode, formulaAddress));
  }

  private isVolatile(node: AstNode, base: SimpleCellAddress): boolean {
    switch (node.type) {
      case 'FUNCTION_CALL':
        if (this.volatileNames.has(node.procedureName ?? '')) return true;
        break;
      case 'CELL_REFERENCE': {
        if (!node.reference) return false;
        return this.cellDepends(node.reference.toSimpleCellAddress(base));
      }
      case 'CELL_RANGE': {
        const start = node.start?.toSimpleCellAddress?.(base);
        const end = node.end?.toSimpleCellAddress?.(base);
        return start !== undefined && end !== undefined && this.rangeDepends(start, end);
      }
      case 'COLUMN_RANGE': {
        const start = node.start?.toSimpleColumnAddress?.(base);
        const end = node.end?.toSimpleColumnAddress?.(base);
        if (!start || !end) return false;
        // As HyperFormula keys a whole-column range: rows 0 to Infinity.
        return this.rangeDepends(
          { sheet: start.sheet, col: start.col, row: 0 },
          { sheet: start.sheet, col: end.col, row: Number.POSITIVE_INFINITY },
        );
      }
      case 'ROW_RANGE': {
        const start = node.start?.toSimpleRowAddress?.(base);
        const end = node.end?.toSimpleRowAddress?.(base);
        if (!start || !end) return false;
        return this.rangeDepends(
          { sheet: start.sheet, col: 0, row: start.row },
          { sheet: start.sheet, col: Number.POSITIVE_INFINITY, row: end.row },
        );
      }
      case 'NAMED_EXPRESSION': {
        const named = this.graph.namedExpressions.nearestNamedExpression(
          node.expressionName ?? '',
          base.sheet,
        );
        return named !== undefined && this.cellDepends(named.address);
      }
    }
    return children(node).some((child) => this.isVolatile(child, base));
  }

  private cellDepends(address: SimpleCellAddress): boolean {
    const ids = this.volatileDependents();
    if (ids.size === 0) return false;
    return dependsIn(ids, this.graph.addressMapping.getCell(address));
  }

  private rangeDepends(start: SimpleCellAddress, end: SimpleCellAddress): boolean {
    const ids = this.volatileDependents();
    if (ids.size === 0) return false;
    // Every range a formula reads has its vertex, fed by the range's cells.
    const rangeVertex = this.graph.getRange(start, end);
    if (rangeVertex) return dependsIn(ids, rangeVertex);
    // A range HyperFormula does not track (an argument of ROWS(), say): look at its cells, as
    // far as the sheet goes. A range on a deleted sheet is #REF!, not volatile.
    let bottom: number;
    let right: number;
    try {
      bottom = Math.min(end.row, this.graph.getSheetHeight(start.sheet) - 1);
      right = Math.min(end.col, this.graph.getSheetWidth(start.sheet) - 1);
    } catch {
      return false;
    }
    for (let row = start.row; row <= bottom; row++) {
      for (let col = start.col; col <= right; col++) {
        if (this.cellDepends({ sheet: start.sheet, row, col })) return true;
      }
    }
    return false;
  }

  /**
   * The ids of every vertex whose value depends on a volatile function: the volatile vertices
   * and all they reach, range vertices included. Recomputed only when the graph has changed, which adding a vertex or a structural
   * change always does (a formula or value written over a formula is a new vertex).
   */
  private volatileDependents(): Set<number> {
    const { graph } = this.graph;
    const key = `${graph.nextId}:${this.graph.lazilyTransformingAstService.version()}`;
    if (this.dependents?.key === key) return this.dependents.ids;
    const ids = new Set<number>();
    const pending: number[] = [];
    const visit = (id: number | undefined) => {
      if (id === undefined || ids.has(id) || graph.nodesSparseArray[id] === undefined) return;
      ids.add(id);
      pending.push(id);
    };
    for (const id of graph.dirtyAndVolatileNodeIds.rawValue.volatile) visit(id);
    // HyperFormula does not mark a spilling formula volatile when it builds a workbook from
    // sheets (GraphBuilder only marks single-cell formulas): find those by their formula.
    const service = this.graph.lazilyTransformingAstService;
    for (const array of this.graph.arrayMapping.arrayMapping.values()) {
      if (this.callsVolatile(array.getFormula(service))) visit(array.idInGraph);
    }
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      for (const dependent of graph.edgesSparseArray[id] ?? []) visit(dependent);
    }
    this.dependents = { key, ids };
    return ids;
  }

  private callsVolatile(node: AstNode): boolean {
    if (node.type === 'FUNCTION_CALL' && this.volatileNames.has(node.procedureName ?? '')) {
      return true;
    }
    return children(node).some((child) => this.callsVolatile(child));
  }
}

function dependsIn(ids: Set<number>, vertex: Vertex | undefined): boolean {
  return vertex?.idInGraph !== undefined && ids.has(vertex.idInGraph);
}

/** The sub-expressions of an AST node: operands, a call's arguments, an array's cells. */
function children(node: AstNode): AstNode[] {
  const found: AstNode[] = [];
  for (const child of [node.left, node.right, node.value, node.expression]) {
    if (isNode(child)) found.push(child);
  }
  for (const arg of node.args ?? []) {
    if (Array.isArray(arg)) found.push(...arg.filter(isNode));
    else if (isNode(arg)) found.push(arg);
  }
  return found;
}

function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && 'type' in value;
}
