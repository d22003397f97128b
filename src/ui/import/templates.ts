import type { Lang } from '../../domain/types';

/** The templates to fill in (public/templates/, written by `npm run templates`), per language. */
export const TEMPLATE_FILES: Record<Lang, { actors: string; alliances: string; xlsx: string; ods: string }> = {
  fr: { actors: 'modele-acteurs.csv', alliances: 'modele-alliances.csv', xlsx: 'modele-carte.xlsx', ods: 'modele-carte.ods' },
  en: { actors: 'template-actors.csv', alliances: 'template-alliances.csv', xlsx: 'template-map.xlsx', ods: 'template-map.ods' },
};

export const TEMPLATES_DIR = 'templates/';
