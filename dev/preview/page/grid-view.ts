/**
 * The sheet as a table, drawn as Sheets draws it: column letters across the top, row numbers
 * down the side, frozen rows (and columns) stuck in place while the rest scrolls, each cell's
 * text and its conditional-format colours, and the selection: a range (dragged, Shift+clicked,
 * Shift+arrowed, or whole rows and columns from their headers) shaded, with its active cell,
 * where the selection started, outlined. Text runs on over empty cells to its right and is
 * clipped at the first one that holds something, as in Sheets: columns never widen for it.
 *
 * Only what is on screen is drawn, with a margin: the scroll area is as large as the whole
 * sheet (spacer rows above and below the drawn rows, spacer columns either side of the drawn
 * columns), and scrolling draws the rows and columns that come into view and asks the server
 * for their cells (`onNeed`). A row is always ROW_HEIGHT pixels high, so where each row is
 * follows from its number, whatever the sheet's length.
 */
import { columnLetters, type GridRange, rangeToA1, toA1 } from '../../engine/a1';
import type { CellKind, PreviewCell, PreviewState, ViewWindow } from '../contract';
import { MAX_WINDOW_COLUMNS, MAX_WINDOW_ROWS } from '../contract';
import { element } from './dom';

/** Every row is this high, the last frozen one excepted (its thick rule adds 3 px). */
export const ROW_HEIGHT = 21;
const ROW_HEADER_WIDTH = 46;
/** Sheets' width for a column nobody sized. */
const DEFAULT_WIDTH = 100;
/** Rows drawn above and below the screen, so a short scroll shows cells at once. */
const ROW_MARGIN = 20;
/** Columns drawn either side of the screen, on a sheet too wide to draw every column. */
const COLUMN_MARGIN = 6;
/** A sheet this narrow has every column drawn: scrolling sideways never waits for cells. */
const ALL_COLUMNS_UP_TO = 30;

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

/**
 * What is selected: the active cell (where the selection started; the formula bar shows it)
 * and the opposite corner of the range. `whole` says the range is entire rows or columns,
 * selected from their headers.
 */
export interface Selection {
  active: CellPosition;
  corner: CellPosition;
  whole: 'rows' | 'columns' | null;
}

/** The rows and columns drawn (or to draw), last ones included, frozen ones left out. */
interface Span {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export interface GridCallbacks {
  /** A cell was selected, or its cell came from the server: show it in the formula bar. */
  onSelect(cell: PreviewCell | null, position: CellPosition): void;
  onEdit(): void;
  onToggle(cell: PreviewCell): void;
  /** A right-click on a cell or a header, after it was selected (if it was not already). */
  onContextMenu(x: number, y: number): void;
  /** The drawn rows or columns are not all loaded: the page should ask for `window`. */
  onNeed(window: ViewWindow): void;
}

export class GridView {
  private state: PreviewState | null = null;
  /** The cells of the last window the server sent, by "row,column". */
  private cells = new Map<string, PreviewCell>();
  /** What that window covers, frozen rows and columns aside. */
  private loaded: Span | null = null;
  private drawn: Span | null = null;
  /** lefts[c]: where column c starts, from the first column; lefts[columnCount] is the width. */
  private lefts: number[] = [0];
  private selected: Selection = {
    active: { row: 0, column: 0 },
    corner: { row: 0, column: 0 },
    whole: null,
  };
  /** A mouse button is down on the grid: moving over cells or headers extends the range. */
  private dragging = false;
  private scheduled = false;

  constructor(
    private readonly scroller: HTMLElement,
    private readonly table: HTMLTableElement,
    private readonly callbacks: GridCallbacks,
  ) {
    table.addEventListener('mousedown', (event) => this.pressed(event));
    table.addEventListener('mouseover', (event) => {
      // The button may have come up outside the window.
      if (this.dragging && event.buttons & 1) this.extendTo(event.target);
      else this.dragging = false;
    });
    window.addEventListener('mouseup', () => {
      this.dragging = false;
    });
    table.addEventListener('contextmenu', (event) => {
      if (!positionOf(event.target) && !headerOf(event.target)) return;
      event.preventDefault();
      this.callbacks.onContextMenu(event.clientX, event.clientY);
    });
    // A checkbox toggles when clicked, as in Sheets; the repaint shows its new state.
    table.addEventListener('click', (event) => {
      if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
      event.preventDefault();
      const position = positionOf(event.target);
      const cell = position && this.cellAt(position);
      if (cell) this.callbacks.onToggle(cell);
    });
    table.addEventListener('dblclick', (event) => {
      if (positionOf(event.target)) this.callbacks.onEdit();
    });
    scroller.addEventListener('scroll', () => this.scheduleDraw(), { passive: true });
    window.addEventListener('resize', () => this.scheduleDraw());
  }

