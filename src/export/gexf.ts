// GEXF 1.3, as Gephi opens it: the actors and alliances with their fields and attributes as
// declared, typed GEXF attributes (src/export/tables.ts), the map's colours, sizes and positions
// as viz: elements, and the whole meta in <meta><alliancemap> for the importer. Pure; every
// value goes through the XML serializer, which escapes it.
import type { AllianceGraph } from '../model/graph';
import type { DataMeta } from '../model/types';
import type { Appearance } from '../view/appearance';
import type { Positions } from '../view/types';
import type { DataExportOptions } from './data';
import { graphLook, graphY } from './graphLook';
import { el, serializeDocument, type SvgElement } from './svgTree';
import { exportTables, graphText, type Column, type Table, type Value } from './tables';

/** The meta element the importer reads the whole meta from (src/import/read/graphTables.ts). */
const META_ELEMENT = 'alliancemap';

/** Written by the element itself (id, label, ends, viz:position), not as attributes. */
const NODE_OWN = new Set(['id', 'label', 'x', 'y']);
const EDGE_OWN = new Set(['id', 'source', 'target']);

/** A list as GEXF 1.3 writes it, `[24, FR]`; an item with a separator or a quote in JSON quotes. */
function listValue(values: readonly (string | number)[]): string {
  const item = (value: string | number) => (typeof value === 'number' || !/[,"'[\]\s]/.test(value) ? String(value) : JSON.stringify(value));
  return `[${values.map(item).join(', ')}]`;
}

function gexfValue(value: Value): string {
  return Array.isArray(value) ? listValue(value) : typeof value === 'string' ? graphText(value) : String(value);
}

function declared(table: Table, own: Set<string>): Column[] {
  return table.columns.filter((column) => !own.has(column.name));
}

function attributesElement(kind: 'node' | 'edge', columns: Column[]): SvgElement {
  return el(
    'attributes',
    { class: kind, mode: 'static' },
    columns.map((column, index) => el('attribute', { id: String(index), title: column.name, type: column.type })),
  );
}

function attvalues(row: Record<string, Value>, columns: Column[]): SvgElement | null {
  const values = columns.flatMap((column, index) => {
    const value = row[column.name];
    return value === undefined ? [] : [el('attvalue', { for: String(index), value: gexfValue(value) })];
  });
  return values.length > 0 ? el('attvalues', {}, values) : null;
}

const colourElement = (colour: { r: number; g: number; b: number } | null | undefined) =>
  colour ? el('viz:color', { r: String(colour.r), g: String(colour.g), b: String(colour.b) }) : null;

export interface GraphFileInput {
  meta: DataMeta;
  graph: AllianceGraph;
  positions: Positions;
  appearance: Appearance;
  options?: DataExportOptions;
}

/** The map as a GEXF 1.3 document. */
export function exportGexf({ meta, graph, positions, appearance, options = {} }: GraphFileInput): string {
  const { actors, alliances } = exportTables(graph, positions, options);
  const look = graphLook(appearance);
  const nodeColumns = declared(actors, NODE_OWN);
  const edgeColumns = declared(alliances, EDGE_OWN);
  const nodes = actors.rows.map((row) => {
    const id = String(row.id);
    const drawn = look.actors.get(id);
    const { x, y } = row;
    return el('node', { id, label: graphText(String(row.label)) }, [
      attvalues(row, nodeColumns),
      colourElement(drawn?.colour),
      drawn ? el('viz:size', { value: String(drawn.size) }) : null,
      typeof x === 'number' && typeof y === 'number' ? el('viz:position', { x: String(x), y: String(graphY(y)), z: '0' }) : null,
    ]);
  });
  const edges = alliances.rows.map((row) => {
    const id = String(row.id);
    const drawn = look.alliances.get(id);
    return el('edge', { id, source: String(row.source), target: String(row.target) }, [
      attvalues(row, edgeColumns),
      colourElement(drawn?.colour),
      drawn ? el('viz:thickness', { value: String(drawn.thickness) }) : null,
    ]);
  });
  const root = el('gexf', { xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', version: '1.3' }, [
    el('meta', meta.updated && /^\d{4}-\d{2}-\d{2}$/.test(meta.updated) ? { lastmodifieddate: meta.updated } : {}, [
      el('creator', {}, ['Alliance Map']),
      el('title', {}, [meta.title]),
      meta.description ? el('description', {}, [meta.description]) : null,
      el(META_ELEMENT, {}, [JSON.stringify(meta)]),
    ]),
    el('graph', { defaultedgetype: 'directed', mode: 'static' }, [
      attributesElement('node', nodeColumns),
      attributesElement('edge', edgeColumns),
      el('nodes', {}, nodes),
      el('edges', {}, edges),
    ]),
  ]);
  return serializeDocument(root);
}
