import { isPrintable, readScalar } from './read';
import type { Codec, Dropped } from './types';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * A `data` value: a URL relative to the page, or an absolute `http:`/`https:` URL. Other schemes
 * (`javascript:`, `data:`, `file:`…) and text that does not parse as a URL are dropped. The value
 * is kept as written (not resolved), so it round-trips.
 */
export function toDataUrl(text: string): string | null {
  if (!isPrintable(text)) return null;
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return null;
  try {
    new URL(text, 'https://base.invalid/');
    return text;
  } catch {
    return null;
  }
}

/** `data`: the data file to open; null = the app's default dataset. */
export const dataCodec: Codec<string | null> = {
  params: ['data'],
  defaults: () => null,
  parse(params) {
    const dropped: Dropped[] = [];
    const text = readScalar(params, 'data', dropped);
    if (text === null) return { value: null, dropped };
    const url = toDataUrl(text);
    if (url === null) dropped.push({ param: 'data', value: text });
    return { value: url, dropped };
  },
  serialize(value) {
    return value === null || value === '' ? [] : [['data', value]];
  },
};
