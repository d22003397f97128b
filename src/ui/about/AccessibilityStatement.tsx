import { useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/types';

/** The accessibility statement RGAA asks for: the conformance status, what is checked, what is not, whom to tell. */
export function AccessibilityStatement({ lang, headingId }: { lang: Lang; headingId: string }) {
  const { t } = useTranslation(undefined, { lng: lang });
  return (
    <section className="about-section" aria-labelledby={headingId} data-testid="accessibility-statement">
      <h3 id={headingId} tabIndex={-1}>
        {t('about.accessibility.title')}
      </h3>
      <p>{t('about.accessibility.status')}</p>
      <h4>{t('about.accessibility.testedTitle')}</h4>
      <ul className="about-list">
        <li>{t('about.accessibility.tested')}</li>
        <li>{t('about.accessibility.keyboard')}</li>
        <li>{t('about.accessibility.contrast')}</li>
        <li>{t('about.accessibility.phone')}</li>
      </ul>
      <h4>{t('about.accessibility.gapsTitle')}</h4>
      <p>{t('about.accessibility.gaps')}</p>
      <p>{t('about.accessibility.contact')}</p>
      <p className="about-muted">{t('about.accessibility.updated')}</p>
    </section>
  );
}
