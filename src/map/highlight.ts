import type { Core, NodeSingular } from 'cytoscape';
import { setClass } from './classes';

/** Highlights an actor's visible alliances and partners and dims everything else. */
export function highlightNeighbourhood(cy: Core, node: NodeSingular): void {
  const edges = node.connectedEdges().filter((edge) => !edge.hasClass('hidden') && !edge.hasClass('faded'));
  const neighbourhood = edges.connectedNodes().union(node).union(edges);
  cy.batch(() => {
    setClass(cy, 'dimmed', cy.elements().not(neighbourhood));
    setClass(cy, 'highlighted', neighbourhood);
  });
}

export function clearHighlight(cy: Core): void {
  cy.batch(() => {
    setClass(cy, 'dimmed', cy.collection());
    setClass(cy, 'highlighted', cy.collection());
  });
}
