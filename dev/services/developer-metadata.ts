/**
 * Developer metadata as Apps Script hands it out: DeveloperMetadata, its location, and the
 * finder. The entries live in the workbook (dev/engine/developer-metadata.ts), so they outlive
 * one execution, follow their rows and columns when rows or columns are inserted or deleted,
 * and go with them when those are deleted. Each object here reads its entry afresh.
 *
 * One difference from Apps Script: its enums are plain strings here, so a value that is itself
 * "DOCUMENT" or "PROJECT", given as addDeveloperMetadata(key, value), is read as a visibility.
 */
import type { GridRange } from '../engine/a1';
import type {
  DeveloperMetadataEntry,
  MetadataLocation,
  MetadataVisibility,
} from '../engine/developer-metadata';
import { APPS_SCRIPT_CLASS, AppsScriptObject, parametersMismatch } from './calls';
import { isInteger } from './grid';
import type { OpenSpreadsheet } from './open-spreadsheet';
import { Range } from './range';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet-app';

export const LOCATION_TYPES = ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'] as const;
export const VISIBILITIES = ['DOCUMENT', 'PROJECT'] as const;

const ARBITRARY_RANGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';
const REMOVED = 'This developer metadata has been removed.';

function isVisibility(value: unknown): value is MetadataVisibility {
  return VISIBILITIES.includes(value as MetadataVisibility);
}

/**
 * The location of metadata added to a range: its columns when it runs from the first row to
 * the last, else its rows when it runs from the first column to the last.
 */
export function metadataOfRange(
  open: OpenSpreadsheet,
  sheet: string,
  grid: GridRange,
): MetadataLocation {
  const size = open.gridSize(sheet);
  if (grid.row === 0 && grid.rows === size.rows) {
    return { type: 'COLUMN', sheet, start: grid.column, count: grid.columns };
  }
  if (grid.column === 0 && grid.columns === size.columns) {
    return { type: 'ROW', sheet, start: grid.row, count: grid.rows };
  }
  throw new Error(ARBITRARY_RANGE);
}

/** addDeveloperMetadata's overloads: (key), (key, value), (key, visibility), all three. */
export function addDeveloperMetadata(
  open: OpenSpreadsheet,
  location: MetadataLocation,
  args: readonly unknown[],
  method: string,
): DeveloperMetadataEntry {
  const [key, second, third] = args;
  let value: unknown = null;
  let visibility: unknown = 'DOCUMENT';
  if (args.length === 2 && isVisibility(second)) visibility = second;
  else if (args.length >= 2) value = second;
  if (args.length === 3) visibility = third;
  if (
    args.length < 1 ||
    args.length > 3 ||
    typeof key !== 'string' ||
    (value !== null && typeof value !== 'string') ||
    !isVisibility(visibility)
  ) {
    throw parametersMismatch(method, args);
  }
  return open.workbook.addDeveloperMetadata({ key, value, visibility, location });
}

