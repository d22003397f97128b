import type { Names } from './types';

export const BUILT_IN_KINDS = ['catalyst', 'funder', 'local-actor'] as const;
export type BuiltInKind = (typeof BUILT_IN_KINDS)[number];

export const KIND_NAMES: Record<BuiltInKind, Names> = {
  catalyst: { fr: 'Catalyseur', en: 'Catalyst' },
  funder: { fr: 'Financeur', en: 'Funder' },
  'local-actor': { fr: 'Acteur local', en: 'Local actor' },
};

export function isBuiltInKind(value: unknown): value is BuiltInKind {
  return typeof value === 'string' && (BUILT_IN_KINDS as readonly string[]).includes(value);
}
