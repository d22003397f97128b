// The single-file map (dist/alliance-map-viewer.html) carries its data file and its view inside
// the page, in a JSON script block the app reads at start-up instead of fetching anything:
//   <script type="application/json" id="alliance-map-data">{"view":"sdg=17","data":{…}}</script>
// JSON in the block has every `<` written `\u003c`, so no text in the data can close the script.
import { isRecord } from '../model/isRecord';

export const INLINE_DATA_ID = 'alliance-map-data';

export interface InlineData {
  /** The data file's text, for datasetFromText (which validates it as any other file). */
  text: string;
  /** The view's query string (docs/url-parameters.md), without `?` and without `data=`. */
  view: string;
}

/**
 * The data and view inlined in this page, or null when there are none (the app as published,
 * whose placeholder block is empty). Content that is not the expected JSON is returned as the data
 * text, so the app reports its problems as for any bad file rather than fetching another.
 */
export function readInlineData(doc: Pick<Document, 'getElementById'> = document): InlineData | null {
  const element = doc.getElementById(INLINE_DATA_ID);
  if (!element || element.tagName.toLowerCase() !== 'script') return null;
  const raw = (element.textContent ?? '').trim();
  if (raw === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { text: raw, view: '' };
  }
  if (!isRecord(parsed) || !('data' in parsed)) return { text: raw, view: '' };
  const view = typeof parsed.view === 'string' ? parsed.view.replace(/^\?/, '') : '';
  return { text: JSON.stringify(parsed.data, null, 2), view };
}
