import { plainSort, readFlag, readList, sortByOrder } from './read';
import type { Codec, Dropped } from './types';

export type EmbedPanel = 'legend' | 'filters' | 'search';
export const EMBED_PANELS: readonly EmbedPanel[] = ['legend', 'filters', 'search'];

export interface EmbedState {
  embed: boolean;
  /** null = not given (the app's default panels); [] = `panels=` given empty: no panel. */
  panels: EmbedPanel[] | null;
  /** Origins allowed to command the embed, as `URL.origin` gives them; [] = not restricted. */
  origins: string[];
}

export function toPanel(item: string): EmbedPanel | null {
  return EMBED_PANELS.find((panel) => panel === item.toLowerCase()) ?? null;
}

/**
 * An origin: `http(s)://host[:port]`, optionally with a trailing `/`, without user, path, query
 * or fragment; kept as `URL.origin` writes it (lower-case host, default port dropped).
 */
export function toOrigin(item: string): string | null {
  let url: URL;
  try {
    url = new URL(item);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search !== '' || url.hash !== '') return null;
  if (!/^https?:\/\/[^/?#]+\/?$/i.test(item)) return null;
  return url.origin;
}

/** `embed` (`1`), `panels` (`legend,filters,search`), `origin` (comma-separated origins). */
export const embedCodec: Codec<EmbedState> = {
  params: ['embed', 'panels', 'origin'],
  defaults: () => ({ embed: false, panels: null, origins: [] }),
  parse(params) {
    const dropped: Dropped[] = [];
    const embed = readFlag(params, 'embed', dropped);
    const panels = params.has('panels') ? sortByOrder(readList(params, 'panels', toPanel, dropped), EMBED_PANELS) : null;
    const origins = plainSort(readList(params, 'origin', toOrigin, dropped));
    return { value: { embed, panels, origins }, dropped };
  },
  serialize(value) {
    const pairs: Array<[string, string]> = [];
    if (value.embed) pairs.push(['embed', '1']);
    if (value.panels !== null) pairs.push(['panels', sortByOrder([...new Set(value.panels)], EMBED_PANELS).join(',')]);
    if (value.origins.length > 0) pairs.push(['origin', plainSort(value.origins).join(',')]);
    return pairs;
  },
};
