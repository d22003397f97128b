// The columns of the two tables (src/ui/insight/), by the keys the URL's `sort` names.

export const ACTOR_COLUMNS = [
  'label',
  'kind',
  'regions',
  'alliances',
  'partners',
  'received',
  'given',
  'amount-received',
  'amount-given',
  'betweenness',
  'community',
] as const;
export type ActorColumn = (typeof ACTOR_COLUMNS)[number];

export const ALLIANCE_COLUMNS = ['source', 'target', 'relation', 'support', 'amount', 'start', 'end'] as const;
export type AllianceColumn = (typeof ALLIANCE_COLUMNS)[number];

export type TableName = 'actors' | 'alliances';
export const TABLE_NAMES: readonly TableName[] = ['actors', 'alliances'];

/** A column to sort by, and which way; null: the table's own order (actors by name, alliances as in the file). */
export interface TableSort {
  key: ActorColumn | AllianceColumn;
  descending: boolean;
}

const COLUMN_KEYS: ReadonlySet<string> = new Set([...ACTOR_COLUMNS, ...ALLIANCE_COLUMNS]);

export function isColumnKey(value: string): value is ActorColumn | AllianceColumn {
  return COLUMN_KEYS.has(value);
}
