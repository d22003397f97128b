import Graph from 'graphology';
import type { ActorRecord, AllianceRecord, DataFile } from './types';

// The canonical model: a graphology multigraph whose node and edge attributes are the records of
// the data file as they are. Everything the app shows derives from it.
export type ActorAttributes = ActorRecord;
export type AllianceAttributes = AllianceRecord;
export type AllianceGraph = Graph<ActorAttributes, AllianceAttributes, DataFile['meta']>;

/** Builds the model from a data file that has passed validation. */
export function buildGraph(file: DataFile): AllianceGraph {
  const graph: AllianceGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.replaceAttributes(file.meta);
  for (const node of file.nodes) graph.addNode(node.id, node);
  for (const edge of file.edges) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
  return graph;
}

/**
 * buildGraph in slices of `slice` actors or alliances, awaiting `pause()` between them: a map of
 * tens of thousands of actors is built without holding the page for one long task.
 */
export async function buildGraphInSlices(file: DataFile, pause: () => Promise<void>, slice = 20_000): Promise<AllianceGraph> {
  const graph: AllianceGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  graph.replaceAttributes(file.meta);
  for (let start = 0; start < file.nodes.length; start += slice) {
    if (start > 0) await pause();
    for (const node of file.nodes.slice(start, start + slice)) graph.addNode(node.id, node);
  }
  for (let start = 0; start < file.edges.length; start += slice) {
    await pause();
    for (const edge of file.edges.slice(start, start + slice)) graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, edge);
  }
  return graph;
}
