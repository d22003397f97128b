// Cytoscape's camera (zoom and pan, in screen pixels) in the model terms of the shared surface
// (src/map/camera.ts), and the box it frames.
import type { Core } from 'cytoscape';
import type { Box, ModelView } from './camera';

export function readView(cy: Core): ModelView {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return { x: (cy.width() / 2 - pan.x) / zoom, y: (cy.height() / 2 - pan.y) / zoom, zoom };
}

/** Cytoscape's zoom and pan showing a view. */
export function viewportFor(cy: Core, view: ModelView): { zoom: number; pan: { x: number; y: number } } {
  return { zoom: view.zoom, pan: { x: cy.width() / 2 - view.x * view.zoom, y: cy.height() / 2 - view.y * view.zoom } };
}

/** Room beside an actor for half of its widest label (text-max-width 140) less the smallest radius (13), in model units. */
const LABEL_ROOM_SIDE = 56;
/** Room below an actor for about two lines of its label. */
const LABEL_ROOM_BELOW = 40;

/**
 * The box to frame: the visible actors themselves (all of them if none is visible), measured
 * without their labels — measuring thousands of labels costs seconds — plus room for the labels
 * beside and below them when `labelRoom` is set.
 */
export function framedBox(cy: Core, labelRoom: boolean): { x1: number; y1: number; w: number; h: number } {
  const visible = cy.nodes().not('.hidden');
  const box = (visible.nonempty() ? visible : cy.nodes()).boundingBox({ includeLabels: false, includeOverlays: false });
  if (!labelRoom) return box;
  return { x1: box.x1 - LABEL_ROOM_SIDE, y1: box.y1, w: box.w + 2 * LABEL_ROOM_SIDE, h: box.h + LABEL_ROOM_BELOW };
}

export function boxOf({ x1, y1, w, h }: { x1: number; y1: number; w: number; h: number }): Box {
  return { x1, y1, x2: x1 + w, y2: y1 + h };
}
