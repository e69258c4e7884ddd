/**
 * Developer metadata as Sheets keeps it in the document: key-value pairs attached to the
 * spreadsheet, a sheet, or a span of whole rows or columns. A row or column span is attached to
 * the rows or columns themselves, not to their numbers: it moves when rows or columns are
 * inserted or deleted before it, stretches over ones inserted inside it, and goes when all of
 * it is deleted. Rows and columns are 0-based here.
 */
import { moveSpan, type StructureChange } from './formula-references';

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

export type MetadataLocation =
  | { type: 'SPREADSHEET' }
  | { type: 'SHEET'; sheet: string }
  | { type: 'ROW' | 'COLUMN'; sheet: string; start: number; count: number };

export interface DeveloperMetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  location: MetadataLocation;
}

export function copyEntry(entry: DeveloperMetadataEntry): DeveloperMetadataEntry {
  return { ...entry, location: { ...entry.location } };
}

/** The entry after `change`, or null when the rows or columns it was attached to are gone. */
export function moveEntry(
  entry: DeveloperMetadataEntry,
  change: StructureChange,
): DeveloperMetadataEntry | null {
  const { location } = entry;
  if (location.type !== 'ROW' && location.type !== 'COLUMN') return entry;
  const axis = location.type === 'ROW' ? 'rows' : 'columns';
  if (location.sheet !== change.sheet || axis !== change.axis) return entry;
  const span = moveSpan(location.start, location.start + location.count - 1, change);
  if (span === null) return null;
  return {
    ...entry,
    location: { ...location, start: span.first, count: span.last - span.first + 1 },
  };
}