  /** The window the page should show now: the screen's rows and columns and a margin. */
  wanted(): ViewWindow {
    const span = this.spanOnScreen();
    const frozen = this.frozen();
    return {
      row: span.firstRow,
      column: span.firstColumn,
      rows: Math.min(span.lastRow - span.firstRow + 1, MAX_WINDOW_ROWS - frozen.rows),
      columns: Math.min(
        span.lastColumn - span.firstColumn + 1,
        MAX_WINDOW_COLUMNS - frozen.columns,
      ),
    };
  }

  paint(state: PreviewState): void {
    const sheetChanged = this.state !== null && this.state.activeSheet !== state.activeSheet;
    this.state = state;
    this.lefts = columnLefts(state);
    this.cells = new Map();
    const { rows, columns, cells } = state.window;
    rows.forEach((row, i) => {
      columns.forEach((column, j) => {
        const cell = cells[i]?.[j];
        if (cell) this.cells.set(key(row, column), cell);
      });
    });
    this.loaded = loadedSpan(state);
    if (sheetChanged) this.home();
    this.selected = sheetChanged ? collapsed({ row: 0, column: 0 }) : this.boundedSelection();
    this.draw();
    this.callbacks.onSelect(this.cellAt(this.selected.active), { ...this.selected.active });
  }

  /** Back to A1's corner of the sheet, as Sheets shows a sheet opened afresh. */
  home(): void {
    this.scroller.scrollTop = 0;
    this.scroller.scrollLeft = 0;
  }

  get selection(): { cell: PreviewCell | null; position: CellPosition; a1: string } | null {
    if (!this.state) return null;
    const position = { ...this.selected.active };
    return { cell: this.cellAt(position), position, a1: toA1(position.row, position.column) };
  }

  /** The selected range, and how to name it: "B2:C9", or "B:D" and "3:5" for whole ones. */
  get range(): { range: GridRange; a1: string; whole: Selection['whole'] } {
    const range = rangeOf(this.selected);
    const { whole } = this.selected;
    const letters = (column: number) => columnLetters(column);
    let a1 = rangeToA1(range);
    if (whole === 'columns') {
      a1 = `${letters(range.column)}:${letters(range.column + range.columns - 1)}`;
    } else if (whole === 'rows') a1 = `${range.row + 1}:${range.row + range.rows}`;
    return { range, a1, whole };
  }

  /** The sheet's size, or null before the first state. */
  get size(): { rows: number; columns: number } | null {
    return this.state ? { rows: this.state.rowCount, columns: this.state.columnCount } : null;
  }

  /** Selects one cell, kept inside the sheet, and scrolls it into view unless told not to. */
  select(position: CellPosition, reveal = true): void {
    if (!this.state) return;
    this.selected = collapsed(this.bounded(position));
    // Scrolling draws what comes into view; the table is not redrawn under a click, or the
    // click's mouseup would land on another element (and a checkbox never toggle).
    if (reveal) this.reveal(this.selected.active);
    this.selectionChanged();
  }

  move(rows: number, columns: number): void {
    const { row, column } = this.selected.active;
    this.select({ row: row + rows, column: column + columns });
  }

  /**
   * Shift+arrow: the range's far corner moves, the active cell stays where it started, as in
   * Sheets.
   */
  extend(rows: number, columns: number): void {
    if (!this.state) return;
    const { corner, whole } = this.selected;
    const next = this.bounded({ row: corner.row + rows, column: corner.column + columns });
    this.selected = { ...this.selected, corner: next, whole: whole && this.stillWhole(whole) };
    this.reveal(next);
    this.selectionChanged();
  }

  /** Whether `position` is within the selected range. */
  holds(position: CellPosition): boolean {
    return inside(rangeOf(this.selected), position);
  }

