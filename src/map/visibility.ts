import type { Collection, Core } from 'cytoscape';
import type { Visibility } from '../view/types';

/**
 * Shows exactly what the view says is visible; the rest is hidden or faded, in one redraw.
 * Only the elements whose state changes get a class added or removed, one call per collection:
 * a class change on each of thousands of elements (events, style caches) costs seconds.
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

/** Gives `className` to exactly `wanted`, touching only the elements that gain or lose it. */
function setClass(cy: Core, className: string, wanted: Collection): void {
  const had = cy.elements(`.${className}`);
  had.difference(wanted).removeClass(className);
  wanted.difference(had).addClass(className);
}
