import type { Core, NodeSingular } from 'cytoscape';

// Labels never pile into a heap: at low zoom only the most important actors (by number of
// alliances, `labelRank` 0 first) keep a readable label, as many as the screen has room for;
// the others appear as the reader zooms in (Cytoscape's min-zoomed-font-size hides them).
const MIN_SCREEN_FONT_PX = 12;
/** In presentation mode labels must survive a shared screen shrunk to a video tile. */
const PRESENTING_FONT_PX = 20;
const SCREEN_AREA_PER_LABEL = 45_000;
/** A wide map has room to spare beside each label: more of them fit. */
const WIDE_AREA_PER_LABEL = 28_000;
const NARROW_WIDTH_PX = 600;
const BASE_TEXT_WIDTH = 140;

/** Larger labels in presentation mode need more room each. */
const PRESENTING_AREA_PER_LABEL = 110_000;

export function importantLabelCount(cy: Core): number {
  const presenting = cy.scratch('presenting') === true;
  const area = presenting ? PRESENTING_AREA_PER_LABEL : cy.width() < NARROW_WIDTH_PX ? SCREEN_AREA_PER_LABEL : WIDE_AREA_PER_LABEL;
  return Math.max(presenting ? 2 : 3, Math.round((cy.width() * cy.height()) / area));
}

export function updateLabelLevels(cy: Core): void {
  const zoom = cy.zoom();
  const presenting = cy.scratch('presenting') === true;
  const minScreenFont = presenting ? PRESENTING_FONT_PX : MIN_SCREEN_FONT_PX;
  const important = importantLabelCount(cy);
  cy.batch(() => {
    cy.nodes().forEach((node: NodeSingular) => {
      const base = node.data('fontSize') as number;
      // Other labels are drawn only once the zoom makes them readable (Cytoscape's own
      // min-zoomed-font-size rounds the zoom to a power of two, too coarse for that).
      node.toggleClass('label-hidden', (node.data('labelRank') as number) >= important && base * zoom < minScreenFont);
      const needed = minScreenFont / zoom;
      if ((node.data('labelRank') as number) < important && needed > base) {
        node.style({ 'font-size': needed, 'text-max-width': `${(BASE_TEXT_WIDTH * needed) / base}px` });
      } else if (node.style('font-size') !== `${base}px`) {
        node.removeStyle('font-size text-max-width');
      }
    });
  });
}
