/**
 * The sheet as a table, drawn as Sheets draws it: column letters across the top, row numbers
 * down the side, frozen rows (and columns) stuck in place while the rest scrolls, each cell's
 * text and its conditional-format colours, and the selected cell outlined.
 */
import type { CellKind, PreviewCell, PreviewState } from '../contract';
import { element } from './dom';

/**
 * Columns fit their text, within bounds: Sheets' fixed 100 px would hide most of a key
 * result, and fitting it all would push the scores out of view beside the sidebar.
 */
const MIN_WIDTH = 64;
const MAX_WIDTH = 230;
const CHARACTER_WIDTH = 6.5;
const ROW_HEADER_WIDTH = 46;

const ALIGNMENT: Record<CellKind, string> = {
  empty: 'left',
  text: 'left',
  number: 'right',
  boolean: 'center',
  error: 'center',
};

export interface CellPosition {
  row: number;
  column: number;
}

export class GridView {
  private state: PreviewState | null = null;
  private selected: CellPosition = { row: 0, column: 0 };

  constructor(
    private readonly table: HTMLTableElement,
    private readonly onSelect: (cell: PreviewCell, position: CellPosition) => void,
    private readonly onEdit: () => void,
    private readonly onToggle: (cell: PreviewCell) => void,
  ) {
    table.addEventListener('mousedown', (event) => {
      const position = positionOf(event.target);
      // A clicked cell is in view already: scrolling would only jump the sheet about.
      if (position) this.select(position, false);
    });
    // A checkbox toggles when clicked, as in Sheets; the repaint shows its new state.
    table.addEventListener('click', (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
      event.preventDefault();
      const position = positionOf(event.target);
      const cell = position && this.state?.grid[position.row]?.[position.column];
      if (cell) this.onToggle(cell);
    });
    table.addEventListener('dblclick', (event) => {
      if (positionOf(event.target)) this.onEdit();
    });
  }

  paint(state: PreviewState): void {
    const sheetChanged = this.state?.activeSheet !== state.activeSheet;
    this.state = state;
    this.table.replaceChildren(
      columnWidths(this.table, state),
      headerRow(state.columns),
      body(state),
    );
    stickFrozenCells(this.table, state);
    this.select(sheetChanged ? { row: 0, column: 0 } : this.selected);
  }

  get selection(): { cell: PreviewCell; position: CellPosition } | null {
    const cell = this.state?.grid[this.selected.row]?.[this.selected.column];
    return cell ? { cell, position: { ...this.selected } } : null;
  }

  /** Selects a cell, kept inside the grid, and scrolls it into view unless told not to. */
  select({ row, column }: CellPosition, reveal = true): void {
    const state = this.state;
    if (!state) return;
    const bounded = {
      row: clamp(row, 0, state.grid.length - 1),
      column: clamp(column, 0, state.columns.length - 1),
    };
    this.table.querySelectorAll('.selected, .selected-header').forEach((node) => {
      node.classList.remove('selected', 'selected-header');
    });
    this.selected = bounded;
    const cell = state.grid[bounded.row]?.[bounded.column];
    const td = this.table.querySelector(`td[data-a1="${cell?.a1}"]`);
    if (!cell || !(td instanceof HTMLElement)) return;
    td.classList.add('selected');
    if (reveal) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    this.table
      .querySelector(`thead th[data-column="${bounded.column}"]`)
      ?.classList.add('selected-header');
    this.table.querySelector(`th[data-row="${bounded.row}"]`)?.classList.add('selected-header');
    this.onSelect(cell, bounded);
  }

  move(rows: number, columns: number): void {
    this.select({ row: this.selected.row + rows, column: this.selected.column + columns });
  }
}

