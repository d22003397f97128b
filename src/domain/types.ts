export type Lang = 'fr' | 'en';

/** A name in both interface languages. */
export interface Names {
  fr: string;
  en: string;
}
