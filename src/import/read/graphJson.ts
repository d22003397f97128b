// graphology's serialised JSON ({attributes, options, nodes: [{key, attributes}], edges}) and
// Cytoscape.js JSON ({elements: {nodes: [{data, position}], edges}}, a flat list with `group`, or
// cy.json()) as the importer's tables.
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { isRecord } from '../../model/isRecord';
import type { RawImport } from '../types';
import { tablesOfGraph } from './graphTables';
import { cellText } from '../values/text';
import { ImportRefused } from './limits';

function cytoscapeElements(data: unknown): { nodes: unknown[]; edges: unknown[] } {
  const source = isRecord(data) && 'elements' in data ? data.elements : data;
  if (Array.isArray(source)) {
    const isEdge = (element: unknown) =>
      isRecord(element) && (element.group === 'edges' || (isRecord(element.data) && 'source' in element.data && 'target' in element.data));
    return { nodes: source.filter((element) => !isEdge(element)), edges: source.filter(isEdge) };
  }
  if (isRecord(source))
    return { nodes: Array.isArray(source.nodes) ? source.nodes : [], edges: Array.isArray(source.edges) ? source.edges : [] };
  return { nodes: [], edges: [] };
}

function fromCytoscape(data: unknown, file: string): RawImport {
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  const { nodes, edges } = cytoscapeElements(data);
  nodes.forEach((element, index) => {
    const item = isRecord(element) ? element : {};
    const { id, ...attributes } = isRecord(item.data) ? item.data : {};
    const position = isRecord(item.position) ? item.position : {};
    if (typeof position.x === 'number') attributes.x = position.x;
    if (typeof position.y === 'number') attributes.y = position.y;
    const key = cellText(id) || `n${index + 1}`;
    graph.mergeNode(key, attributes);
  });
  edges.forEach((element, index) => {
    const item = isRecord(element) && isRecord(element.data) ? element.data : {};
    const { id, source, target, ...attributes } = item;
    const ends = [source, target].map(cellText);
    const [from = '', to = ''] = ends;
    const key = cellText(id) || `e${index + 1}`;
    if (from === '' || to === '') throw new ImportRefused('no-graph', `edge ${key} lacks its source or target`);
    graph.mergeNode(from);
    graph.mergeNode(to);
    graph.addDirectedEdgeWithKey(graph.hasEdge(key) ? `${key}-${index + 1}` : key, from, to, attributes);
  });
  if (isRecord(data) && isRecord(data.data)) graph.replaceAttributes(data.data);
  return tablesOfGraph(graph, 'cytoscape-json', file);
}

function fromGraphology(data: unknown, file: string): RawImport {
  const graph = new Graph({ multi: true, type: 'mixed', allowSelfLoops: true });
  try {
    // Options of the file (a simple or undirected graph) are not imposed: the import is a multigraph.
    const serialised = { ...(data as Record<string, unknown>) };
    delete serialised.options;
    graph.import(serialised as unknown as SerializedGraph);
  } catch (error) {
    throw new ImportRefused('no-graph', error instanceof Error ? error.message : String(error));
  }
  const undirectedGraph = isRecord(data) && isRecord(data.options) && data.options.type === 'undirected';
  const imported = tablesOfGraph(graph, 'graphology-json', file);
  if (undirectedGraph) imported.undirected = true;
  return imported;
}

export function readGraphJson(data: unknown, kind: 'graphology-json' | 'cytoscape-json', file: string): RawImport {
  return kind === 'cytoscape-json' ? fromCytoscape(data, file) : fromGraphology(data, file);
}
