import i18next from 'i18next';
import type { Lang } from '../domain/types';
import { formatDataDate } from '../i18n/format';

// The words drawn into exported pictures: the interface strings, through i18next in the
// picture's language (i18next is initialised by the app, and by the tests that draw).

/** The caption band's words. */
export interface CaptionText {
  /** The full link to the same view, printed under the title ("" for none). */
  url: string;
  source(title: string): string;
  /** `date`: the data's date as written in the file (YYYY-MM-DD). */
  updated(date: string): string;
  license(license: string): string;
  link: string;
}

/** The legend panel's words. */
export interface LegendText {
  title: string;
  kinds: string;
  group: string;
  size: string;
  sdgRing: string;
  sdgs: string;
  sdg(number: number, name: string): string;
  support: string;
  multiSupport: string;
  noSupport: string;
  arrows: string;
  faded: string;
  /** With stated=1: what the faded colours are. */
  readings: string;
}

// Data text goes into the picture as it is: the SVG serializer escapes every text itself.
const AS_IS = { interpolation: { escapeValue: false } } as const;

export function captionText(lang: Lang, url: string): CaptionText {
  const t = i18next.getFixedT(lang);
  return {
    url,
    source: (title) => t('export.caption.source', { ...AS_IS, title }),
    updated: (date) => t('export.caption.updated', { ...AS_IS, date: formatDataDate(date, lang) }),
    license: (license) => t('export.caption.license', { ...AS_IS, license }),
    link: t('export.caption.link'),
  };
}

export function legendText(lang: Lang): LegendText {
  const t = i18next.getFixedT(lang);
  return {
    title: t('legend.title'),
    kinds: t('export.legend.kinds'),
    group: t('legend.group'),
    size: t('legend.size'),
    sdgRing: t('legend.sdgRing'),
    sdgs: t('export.legend.sdgs'),
    sdg: (number, name) => t('export.legend.sdg', { ...AS_IS, number, name }),
    support: t('export.legend.support'),
    multiSupport: t('legend.multiSupport'),
    noSupport: t('export.legend.noSupport'),
    arrows: t('legend.arrows'),
    faded: t('export.legend.faded'),
    readings: t('legend.statedHelp'),
  };
}
