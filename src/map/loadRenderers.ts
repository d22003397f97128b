// Each drawing is a chunk of its own, so a map loads only the one it is drawn with: sigma.js
// (the WebGL mode) for large maps, Cytoscape.js for the others. Cytoscape is what most maps'
// first frame needs, so its download starts with the app (startCytoscapeLoad, from main.tsx),
// beside the data's, unless the URL asks for the WebGL mode; a large map then never evaluates it.
// The WebGL mode's download starts as soon as a file is known to be large (startWebglLoad), while
// it is read and validated, rather than once the map knows its size.
import { useEffect, useState } from 'react';
import type { RendererMode } from '../url-state';
import type { RendererInUse } from './chooseRenderer';
import type { CytoscapeMap } from './CytoscapeMap';

type Drawing = typeof CytoscapeMap;

const loading = new Map<RendererInUse, Promise<Drawing>>();
const loaded = new Map<RendererInUse, Drawing>();

const IMPORTS: Record<RendererInUse, () => Promise<Drawing>> = {
  cytoscape: () => import('./CytoscapeMap').then((module) => module.CytoscapeMap),
  webgl: () => import('./SigmaMap').then((module) => module.SigmaMap),
};

function loadDrawing(renderer: RendererInUse): Promise<Drawing> {
  let promise = loading.get(renderer);
  if (!promise) {
    promise = IMPORTS[renderer]().then(
      (component) => {
        loaded.set(renderer, component);
        return component;
      },
      (error: unknown) => {
        loading.delete(renderer); // the next map asks again
        throw error;
      },
    );
    loading.set(renderer, promise);
  }
  return promise;
}

/** Starts loading the Cytoscape drawing now, unless the URL forces the WebGL mode. */
export function startCytoscapeLoad(mode: RendererMode): void {
  if (mode !== 'webgl') void loadDrawing('cytoscape');
}

/** Starts loading the WebGL drawing now (a large file is on its way). */
export function startWebglLoad(): void {
  void loadDrawing('webgl');
}

/**
 * The renderer's drawing once its chunk is there (null before), loading it. Not React.lazy: a
 * component that suspends is revealed by React at the earliest 300 ms after its fallback showed,
 * which would hold back the first frame.
 */
export function useDrawing(renderer: RendererInUse): Drawing | null {
  // A component is a function: not a state initializer, hence the wrapping object.
  const [drawing, setDrawing] = useState<{ renderer: RendererInUse; component: Drawing | null; error?: Error }>(() => ({
    renderer,
    component: loaded.get(renderer) ?? null,
  }));
  const ours = drawing.renderer === renderer;
  // A chunk that cannot load fails the map's part, whose message offers the other drawing.
  if (ours && drawing.error !== undefined) throw drawing.error;
  const current = ours ? drawing.component : (loaded.get(renderer) ?? null);
  useEffect(() => {
    if (current) return undefined;
    let live = true;
    loadDrawing(renderer).then(
      (component) => live && setDrawing({ renderer, component }),
      (error: unknown) =>
        live && setDrawing({ renderer, component: null, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [renderer, current]);
  return current;
}