  private pressed(event: MouseEvent): void {
    if (!this.state || (event.button !== 0 && event.button !== 2)) return;
    const position = positionOf(event.target);
    const header = headerOf(event.target);
    if (!position && !header) return;
    // A right-click inside the selection keeps it, so the menu acts on all of it.
    if (event.button === 2) {
      if (position && this.holds(position)) return;
      if (header && this.holdsHeader(header)) return;
    }
    if (event.shiftKey && event.button === 0) {
      this.extendTo(event.target);
    } else if (position) {
      // A clicked cell is in view already: scrolling would only jump the sheet about.
      this.select(position, false);
    } else if (header) {
      this.selected = this.wholeSelection(header, header);
      this.selectionChanged();
    }
    // Dragging selects text as well as cells: the grid has no text to select.
    if (event.button === 0) {
      this.dragging = true;
      if (!(event.target instanceof HTMLInputElement)) event.preventDefault();
    }
    // Without the default the click no longer focuses the sheet: Delete and Ctrl+Z go to it.
    this.table.focus({ preventScroll: true });
  }

  /** The range reaches to the cell (or the row or column header) under the mouse. */
  private extendTo(target: EventTarget | null): void {
    const position = positionOf(target);
    const header = headerOf(target);
    const { active, whole } = this.selected;
    if (header) {
      const start = header.axis === 'rows' ? active.row : active.column;
      this.selected = this.wholeSelection({ axis: header.axis, index: start }, header);
    } else if (position) {
      const corner =
        whole === 'rows'
          ? { row: position.row, column: this.lastColumn() }
          : whole === 'columns'
            ? { row: this.lastRow(), column: position.column }
            : position;
      this.selected = { ...this.selected, corner: this.bounded(corner) };
    } else return;
    this.selectionChanged();
  }

  /** Whole rows (or columns) from one header to another; the active cell in the first. */
  private wholeSelection(from: Header, to: Header): Selection {
    if (from.axis === 'rows') {
      return {
        active: { row: from.index, column: 0 },
        corner: { row: to.index, column: this.lastColumn() },
        whole: 'rows',
      };
    }
    return {
      active: { row: 0, column: from.index },
      corner: { row: this.lastRow(), column: to.index },
      whole: 'columns',
    };
  }

  private holdsHeader(header: Header): boolean {
    const range = rangeOf(this.selected);
    if (this.selected.whole !== header.axis) return false;
    return header.axis === 'rows'
      ? header.index >= range.row && header.index < range.row + range.rows
      : header.index >= range.column && header.index < range.column + range.columns;
  }

  /** Shift+arrow keeps whole rows whole while moving down, not once it moves across. */
  private stillWhole(whole: 'rows' | 'columns'): 'rows' | 'columns' | null {
    const range = rangeOf(this.selected);
    if (whole === 'rows')
      return range.column === 0 && range.columns === this.lastColumn() + 1 ? whole : null;
    return range.row === 0 && range.rows === this.lastRow() + 1 ? whole : null;
  }

  private lastRow(): number {
    return (this.state?.rowCount ?? 1) - 1;
  }

  private lastColumn(): number {
    return (this.state?.columnCount ?? 1) - 1;
  }

  private selectionChanged(): void {
    this.markSelection();
    this.callbacks.onSelect(this.cellAt(this.selected.active), { ...this.selected.active });
  }

  /** The selection within the sheet as it is now (rows or columns may have gone). */
  private boundedSelection(): Selection {
    const { active, corner, whole } = this.selected;
    const next = { active: this.bounded(active), corner: this.bounded(corner), whole };
    // Whole rows or columns reach the sheet's far edge, wherever it now is.
    if (whole === 'rows') next.corner.column = this.lastColumn();
    if (whole === 'columns') next.corner.row = this.lastRow();
    return next;
  }

  private cellAt(position: CellPosition): PreviewCell | null {
    return this.cells.get(key(position.row, position.column)) ?? null;
  }

  private bounded({ row, column }: CellPosition): CellPosition {
    return {
      row: clamp(row, 0, (this.state?.rowCount ?? 1) - 1),
      column: clamp(column, 0, (this.state?.columnCount ?? 1) - 1),
    };
  }

