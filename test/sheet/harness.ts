/**
 * The add-on's server code on a local workbook, as Sheets runs it: dist/Code.js with the
 * emulated services of dev/services, every call counted. One fresh workbook per test.
 */
import type vm from 'node:vm';
import { parseA1Range } from '../../dev/engine/a1';
import { type CellContent, LocalWorkbook } from '../../dev/engine/workbook';
import {
  type AppsScriptServices,
  createAppsScriptServices,
  loadServer,
} from '../../dev/services/index';

export interface Harness {
  workbook: LocalWorkbook;
  services: AppsScriptServices;
  /** Code.js's top-level functions. */
  server: vm.Context;
}

export function openWorkbook(
  sheets: Record<string, CellContent[][]>,
  activeSheet?: string,
): Harness {
  const workbook = LocalWorkbook.create(sheets);
  const services = createAppsScriptServices(workbook, activeSheet ? { activeSheet } : {});
  return { workbook, services, server: loadServer(services) };
}

/** What a cell shows, by A1 address. */
export function shown(workbook: LocalWorkbook, sheet: string, a1: string): string {
  const { row, column } = parseA1Range(a1);
  return workbook.display(sheet, row, column);
}

export function valueAt(workbook: LocalWorkbook, sheet: string, a1: string): unknown {
  const { row, column } = parseA1Range(a1);
  return workbook.value(sheet, row, column);
}

export function formulaAt(workbook: LocalWorkbook, sheet: string, a1: string): string {
  const { row, column } = parseA1Range(a1);
  return workbook.formula(sheet, row, column);
}

export function backgroundAt(workbook: LocalWorkbook, sheet: string, a1: string): string | null {
  const { row, column } = parseA1Range(a1);
  return workbook.style(sheet, row, column).background;
}

/** Every cell's value and formula, to show that nothing the user wrote moved or changed. */
export function cellsOf(workbook: LocalWorkbook, sheet: string, rows: number, columns: number) {
  const cells: { value: unknown; formula: string }[][] = [];
  for (let row = 0; row < rows; row++) {
    const line: { value: unknown; formula: string }[] = [];
    for (let column = 0; column < columns; column++) {
      line.push({
        value: workbook.value(sheet, row, column),
        formula: workbook.formula(sheet, row, column),
      });
    }
    cells.push(line);
  }
  return cells;
}
