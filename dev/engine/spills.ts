/**
 * An array result that would overwrite data, as Sheets handles it. HyperFormula shows #SPILL!
 * and forgets the result's size; Sheets shows #REF! with "Array result was not expanded because
 * it would overwrite data in K7." (the first cell in the way), and spills again as soon as that
 * data is cleared, which HyperFormula does not do by itself. values.ts already writes #SPILL!
 * as #REF!; this finds the cell in the way, and rewrites a blocked formula once its room is free
 * so HyperFormula sizes and spills it again.
 *
 * HyperFormula exports neither its array vertices nor its size predictor types: these say what
 * is read here. The only write is setting a formula cell to its own formula.
 */
import {
  CellError,
  DetailedCellError,
  ErrorType,
  type HyperFormula,
  type SimpleCellAddress,
} from 'hyperformula';
import { toA1 } from './a1';

interface ArrayVertex {
  getCellValue(): unknown;
  getAddress(service: unknown): SimpleCellAddress;
  getFormula(service: unknown): unknown;
}

interface ArraySizeLike {
  width: number;
  height: number;
  isRef?: boolean;
}

interface Internals {
  dependencyGraph: {
    addressMapping: { getCell(address: SimpleCellAddress): unknown };
    arrayMapping: { arrayMapping: Map<string, ArrayVertex> };
    graph: { hasNode(vertex: unknown): boolean };
  };
  lazilyTransformingAstService: unknown;
  evaluator: {
    interpreter: {
      arraySizePredictor: {
        checkArraySize(ast: unknown, address: SimpleCellAddress): ArraySizeLike;
      };
    };
  };
}

export function spillMessage(blocking: { row: number; column: number }): string {
  return `Array result was not expanded because it would overwrite data in ${toA1(blocking.row, blocking.column)}.`;
}

function internals(hf: HyperFormula): Internals {
  return hf as unknown as Internals;
}

function isBlocked(vertex: ArrayVertex): boolean {
  try {
    const value = vertex.getCellValue();
    return value instanceof CellError && value.type === ErrorType.SPILL;
  } catch {
    // Not computed yet.
    return false;
  }
}

function blockedArrays(hf: HyperFormula): { vertex: ArrayVertex; address: SimpleCellAddress }[] {
  const { dependencyGraph, lazilyTransformingAstService } = internals(hf);
  return [...dependencyGraph.arrayMapping.arrayMapping.values()]
    .filter(isBlocked)
    .map((vertex) => ({ vertex, address: vertex.getAddress(lazilyTransformingAstService) }));
}

/**
 * Forgets array formulas that are gone. HyperFormula 3.5 leaves an array formula emptied by
 * setCellContents(null) in its list of arrays, out of its graph; the next rows inserted or
 * deleted under it put it back into cells and break ("Unknown node"). Run after every write.
 */
export function forgetRemovedArrays(hf: HyperFormula): void {
  const { dependencyGraph } = internals(hf);
  const arrays = dependencyGraph.arrayMapping.arrayMapping;
  for (const [key, vertex] of arrays) {
    if (!dependencyGraph.graph.hasNode(vertex)) arrays.delete(key);
  }
}

/** The corner cells of every array formula on a sheet, spilled or blocked. */
export function arrayFormulaCells(hf: HyperFormula, sheet: number): SimpleCellAddress[] {
  const { dependencyGraph, lazilyTransformingAstService } = internals(hf);
  return [...dependencyGraph.arrayMapping.arrayMapping.values()]
    .map((vertex) => vertex.getAddress(lazilyTransformingAstService))
    .filter((address) => address.sheet === sheet);
}

/**
 * The cell whose array formula covers `address` (its own cell for the formula's cell), or null
 * outside any array. HyperFormula maps every cell of an array to the formula's vertex, so this
 * is one lookup, however far the array spills.
 */
export function arrayFormulaCorner(
  hf: HyperFormula,
  address: SimpleCellAddress,
): SimpleCellAddress | null {
  const { dependencyGraph, lazilyTransformingAstService } = internals(hf);
  const vertex = dependencyGraph.addressMapping.getCell(address) as Partial<ArrayVertex> | null;
  if (!vertex || !('array' in vertex) || typeof vertex.getAddress !== 'function') return null;
  return vertex.getAddress(lazilyTransformingAstService);
}

/** The size the formula's result would have, asked of HyperFormula as it asks when it parses. */
function intendedSize(
  hf: HyperFormula,
  vertex: ArrayVertex,
  address: SimpleCellAddress,
): { width: number; height: number } | null {
  try {
    const { evaluator, lazilyTransformingAstService } = internals(hf);
    const ast = vertex.getFormula(lazilyTransformingAstService);
    const size = evaluator.interpreter.arraySizePredictor.checkArraySize(ast, address);
    return size.isRef || size.width < 1 || size.height < 1 ? null : size;
  } catch {
    return null;
  }
}

/** The first cell with content in the result's way, row by row; null when there is room. */
function firstInTheWay(
  hf: HyperFormula,
  address: SimpleCellAddress,
  size: { width: number; height: number },
): { row: number; column: number } | null {
  for (let row = address.row; row < address.row + size.height; row++) {
    for (let col = address.col; col < address.col + size.width; col++) {
      if (row === address.row && col === address.col) continue;
      if (!hf.isCellEmpty({ sheet: address.sheet, row, col })) return { row, column: col };
    }
  }
  return null;
}

/** The message of a formula cell whose result is blocked, or null for any other cell. */
export function blockedSpillMessage(hf: HyperFormula, address: SimpleCellAddress): string | null {
  const value = hf.getCellValue(address);
  if (!(value instanceof DetailedCellError) || value.type !== ErrorType.SPILL) return null;
  const vertex = blockedArrays(hf).find(
    (blocked) =>
      blocked.address.sheet === address.sheet &&
      blocked.address.row === address.row &&
      blocked.address.col === address.col,
  )?.vertex;
  const size = vertex ? intendedSize(hf, vertex, address) : null;
  const blocking = size ? firstInTheWay(hf, address, size) : null;
  return blocking ? spillMessage(blocking) : null;
}

/**
 * Rewrites each blocked formula whose room is free again: HyperFormula then sizes and spills it
 * as when it was written. Returns how many were rewritten.
 */
export function respillFreedArrays(hf: HyperFormula): number {
  forgetRemovedArrays(hf);
  let rewritten = 0;
  for (const { vertex, address } of blockedArrays(hf)) {
    const size = intendedSize(hf, vertex, address);
    if (size === null || firstInTheWay(hf, address, size) !== null) continue;
    const formula = hf.getCellFormula(address);
    if (formula === undefined) continue;
    hf.setCellContents(address, formula);
    rewritten++;
  }
  return rewritten;
}
