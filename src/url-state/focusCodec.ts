import type { FocusDepth } from '../filters/apply';
import { isPrintable, readChoice, readScalar } from './read';
import type { Codec, Dropped } from './types';

export interface FocusState {
  /** The focused actor's id, or null. Checked against the graph by pruneToGraph, not here. */
  id: string | null;
  depth: FocusDepth;
}

const DEPTHS = ['1', '2'] as const;

/** `focus` (actor id) and `depth` (`1`, the default, or `2`). */
export const focusCodec: Codec<FocusState> = {
  params: ['focus', 'depth'],
  defaults: () => ({ id: null, depth: 1 }),
  parse(params) {
    const dropped: Dropped[] = [];
    let id = readScalar(params, 'focus', dropped);
    if (id !== null && !isPrintable(id)) {
      dropped.push({ param: 'focus', value: id });
      id = null;
    }
    const depth = readChoice(params, 'depth', DEPTHS, '1', dropped) === '2' ? 2 : 1;
    return { value: { id, depth }, dropped };
  },
  serialize(value) {
    const pairs: Array<[string, string]> = [];
    if (value.id !== null && value.id !== '') pairs.push(['focus', value.id]);
    if (value.depth !== 1) pairs.push(['depth', String(value.depth)]);
    return pairs;
  },
};
