import type { AllianceGraph } from '../model/graph';
import { actorPassesAll, actorTests, alliancePassesAll, allianceTests } from './predicates';
import { isAllianceFilterActive, type Filters, type VisibleSets } from './types';

/**
 * What the filters leave visible (docs/filters.md).
 * A = actors passing every active actor filter; E = alliances passing every active alliance filter
 * with both ends in A. With an alliance filter active the visible actors are the ends of E (plus
 * the rest of A under `isolated=show`) and the visible alliances E; otherwise the visible actors
 * are A and the visible alliances every alliance with both ends in A. A group node is one actor.
 * `filtered` only changes the look, never these sets.
 */
export function applyFilters(graph: AllianceGraph, filters: Filters): VisibleSets {
  const onActor = actorTests(graph, filters);
  const onAlliance = allianceTests(filters);
  const allianceActive = isAllianceFilterActive(filters);

  const actorPass = new Set<string>();
  graph.forEachNode((id, actor) => {
    if (actorPassesAll(onActor, id, actor)) actorPass.add(id);
  });

  const keepIsolated = !allianceActive || filters.isolated === 'show';
  const visibleNodeIds = keepIsolated ? new Set(actorPass) : new Set<string>();
  const visibleEdgeIds = new Set<string>();
  graph.forEachEdge((id, alliance, source, target) => {
    if (!actorPass.has(source) || !actorPass.has(target)) return;
    if (!alliancePassesAll(onAlliance, alliance)) return;
    visibleEdgeIds.add(id);
    if (keepIsolated) return; // both ends are in A, already visible
    visibleNodeIds.add(source);
    visibleNodeIds.add(target);
  });
  return { visibleNodeIds, visibleEdgeIds, actorPass };
}

export type FocusDepth = 1 | 2;

/**
 * Restricts visible sets to an actor and the actors within `depth` steps of it over visible
 * alliances, in either direction; the visible alliances kept are those between two kept actors
 * (the induced subgraph, as an ego network). `focusId` null or unknown to the graph: the sets are
 * returned unchanged. A focused actor that the filters hide: nothing is visible (the UI can tell
 * this case by `!visible.visibleNodeIds.has(focusId)`). `actorPass` is passed through unchanged.
 */
export function applyFocus(graph: AllianceGraph, visible: VisibleSets, focusId: string | null, depth: FocusDepth): VisibleSets {
  if (focusId === null || !graph.hasNode(focusId)) return visible;
  const kept = new Set<string>();
  if (visible.visibleNodeIds.has(focusId)) {
    kept.add(focusId);
    let frontier = [focusId];
    for (let step = 0; step < depth; step += 1) {
      const next: string[] = [];
      for (const node of frontier) {
        graph.forEachEdge(node, (edge, _alliance, source, target) => {
          if (!visible.visibleEdgeIds.has(edge)) return;
          const other = source === node ? target : source;
          if (kept.has(other)) return;
          kept.add(other);
          next.push(other);
        });
      }
      frontier = next;
    }
  }
  const edges = new Set<string>();
  for (const node of kept) {
    graph.forEachEdge(node, (edge, _alliance, source, target) => {
      if (visible.visibleEdgeIds.has(edge) && kept.has(source) && kept.has(target)) edges.add(edge);
    });
  }
  return { visibleNodeIds: kept, visibleEdgeIds: edges, actorPass: visible.actorPass };
}
