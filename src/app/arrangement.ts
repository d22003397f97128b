// Arranging a map: the layout engines (d3-force, ForceAtlas2) and their worker, a chunk loaded by
// usePositions only when a map has actors without a position or is re-arranged.
import { startLayout, type LayoutHandle, type SupervisorOptions } from '../layout';
import type { OnDone, OnPositions } from '../layout/supervisor';
import type { AllianceGraph } from '../model/graph';
import type { Positions } from '../view/types';

/**
 * The graph the layout arranges: the user's pins as preset positions, so the layout keeps them
 * fixed. A new arrangement the user asked for also sets aside the positions written in the file
 * (else a map whose file places every actor could never be re-arranged).
 */
export function arrangementGraph(graph: AllianceGraph, pinned: Positions, keepFilePositions: boolean): AllianceGraph {
  if (keepFilePositions && Object.keys(pinned).length === 0) return graph;
  const copy = graph.copy();
  if (!keepFilePositions) {
    copy.forEachNode((id) => {
      copy.removeNodeAttribute(id, 'x');
      copy.removeNodeAttribute(id, 'y');
    });
  }
  for (const [id, point] of Object.entries(pinned)) copy.mergeNodeAttributes(id, point);
  return copy;
}

/**
 * Starts the layout of the arrangement; if the layout refuses it (a position out of bounds, which
 * validation already keeps out of files), it starts again without the file's positions and pins.
 */
export function startArrangement(
  graph: AllianceGraph,
  pinned: Positions,
  keepFilePositions: boolean,
  options: SupervisorOptions,
  onPositions: OnPositions,
  onDone: OnDone,
): LayoutHandle {
  let current: LayoutHandle = { stop() {}, kill() {} };
  const again = (error: unknown): LayoutHandle => {
    console.warn(`Alliance Map: arranging the map anew (${error instanceof Error ? error.message : String(error)})`);
    return startLayout(arrangementGraph(graph, {}, false), options, onPositions, onDone);
  };
  try {
    current = startLayout(
      arrangementGraph(graph, pinned, keepFilePositions),
      { ...options, onError: (error) => (current = again(error)) },
      onPositions,
      onDone,
    );
  } catch (error) {
    current = again(error);
  }
  return { stop: () => current.stop(), kill: () => current.kill() };
}
