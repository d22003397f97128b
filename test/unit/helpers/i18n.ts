import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../src/domain/langs';
import { i18nOptions } from '../../../src/i18n';
import { en } from '../../../src/i18n/en';
import { fr } from '../../../src/i18n/fr';

/**
 * The app's i18next set-up without the page (no `document` under Node). Synchronous
 * (initAsync: false): call it at the top of a test file, before anything renders.
 */
export function initTestI18n(lang: Lang = 'fr'): typeof i18next {
  void i18next.use(initReactI18next).init(i18nOptions(lang, { fr, en }));
  return i18next;
}
