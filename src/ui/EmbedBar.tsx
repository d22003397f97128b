import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  fullMapUrl: string;
  search: ReactNode;
}

/** The slim top bar of an embedded map: its title, the search if asked for, and a way out to the full map. */
export function EmbedBar({ title, fullMapUrl, search }: Props) {
  const { t } = useTranslation();
  return (
    <header className="embed-bar">
      <span className="embed-title" title={title}>
        {title}
      </span>
      {search && <div className="embed-search">{search}</div>}
      <a className="embed-full" href={fullMapUrl} target="_blank" rel="noopener noreferrer" data-testid="embed-full-map">
        {t('embed.fullMap')}
        <span aria-hidden="true"> ↗</span>
        <span className="visually-hidden">{t('embed.newTab')}</span>
      </a>
    </header>
  );
}
