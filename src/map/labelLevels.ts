import type { Core, NodeSingular } from 'cytoscape';
import { THEME } from '../view/theme';

// Labels never pile into a heap: at low zoom only the most important actors (by number of
// alliances, `labelRank` 0 first) keep a readable label, as many as the screen has room for;
// the others appear as the reader zooms in (Cytoscape's min-zoomed-font-size hides them).
const { minScreenPx: MIN_SCREEN_FONT_PX, presentingMinScreenPx: PRESENTING_FONT_PX, maxWidth: BASE_TEXT_WIDTH } = THEME.label;
const SCREEN_AREA_PER_LABEL = 45_000;
/** A wide map has room to spare beside each label: more of them fit. */
const WIDE_AREA_PER_LABEL = 28_000;
const NARROW_WIDTH_PX = 600;

/** Larger labels in presentation mode need more room each. */
const PRESENTING_AREA_PER_LABEL = 110_000;

export function importantLabelCount(cy: Core): number {
  const presenting = cy.scratch('presenting') === true;
  const area = presenting ? PRESENTING_AREA_PER_LABEL : cy.width() < NARROW_WIDTH_PX ? SCREEN_AREA_PER_LABEL : WIDE_AREA_PER_LABEL;
  return Math.max(presenting ? 2 : 3, Math.round((cy.width() * cy.height()) / area));
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
  const zoom = cy.zoom();
  const presenting = cy.scratch('presenting') === true;
  const minScreenFont = presenting ? PRESENTING_FONT_PX : MIN_SCREEN_FONT_PX;
  const important = importantLabelCount(cy);
  const needed = minScreenFont / zoom;
  const enlarged = (cy.scratch('enlargedLabels') as Enlarged | undefined) ?? new Map<string, number>();
  // The geographic arrangement names the few actors whose labels have room (labelLeaders).
  const leaders = (cy.scratch('labelLeaders') as ReadonlySet<string> | null | undefined) ?? null;
  const hide = cy.collection();
  const show = cy.collection();
  const resize: { node: NodeSingular; font: number | undefined }[] = [];
  cy.nodes().forEach((node: NodeSingular) => {
    const base = node.data('fontSize') as number;
    const isImportant = (node.data('labelRank') as number) < important && (leaders === null || leaders.has(node.id()));
    // Other labels are drawn only once the zoom makes them readable (Cytoscape's own
    // min-zoomed-font-size rounds the zoom to a power of two, too coarse for that).
    const hidden = !isImportant && base * zoom < minScreenFont;
    if (hidden !== node.hasClass('label-hidden')) (hidden ? hide : show).merge(node);
    const font = isImportant && needed > base ? needed : undefined;
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
