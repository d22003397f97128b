import type { Names } from './types';

export const BUILT_IN_RELATIONS = [
  'funding',
  'support',
  'membership',
  'founding',
  'partnership',
  'animation',
  'introduction',
  'contract',
  'award',
  'label',
] as const;
export type BuiltInRelation = (typeof BUILT_IN_RELATIONS)[number];

export const RELATION_NAMES: Record<BuiltInRelation, Names> = {
  funding: { fr: 'Financement', en: 'Funding' },
  support: { fr: 'Accompagnement', en: 'Support' },
  membership: { fr: 'Adhésion', en: 'Membership' },
  founding: { fr: 'Fondation', en: 'Founding' },
  partnership: { fr: 'Partenariat', en: 'Partnership' },
  animation: { fr: 'Animation', en: 'Animation' },
  introduction: { fr: 'Mise en relation', en: 'Introduction' },
  contract: { fr: 'Marché / contrat', en: 'Contract' },
  award: { fr: 'Prix', en: 'Award' },
  label: { fr: 'Label', en: 'Label' },
};

/** Relations whose support has no direction (drawn without arrow). */
export const UNDIRECTED_RELATIONS: ReadonlySet<string> = new Set(['partnership']);

export function isBuiltInRelation(value: unknown): value is BuiltInRelation {
  return typeof value === 'string' && (BUILT_IN_RELATIONS as readonly string[]).includes(value);
}
