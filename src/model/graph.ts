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
