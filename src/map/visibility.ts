import type { Core } from 'cytoscape';
import type { Visibility } from '../view/types';

/** Shows exactly what the view says is visible; the rest is hidden or faded, in one redraw. */
export function applyVisibility(cy: Core, visibility: Visibility): void {
  const outClass = visibility.filtered === 'fade' ? 'faded' : 'hidden';
  const otherClass = visibility.filtered === 'fade' ? 'hidden' : 'faded';
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      node.removeClass(otherClass);
      if (visibility.visibleNodeIds.has(node.id())) node.removeClass(outClass);
      else node.addClass(outClass);
    });
    cy.edges().forEach((edge) => {
      edge.removeClass(otherClass);
      if (visibility.endedEdgeIds?.has(edge.id())) edge.addClass('ended');
      else edge.removeClass('ended');
      if (visibility.visibleEdgeIds.has(edge.id())) edge.removeClass(outClass);
      else edge.addClass(outClass);
    });
  });
}
