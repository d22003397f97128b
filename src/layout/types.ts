// Types of the layout engine. Positions are in model coordinates: the unit is one screen pixel at
// zoom 1, so a small map can be drawn as it is (nodes of radius 20-40 about 100-150 apart).

export interface Point {
  x: number;
  y: number;
}

/** Node id → position. */
export type Positions = Record<string, Point>;

export interface LayoutOptions {
  /** Seed of every random choice; the same graph and seed always give the same positions. */
  seed?: number;
  /**
   * Number of simulation steps. Default: 300 for the force simulation (small graphs), and
   * {@link defaultFa2Iterations} for ForceAtlas2 (large graphs).
   */
  iterations?: number;
  /** Radius of a node as drawn, in model units; default {@link defaultNodeRadius} of its degree. */
  nodeRadius?: (id: string) => number;
}

/**
 * The compact, serialisable form of what the layout needs from a graph, shared by the main thread
 * and the worker so that both compute from exactly the same numbers.
 */
export interface LayoutInput {
  /** Node ids, in graph order; index i of every array below is node ids[i]. */
  ids: string[];
  /** Preset x of each node, NaN when the node has no preset position (both x and y needed). */
  presetX: Float64Array;
  presetY: Float64Array;
  /** Radius of each node. */
  radius: Float64Array;
  /** Undirected links: node indices (source, target) per link; self-loops removed, duplicates merged. */
  links: Uint32Array;
  /** Number of alliances merged into each link (≥ 1). */
  linkWeight: Float64Array;
}

/** A layout being computed step by step. */
export interface LayoutRun {
  /** Runs up to n more steps (fewer if the layout finishes) and returns the positions so far. */
  step(n: number): Positions;
  /** True once every step has run (immediately when no node needs a position). */
  readonly done: boolean;
  /** Share of the steps run, from 0 to 1. */
  readonly progress: number;
}

/** What each engine (force simulation, ForceAtlas2) provides to the stepping wrapper. */
export interface LayoutEngine {
  readonly name: 'none' | 'd3-force' | 'forceatlas2';
  /** Total number of steps. */
  readonly total: number;
  /** Steps run so far. */
  readonly steps: number;
  /** Runs n more steps (callers never ask for more than remain). */
  tick(n: number): void;
  /** Writes x0, y0, x1, y1... in node order into out (length 2 × nodes). */
  write(out: Float64Array | Float32Array): void;
}
