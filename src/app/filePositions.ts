import { MAX_COORDINATE } from '../model/limits';
import type { AllianceGraph } from '../model/graph';
import type { Positions } from '../view/types';

/**
 * The positions the file gives, when it places every actor within the layout's bounds: such a
 * map opens without a layout (and without loading the layout's code). Null otherwise.
 */
export function filePositions(graph: AllianceGraph): Positions | null {
  // No prototype: an id such as "__proto__" is a key like any other (as the layout's positions).
  const positions = Object.create(null) as Positions;
  let complete = true;
  graph.forEachNode((id, attributes) => {
    const { x, y } = attributes as { x?: unknown; y?: unknown };
    const placed =
      typeof x === 'number' &&
      typeof y === 'number' &&
      Number.isFinite(x) &&
      Number.isFinite(y) &&
      Math.abs(x) <= MAX_COORDINATE &&
      Math.abs(y) <= MAX_COORDINATE;
    if (placed) positions[id] = { x, y };
    else complete = false;
  });
  return complete ? positions : null;
}
