import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';
import { formatDataDate } from '../../i18n/format';
import type { DataMeta } from '../../model/types';
import { safeHref } from '../actor/describe';
import { AccessibilityStatement } from './AccessibilityStatement';
import { LIBRARY_CREDITS, licenseUrl } from './credits';
import { DialogHead } from '../DialogHead';
import { useModalDialog } from '../useModalDialog';
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
 * A native modal dialog (useModalDialog).
 */
export function AboutPanel({ meta, lang, extraCredits = [], onClose }: AboutPanelProps) {
  const { t } = useTranslation(undefined, { lng: lang });
  const titleId = useId();
  const accessibilityId = useId();
  const { dialogRef, onBackdropClick } = useModalDialog(onClose);

  const sources = meta.sources ?? [];
  const license = meta.license?.trim();
  const licenseHref = license ? licenseUrl(license, lang) : null;
  // The sentence around the licence, so that its name can be a link wherever the language puts it.
  const [licenseBefore = '', licenseAfter = ''] = t('about.license', { license: '\u0000' }).split('\u0000');

  return (
    // The click handler only catches clicks on the backdrop; the keyboard closes with Escape.
    <dialog ref={dialogRef} className="about-dialog" aria-labelledby={titleId} data-testid="about-panel" onClick={onBackdropClick}>
      <div className="about-inner">
        <DialogHead prefix="about" titleId={titleId} title={t('about.title')} closeLabel={t('about.close')} onClose={onClose}>
          <button
            type="button"
            className="about-jump"
            onClick={() => document.getElementById(accessibilityId)?.focus()}
            data-testid="about-accessibility-link"
          >
            {t('about.accessibility.title')}
          </button>
        </DialogHead>

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

        <AccessibilityStatement lang={lang} headingId={accessibilityId} />
      </div>
    </dialog>
  );
}
