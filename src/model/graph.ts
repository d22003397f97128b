import Graph from 'graphology';
import type { ActorRecord, AllianceRecord, DataFile } from './types';

// The canonical model: a graphology multigraph whose node and edge attributes are the records of
// the data file as they are. Everything the app shows derives from it.
export type ActorAttributes = ActorRecord;
export type AllianceAttributes = AllianceRecord;
export type AllianceGraph = Graph<ActorAttributes, AllianceAttributes, DataFile['meta']>;

function emptyModel(meta: DataFile['meta']): AllianceGraph {
  const graph: AllianceGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.replaceAttributes(meta);
  return graph;
}

function addActors(graph: AllianceGraph, nodes: DataFile['nodes']): void {
  for (const node of nodes) graph.addNode(node.id, node);
}

function addAlliances(graph: AllianceGraph, edges: DataFile['edges']): void {
  for (const edge of edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
}

/** Builds the model from a data file that has passed validation. */
export function buildGraph(file: DataFile): AllianceGraph {
  const graph = emptyModel(file.meta);
  addActors(graph, file.nodes);
  addAlliances(graph, file.edges);
  return graph;
}

/**
 * buildGraph in slices of `slice` actors or alliances, awaiting `pause()` between them: a map of
 * tens of thousands of actors is built without holding the page for one long task (a `pause`
 * that rejects ends the build).
 */
export async function buildGraphInSlices(file: DataFile, pause: () => Promise<void>, slice = 20_000): Promise<AllianceGraph> {
  const graph = emptyModel(file.meta);
  for (let start = 0; start < file.nodes.length; start += slice) {
    if (start > 0) await pause();
    addActors(graph, file.nodes.slice(start, start + slice));
  }
  for (let start = 0; start < file.edges.length; start += slice) {
    await pause();
    addAlliances(graph, file.edges.slice(start, start + slice));
  }
  return graph;
}
