import { useTranslation } from 'react-i18next';
import { foreignSite } from '../load/dataOrigin';

/**
 * Says, for as long as the map is shown, which site its data comes from when that is not the
 * app's own: the title, sources and links shown are that site's, not this one's. Nothing for a
 * file of the app's own origin, opened from the reader's disk or carried in the page.
 */
export function DataOriginNotice({ dataUrl }: { dataUrl: string | undefined }) {
  const { t } = useTranslation();
  const site = dataUrl === undefined ? null : foreignSite(dataUrl, window.location.href);
  if (site === null) return null;
  return (
    <p className="data-origin" role="note" data-testid="data-origin" title={dataUrl}>
      <span aria-hidden="true">⚠ </span>
      <strong>{t('dataOrigin.from', { site })}</strong>
      <span className="data-origin-detail"> — {t('dataOrigin.detail')}</span>
    </p>
  );
}
