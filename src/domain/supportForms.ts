import type { Names } from './types';

// The seven forms of support of the seed document's table "Soutien multiforme du Fonds ODD17 à
// Villes au Carré" (shared/domain.md).
export interface SupportForm extends Names {
  code: SupportCode;
  /** The example the seed document gives, in French as written there. */
  example: string;
}

export const SUPPORT_CODES = [
  'data',
  'tools-resources',
  'networks',
  'engineering',
  'governance-dialogue',
  'direct-funding',
  'visibility',
] as const;

export type SupportCode = (typeof SUPPORT_CODES)[number];

export const SUPPORT_FORMS: readonly SupportForm[] = [
  { code: 'data', fr: 'Données', en: 'Data', example: 'fiche Repère « Dynamique régionale en Centre Val de Loire »' },
  {
    code: 'tools-resources',
    fr: 'Outils & Ressources',
    en: 'Tools & resources',
    example: 'kit « l’ODD17 en pratique », webinaires, guide « L’investissement sociétal en Action »',
  },
  {
    code: 'networks',
    fr: 'Réseaux',
    en: 'Networks',
    example: 'réseau des « 350 catalyseurs », mise en lien avec PERSEE3C et Malakoff Humanis',
  },
  {
    code: 'engineering',
    fr: 'Apport en ingénierie',
    en: 'Engineering support',
    example: 'parcours d’expérience 2018/2019 sur la co-construction territoriale',
  },
  {
    code: 'governance-dialogue',
    fr: 'Dialogue de gouvernance',
    en: 'Governance dialogue',
    example: 'coaching des dirigeants, échange régulier sur la stratégie',
  },
  { code: 'direct-funding', fr: 'Financement direct', en: 'Direct funding', example: 'financement de 20k € du temps de capitalisation' },
  { code: 'visibility', fr: 'Valorisation', en: 'Visibility', example: 'prises de parole, articles, fiche monographie et vidéo' },
];

const FORM_BY_CODE = new Map<string, SupportForm>(SUPPORT_FORMS.map((form) => [form.code, form]));

export function supportFormByCode(code: string): SupportForm | undefined {
  return FORM_BY_CODE.get(code);
}

export function isSupportCode(value: unknown): value is SupportCode {
  return typeof value === 'string' && FORM_BY_CODE.has(value);
}
