import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { RendererInUse } from './chooseRenderer';
import { useDrawing } from './loadRenderers';
import type { MapRendererProps } from './mapHandle';
import './sigma/renderer.css';

// Each drawing is a chunk of its own (src/map/loadRenderers.ts): the first frame of a small map
// never parses sigma.js, and a large map never evaluates Cytoscape.js.

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
  const drawing = useDrawing(renderer);
  // The same component every render once loaded (the chunk's export), so its state stays.
  const map = drawing && createElement(drawing, props);
  return renderer === 'webgl' ? (
    <>
      {map}
      <WebglBadge />
    </>
  ) : (
    map
  );
}
