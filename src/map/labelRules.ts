import { THEME } from '../view/theme';

// Which labels show, and how large, whatever draws them (Cytoscape's label levels, the WebGL
// mode's labels): labels never pile into a heap. At low zoom only the most important actors
// (by number of alliances, `labelRank` 0 first) keep a label, enlarged to stay readable, as many
// as the screen has room for; the others appear once the zoom makes them readable.
const { minScreenPx: MIN_SCREEN_FONT_PX, presentingMinScreenPx: PRESENTING_FONT_PX } = THEME.label;
const SCREEN_AREA_PER_LABEL = 45_000;
/** A wide map has room to spare beside each label: more of them fit. */
const WIDE_AREA_PER_LABEL = 28_000;
const NARROW_WIDTH_PX = 600;
/** Larger labels in presentation mode need more room each. */
const PRESENTING_AREA_PER_LABEL = 110_000;

/** What the rules depend on beside the actor: the screen, the zoom, the mode. */
export interface LabelScreen {
  width: number;
  height: number;
  /** Screen pixels per model unit. */
  zoom: number;
  presenting: boolean;
  /** The few actors a geographic arrangement names (null: any). */
  leaders: ReadonlySet<string> | null;
}

/** How many of the most important actors keep a readable label on this screen. */
export function importantLabelCount({ width, height, presenting }: Pick<LabelScreen, 'width' | 'height' | 'presenting'>): number {
  const area = presenting ? PRESENTING_AREA_PER_LABEL : width < NARROW_WIDTH_PX ? SCREEN_AREA_PER_LABEL : WIDE_AREA_PER_LABEL;
  return Math.max(presenting ? 2 : 3, Math.round((width * height) / area));
}

/** The smallest label on screen, in pixels. */
export function minScreenFont(presenting: boolean): number {
  return presenting ? PRESENTING_FONT_PX : MIN_SCREEN_FONT_PX;
}

export interface LabelLevel {
  hidden: boolean;
  /** The font size in model units when enlarged past the actor's own, else undefined. */
  enlargedFont: number | undefined;
}

/**
 * An actor's label level: hidden while too small to read unless it is among the `important`
 * first; those are enlarged to the smallest readable size.
 */
export function labelLevel(
  actor: { id: string; fontSize: number; labelRank: number },
  screen: Pick<LabelScreen, 'zoom' | 'presenting' | 'leaders'>,
  important: number,
): LabelLevel {
  const minFont = minScreenFont(screen.presenting);
  const isImportant = actor.labelRank < important && (screen.leaders === null || screen.leaders.has(actor.id));
  const needed = minFont / screen.zoom;
  return {
    hidden: !isImportant && actor.fontSize * screen.zoom < minFont,
    enlargedFont: isImportant && needed > actor.fontSize ? needed : undefined,
  };
}
