import type { ParseKeys } from 'i18next';

/** Every interface string key of the French reference catalogue (plural suffixes folded). */
export type TranslationKey = ParseKeys<'translation'>;

/**
 * Narrows a code to a key of one catalogue group, so a key built from it type-checks:
 * `isKeyOf(fr.actor.fields, field) && t(`actor.fields.${field}`)`.
 */
export function isKeyOf<Group extends object>(group: Group, name: string): name is Extract<keyof Group, string> {
  return Object.hasOwn(group, name);
}
