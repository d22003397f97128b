export type { Codec, Dropped, Parsed } from './types';
export { filtersCodec, canonicalFilters, toPeriod, periodToString } from './filtersCodec';
export { focusCodec, type FocusState } from './focusCodec';
export { searchCodec } from './searchCodec';
export { statedCodec } from './statedCodec';
export { cameraCodec, type Camera } from './cameraCodec';
export { langCodec } from './langCodec';
export { rendererCodec, RENDERER_MODES, type RendererMode } from './rendererCodec';
export { embedCodec, EMBED_PANELS, toOrigin, type EmbedPanel, type EmbedState } from './embedCodec';
export { presentCodec, type PresentState } from './presentCodec';
export { dataCodec } from './dataCodec';
export {
  insightCodec,
  ARRANGEMENTS,
  COLOUR_BYS,
  INSIGHT_VIEWS,
  MEASURE_SCOPES,
  type Arrangement,
  type ColourBy,
  type InsightState,
  type InsightView,
  type MeasureScopeName,
} from './insightCodec';
export {
  applySavedView,
  CODECS,
  decodeQuery,
  defaultViewState,
  encodePairs,
  mergeViewState,
  parseViewState,
  serializeViewState,
  VIEW_CONCERNS,
  VIEW_PARAMS,
  viewStatePairs,
  type Concern,
  type ViewState,
} from './viewState';
export { knownKinds, pruneFiltersToGraph, pruneToGraph, type StoryOutline } from './prune';
export { parseFiltersObject } from './filtersObject';
