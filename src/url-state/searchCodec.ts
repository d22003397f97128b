import type { Codec } from './types';

/** `q`: the search box content, kept exactly as typed (not trimmed); default empty. */
export const searchCodec: Codec<string> = {
  params: ['q'],
  defaults: () => '',
  parse(params) {
    return { value: params.get('q') ?? '', dropped: [] };
  },
  serialize(value) {
    return value === '' ? [] : [['q', value]];
  },
};
