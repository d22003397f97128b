// The single-file map: the viewer build (dist/alliance-map-viewer.html, every script and style
// inlined, a Content-Security-Policy by hash) with a data file and a view injected into its JSON
// data block. Pure string work, plus fetching the template beside the app.
import { INLINE_DATA_ID } from '../load/inlineData';
import type { DataFile } from '../model/types';

/** The viewer's file name, next to index.html in dist/. */
export const VIEWER_FILE = 'alliance-map-viewer.html';

const PLACEHOLDER_OPEN = `<script type="application/json" id="${INLINE_DATA_ID}">`;

/**
 * JSON safe inside an HTML script block: `<` as `\u003c` (so `</script>` or `<!--` in the data
 * cannot end or change the block), and the two line separators JavaScript once disallowed.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The view to inline: the query string without `?` and without `data=` (the data is inlined). */
export function viewForViewer(viewQuery: string): string {
  const params = new URLSearchParams(viewQuery.replace(/^\?/, ''));
  params.delete('data');
  return params.toString();
}

/** The viewer template with this data file and view in its data block; throws if it has no block. */
export function injectIntoViewer(template: string, file: DataFile, viewQuery: string): string {
  const open = template.lastIndexOf(PLACEHOLDER_OPEN);
  if (open < 0) throw new Error(`injectIntoViewer: the viewer has no <script id="${INLINE_DATA_ID}"> block`);
  const contentStart = open + PLACEHOLDER_OPEN.length;
  const close = template.indexOf('</script>', contentStart);
  if (close < 0) throw new Error('injectIntoViewer: the data block is not closed');
  const payload = jsonForScript({ view: viewForViewer(viewQuery), data: file });
  return template.slice(0, contentStart) + payload + template.slice(close);
}

/**
 * The page's own HTML as a viewer template, for exporting again from a single-file map (which may
 * fetch nothing): the drawn app removed from #root and the data block emptied. Null elsewhere.
 */
export function viewerTemplateFromDocument(doc: Document): string | null {
  const data = doc.getElementById(INLINE_DATA_ID);
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
  if (!data || !csp) return null;
  const root = doc.documentElement.cloneNode(true) as HTMLElement;
  root.querySelector('#root')?.replaceChildren();
  const block = root.querySelector(`#${INLINE_DATA_ID}`);
  if (block) block.textContent = '';
  return `<!doctype html>\n${root.outerHTML}`;
}

/** Fetches the viewer template published beside the app (a relative URL, as every asset). */
export async function fetchViewerTemplate(baseUrl: string = document.baseURI): Promise<string | null> {
  try {
    const response = await fetch(new URL(VIEWER_FILE, baseUrl), { credentials: 'omit' });
    if (!response.ok) return null;
    const text = await response.text();
    return text.includes(PLACEHOLDER_OPEN) ? text : null;
  } catch {
    return null;
  }
}