  private frozen(): { rows: number; columns: number } {
    const state = this.state;
    return {
      rows: Math.min(state?.frozenRows ?? 0, state?.rowCount ?? 0),
      columns: Math.min(state?.frozenColumns ?? 0, state?.columnCount ?? 0),
    };
  }

  /** The height of what stays at the top (column letters, frozen rows), as drawn. */
  private stuckHeight(): number {
    const head = this.table.tHead?.offsetHeight || ROW_HEIGHT;
    const frozen = this.table.querySelectorAll<HTMLElement>('tr.frozen-row');
    let height = head;
    frozen.forEach((row) => {
      height += row.offsetHeight;
    });
    return frozen.length > 0 ? height : head + this.frozen().rows * ROW_HEIGHT;
  }

  /** The rows and columns on screen, with a margin, within the sheet. */
  private spanOnScreen(rowMargin = ROW_MARGIN, columnMargin = COLUMN_MARGIN): Span {
    const frozen = this.frozen();
    // Before the first state the sheet's size is unknown: ask for a screen's worth, which the
    // server cuts to the sheet, so the first answer already fills the screen.
    const rowCount = this.state?.rowCount ?? MAX_WINDOW_ROWS;
    const columnCount = this.state?.columnCount ?? ALL_COLUMNS_UP_TO;
    const height = Math.max(this.scroller.clientHeight, ROW_HEIGHT);
    const firstOnScreen = frozen.rows + Math.floor(this.scroller.scrollTop / ROW_HEIGHT);
    const onScreen = Math.ceil(height / ROW_HEIGHT) + 1;
    const firstRow = clamp(firstOnScreen - rowMargin, frozen.rows, rowCount - 1);
    const lastRow = clamp(firstOnScreen + onScreen + rowMargin, firstRow, rowCount - 1);
    if (columnCount <= ALL_COLUMNS_UP_TO) {
      return {
        firstRow,
        lastRow,
        firstColumn: Math.min(frozen.columns, columnCount - 1),
        lastColumn: columnCount - 1,
      };
    }
    const offset = this.lefts[frozen.columns] ?? 0;
    const left = this.scroller.scrollLeft + offset;
    const right = left + Math.max(this.scroller.clientWidth, DEFAULT_WIDTH);
    const firstVisible = Math.max(columnAt(this.lefts, left), frozen.columns);
    const lastVisible = Math.max(columnAt(this.lefts, right), firstVisible);
    const firstColumn = clamp(firstVisible - columnMargin, frozen.columns, columnCount - 1);
    return {
      firstRow,
      lastRow,
      firstColumn,
      lastColumn: clamp(lastVisible + columnMargin, firstColumn, columnCount - 1),
    };
  }

  private scheduleDraw(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => {
      this.scheduled = false;
      // Drawn again before the screen reaches the drawn edge: half the margin is left.
      const near = this.spanOnScreen(ROW_MARGIN / 2, COLUMN_MARGIN / 2);
      if (!this.drawn || !covers(this.drawn, near)) this.draw();
    });
  }

  /** Draws the rows and columns on screen (and margin); asks for their cells if not loaded. */
  private draw(): void {
    const state = this.state;
    if (!state) return;
    const span = this.spanOnScreen();
    this.drawn = span;
    const frozen = this.frozen();
    const columns = [...range(0, frozen.columns - 1), ...range(span.firstColumn, span.lastColumn)];
    const rows = [...range(0, frozen.rows - 1), ...range(span.firstRow, span.lastRow)];
    const layout: Layout = {
      columns,
      gapBefore: (this.lefts[span.firstColumn] ?? 0) - (this.lefts[frozen.columns] ?? 0),
      gapAfter: (this.lefts[state.columnCount] ?? 0) - (this.lefts[span.lastColumn + 1] ?? 0),
      afterFrozenColumns: frozen.columns,
    };
    this.table.setAttribute('aria-rowcount', String(state.rowCount + 1));
    this.table.setAttribute('aria-colcount', String(state.columnCount + 1));
    this.table.style.width = `${ROW_HEADER_WIDTH + (this.lefts[state.columnCount] ?? 0)}px`;
    const body = element('tbody');
    for (const row of rows) {
      if (row === span.firstRow && row > frozen.rows) {
        body.append(spacerRow((row - frozen.rows) * ROW_HEIGHT, layout));
      }
      body.append(this.rowElement(row, layout));
    }
    const below = (state.rowCount - span.lastRow - 1) * ROW_HEIGHT;
    if (below > 0) body.append(spacerRow(below, layout));
    this.table.replaceChildren(this.columnGroup(layout), this.headerRow(layout), body);
    this.stickFrozenCells();
    this.markSelection();
    if (!this.loaded || !covers(this.loaded, span)) this.callbacks.onNeed(this.wanted());
  }

