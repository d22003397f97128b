import type { ComponentProps } from 'react';
import type { RendererInUse } from './chooseRenderer';
import { CytoscapeMap } from './CytoscapeMap';

export type MapRendererProps = ComponentProps<typeof CytoscapeMap> & { renderer: RendererInUse };

/** Draws the view with the renderer chosen for it; every renderer takes the same props. */
export function MapRenderer({ renderer, ...props }: MapRendererProps) {
  switch (renderer) {
    case 'cytoscape':
    case 'webgl': // the WebGL mode is not built yet: Cytoscape draws every map
      return <CytoscapeMap {...props} />;
  }
}
