// A graphology graph (read from GEXF, GraphML, graphology's JSON) as the two tables of the
// importer: nodes with their attributes as columns, edges likewise, plus their direction.
import type Graph from 'graphology';
import { isRecord } from '../../model/isRecord';
import type { ImportFormat, RawImport, RawTable } from '../types';

/** The graph attribute an Alliance Map export writes its meta into, as JSON. */
export const META_ATTRIBUTE = 'alliancemap';

function columnsOf(records: Array<Record<string, unknown>>, first: string[]): string[] {
  const columns = new Set(first);
  for (const record of records) for (const key of Object.keys(record)) columns.add(key);
  return [...columns];
}

export function metaOfGraph(attributes: Record<string, unknown>): Record<string, unknown> {
  const carried = attributes[META_ATTRIBUTE];
  if (typeof carried === 'string') {
    try {
      const meta = JSON.parse(carried) as unknown;
      if (isRecord(meta)) return meta;
    } catch {
      // not ours after all: fall through to the usual meta
    }
  }
  const meta: Record<string, unknown> = {};
  const title = attributes.title ?? attributes.name ?? attributes.label;
  if (typeof title === 'string') meta.title = title;
  if (typeof attributes.description === 'string') meta.description = attributes.description;
  return meta;
}

export function tablesOfGraph(graph: Graph, format: ImportFormat, file: string): RawImport {
  const nodeRows: Array<Record<string, unknown>> = [];
  const items: string[] = [];
  graph.forEachNode((key, attributes) => {
    items.push(key);
    nodeRows.push({ id: key, ...attributes });
  });
  const edgeRows: Array<Record<string, unknown>> = [];
  const edgeItems: string[] = [];
  let undirected = 0;
  graph.forEachEdge((key, attributes, source, target, _s, _t, isUndirected) => {
    edgeItems.push(key);
    if (isUndirected) undirected++;
    edgeRows.push({ id: key, source, target, ...attributes, ...(isUndirected ? { directed: false } : {}) });
  });
  const allUndirected = undirected > 0 && undirected === edgeRows.length;
  if (allUndirected) for (const row of edgeRows) delete row.directed;
  const actors: RawTable = {
    kind: 'actors',
    file,
    columns: columnsOf(nodeRows, ['id']),
    rows: nodeRows.map((cells, index) => ({ row: index + 1, item: items[index], cells })),
  };
  const alliances: RawTable = {
    kind: 'alliances',
    file,
    columns: columnsOf(edgeRows, ['id', 'source', 'target']),
    rows: edgeRows.map((cells, index) => ({ row: index + 1, item: edgeItems[index], cells })),
  };
  return { format, files: [file], tables: [actors, alliances], meta: metaOfGraph(graph.getAttributes()), undirected: allUndirected };
}
