import type { Core, NodeSingular } from 'cytoscape';

/** Highlights an actor's visible alliances and partners and dims everything else. */
export function highlightNeighbourhood(cy: Core, node: NodeSingular): void {
  const edges = node.connectedEdges().filter((edge) => !edge.hasClass('hidden') && !edge.hasClass('faded'));
  const neighbourhood = edges.connectedNodes().union(node).union(edges);
  cy.batch(() => {
    cy.elements().not(neighbourhood).addClass('dimmed');
    neighbourhood.addClass('highlighted');
  });
}

export function clearHighlight(cy: Core): void {
  cy.batch(() => {
    cy.elements().removeClass('dimmed highlighted');
  });
}
