import type { Core, NodeSingular } from 'cytoscape';
import { THEME } from '../view/theme';

import { importantLabelCount as importantOnScreen, labelLevel } from './labelRules';

// Cytoscape's side of the label rules (labelRules.ts): a class hides a label too small to read,
// a style bypass enlarges an important one.
const { maxWidth: BASE_TEXT_WIDTH } = THEME.label;

export function importantLabelCount(cy: Core): number {
  return importantOnScreen({ width: cy.width(), height: cy.height(), presenting: cy.scratch('presenting') === true });
}

/** Label levels follow the camera once a zoom gesture has ended, not on each of its frames. */
export const LABEL_LEVELS_DELAY_MS = 150;

/** The font size bypass each enlarged label has, by node id (kept in the core's scratch). */
type Enlarged = Map<string, number>;

/**
 * Hides the labels too small to read and enlarges the most important ones to stay readable.
 * Only the nodes whose state changes are touched: a class or style change costs far more than
 * reading a node's data.
 */
export function updateLabelLevels(cy: Core): void {
  const screen = {
    zoom: cy.zoom(),
    presenting: cy.scratch('presenting') === true,
    // The geographic arrangement names the few actors whose labels have room (labelLeaders).
    leaders: (cy.scratch('labelLeaders') as ReadonlySet<string> | null | undefined) ?? null,
  };
  const important = importantLabelCount(cy);
  const enlarged = (cy.scratch('enlargedLabels') as Enlarged | undefined) ?? new Map<string, number>();
  const hide = cy.collection();
  const show = cy.collection();
  const resize: { node: NodeSingular; font: number | undefined }[] = [];
  cy.nodes().forEach((node: NodeSingular) => {
    const actor = { id: node.id(), fontSize: node.data('fontSize') as number, labelRank: node.data('labelRank') as number };
    // Cytoscape's own min-zoomed-font-size rounds the zoom to a power of two, too coarse for hiding.
    const { hidden, enlargedFont: font } = labelLevel(actor, screen, important);
    if (hidden !== node.hasClass('label-hidden')) (hidden ? hide : show).merge(node);
    if (font !== enlarged.get(node.id())) resize.push({ node, font });
  });
  cy.batch(() => {
    hide.addClass('label-hidden');
    show.removeClass('label-hidden');
    for (const { node, font } of resize) {
      const base = node.data('fontSize') as number;
      if (font === undefined) {
        node.removeStyle('font-size text-max-width');
        enlarged.delete(node.id());
      } else {
        node.style({ 'font-size': font, 'text-max-width': `${(BASE_TEXT_WIDTH * font) / base}px` });
        enlarged.set(node.id(), font);
      }
    }
  });
  cy.scratch('enlargedLabels', enlarged);
}

/** Updates the label levels once the zoom or the map's size has stopped changing; returns the stop. */
export function followLabelLevels(cy: Core, delayMs = LABEL_LEVELS_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => updateLabelLevels(cy), delayMs);
  };
  cy.on('zoom resize', schedule);
  return () => {
    clearTimeout(timer);
    cy.off('zoom resize', schedule);
  };
}
