import type { RendererMode } from '../url-state';

export type RendererInUse = 'cytoscape' | 'webgl';

/**
 * From this many actors the map is drawn by the WebGL mode; below, by Cytoscape with its full
 * styling. Measured (docs/performance.md, `scripts/bench/compare.ts --renderers`): at 2,000 actors
 * the WebGL mode already draws its first frame 4× sooner and filters 4× faster than Cytoscape, and
 * Cytoscape's costs grow with the map; 2,000 stays with Cytoscape (issue 8 keeps the full drawing
 * there), larger maps switch.
 */
export const WEBGL_FROM_NODES = 2500;

/** The drawing mode for a map of `nodeCount` actors: the URL's choice, or by size for `auto`. */
export function chooseRenderer(mode: RendererMode, nodeCount: number): RendererInUse {
  if (mode === 'cytoscape' || mode === 'webgl') return mode;
  return nodeCount >= WEBGL_FROM_NODES ? 'webgl' : 'cytoscape';
}
