// Each drawing is a chunk of its own, so a map loads only the one it is drawn with: sigma.js
// (the WebGL mode) for large maps, Cytoscape.js for the others. Cytoscape is what most maps'
// first frame needs, so its download starts with the app (startCytoscapeLoad, from main.tsx),
// beside the data's, unless the URL asks for the WebGL mode; a large map then never evaluates it.
import type { RendererMode } from '../url-state';
import type { CytoscapeMap } from './CytoscapeMap';

let cytoscapeMap: Promise<{ default: typeof CytoscapeMap }> | null = null;

/** The Cytoscape drawing's chunk, requested once; as React.lazy wants it. */
export function loadCytoscapeMap(): Promise<{ default: typeof CytoscapeMap }> {
  cytoscapeMap ??= import('./CytoscapeMap').then((module) => ({ default: module.CytoscapeMap }));
  return cytoscapeMap;
}

/** Starts loading the Cytoscape drawing now, unless the URL forces the WebGL mode. */
export function startCytoscapeLoad(mode: RendererMode): void {
  if (mode !== 'webgl') void loadCytoscapeMap();
}
