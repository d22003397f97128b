import type { Names } from './types';

// Names and colours from the UN "Guidelines for the use of the SDG logo" (2020), as listed in
// shared/domain.md. We draw our own badges from number, name and colour: the UN icons are not
// openly licensed.
export interface Sdg extends Names {
  number: number;
  colour: string;
  /** Other names people type when searching for this goal. */
  aliases: string[];
}

export const SDGS: readonly Sdg[] = [
  { number: 1, fr: 'Pas de pauvreté', en: 'No Poverty', colour: '#E5243B', aliases: [] },
  { number: 2, fr: 'Faim « zéro »', en: 'Zero Hunger', colour: '#DDA63A', aliases: ['Faim zéro', 'Zéro faim'] },
  { number: 3, fr: 'Bonne santé et bien-être', en: 'Good Health and Well-being', colour: '#4C9F38', aliases: [] },
  { number: 4, fr: 'Éducation de qualité', en: 'Quality Education', colour: '#C5192D', aliases: [] },
  { number: 5, fr: 'Égalité entre les sexes', en: 'Gender Equality', colour: '#FF3A21', aliases: ['Égalité des genres'] },
  { number: 6, fr: 'Eau propre et assainissement', en: 'Clean Water and Sanitation', colour: '#26BDE2', aliases: [] },
  {
    number: 7,
    fr: "Énergie propre et d'un coût abordable",
    en: 'Affordable and Clean Energy',
    colour: '#FCC30B',
    aliases: ['Énergie propre et abordable'],
  },
  { number: 8, fr: 'Travail décent et croissance économique', en: 'Decent Work and Economic Growth', colour: '#A21942', aliases: [] },
  {
    number: 9,
    fr: 'Industrie, innovation et infrastructure',
    en: 'Industry, Innovation and Infrastructure',
    colour: '#FD6925',
    aliases: [],
  },
  { number: 10, fr: 'Inégalités réduites', en: 'Reduced Inequalities', colour: '#DD1367', aliases: [] },
  { number: 11, fr: 'Villes et communautés durables', en: 'Sustainable Cities and Communities', colour: '#FD9D24', aliases: [] },
  {
    number: 12,
    fr: 'Consommation et production responsables',
    en: 'Responsible Consumption and Production',
    colour: '#BF8B2E',
    aliases: [],
  },
  {
    number: 13,
    fr: 'Mesures relatives à la lutte contre les changements climatiques',
    en: 'Climate Action',
    colour: '#3F7E44',
    aliases: [],
  },
  { number: 14, fr: 'Vie aquatique', en: 'Life Below Water', colour: '#0A97D9', aliases: [] },
  { number: 15, fr: 'Vie terrestre', en: 'Life on Land', colour: '#56C02B', aliases: [] },
  {
    number: 16,
    fr: 'Paix, justice et institutions efficaces',
    en: 'Peace, Justice and Strong Institutions',
    colour: '#00689D',
    aliases: [],
  },
  { number: 17, fr: 'Partenariats pour la réalisation des objectifs', en: 'Partnerships for the Goals', colour: '#19486A', aliases: [] },
];

const SDG_BY_NUMBER = new Map(SDGS.map((sdg) => [sdg.number, sdg]));

export function sdgByNumber(number: number): Sdg | undefined {
  return SDG_BY_NUMBER.get(number);
}

export function isSdgNumber(value: unknown): value is number {
  return typeof value === 'number' && SDG_BY_NUMBER.has(value);
}

/** Every way a person may refer to a goal in a search: "ODD 13", "SDG 13", its names, aliases. */
export function sdgSearchTerms(sdg: Sdg): string[] {
  return [`ODD ${sdg.number}`, `ODD${sdg.number}`, `SDG ${sdg.number}`, `SDG${sdg.number}`, sdg.fr, sdg.en, ...sdg.aliases];
}
