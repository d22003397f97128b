import type { AllianceGraph } from '../model/graph';
import type { VisibleSets } from './types';

/** The `counts` of the embed messages (docs/embed.md). A group node counts as one actor. */
export interface CountSummary {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

export function countSummary(graph: AllianceGraph, visible: Pick<VisibleSets, 'visibleNodeIds' | 'visibleEdgeIds'>): CountSummary {
  return {
    nodes: graph.order,
    edges: graph.size,
    visibleNodes: visible.visibleNodeIds.size,
    visibleEdges: visible.visibleEdgeIds.size,
  };
}
