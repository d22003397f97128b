// The actors and alliances as two tables of typed columns: what the CSV, GEXF and GraphML exports
// write, each in its own syntax. Column names are the importer's (src/import/fields.ts), free
// attributes are `attributes.NAME`, so an export opened again gives the same records. Pure.
import type { AllianceGraph } from '../model/graph';
import type { ActorRecord, AllianceRecord } from '../model/types';
import type { Positions } from '../view/types';
import { selectRecords, type DataExportOptions } from './data';

/** The types GEXF declares (GraphML and CSV write lists as text joined with `;`). */
export type ColumnType = 'string' | 'integer' | 'double' | 'boolean' | 'liststring' | 'listinteger';

export interface Column {
  name: string;
  type: ColumnType;
}

export type Value = string | number | boolean | readonly string[] | readonly number[];

export interface Table {
  columns: Column[];
  /** One map of column name → value per record; a column a record lacks is absent. */
  rows: Array<Record<string, Value>>;
}

/** The prefix the importer reads as a free attribute (src/import/fields.ts). */
export const ATTRIBUTE_PREFIX = 'attributes.';

/** The first ten in the order the CSV export has always written them; the others after. */
export const ACTOR_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'string' },
  { name: 'label', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'category', type: 'string' },
  { name: 'regions', type: 'liststring' },
  { name: 'sdgs', type: 'listinteger' },
  { name: 'description', type: 'string' },
  { name: 'url', type: 'string' },
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
  { name: 'labels.en', type: 'string' },
  { name: 'founded', type: 'string' },
  { name: 'members.count', type: 'integer' },
  { name: 'members.note', type: 'string' },
];

export const ALLIANCE_COLUMNS: readonly Column[] = [
  { name: 'id', type: 'string' },
  { name: 'source', type: 'string' },
  { name: 'target', type: 'string' },
  { name: 'relation', type: 'string' },
  { name: 'support', type: 'liststring' },
  { name: 'amount', type: 'double' },
  { name: 'currency', type: 'string' },
  { name: 'start', type: 'string' },
  { name: 'end', type: 'string' },
  { name: 'sdgs', type: 'listinteger' },
  { name: 'description', type: 'string' },
];

/** An attribute's column type: numbers and booleans keep theirs, anything else is text (lists and objects as JSON). */
function attributeType(values: readonly unknown[]): ColumnType {
  if (values.every((value) => typeof value === 'number' && Number.isFinite(value)))
    return values.every((value) => Number.isInteger(value) && Math.abs(value as number) <= 0x7fffffff) ? 'integer' : 'double';
  if (values.every((value) => typeof value === 'boolean')) return 'boolean';
  return 'string';
}

/** A value as the files write it: text, number and boolean as they are, lists and objects as JSON. */
function attributeValue(value: unknown): Value | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  return JSON.stringify(value);
}

/**
 * Text for a graph file, where no formula guard is needed: only a text that starts with the guard
 * already (`'=x`) gets one more, as the importer takes one off whatever the format.
 */
export function graphText(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One column per attribute name, in the order first met, typed by every value it holds. */
function attributeColumns(records: ReadonlyArray<{ attributes?: Record<string, unknown> }>): Column[] {
  const values = new Map<string, unknown[]>();
  for (const record of records)
    for (const [name, value] of Object.entries(record.attributes ?? {})) {
      if (value === undefined || value === null) continue;
      const list = values.get(name) ?? [];
      list.push(value);
      values.set(name, list);
    }
  return [...values].map(([name, list]) => ({ name: ATTRIBUTE_PREFIX + name, type: attributeType(list) }));
}

function withAttributes(fixed: Record<string, Value | undefined>, record: { attributes?: Record<string, unknown> }, columns: Column[]) {
  const row: Record<string, Value> = {};
  for (const [name, value] of Object.entries(fixed)) if (value !== undefined && value !== '') row[name] = value;
  for (const column of columns) {
    const value = attributeValue(record.attributes?.[column.name.slice(ATTRIBUTE_PREFIX.length)]);
    if (value !== undefined) row[column.name] = value;
  }
  return row;
}

function actorRow(node: ActorRecord, attributes: Column[]): Record<string, Value> {
  return withAttributes(
    {
      id: node.id,
      label: node.label,
      'labels.en': node.labels?.en,
      kind: node.kind,
      category: node.category,
      regions: node.regions?.length ? node.regions : undefined,
      sdgs: node.sdgs?.length ? node.sdgs : undefined,
      description: node.description,
      url: node.url,
      founded: node.founded,
      'members.count': node.members?.count,
      'members.note': node.members?.note,
      x: node.x,
      y: node.y,
    },
    node,
    attributes,
  );
}

function allianceRow(edge: AllianceRecord, attributes: Column[]): Record<string, Value> {
  return withAttributes(
    {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      relation: edge.relation,
      support: edge.support?.length ? edge.support : undefined,
      amount: edge.amount,
      currency: edge.currency,
      start: edge.start,
      end: edge.end,
      sdgs: edge.sdgs?.length ? edge.sdgs : undefined,
      description: edge.description,
    },
    edge,
    attributes,
  );
}

/** The two tables of the map (positions rounded to 0.1, as the JSON export writes them). */
export function exportTables(
  graph: AllianceGraph,
  positions: Positions,
  options: DataExportOptions = {},
): { actors: Table; alliances: Table } {
  const { nodes, edges } = selectRecords(graph, positions, options);
  const actorAttributes = attributeColumns(nodes);
  const allianceAttributes = attributeColumns(edges);
  return {
    actors: { columns: [...ACTOR_COLUMNS, ...actorAttributes], rows: nodes.map((node) => actorRow(node, actorAttributes)) },
    alliances: {
      columns: [...ALLIANCE_COLUMNS, ...allianceAttributes],
      rows: edges.map((edge) => allianceRow(edge, allianceAttributes)),
    },
  };
}
