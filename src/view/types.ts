/** A position in model coordinates (the coordinates stored in data files). */
export interface Point {
  x: number;
  y: number;
}

export type Positions = Record<string, Point>;

/** What the renderer must show: the visible sets, and how filtered-out elements look. */
export interface Visibility {
  visibleNodeIds: ReadonlySet<string>;
  visibleEdgeIds: ReadonlySet<string>;
  filtered: 'hide' | 'fade';
  /** Visible alliances drawn faded because they ended before the timeline's year. */
  endedEdgeIds?: ReadonlySet<string>;
}

/** A box drawn behind the actors (an overseas inset, the national band), with its name. */
export interface BackdropBox {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

/**
 * What a geographic arrangement draws behind the actors, in model coordinates: region shapes
 * (SVG path data in their own units, placed by `transform`), and labelled boxes.
 */
export interface Backdrop {
  shapes: ReadonlyArray<{ d: string; fill: string }>;
  transform: { x: number; y: number; scale: number };
  boxes: readonly BackdropBox[];
  /** The box it all fits in: framing the map frames this too. */
  bounds: { x1: number; y1: number; x2: number; y2: number };
}
