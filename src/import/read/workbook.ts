// A workbook (.xlsx from Excel, .ods from LibreOffice) as tables: its actors sheet and its
// alliances sheet, found by name (Acteurs/Actors, Alliances/Liens), else the first two.
import { read, type CellObject, type WorkSheet } from '@e965/xlsx';
import { normalizeText } from '../../search/normalize';
import type { RawTable, TableKind } from '../types';
import { tableFromRows } from './csv';
import { ImportRefused, MAX_EXPANDED_BYTES } from './limits';
import { zipExpandedSize } from './zipSize';

const SHEET_NAMES: Record<TableKind, string[]> = {
  actors: ['acteurs', 'actors', 'noeuds', 'nodes', 'organisations', 'organizations', 'structures'],
  alliances: ['alliances', 'liens', 'links', 'edges', 'relations', 'aretes', 'partenariats', 'soutiens'],
};

const pad = (value: number): string => String(value).padStart(2, '0');

/** A date cell as the data format writes dates, to the precision its number format shows. */
function dateText(date: Date, format: string | undefined): string {
  const year = String(date.getUTCFullYear());
  const month = `${year}-${pad(date.getUTCMonth() + 1)}`;
  const shown = (format ?? '').replace(/"[^"]*"|\[[^\]]*\]/g, '').toLowerCase();
  if (shown !== '' && !/d/.test(shown)) return /m/.test(shown) ? month : year;
  return `${month}-${pad(date.getUTCDate())}`;
}

function cellValue(cell: CellObject | undefined): unknown {
  if (!cell || cell.v === undefined || cell.t === 'z' || cell.t === 'e') return cell?.t === 'e' ? (cell.w ?? null) : null;
  if (cell.v instanceof Date) return dateText(cell.v, cell.z === undefined ? undefined : String(cell.z));
  return cell.v;
}

function sheetRows(sheet: WorkSheet): unknown[][] {
  const dense = (sheet['!data'] ?? []) as Array<Array<CellObject | undefined> | undefined>;
  const rows: unknown[][] = [];
  for (let index = 0; index < dense.length; index++) rows.push((dense[index] ?? []).map(cellValue));
  return rows;
}

export type WorkbookKind = 'xlsx' | 'ods';

export function readWorkbook(bytes: Uint8Array, file: string): RawTable[] {
  const expanded = zipExpandedSize(bytes);
  if (expanded === null) throw new ImportRefused('not-a-workbook', file);
  if (expanded > MAX_EXPANDED_BYTES) throw new ImportRefused('too-large', String(expanded));
  const book = read(bytes, { type: 'array', cellDates: true, cellNF: true, dense: true, cellFormula: false, cellHTML: false });
  const names = book.SheetNames.filter((name) =>
    sheetRows(book.Sheets[name] as WorkSheet).some((row) => row.some((cell) => cell !== null && cell !== '')),
  );
  const byName = (kind: TableKind) => names.find((name) => SHEET_NAMES[kind].includes(normalizeText(name)));
  let actors = byName('actors');
  let alliances = byName('alliances');
  if (actors === undefined && alliances === undefined) [actors, alliances] = names;
  else if (actors === undefined) actors = names.find((name) => name !== alliances);
  else alliances ??= names.find((name) => name !== actors);
  const tables: RawTable[] = [];
  // The first row of a sheet names its columns; rows above a blank first row are not skipped.
  for (const [kind, name] of [
    ['actors', actors],
    ['alliances', alliances],
  ] as const) {
    if (name !== undefined) tables.push(tableFromRows(kind, file, sheetRows(book.Sheets[name] as WorkSheet), name));
  }
  if (tables.length === 0) throw new ImportRefused('no-table', file);
  return tables;
}
