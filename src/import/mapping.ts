// What each column of each table becomes: the recognised field, else a free attribute; a column
// can be marked private (meta.private), and columns of e-mails and phone numbers are by default.
import { normalizeText } from '../search/normalize';
import { defaultUse, type ColumnUse } from './fields';
import type { RawImport, RawTable } from './types';

export interface ColumnChoice {
  use: ColumnUse;
  private: boolean;
}

/** Per table (by {@link tableKey}), per column name. */
export type Mapping = Record<string, Record<string, ColumnChoice>>;

/** Names a table in a mapping: its kind, file and sheet. */
export function tableKey(table: Pick<RawTable, 'kind' | 'file' | 'sheet'>): string {
  return `${table.kind}|${table.file}|${table.sheet ?? ''}`;
}

const PRIVATE_WORDS = /\b(e ?mail|courriel|mail|mel|telephone|tel|phone|mobile|portable|fax|adresse postale|contact)\b/;

/** A column that by its name holds contact details, private by default. */
export function looksPrivate(column: string): boolean {
  return PRIVATE_WORDS.test(normalizeText(column));
}

/** The drawing attributes of graph files (Gephi's colours and sizes): the map draws its own. */
const DRAWING = new Set(['color', 'size', 'z', 'shape', 'thickness']);

export function defaultMapping(raw: Pick<RawImport, 'tables' | 'format'>): Mapping {
  const graphFile = raw.format !== 'csv' && raw.format !== 'xlsx' && raw.format !== 'ods';
  const mapping: Mapping = {};
  for (const table of raw.tables) {
    const columns: Record<string, ColumnChoice> = {};
    for (const column of table.columns) {
      const use: ColumnUse = graphFile && DRAWING.has(column) ? { ignore: true } : defaultUse(table.kind, column);
      columns[column] = { use, private: 'attribute' in use && looksPrivate(column) };
    }
    mapping[tableKey(table)] = columns;
  }
  return mapping;
}

/** The choice for a column: the mapping's, else the default. */
export function choiceOf(mapping: Mapping, table: RawTable, column: string): ColumnChoice {
  return mapping[tableKey(table)]?.[column] ?? { use: defaultUse(table.kind, column), private: looksPrivate(column) };
}
