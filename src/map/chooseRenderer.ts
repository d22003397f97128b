import type { RendererMode } from '../url-state';

export type RendererInUse = 'cytoscape' | 'webgl';

/**
 * From this many actors the map is drawn by the WebGL mode; below, by Cytoscape. Both draw the
 * same map (issue 16). Measured (docs/performance.md, "Choosing the threshold",
 * `scripts/bench/compare.ts --renderers`): from 500 actors the WebGL mode draws its first frame
 * 2-6× sooner, filters 1.4-4× faster and its slowest pan/zoom steps cost at most half Cytoscape's;
 * at 300 it is still faster to draw and filter, but each pan step drawn in software WebGL costs
 * ten times Cytoscape's, so small maps stay with Cytoscape.
 */
export const WEBGL_FROM_NODES = 500;

/** The drawing mode for a map of `nodeCount` actors: the URL's choice, or by size for `auto`. */
export function chooseRenderer(mode: RendererMode, nodeCount: number): RendererInUse {
  if (mode === 'cytoscape' || mode === 'webgl') return mode;
  return nodeCount >= WEBGL_FROM_NODES ? 'webgl' : 'cytoscape';
}
