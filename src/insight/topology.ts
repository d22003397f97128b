import type { AllianceGraph } from '../model/graph';

/**
 * What the measures need of a map, in a form a worker can take without copying much: the actor
 * ids and, per alliance, the indices of its ends (support flows from source to target) and its
 * amount (NaN when the file gives none).
 */
export interface Topology {
  ids: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  amounts: Float64Array;
}

/** The alliances and actors of the view the measures are taken on (null sets: the whole map). */
export interface MeasureScope {
  nodeIds: ReadonlySet<string> | null;
  edgeIds: ReadonlySet<string> | null;
}

export const WHOLE_MAP: MeasureScope = { nodeIds: null, edgeIds: null };

export function topologyOf(graph: AllianceGraph, scope: MeasureScope = WHOLE_MAP): Topology {
  const ids: string[] = [];
  const index = new Map<string, number>();
  graph.forEachNode((id) => {
    if (scope.nodeIds && !scope.nodeIds.has(id)) return;
    index.set(id, ids.length);
    ids.push(id);
  });
  const sources: number[] = [];
  const targets: number[] = [];
  const amounts: number[] = [];
  graph.forEachEdge((id, alliance, source, target) => {
    if (scope.edgeIds && !scope.edgeIds.has(id)) return;
    const from = index.get(source);
    const to = index.get(target);
    if (from === undefined || to === undefined) return;
    sources.push(from);
    targets.push(to);
    amounts.push(alliance.amount ?? Number.NaN);
  });
  return { ids, sources: Uint32Array.from(sources), targets: Uint32Array.from(targets), amounts: Float64Array.from(amounts) };
}
