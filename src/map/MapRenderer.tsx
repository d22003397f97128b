import { createElement, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RendererInUse } from './chooseRenderer';
import { useCytoscapeMap } from './loadRenderers';
import type { MapRendererProps } from './mapHandle';
import './sigma/renderer.css';

// The WebGL mode (sigma.js and its programs) is only for large maps: a chunk of its own, loaded
// when a map needs it, so the first frame of a small map never parses it. Cytoscape.js is a chunk
// too, requested as the app starts (src/map/loadRenderers.ts), so a large map never evaluates it.
const SigmaMap = lazy(() => import('./SigmaMap').then((module) => ({ default: module.SigmaMap })));

/** Says that the map is drawn in the WebGL mode, and how its drawing differs from the canvas mode. */
function WebglBadge() {
  const { t } = useTranslation();
  return (
    <p className="renderer-badge" data-testid="renderer-badge" title={t('renderer.webglTitle')}>
      {t('renderer.webgl')}
      <span className="renderer-badge-detail"> {t('renderer.webglTitle')}</span>
    </p>
  );
}

/** Draws the view with the renderer chosen for it; every renderer takes the same props. */
export function MapRenderer({ renderer, ...props }: MapRendererProps & { renderer: RendererInUse }) {
  const CytoscapeMap = useCytoscapeMap(renderer === 'cytoscape');
  switch (renderer) {
    case 'cytoscape':
      // The same component every render once loaded (the chunk's export), so its state stays.
      return CytoscapeMap && createElement(CytoscapeMap, props);
    case 'webgl':
      return (
        <>
          <Suspense fallback={null}>
            <SigmaMap {...props} />
          </Suspense>
          <WebglBadge />
        </>
      );
  }
}
