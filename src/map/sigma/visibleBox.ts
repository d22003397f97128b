import type { Box } from '../camera';
import type { DisplayState } from './display';
import type { SigmaGraph, SigmaNodeAttributes } from './sigmaGraph';

/** The model box (y down) of the visible actors (all of them when none is), with their radius. */
export function visibleBox(graph: SigmaGraph, display: DisplayState | null): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const add = (id: string, { x, y, size }: SigmaNodeAttributes) => {
    box.x1 = Math.min(box.x1, x - size);
    box.x2 = Math.max(box.x2, x + size);
    box.y1 = Math.min(box.y1, -y - size);
    box.y2 = Math.max(box.y2, -y + size);
    return id;
  };
  graph.forEachNode((id, attributes) => {
    if (!display || display.visibleNodes.has(id)) add(id, attributes);
  });
  if (box.x1 === Infinity) graph.forEachNode(add);
  return box.x1 === Infinity ? { x1: 0, y1: 0, x2: 1, y2: 1 } : box;
}
