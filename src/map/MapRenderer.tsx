import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RendererInUse } from './chooseRenderer';
import { CytoscapeMap } from './CytoscapeMap';
import type { MapRendererProps } from './mapHandle';
import './sigma/renderer.css';

// The WebGL mode (sigma.js and its programs) is only for large maps: a chunk of its own, loaded
// when a map needs it, so the first frame of a small map never parses it. Cytoscape.js, which
// draws most maps' first frame, stays in the main chunk (a lazy Cytoscape chunk, requested at
// start, drew the seed map no sooner in a few noisy runs on 2 shared cores).
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
  switch (renderer) {
    case 'cytoscape':
      return <CytoscapeMap {...props} />;
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
