import type { Core } from 'cytoscape';
import { setClass } from './classes';
import type { Visibility } from '../view/types';

/**
 * Shows exactly what the view says is visible; the rest is hidden or faded, in one redraw.
 * Only the elements whose state changes get a class added or removed (setClass).
 */
export function applyVisibility(cy: Core, visibility: Visibility): void {
  const outClass = visibility.filtered === 'fade' ? 'faded' : 'hidden';
  const otherClass = visibility.filtered === 'fade' ? 'hidden' : 'faded';
  const ended = visibility.endedEdgeIds;
  cy.batch(() => {
    const outNodes = cy.nodes().filter((node) => !visibility.visibleNodeIds.has(node.id()));
    const outEdges = cy.edges().filter((edge) => !visibility.visibleEdgeIds.has(edge.id()));
    setClass(cy, otherClass, cy.collection());
    setClass(cy, outClass, outNodes.union(outEdges));
    setClass(cy, 'ended', ended ? cy.edges().filter((edge) => ended.has(edge.id())) : cy.collection());
  });
}
