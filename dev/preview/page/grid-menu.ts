/**
 * The grid's right-click menu, as Sheets shows it on a cell, a row number or a column letter:
 * insert rows above or below and columns left or right (as many as are selected), and delete
 * the selected rows or columns. It opens where the mouse is and closes on a click elsewhere,
 * Escape, or a scroll.
 */
import { columnLetters, type GridRange } from '../../engine/a1';
import { element } from './dom';

export type GridEdit =
  | { kind: 'insert'; axis: 'rows' | 'columns'; index: number; count: number; inheritFrom: number }
  | { kind: 'delete'; axis: 'rows' | 'columns'; index: number; count: number };

export class GridMenu {
  private readonly list: HTMLElement;

  constructor(
    private readonly onEdit: (edit: GridEdit) => void,
    private readonly onClose: () => void,
  ) {
    this.list = element('div', 'menu-list');
    this.list.id = 'grid-menu';
    this.list.setAttribute('role', 'menu');
    this.list.setAttribute('aria-label', 'Cell actions');
    this.list.hidden = true;
    document.body.append(this.list);
    document.addEventListener('mousedown', (event) => {
      if (!this.list.hidden && !this.list.contains(event.target as Node)) this.close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.list.hidden) this.close();
    });
    document.addEventListener('scroll', () => this.close(), { capture: true, passive: true });
  }

  /**
   * Opens at (x, y) with the actions for the selected range: on whole columns (from their
   * letters) only the column ones, on whole rows only the row ones, as in Sheets.
   */
  open(x: number, y: number, range: GridRange, whole: 'rows' | 'columns' | null): void {
    const rows = range.rows;
    const columns = range.columns;
    const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
    const lastRow = range.row + rows;
    const firstLetter = columnLetters(range.column);
    const lastLetter = columnLetters(range.column + columns - 1);
    const rowItems = [
      this.item(`Insert ${plural(rows, 'row')} above`, {
        kind: 'insert',
        axis: 'rows',
        index: range.row,
        count: rows,
        inheritFrom: range.row,
      }),
      this.item(`Insert ${plural(rows, 'row')} below`, {
        kind: 'insert',
        axis: 'rows',
        index: lastRow,
        count: rows,
        inheritFrom: lastRow - 1,
      }),
      this.item(
        rows === 1 ? `Delete row ${range.row + 1}` : `Delete rows ${range.row + 1} - ${lastRow}`,
        { kind: 'delete', axis: 'rows', index: range.row, count: rows },
      ),
    ];
    const columnItems = [
      this.item(`Insert ${plural(columns, 'column')} left`, {
        kind: 'insert',
        axis: 'columns',
        index: range.column,
        count: columns,
        inheritFrom: range.column,
      }),
      this.item(`Insert ${plural(columns, 'column')} right`, {
        kind: 'insert',
        axis: 'columns',
        index: range.column + columns,
        count: columns,
        inheritFrom: range.column + columns - 1,
      }),
      this.item(
        columns === 1
          ? `Delete column ${firstLetter}`
          : `Delete columns ${firstLetter} - ${lastLetter}`,
        { kind: 'delete', axis: 'columns', index: range.column, count: columns },
      ),
    ];
    const entries =
      whole === 'rows'
        ? rowItems
        : whole === 'columns'
          ? columnItems
          : [...rowItems, separator(), ...columnItems];
    this.list.replaceChildren(...entries);
    this.list.hidden = false;
    // Kept on screen: near the right or bottom edge it opens to the left or upwards.
    const { offsetWidth: width, offsetHeight: height } = this.list;
    this.list.style.left = `${Math.max(0, Math.min(x, window.innerWidth - width))}px`;
    this.list.style.top = `${Math.max(0, Math.min(y, window.innerHeight - height))}px`;
    this.list.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }

  close(): void {
    if (this.list.hidden) return;
    this.list.hidden = true;
    this.onClose();
  }

  private item(caption: string, edit: GridEdit): HTMLElement {
    const button = element('button', 'menu-entry', caption);
    button.type = 'button';
    button.setAttribute('role', 'menuitem');
    button.addEventListener('click', () => {
      this.close();
      this.onEdit(edit);
    });
    return button;
  }
}

function separator(): HTMLElement {
  const line = element('div', 'menu-separator');
  line.setAttribute('role', 'separator');
  return line;
}
