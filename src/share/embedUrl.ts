import { defaultViewState, serializeViewState, type EmbedPanel, type ViewState } from '../url-state';

export interface EmbedOptions {
  /** Height of the iframe in CSS pixels. */
  height: number;
  panels: EmbedPanel[];
  /** Start from the current view (filters, focus, camera) rather than the whole map. */
  currentView: boolean;
  /** Origins allowed to command the map through postMessage; empty: any host page. */
  origins: string[];
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { height: 480, panels: ['legend'], currentView: true, origins: [] };

function appBase(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}`;
}

function withQuery(base: string, state: ViewState): string {
  const query = serializeViewState(state);
  return query ? `${base}?${query}` : base;
}

/** The link to the view shown: the full app, same data, language and view. */
export function shareUrl(href: string, state: ViewState): string {
  return withQuery(appBase(href), { ...state, embed: defaultViewState().embed, present: defaultViewState().present });
}

/** The address an iframe opens: the map in embed mode with the chosen panels and origins. */
export function embedUrl(href: string, state: ViewState, options: EmbedOptions): string {
  const blank = defaultViewState();
  const view: ViewState = options.currentView
    ? { ...state, present: blank.present }
    : { ...blank, data: state.data, stated: state.stated, lang: state.lang, renderer: state.renderer };
  return withQuery(appBase(href), { ...view, embed: { embed: true, panels: options.panels, origins: options.origins } });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML to paste into a report or a CMS page. */
export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" style="border:0;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
