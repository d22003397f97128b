import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../domain/langs';
import { formatDataDate } from '../i18n/format';
import { OPEN_ACCEPT } from '../import/sniff';
import type { DataMeta } from '../model/types';
import { HeaderMenu } from './HeaderMenu';

// Each language named in itself, as language pickers do.
const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English' };

interface Props {
  meta: DataMeta | null;
  lang: Lang;
  onLang: (lang: Lang) => void;
  /** Files chosen in the Open dialog: one, or several (two CSV files: actors and alliances). */
  onOpenFiles: (files: File[]) => void;
  onAbout: () => void;
  search: ReactNode;
  /** More header buttons (share, export…), shown first among the actions. */
  actions?: ReactNode;
}

export function Header({ meta, lang, onLang, onOpenFiles, onAbout, search, actions }: Props) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const source = meta?.sources?.[0];
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{meta?.title ?? t('app.name')}</h1>
        {meta && (
          <p className="app-subtitle">
            {source && (
              <span>
                {t('header.source')} : {source.title}
              </span>
            )}
            {meta.updated && <span>{t('header.updated', { date: formatDataDate(meta.updated, lang) })}</span>}
          </p>
        )}
      </div>
      <div className="app-search">{search}</div>
      <HeaderMenu>
        {actions}
        <button type="button" title={t('header.openTitle')} onClick={() => fileInput.current?.click()}>
          {t('header.open')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={OPEN_ACCEPT}
          multiple
          hidden
          data-testid="open-file"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            if (files.length > 0) onOpenFiles(files);
            event.target.value = '';
          }}
        />
        <button type="button" onClick={onAbout} aria-label={t('header.about')} title={t('header.about')} data-testid="about-button">
          ?<span className="app-menu-only"> {t('header.about')}</span>
        </button>
        <div className="lang-switch" role="group" aria-label={t('header.language')}>
          {LANGS.map((code) => (
            <button key={code} type="button" aria-pressed={code === lang} lang={code} onClick={() => onLang(code)}>
              {/* The name is the language's, its visible code part of it for voice control users. */}
              <span aria-hidden="true">{code.toUpperCase()}</span>
              <span className="visually-hidden">{`${LANGUAGE_NAMES[code]} (${code.toUpperCase()})`}</span>
            </button>
          ))}
        </div>
      </HeaderMenu>
    </header>
  );
}
