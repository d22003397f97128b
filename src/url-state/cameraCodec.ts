import { readScalar, toFiniteNumber } from './read';
import type { Codec, Dropped } from './types';

/** Camera in model coordinates; `zoom` > 0. */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/**
 * `cam=x,y,zoom`: three finite decimal numbers, zoom > 0; anything else drops the whole value
 * (a camera is one value, not a list). Numbers are written as JavaScript prints them, so they
 * round-trip exactly; round them before storing if shorter URLs matter.
 */
export const cameraCodec: Codec<Camera | null> = {
  params: ['cam'],
  defaults: () => null,
  parse(params) {
    const dropped: Dropped[] = [];
    const text = readScalar(params, 'cam', dropped);
    if (text === null) return { value: null, dropped };
    const numbers = text.split(',').map((part) => toFiniteNumber(part.trim()));
    const [x, y, zoom] = numbers;
    if (numbers.length !== 3 || x == null || y == null || zoom == null || zoom <= 0) {
      dropped.push({ param: 'cam', value: text });
      return { value: null, dropped };
    }
    return { value: { x, y, zoom }, dropped };
  },
  serialize(value) {
    return value === null ? [] : [['cam', `${value.x},${value.y},${value.zoom}`]];
  },
};