export class DeveloperMetadata extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'DeveloperMetadata';
  readonly #open: OpenSpreadsheet;
  readonly #id: number;

  constructor(open: OpenSpreadsheet, id: number) {
    super();
    this.#open = open;
    this.#id = id;
  }

  getId(): number {
    return this.#id;
  }

  getKey(): string {
    return this.#entry().key;
  }

  /** The value, or null when it was added without one. */
  getValue(): string | null {
    return this.#entry().value;
  }

  getVisibility(): MetadataVisibility {
    return this.#entry().visibility;
  }

  getLocation(): DeveloperMetadataLocation {
    return new DeveloperMetadataLocation(this.#open, this.#entry().location);
  }

  setKey(key: unknown): DeveloperMetadata {
    if (typeof key !== 'string') throw parametersMismatch('DeveloperMetadata.setKey', [key]);
    return this.#update({ key });
  }

  setValue(value: unknown): DeveloperMetadata {
    if (typeof value !== 'string') throw parametersMismatch('DeveloperMetadata.setValue', [value]);
    return this.#update({ value });
  }

  setVisibility(visibility: unknown): DeveloperMetadata {
    if (!isVisibility(visibility)) {
      throw parametersMismatch('DeveloperMetadata.setVisibility', [visibility]);
    }
    return this.#update({ visibility });
  }

  moveToColumn(column: unknown): DeveloperMetadata {
    if (!(column instanceof Range)) {
      throw parametersMismatch('DeveloperMetadata.moveToColumn', [column]);
    }
    const { sheet, grid } = Range.locate(column);
    return this.#update({
      location: { type: 'COLUMN', sheet, start: grid.column, count: grid.columns },
    });
  }

  moveToRow(row: unknown): DeveloperMetadata {
    if (!(row instanceof Range)) throw parametersMismatch('DeveloperMetadata.moveToRow', [row]);
    const { sheet, grid } = Range.locate(row);
    return this.#update({ location: { type: 'ROW', sheet, start: grid.row, count: grid.rows } });
  }

  moveToSheet(sheet: unknown): DeveloperMetadata {
    if (!(sheet instanceof Sheet)) {
      throw parametersMismatch('DeveloperMetadata.moveToSheet', [sheet]);
    }
    return this.#update({ location: { type: 'SHEET', sheet: sheet.getName() } });
  }

  moveToSpreadsheet(): DeveloperMetadata {
    return this.#update({ location: { type: 'SPREADSHEET' } });
  }

  remove(): void {
    this.#entry();
    this.#open.workbook.removeDeveloperMetadata(this.#id);
  }

  #entry(): DeveloperMetadataEntry {
    const entry = this.#open.workbook.developerMetadataEntry(this.#id);
    if (!entry) throw new Error(REMOVED);
    return entry;
  }

  #update(changes: Partial<Omit<DeveloperMetadataEntry, 'id'>>): DeveloperMetadata {
    this.#entry();
    this.#open.workbook.updateDeveloperMetadata(this.#id, changes);
    return this;
  }
}

