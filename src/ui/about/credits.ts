// What the app is built with, as shipped in the bundle (licence fields checked in
// node_modules/*/package.json). Kept as data so that adding a library is one line.
export interface LibraryCredit {
  name: string;
  url: string;
  license: string;
}

export const LIBRARY_CREDITS: readonly LibraryCredit[] = [
  { name: 'React', url: 'https://react.dev/', license: 'MIT' },
  { name: 'Cytoscape.js', url: 'https://js.cytoscape.org/', license: 'MIT' },
  { name: 'graphology', url: 'https://graphology.github.io/', license: 'MIT' },
  { name: 'd3', url: 'https://d3js.org/', license: 'ISC' },
  { name: 'i18next, react-i18next', url: 'https://www.i18next.com/', license: 'MIT' },
];

// Where common data licences are explained, in the reader's language when the licence has one.
const LICENSE_URLS: Record<string, { fr: string; en: string }> = {
  'CC-BY-4.0': { fr: 'https://creativecommons.org/licenses/by/4.0/deed.fr', en: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': { fr: 'https://creativecommons.org/licenses/by-sa/4.0/deed.fr', en: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'CC0-1.0': { fr: 'https://creativecommons.org/publicdomain/zero/1.0/deed.fr', en: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODbL-1.0': { fr: 'https://opendatacommons.org/licenses/odbl/1-0/', en: 'https://opendatacommons.org/licenses/odbl/1-0/' },
  'etalab-2.0': {
    fr: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
    en: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
  },
};

/** A page explaining a data licence given by its SPDX identifier, when we know one. */
export function licenseUrl(license: string, lang: 'fr' | 'en'): string | null {
  return LICENSE_URLS[license.trim()]?.[lang] ?? null;
}
