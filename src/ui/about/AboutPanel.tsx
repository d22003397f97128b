import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { formatDataDate } from '../../i18n/format';
import type { DataMeta } from '../../model/types';
import { safeHref } from '../actor/describe';
import { LIBRARY_CREDITS, licenseUrl } from './credits';
import './about.css';

export interface AboutPanelProps {
  meta: DataMeta;
  lang: Lang;
  /** More credit lines, shown as given (the France map credit, for example). */
  extraCredits?: string[];
  onClose: () => void;
}

function ExternalLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

/**
 * "About this map": the dataset (title, description, sources, date, licence), then the credits.
 * A native modal dialog: focus stays inside, Escape or a click on the backdrop closes it, and
 * focus returns to whatever had it when the dialog opened.
 */
export function AboutPanel({ meta, lang, extraCredits = [], onClose }: AboutPanelProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    // Escape closes the native dialog; tell the shell, which unmounts us.
    const onNativeClose = () => onCloseRef.current();
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const onBackdropClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === dialogRef.current) onClose();
  };

  const sources = meta.sources ?? [];
  const license = meta.license?.trim();
  const licenseHref = license ? licenseUrl(license, lang) : null;
  // The sentence around the licence, so that its name can be a link wherever the language puts it.
  const [licenseBefore = '', licenseAfter = ''] = t('about.license', { license: '\u0000' }).split('\u0000');

  return (
    // The click handler only catches clicks on the backdrop; the keyboard closes with Escape.
    <dialog ref={dialogRef} className="about-dialog" aria-labelledby={titleId} data-testid="about-panel" onClick={onBackdropClick}>
      <div className="about-inner">
        <div className="about-head">
          <h2 id={titleId}>{t('about.title')}</h2>
          <button type="button" className="about-close" aria-label={t('about.close')} title={t('about.close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>

        <section className="about-section">
          <h3>{t('about.data')}</h3>
          <p className="about-dataset-title">{meta.title}</p>
          {meta.description && <p className="about-description">{meta.description}</p>}
          {sources.length > 0 && (
            <>
              <h4>{t('about.sources')}</h4>
              <ul className="about-list">
                {sources.map((source) => {
                  const href = safeHref(source.url);
                  return <li key={source.id}>{href ? <ExternalLink href={href}>{source.title}</ExternalLink> : source.title}</li>;
                })}
              </ul>
            </>
          )}
          {(meta.updated || license) && (
            <ul className="about-facts">
              {meta.updated && <li>{t('about.updated', { date: formatDataDate(meta.updated, lang) })}</li>}
              {license && (
                <li>
                  {licenseBefore}
                  {licenseHref ? <ExternalLink href={licenseHref}>{license}</ExternalLink> : license}
                  {licenseAfter}
                </li>
              )}
            </ul>
          )}
        </section>

        <section className="about-section">
          <h3>{t('about.credits')}</h3>
          <p>{t('about.app')}</p>
          <h4>{t('about.libraries')}</h4>
          <ul className="about-list">
            {LIBRARY_CREDITS.map((library) => (
              <li key={library.name}>
                <ExternalLink href={library.url}>{library.name}</ExternalLink>
                <span className="about-muted"> · {t('about.licensed', { license: library.license })}</span>
              </li>
            ))}
          </ul>
          <ul className="about-list about-credits">
            <li>{t('about.regions')}</li>
            {extraCredits.map((credit, index) => (
              <li key={index}>{credit}</li>
            ))}
          </ul>
          <p className="about-note">{t('about.sdgNote')}</p>
        </section>
      </div>
    </dialog>
  );
}
