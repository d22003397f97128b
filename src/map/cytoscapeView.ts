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

/**
 * The box to frame: the visible actors themselves (all of them if none is visible), measured
 * without their labels — measuring thousands of labels costs seconds.
 */
export function visibleNodesBox(cy: Core): Box {
  const visible = cy.nodes().not('.hidden');
  const { x1, y1, x2, y2 } = (visible.nonempty() ? visible : cy.nodes()).boundingBox({ includeLabels: false, includeOverlays: false });
  return { x1, y1, x2, y2 };
}