/** The columns' widths; a fixed-layout table takes exactly these when it is their sum wide. */
function columnWidths(table: HTMLTableElement, state: PreviewState): HTMLTableColElement {
  const group = element('colgroup');
  const header = element('col');
  header.style.width = `${ROW_HEADER_WIDTH}px`;
  group.append(header);
  let total = ROW_HEADER_WIDTH;
  state.columns.forEach((_, column) => {
    const longest = Math.max(0, ...state.grid.map((row) => row[column]?.display.length ?? 0));
    const width = clamp(Math.ceil(longest * CHARACTER_WIDTH) + 12, MIN_WIDTH, MAX_WIDTH);
    const col = element('col');
    col.style.width = `${width}px`;
    group.append(col);
    total += width;
  });
  table.style.width = `${total}px`;
  return group;
}

function headerRow(columns: string[]): HTMLTableSectionElement {
  const head = element('thead');
  const row = element('tr');
  row.append(element('th', 'corner'));
  columns.forEach((letters, column) => {
    const th = element('th', 'column-header', letters);
    th.dataset.column = String(column);
    row.append(th);
  });
  head.append(row);
  return head;
}

function body(state: PreviewState): HTMLTableSectionElement {
  const tbody = element('tbody');
  state.grid.forEach((cells, row) => {
    const tr = element('tr');
    if (row < state.frozenRows) tr.classList.add('frozen-row');
    if (row === state.frozenRows - 1) tr.classList.add('last-frozen-row');
    const header = element('th', 'row-header', String(row + 1));
    header.dataset.row = String(row);
    tr.append(header, ...cells.map((cell, column) => cellElement(cell, row, column, state)));
    tbody.append(tr);
  });
  return tbody;
}

function cellElement(
  cell: PreviewCell,
  row: number,
  column: number,
  state: PreviewState,
): HTMLTableCellElement {
  const td = element('td', `cell ${cell.kind}`);
  // Text or a number in a checkbox cell is shown as it is, as Sheets does with invalid data.
  const asCheckbox = cell.checkbox && (cell.kind === 'boolean' || cell.kind === 'empty');
  if (asCheckbox) {
    td.append(checkbox(cell));
    td.classList.add('checkbox');
  } else {
    td.textContent = cell.display;
  }
  td.dataset.a1 = cell.a1;
  td.dataset.row = String(row);
  td.dataset.column = String(column);
  td.style.textAlign = asCheckbox ? 'center' : ALIGNMENT[cell.kind];
  if (cell.background) td.style.backgroundColor = cell.background;
  if (cell.fontColor) td.style.color = cell.fontColor;
  if (cell.note) td.title = cell.note;
  if (column < state.frozenColumns) td.classList.add('frozen-column');
  if (column === state.frozenColumns - 1) td.classList.add('last-frozen-column');
  return td;
}

function checkbox(cell: PreviewCell): HTMLInputElement {
  const box = element('input');
  box.type = 'checkbox';
  box.checked = cell.display === 'TRUE';
  box.tabIndex = -1;
  box.setAttribute('aria-label', `${cell.a1} ${cell.display === 'TRUE' ? 'ticked' : 'unticked'}`);
  return box;
}

/**
 * Sticky offsets need the rendered sizes: each frozen row sticks where it sits below the
 * column letters, each frozen column where it sits right of the row numbers.
 */
function stickFrozenCells(table: HTMLTableElement, state: PreviewState): void {
  table.querySelectorAll<HTMLTableRowElement>('tr.frozen-row').forEach((tr) => {
    tr.querySelectorAll<HTMLElement>('td, th').forEach((cell) => {
      cell.style.top = `${tr.offsetTop}px`;
    });
  });
  if (state.frozenColumns === 0) return;
  const firstRow = table.querySelector('tbody tr');
  const lefts = Array.from(
    firstRow?.querySelectorAll<HTMLElement>('td') ?? [],
    (td) => td.offsetLeft,
  );
  table.querySelectorAll<HTMLElement>('td.frozen-column').forEach((td) => {
    td.style.left = `${lefts[Number(td.dataset.column)] ?? 0}px`;
  });
}

function positionOf(target: EventTarget | null): CellPosition | null {
  const td = target instanceof Element ? target.closest('td[data-a1]') : null;
  if (!(td instanceof HTMLElement)) return null;
  return { row: Number(td.dataset.row), column: Number(td.dataset.column) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
