import type { AllianceGraph } from '../model/graph';

/** An actor's SDGs: its own plus those of its alliances (contracts section 3), sorted. */
export function actorSdgs(graph: AllianceGraph, id: string): number[] {
  const sdgs = new Set<number>(graph.getNodeAttribute(id, 'sdgs') ?? []);
  graph.forEachEdge(id, (_edge, attributes) => {
    for (const sdg of attributes.sdgs ?? []) sdgs.add(sdg);
  });
  return [...sdgs].sort((a, b) => a - b);
}