  private columnGroup(layout: Layout): HTMLTableColElement {
    const group = element('colgroup');
    const col = (width: number) => {
      const node = element('col');
      node.style.width = `${width}px`;
      return node;
    };
    group.append(col(ROW_HEADER_WIDTH));
    layout.columns.forEach((column, index) => {
      if (index === layout.afterFrozenColumns && layout.gapBefore > 0) {
        group.append(col(layout.gapBefore));
      }
      group.append(col((this.lefts[column + 1] ?? 0) - (this.lefts[column] ?? 0)));
    });
    if (layout.gapAfter > 0) group.append(col(layout.gapAfter));
    return group;
  }

  private headerRow(layout: Layout): HTMLTableSectionElement {
    const head = element('thead');
    const tr = element('tr');
    tr.setAttribute('aria-rowindex', '1');
    tr.append(element('th', 'corner'));
    layout.columns.forEach((column, index) => {
      if (index === layout.afterFrozenColumns && layout.gapBefore > 0) tr.append(gapCell('th'));
      const th = element('th', 'column-header', columnLetters(column));
      th.dataset.column = String(column);
      th.setAttribute('aria-colindex', String(column + 2));
      if (column < this.frozen().columns) th.classList.add('frozen-column');
      tr.append(th);
    });
    if (layout.gapAfter > 0) tr.append(gapCell('th'));
    head.append(tr);
    return head;
  }

  private rowElement(row: number, layout: Layout): HTMLTableRowElement {
    const frozen = this.frozen();
    const tr = element('tr');
    tr.setAttribute('aria-rowindex', String(row + 2));
    if (row < frozen.rows) tr.classList.add('frozen-row');
    if (row === frozen.rows - 1) tr.classList.add('last-frozen-row');
    const header = element('th', 'row-header', String(row + 1));
    header.dataset.row = String(row);
    tr.append(header);
    layout.columns.forEach((column, index) => {
      if (index === layout.afterFrozenColumns && layout.gapBefore > 0) tr.append(gapCell('td'));
      const td = this.cellElement(row, column);
      this.overflow(td, row, index, layout);
      tr.append(td);
    });
    if (layout.gapAfter > 0) tr.append(gapCell('td'));
    return tr;
  }

  /**
   * Text wider than its column runs on over the empty cells to its right and stops at the
   * first that holds anything (or at the edge of what is drawn), as in Sheets: the text goes
   * in a box as wide as that run, so the column keeps its width.
   */
  private overflow(td: HTMLTableCellElement, row: number, index: number, layout: Layout): void {
    const column = layout.columns[index] ?? 0;
    const cell = this.cells.get(key(row, column));
    if (cell?.kind !== 'text' || cell.checkbox) return;
    let last = column;
    for (let next = index + 1; next < layout.columns.length; next++) {
      const neighbour = layout.columns[next] ?? -1;
      // Not across undrawn columns, nor out of the frozen columns into the scrolling ones.
      if (neighbour !== last + 1 || next === layout.afterFrozenColumns) break;
      const beside = this.cells.get(key(row, neighbour));
      if (beside?.kind !== 'empty' || beside.checkbox) break;
      last = neighbour;
    }
    if (last === column) return;
    const width = (this.lefts[last + 1] ?? 0) - (this.lefts[column] ?? 0);
    const text = element('span', 'overflow', cell.display);
    // The cell's padding (3 px each side) and its right border.
    text.style.width = `${width - 7}px`;
    td.replaceChildren(text);
    td.classList.add('overflows');
  }

