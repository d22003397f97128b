// Each drawing is a chunk of its own, so a map loads only the one it is drawn with: sigma.js
// (the WebGL mode) for large maps, Cytoscape.js for the others. Cytoscape is what most maps'
// first frame needs, so its download starts with the app (startCytoscapeLoad, from main.tsx),
// beside the data's, unless the URL asks for the WebGL mode; a large map then never evaluates it.
import { useEffect, useState } from 'react';
import type { RendererMode } from '../url-state';
import type { CytoscapeMap } from './CytoscapeMap';

type Drawing = typeof CytoscapeMap;

let loading: Promise<Drawing> | null = null;
let loaded: Drawing | null = null;

function loadCytoscapeMap(): Promise<Drawing> {
  loading ??= import('./CytoscapeMap').then((module) => (loaded = module.CytoscapeMap));
  return loading;
}

/** Starts loading the Cytoscape drawing now, unless the URL forces the WebGL mode. */
export function startCytoscapeLoad(mode: RendererMode): void {
  if (mode !== 'webgl') void loadCytoscapeMap();
}

/**
 * The Cytoscape drawing once its chunk is there (null before), loading it if `wanted`. Not
 * React.lazy: a component that suspends is revealed by React at the earliest 300 ms after its
 * fallback showed, which would hold back the first frame.
 */
export function useCytoscapeMap(wanted: boolean): Drawing | null {
  const [drawing, setDrawing] = useState<Drawing | null>(() => loaded); // a component is a function: not an initializer
  useEffect(() => {
    if (!wanted || drawing) return undefined;
    let current = true;
    void loadCytoscapeMap().then((component) => {
      if (current) setDrawing(() => component);
    });
    return () => {
      current = false;
    };
  }, [wanted, drawing]);
  return drawing;
}
