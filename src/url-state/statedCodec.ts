import { readFlag } from './read';
import type { Codec, Dropped } from './types';

/** `stated`: `1` shows only what the sources state (readings faded); `0` or absent, everything alike. */
export const statedCodec: Codec<boolean> = {
  params: ['stated'],
  defaults: () => false,
  parse(params) {
    const dropped: Dropped[] = [];
    return { value: readFlag(params, 'stated', dropped), dropped };
  },
  serialize(value) {
    return value ? [['stated', '1']] : [];
  },
};
