import type { Lang } from '../domain/types';
import { readChoice } from './read';
import type { Codec, Dropped } from './types';

const LANGS: readonly Lang[] = ['fr', 'en'];

/** `lang`: `fr` (default) or `en`; other languages are dropped. */
export const langCodec: Codec<Lang> = {
  params: ['lang'],
  defaults: () => 'fr',
  parse(params) {
    const dropped: Dropped[] = [];
    return { value: readChoice(params, 'lang', LANGS, 'fr', dropped), dropped };
  },
  serialize(value) {
    return value === 'fr' ? [] : [['lang', value]];
  },
};