  private cellElement(row: number, column: number): HTMLTableCellElement {
    const cell = this.cells.get(key(row, column));
    const td = element('td', `cell ${cell?.kind ?? 'empty'}`);
    td.dataset.at = `${row},${column}`;
    td.setAttribute('aria-colindex', String(column + 2));
    const frozen = this.frozen();
    if (column < frozen.columns) td.classList.add('frozen-column');
    if (column === frozen.columns - 1) td.classList.add('last-frozen-column');
    // Not loaded yet: drawn blank, and without its A1 name, so nothing reads it as empty.
    if (!cell) return td;
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
    return td;
  }

  /**
   * Sticky offsets need the rendered sizes: each frozen row sticks where it sits below the
   * column letters, each frozen column where it sits right of the row numbers.
   */
  private stickFrozenCells(): void {
    this.table.querySelectorAll<HTMLTableRowElement>('tr.frozen-row').forEach((tr) => {
      tr.querySelectorAll<HTMLElement>('td, th').forEach((cell) => {
        cell.style.top = `${tr.offsetTop}px`;
      });
    });
    this.table.querySelectorAll<HTMLElement>('.frozen-column').forEach((cell) => {
      const column = Number(cell.dataset.column ?? cell.dataset.at?.split(',')[1]);
      cell.style.left = `${ROW_HEADER_WIDTH + (this.lefts[column] ?? 0)}px`;
    });
  }

  private markSelection(): void {
    const table = this.table;
    table.querySelectorAll('.selected, .selected-header, .in-range').forEach((node) => {
      node.classList.remove('selected', 'selected-header', 'in-range');
    });
    table.querySelectorAll('[aria-selected]').forEach((node) => {
      node.removeAttribute('aria-selected');
    });
    const range = rangeOf(this.selected);
    const { row, column } = this.selected.active;
    const single = range.rows === 1 && range.columns === 1;
    table.querySelectorAll<HTMLElement>('td[data-at]').forEach((td) => {
      const [r = -1, c = -1] = (td.dataset.at ?? '').split(',').map(Number);
      if (!inside(range, { row: r, column: c })) return;
      // Screen readers (and the tests) read the selection as the grid's selected cells.
      td.setAttribute('aria-selected', 'true');
      if (!single) td.classList.add('in-range');
    });
    table.querySelector(`td[data-at="${row},${column}"]`)?.classList.add('selected');
    table.querySelectorAll<HTMLElement>('thead th[data-column]').forEach((th) => {
      const c = Number(th.dataset.column);
      if (c >= range.column && c < range.column + range.columns)
        th.classList.add('selected-header');
    });
    table.querySelectorAll<HTMLElement>('th[data-row]').forEach((th) => {
      const r = Number(th.dataset.row);
      if (r >= range.row && r < range.row + range.rows) th.classList.add('selected-header');
    });
    table.setAttribute('aria-multiselectable', 'true');
  }

  /** Scrolls just enough for the cell to be on screen, clear of the frozen rows and columns. */
  private reveal({ row, column }: CellPosition): void {
    const frozen = this.frozen();
    const scroller = this.scroller;
    if (row >= frozen.rows) {
      const top = (row - frozen.rows) * ROW_HEIGHT;
      const room = scroller.clientHeight - this.stuckHeight();
      if (top < scroller.scrollTop) scroller.scrollTop = top;
      else if (top + ROW_HEIGHT > scroller.scrollTop + room) {
        scroller.scrollTop = top + ROW_HEIGHT - room;
      }
    }
    if (column >= frozen.columns) {
      const offset = this.lefts[frozen.columns] ?? 0;
      const left = (this.lefts[column] ?? 0) - offset;
      const right = (this.lefts[column + 1] ?? 0) - offset;
      const room = scroller.clientWidth - ROW_HEADER_WIDTH - offset;
      if (left < scroller.scrollLeft) scroller.scrollLeft = left;
      else if (right > scroller.scrollLeft + room) scroller.scrollLeft = right - room;
    }
  }
}

interface Layout {
  /** The drawn columns, frozen ones first. */
  columns: number[];
  /** The undrawn columns' widths between the frozen ones and the drawn ones, and after. */
  gapBefore: number;
  gapAfter: number;
  /** Where in `columns` the gap before goes: after the frozen columns. */
  afterFrozenColumns: number;
}

