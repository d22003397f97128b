import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import type { RendererInUse } from './chooseRenderer';
import { CytoscapeMap } from './CytoscapeMap';
import { SigmaMap } from './SigmaMap';
import './sigma/renderer.css';

export type MapRendererProps = ComponentProps<typeof CytoscapeMap> & { renderer: RendererInUse };

/** Says that the map is drawn in the simplified WebGL mode, and what it leaves out. */
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
export function MapRenderer({ renderer, ...props }: MapRendererProps) {
  switch (renderer) {
    case 'cytoscape':
      return <CytoscapeMap {...props} />;
    case 'webgl':
      return (
        <>
          <SigmaMap {...props} />
          <WebglBadge />
        </>
      );
  }
}
