import type { RendererMode } from '../url-state';

export type RendererInUse = 'cytoscape' | 'webgl';

/**
 * Above this many actors the map is drawn by the WebGL mode; below, by Cytoscape with its full
 * styling. Measured by `npm run bench` (docs/performance.md).
 */
export const WEBGL_FROM_NODES = 3000;

/** The drawing mode for a map of `nodeCount` actors: the URL's choice, or by size for `auto`. */
export function chooseRenderer(mode: RendererMode, nodeCount: number): RendererInUse {
  if (mode === 'cytoscape' || mode === 'webgl') return mode;
  return nodeCount >= WEBGL_FROM_NODES ? 'webgl' : 'cytoscape';
}
