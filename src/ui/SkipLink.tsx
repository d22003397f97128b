import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The first stop of the Tab key: straight to the map, past the header and the filters (RGAA 12.7). */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const map = document.querySelector<HTMLElement>('[data-testid="map"]');
    if (!map) return;
    event.preventDefault();
    map.focus();
  };
  return (
    <a className="skip-link" href="#map" onClick={skip} data-testid="skip-link">
      {t('app.skipToMap')}
    </a>
  );
}
