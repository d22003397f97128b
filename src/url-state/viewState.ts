import type { Lang } from '../domain/types';
import type { Filters } from '../filters/types';
import { cameraCodec, type Camera } from './cameraCodec';
import { dataCodec } from './dataCodec';
import { embedCodec, type EmbedState } from './embedCodec';
import { filtersCodec } from './filtersCodec';
import { insightCodec, type InsightState } from './insightCodec';
import { focusCodec, type FocusState } from './focusCodec';
import { langCodec } from './langCodec';
import { presentCodec, type PresentState } from './presentCodec';
import { rendererCodec, type RendererMode } from './rendererCodec';
import { searchCodec } from './searchCodec';
import { statedCodec } from './statedCodec';
import type { Codec, Dropped, Parsed } from './types';

/** Everything a URL says about the view (docs/url-parameters.md). */
export interface ViewState {
  data: string | null;
  filters: Filters;
  /** Only what the sources state: elements and colours resting on readings alone are faded. */
  stated: boolean;
  focus: FocusState;
  q: string;
  camera: Camera | null;
  lang: Lang;
  renderer: RendererMode;
  embed: EmbedState;
  present: PresentState;
  insight: InsightState;
}

export type Concern = keyof ViewState;

/** The codec of each concern, in the canonical order of parameters (the contract's table). */
export const CODECS: { readonly [K in Concern]: Codec<ViewState[K]> } = {
  data: dataCodec,
  filters: filtersCodec,
  stated: statedCodec,
  focus: focusCodec,
  q: searchCodec,
  camera: cameraCodec,
  lang: langCodec,
  renderer: rendererCodec,
  embed: embedCodec,
  present: presentCodec,
  insight: insightCodec,
};

const CONCERNS = Object.keys(CODECS) as Concern[];

/** Every parameter name of section 2; others belong to the host page and are ignored. */
export const VIEW_PARAMS: ReadonlySet<string> = new Set(CONCERNS.flatMap((concern) => CODECS[concern].params));

export function defaultViewState(): ViewState {
  return {
    data: dataCodec.defaults(),
    filters: filtersCodec.defaults(),
    stated: statedCodec.defaults(),
    focus: focusCodec.defaults(),
    q: searchCodec.defaults(),
    camera: cameraCodec.defaults(),
    lang: langCodec.defaults(),
    renderer: rendererCodec.defaults(),
    embed: embedCodec.defaults(),
    present: presentCodec.defaults(),
    insight: insightCodec.defaults(),
  };
}

function decodeComponent(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Splits a query string (with or without its leading `?`) as URLSearchParams does, except that a
 * value with bad percent-encoding (`%E0%A4%A`) is dropped and reported instead of being decoded
 * to replacement characters. Parameters not of section 2 are ignored silently.
 */
export function decodeQuery(search: string): Parsed<URLSearchParams> {
  const params = new URLSearchParams();
  const dropped: Dropped[] = [];
  const text = search.startsWith('?') ? search.slice(1) : search;
  for (const piece of text.split('&')) {
    if (piece === '') continue;
    const equals = piece.indexOf('=');
    const rawName = equals === -1 ? piece : piece.slice(0, equals);
    const rawValue = equals === -1 ? '' : piece.slice(equals + 1);
    const name = decodeComponent(rawName);
    if (name === null || !VIEW_PARAMS.has(name)) continue;
    const value = decodeComponent(rawValue);
    if (value === null) dropped.push({ param: name, value: rawValue });
    else params.append(name, value);
  }
  return { value: params, dropped };
}

/** Reads a view from a query string. Never throws; what was not understood is in `dropped`. */
export function parseViewState(search: string): { state: ViewState; dropped: Dropped[] } {
  const decoded = decodeQuery(search);
  const dropped = [...decoded.dropped];
  const read = <K extends Concern>(concern: K): ViewState[K] => {
    const parsed = CODECS[concern].parse(decoded.value);
    dropped.push(...parsed.dropped);
    return parsed.value;
  };
  const state: ViewState = {
    data: read('data'),
    filters: read('filters'),
    stated: read('stated'),
    focus: read('focus'),
    q: read('q'),
    camera: read('camera'),
    lang: read('lang'),
    renderer: read('renderer'),
    embed: read('embed'),
    present: read('present'),
    insight: read('insight'),
  };
  return { state, dropped };
}

/** The parameter/value pairs of a view, defaults left out, in canonical order. */
export function viewStatePairs(state: ViewState): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const add = <K extends Concern>(concern: K): void => {
    pairs.push(...CODECS[concern].serialize(state[concern]));
  };
  for (const concern of CONCERNS) add(concern);
  return pairs;
}

/** Percent-encodes pairs as URLSearchParams does, but leaves commas readable (`sdg=13,17`). */
export function encodePairs(pairs: ReadonlyArray<[string, string]>): string {
  return new URLSearchParams(pairs as Array<[string, string]>).toString().replace(/%2C/gi, ',');
}

/**
 * The canonical query string of a view, without `?` (empty for the default view). Lists are
 * deduplicated and sorted (SDGs numerically, regions and support forms in their official order,
 * kinds and origins alphabetically), so equal views give equal strings.
 */
export function serializeViewState(state: ViewState): string {
  return encodePairs(viewStatePairs(state));
}

/** The concerns a saved view (a story step's `view`) sets; the others belong to the session. */
export const VIEW_CONCERNS: readonly Concern[] = ['filters', 'focus', 'q', 'camera', 'insight'];

/** `base` with the given concerns taken from `overlay` (by default, the view concerns). */
export function mergeViewState(base: ViewState, overlay: Partial<ViewState>, concerns: readonly Concern[] = CONCERNS): ViewState {
  const merged: ViewState = { ...base };
  const take = <K extends Concern>(concern: K): void => {
    const value = overlay[concern];
    if (value !== undefined) merged[concern] = value;
  };
  for (const concern of concerns) take(concern);
  return merged;
}

/**
 * Applies a story step's `view` to the current state: its filters, focus, search, camera and
 * reading (view, size, colour, arrangement) replace the current ones (absent = default: a step is
 * a whole saved view); data, `stated`, language, renderer, embed and presentation stay as they are.
 */
export function applySavedView(current: ViewState, view: string): { state: ViewState; dropped: Dropped[] } {
  const parsed = parseViewState(view);
  return { state: mergeViewState(current, parsed.state, VIEW_CONCERNS), dropped: parsed.dropped };
}