export class DeveloperMetadataLocation extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'DeveloperMetadataLocation';
  readonly #open: OpenSpreadsheet;
  readonly #location: MetadataLocation;

  constructor(open: OpenSpreadsheet, location: MetadataLocation) {
    super();
    this.#open = open;
    this.#location = location;
  }

  getLocationType(): MetadataLocation['type'] {
    return this.#location.type;
  }

  /** The whole columns ("K:K") for column metadata, else null. */
  getColumn(): Range | null {
    const location = this.#location;
    if (location.type !== 'COLUMN') return null;
    const grid = { row: 0, column: location.start, rows: 1, columns: location.count };
    return new Range(this.#open, location.sheet, grid, { rows: true, columns: false });
  }

  /** The whole rows ("2:2") for row metadata, else null. */
  getRow(): Range | null {
    const location = this.#location;
    if (location.type !== 'ROW') return null;
    const grid = { row: location.start, column: 0, rows: location.count, columns: 1 };
    return new Range(this.#open, location.sheet, grid, { rows: false, columns: true });
  }

  /** The sheet for sheet metadata only; column or row metadata's sheet is its range's. */
  getSheet(): Sheet | null {
    const location = this.#location;
    return location.type === 'SHEET' ? new Sheet(this.#open, location.sheet) : null;
  }

  getSpreadsheet(): Spreadsheet | null {
    return this.#location.type === 'SPREADSHEET' ? new Spreadsheet(this.#open) : null;
  }
}

/** What a finder searches: the spreadsheet, a sheet (its own, rows' and columns'), a range. */
export type MetadataScope =
  | { kind: 'spreadsheet' }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'range'; sheet: string; grid: GridRange };

interface Criteria {
  id?: number;
  key?: string;
  value?: string;
  locationType?: MetadataLocation['type'];
  visibility?: MetadataVisibility;
  intersecting: boolean;
}

export class DeveloperMetadataFinder extends AppsScriptObject {
  readonly [APPS_SCRIPT_CLASS] = 'DeveloperMetadataFinder';
  readonly #open: OpenSpreadsheet;
  readonly #scope: MetadataScope;
  readonly #criteria: Criteria = { intersecting: false };

  constructor(open: OpenSpreadsheet, scope: MetadataScope) {
    super();
    this.#open = open;
    this.#scope = scope;
  }

  withId(id: unknown): DeveloperMetadataFinder {
    if (!isInteger(id)) throw parametersMismatch('DeveloperMetadataFinder.withId', [id]);
    this.#criteria.id = id;
    return this;
  }

  withKey(key: unknown): DeveloperMetadataFinder {
    if (typeof key !== 'string') throw parametersMismatch('DeveloperMetadataFinder.withKey', [key]);
    this.#criteria.key = key;
    return this;
  }

  withValue(value: unknown): DeveloperMetadataFinder {
    if (typeof value !== 'string') {
      throw parametersMismatch('DeveloperMetadataFinder.withValue', [value]);
    }
    this.#criteria.value = value;
    return this;
  }

  withLocationType(locationType: unknown): DeveloperMetadataFinder {
    if (!LOCATION_TYPES.includes(locationType as MetadataLocation['type'])) {
      throw parametersMismatch('DeveloperMetadataFinder.withLocationType', [locationType]);
    }
    this.#criteria.locationType = locationType as MetadataLocation['type'];
    return this;
  }

  withVisibility(visibility: unknown): DeveloperMetadataFinder {
    if (!isVisibility(visibility)) {
      throw parametersMismatch('DeveloperMetadataFinder.withVisibility', [visibility]);
    }
    this.#criteria.visibility = visibility;
    return this;
  }

  /** For a range's finder: metadata on rows or columns crossing the range, not only on it. */
  onIntersectingLocations(): DeveloperMetadataFinder {
    this.#criteria.intersecting = true;
    return this;
  }

  /** The matching metadata, oldest first. */
  find(): DeveloperMetadata[] {
    const criteria = this.#criteria;
    return this.#open.workbook
      .developerMetadata()
      .filter(
        (entry) =>
          this.#inScope(entry.location) &&
          (criteria.id === undefined || entry.id === criteria.id) &&
          (criteria.key === undefined || entry.key === criteria.key) &&
          (criteria.value === undefined || entry.value === criteria.value) &&
          (criteria.locationType === undefined || entry.location.type === criteria.locationType) &&
          (criteria.visibility === undefined || entry.visibility === criteria.visibility),
      )
      .map((entry) => new DeveloperMetadata(this.#open, entry.id));
  }

  #inScope(location: MetadataLocation): boolean {
    const scope = this.#scope;
    if (scope.kind === 'spreadsheet') return true;
    if (location.type === 'SPREADSHEET' || location.sheet !== scope.sheet) return false;
    if (scope.kind === 'sheet') return true;
    if (location.type === 'SHEET') return false;
    const { grid } = scope;
    const [first, count] =
      location.type === 'COLUMN' ? [grid.column, grid.columns] : [grid.row, grid.rows];
    if (this.#criteria.intersecting) {
      return location.start < first + count && first < location.start + location.count;
    }
    const whole = this.#wholeSpan(location.type, grid);
    return whole && location.start === first && location.count === count;
  }

  /** Whether the range is whole columns (for column metadata) or whole rows. */
  #wholeSpan(type: 'ROW' | 'COLUMN', grid: GridRange): boolean {
    if (this.#scope.kind !== 'range') return false;
    const size = this.#open.gridSize(this.#scope.sheet);
    return type === 'COLUMN'
      ? grid.row === 0 && grid.rows === size.rows
      : grid.column === 0 && grid.columns === size.columns;
  }
}
