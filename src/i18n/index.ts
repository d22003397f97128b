import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, type Lang } from '../domain/langs';
import { fr, type Catalogue } from './fr';

/** The i18next options of the app (and of the tests that render its components, with every catalogue). */
export function i18nOptions(lang: Lang, catalogues: Partial<Record<Lang, Catalogue>>): InitOptions {
  const resources: NonNullable<InitOptions['resources']> = {};
  for (const [code, catalogue] of Object.entries(catalogues)) resources[code] = { translation: catalogue };
  return {
    resources,
    lng: lang,
    fallbackLng: DEFAULT_LANG,
    interpolation: { escapeValue: false }, // React escapes; data text is never HTML
    initAsync: false,
    returnNull: false,
  };
}

// French, the default, ships with the app; another language's strings are a chunk loaded when
// that language is first asked for.
const LATER: Record<Exclude<Lang, 'fr'>, () => Promise<Catalogue>> = {
  en: () => import('./en').then((module) => module.en),
};

async function loadCatalogue(lang: Lang): Promise<void> {
  if (lang === 'fr' || i18next.hasResourceBundle(lang, 'translation')) return;
  i18next.addResourceBundle(lang, 'translation', await LATER[lang]());
}

/**
 * One i18n layer for every interface string; French by default, English on request. Resolves
 * once the language's strings are there (at once for French).
 */
export async function initI18n(lang: Lang): Promise<typeof i18next> {
  void i18next.use(initReactI18next).init(i18nOptions('fr', { fr }));
  await setLanguage(lang);
  return i18next;
}

let asked: Lang = DEFAULT_LANG;

/** Switches the interface to `lang` once its strings are there, unless another was asked for meanwhile. */
export async function setLanguage(lang: Lang): Promise<void> {
  asked = lang;
  await loadCatalogue(lang);
  if (asked !== lang) return;
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}
