import { DEFAULT_LANG, LANGS, type Lang } from '../domain/langs';
import { readChoice } from './read';
import type { Codec, Dropped } from './types';

/** `lang`: `fr` (default) or `en`; other languages are dropped. */
export const langCodec: Codec<Lang> = {
  params: ['lang'],
  defaults: () => DEFAULT_LANG,
  parse(params) {
    const dropped: Dropped[] = [];
    return { value: readChoice(params, 'lang', LANGS, DEFAULT_LANG, dropped), dropped };
  },
  serialize(value) {
    return value === DEFAULT_LANG ? [] : [['lang', value]];
  },
};
