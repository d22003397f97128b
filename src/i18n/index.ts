import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, type Lang } from '../domain/langs';
import { fr } from './fr';
import { en } from './en';

/** The i18next options of the app (and of the tests that render its components). */
export function i18nOptions(lang: Lang): InitOptions {
  return {
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    interpolation: { escapeValue: false }, // React escapes; data text is never HTML
    initAsync: false,
    returnNull: false,
  };
}

/** One i18n layer for every interface string; French by default, English on request. */
export function initI18n(lang: Lang): typeof i18next {
  void i18next.use(initReactI18next).init(i18nOptions(lang));
  document.documentElement.lang = lang;
  return i18next;
}

export function setLanguage(lang: Lang): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}