/** Stands for the rows above or below those drawn: as tall as they would be. */
function spacerRow(height: number, layout: Layout): HTMLTableRowElement {
  const tr = element('tr', 'spacer');
  tr.setAttribute('aria-hidden', 'true');
  const td = element('td');
  const gaps = (layout.gapBefore > 0 ? 1 : 0) + (layout.gapAfter > 0 ? 1 : 0);
  td.colSpan = 1 + layout.columns.length + gaps;
  td.style.height = `${height}px`;
  tr.append(td);
  return tr;
}

function gapCell(tag: 'td' | 'th'): HTMLTableCellElement {
  const cell = element(tag, 'gap');
  cell.setAttribute('aria-hidden', 'true');
  return cell;
}

function columnLefts(state: PreviewState): number[] {
  const lefts = new Array<number>(state.columnCount + 1);
  lefts[0] = 0;
  for (let column = 0; column < state.columnCount; column++) {
    const width = state.columnWidths[column] ?? DEFAULT_WIDTH;
    lefts[column + 1] = (lefts[column] ?? 0) + width;
  }
  return lefts;
}

/** The column whose span holds x (from the first column's left edge), by binary search. */
function columnAt(lefts: number[], x: number): number {
  let low = 0;
  let high = lefts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lefts[middle] ?? 0) <= x) low = middle;
    else high = middle - 1;
  }
  return Math.max(low, 0);
}

/** What the state's window holds, frozen rows and columns aside (null for none). */
function loadedSpan(state: PreviewState): Span | null {
  const rows = state.window.rows.filter((row) => row >= state.frozenRows);
  const columns = state.window.columns.filter((column) => column >= state.frozenColumns);
  const [firstRow, lastRow] = [rows[0], rows[rows.length - 1]];
  const [firstColumn, lastColumn] = [columns[0], columns[columns.length - 1]];
  if (
    firstRow === undefined ||
    lastRow === undefined ||
    firstColumn === undefined ||
    lastColumn === undefined
  ) {
    return null;
  }
  return { firstRow, lastRow, firstColumn, lastColumn };
}

function covers(outer: Span, inner: Span): boolean {
  return (
    outer.firstRow <= inner.firstRow &&
    outer.lastRow >= inner.lastRow &&
    outer.firstColumn <= inner.firstColumn &&
    outer.lastColumn >= inner.lastColumn
  );
}

function range(first: number, last: number): number[] {
  const values: number[] = [];
  for (let value = first; value <= last; value++) values.push(value);
  return values;
}

function key(row: number, column: number): string {
  return `${row},${column}`;
}

function checkbox(cell: PreviewCell): HTMLInputElement {
  const box = element('input');
  box.type = 'checkbox';
  box.checked = cell.display === 'TRUE';
  box.tabIndex = -1;
  box.setAttribute('aria-label', `${cell.a1} ${cell.display === 'TRUE' ? 'ticked' : 'unticked'}`);
  return box;
}

function positionOf(target: EventTarget | null): CellPosition | null {
  const td = target instanceof Element ? target.closest('td[data-at]') : null;
  if (!(td instanceof HTMLElement)) return null;
  const [row, column] = (td.dataset.at ?? '').split(',').map(Number);
  if (row === undefined || column === undefined) return null;
  return { row, column };
}

/** A header under the mouse: a row's number or a column's letter. */
interface Header {
  axis: 'rows' | 'columns';
  index: number;
}

function headerOf(target: EventTarget | null): Header | null {
  const th = target instanceof Element ? target.closest('th[data-row], th[data-column]') : null;
  if (!(th instanceof HTMLElement)) return null;
  if (th.dataset.row !== undefined) return { axis: 'rows', index: Number(th.dataset.row) };
  return { axis: 'columns', index: Number(th.dataset.column) };
}

function collapsed(position: CellPosition): Selection {
  return { active: { ...position }, corner: { ...position }, whole: null };
}

function rangeOf({ active, corner }: Selection): GridRange {
  return {
    row: Math.min(active.row, corner.row),
    column: Math.min(active.column, corner.column),
    rows: Math.abs(active.row - corner.row) + 1,
    columns: Math.abs(active.column - corner.column) + 1,
  };
}

function inside(range: GridRange, { row, column }: CellPosition): boolean {
  return (
    row >= range.row &&
    row < range.row + range.rows &&
    column >= range.column &&
    column < range.column + range.columns
  );
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
