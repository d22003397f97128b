import { useTranslation } from 'react-i18next';
import type { Lang } from '../domain/types';
import { formatNumber } from '../i18n/format';
import { WEBGL_FROM_NODES } from '../map/chooseRenderer';

/**
 * Says, over the map, that the WebGL mode was wanted but this browser has no WebGL, so the map is
 * drawn by Cytoscape; and, for a map the WebGL mode is meant for, that it may be slow.
 */
export function NoWebglNotice({ actors, lang }: { actors: number; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="no-webgl-notice" role="status" data-testid="no-webgl-notice">
      <p>{t('renderer.noWebgl')}</p>
      {actors >= WEBGL_FROM_NODES && <p className="no-webgl-large">{t('renderer.noWebglLarge', { actors: formatNumber(actors, lang) })}</p>}
    </div>
  );
}
