import type { Core, NodeSingular } from 'cytoscape';

// Labels never pile into a heap: at low zoom only the most important actors (by number of
// alliances, `labelRank` 0 first) keep a readable label, as many as the screen has room for;
// the others appear as the reader zooms in (Cytoscape's min-zoomed-font-size hides them).
const MIN_SCREEN_FONT_PX = 12;
const SCREEN_AREA_PER_LABEL = 45_000;
const BASE_TEXT_WIDTH = 140;

export function importantLabelCount(cy: Core): number {
  return Math.max(3, Math.round((cy.width() * cy.height()) / SCREEN_AREA_PER_LABEL));
}

export function updateLabelLevels(cy: Core): void {
  const zoom = cy.zoom();
  const important = importantLabelCount(cy);
  cy.batch(() => {
    cy.nodes().forEach((node: NodeSingular) => {
      const base = node.data('fontSize') as number;
      const needed = MIN_SCREEN_FONT_PX / zoom;
      if ((node.data('labelRank') as number) < important && needed > base) {
        node.style({ 'font-size': needed, 'text-max-width': `${(BASE_TEXT_WIDTH * needed) / base}px` });
      } else if (node.style('font-size') !== `${base}px`) {
        node.removeStyle('font-size text-max-width');
      }
    });
  });
}
