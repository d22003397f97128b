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
