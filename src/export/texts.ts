import type { Lang } from '../domain/types';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

// The words drawn into exported pictures, read straight from the interface strings (no i18next:
// export code stays pure and runs in tests and scripts).

/** Labels of the caption band; `{{title}}`, `{{date}}`, `{{license}}` are filled by the builder. */
export interface CaptionText {
  /** The full link to the same view, printed under the title. */
  url: string;
  source: string;
  updated: string;
  license: string;
  link: string;
}

export interface LegendText {
  title: string;
  kinds: string;
  group: string;
  size: string;
  sdgRing: string;
  sdgs: string;
  /** `{{number}}` and `{{name}}`. */
  sdg: string;
  support: string;
  multiSupport: string;
  noSupport: string;
  arrows: string;
  faded: string;
}

const MESSAGES = { fr, en } as const;

export function captionText(lang: Lang, url: string): CaptionText {
  const { caption } = MESSAGES[lang].export;
  return { url, source: caption.source, updated: caption.updated, license: caption.license, link: caption.link };
}

export function legendText(lang: Lang): LegendText {
  const { legend } = MESSAGES[lang];
  const own = MESSAGES[lang].export.legend;
  return {
    title: legend.title,
    kinds: own.kinds,
    group: legend.group,
    size: legend.size,
    sdgRing: legend.sdgRing,
    sdgs: own.sdgs,
    sdg: own.sdg,
    support: own.support,
    multiSupport: legend.multiSupport,
    noSupport: own.noSupport,
    arrows: legend.arrows,
    faded: own.faded,
  };
}
