import { readChoice } from './read';
import type { Codec, Dropped } from './types';

export type RendererMode = 'auto' | 'cytoscape' | 'webgl';
export const RENDERER_MODES: readonly RendererMode[] = ['auto', 'cytoscape', 'webgl'];

/** `renderer`: `auto` (default), `cytoscape` or `webgl`. */
export const rendererCodec: Codec<RendererMode> = {
  params: ['renderer'],
  defaults: () => 'auto',
  parse(params) {
    const dropped: Dropped[] = [];
    return { value: readChoice(params, 'renderer', RENDERER_MODES, 'auto', dropped), dropped };
  },
  serialize(value) {
    return value === 'auto' ? [] : [['renderer', value]];
  },
};
