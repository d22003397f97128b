// GraphML: the actors and alliances with their fields and attributes as typed <key>s
// (src/export/tables.ts; lists as text joined with `;`), the map's colours (r, g, b), sizes and
// positions (x, y) as Gephi reads and writes them, and the whole meta in the graph's `alliancemap`
// data for the importer. Pure; every value goes through the XML serializer, which escapes it.
import { el, serializeDocument, type SvgElement } from './svgTree';
import type { GraphFileInput } from './gexf';
import { graphLook, graphY, type Rgb } from './graphLook';
import { exportTables, graphText, type Column, type ColumnType, type Value } from './tables';

const GRAPHML_TYPE: Record<ColumnType, string> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
  liststring: 'string',
  listinteger: 'string',
};

/** Written by the element itself, not as data. */
const NODE_OWN = new Set(['id']);
const EDGE_OWN = new Set(['id', 'source', 'target']);

interface Key {
  id: string;
  name: string;
  type: string;
}

function keysOf(prefix: string, columns: readonly Column[], own: Set<string>, drawing: string[]): Key[] {
  const keys = columns
    .filter((column) => !own.has(column.name))
    .map((column): Key => ({ id: '', name: column.name, type: GRAPHML_TYPE[column.type] }));
  for (const name of drawing) keys.push({ id: '', name, type: name === 'size' || name === 'thickness' ? 'double' : 'int' });
  return keys.map((key, index) => ({ ...key, id: `${prefix}${index}` }));
}

function dataElements(keys: readonly Key[], values: Record<string, Value | undefined>): SvgElement[] {
  return keys.flatMap((key) => {
    const value = values[key.name];
    if (value === undefined) return [];
    return [
      el('data', { key: key.id }, [Array.isArray(value) ? value.join(';') : typeof value === 'string' ? graphText(value) : String(value)]),
    ];
  });
}

const rgbData = (colour: Rgb | null | undefined) => (colour ? { r: colour.r, g: colour.g, b: colour.b } : {});

/** The map as a GraphML document. */
export function exportGraphml({ meta, graph, positions, appearance, options = {} }: GraphFileInput): string {
  const { actors, alliances } = exportTables(graph, positions, options);
  const look = graphLook(appearance);
  const nodeKeys = keysOf('n', actors.columns, NODE_OWN, ['r', 'g', 'b', 'size']);
  const edgeKeys = keysOf('e', alliances.columns, EDGE_OWN, ['r', 'g', 'b', 'thickness']);
  const nodes = actors.rows.map((row) => {
    const drawn = look.actors.get(String(row.id));
    const y = typeof row.y === 'number' ? graphY(row.y) : undefined;
    return el('node', { id: String(row.id) }, dataElements(nodeKeys, { ...row, y, ...rgbData(drawn?.colour), size: drawn?.size }));
  });
  const edges = alliances.rows.map((row) => {
    const drawn = look.alliances.get(String(row.id));
    const values = { ...row, ...rgbData(drawn?.colour), thickness: drawn?.thickness };
    return el('edge', { id: String(row.id), source: String(row.source), target: String(row.target) }, dataElements(edgeKeys, values));
  });
  const key = (owner: string) => (k: Key) => el('key', { id: k.id, for: owner, 'attr.name': k.name, 'attr.type': k.type });
  const root = el('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' }, [
    el('key', { id: 'g0', for: 'graph', 'attr.name': 'alliancemap', 'attr.type': 'string' }),
    el('key', { id: 'g1', for: 'graph', 'attr.name': 'title', 'attr.type': 'string' }),
    ...nodeKeys.map(key('node')),
    ...edgeKeys.map(key('edge')),
    el('graph', { id: 'G', edgedefault: 'directed' }, [
      el('data', { key: 'g0' }, [JSON.stringify(meta)]),
      el('data', { key: 'g1' }, [meta.title]),
      ...nodes,
      ...edges,
    ]),
  ]);
  return serializeDocument(root);
}
