import { useTranslation } from 'react-i18next';
import type { Dropped } from '../url-state';

/** One notice for the parts of the address that could not be used. */
export function UrlNotice({ dropped, onDismiss }: { dropped: Dropped[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  const items = dropped.map((item) => `${item.param}=${item.value}`).join(', ');
  return (
    <div className="url-notice" role="status" data-testid="url-notice">
      <span>{t('notice.dropped', { count: dropped.length, items })}</span>
      <button type="button" onClick={onDismiss} aria-label={t('errors.dismiss')}>
        ×
      </button>
    </div>
  );
}
