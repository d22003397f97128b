import type { MapViewport } from '../map/mapHandle';
import type { Positions } from '../view/types';

// window.allianceMap (docs/embed.md, "The inspection handle"): a read-only handle for tests and for pages
// that embed the map.
export interface InspectedView {
  renderer: 'cytoscape' | 'webgl';
  filters: Record<string, unknown>;
  visibleNodeIds: string[];
  visibleEdgeIds: string[];
  positions: Positions;
  /** What the map shows now: the model rectangle on screen and the map's size in CSS pixels (null before the first frame). */
  viewport: MapViewport | null;
}

export interface AllianceMapHandle {
  readonly version: string;
  readonly ready: Promise<void>;
  view(): InspectedView;
}

declare global {
  interface Window {
    allianceMap?: AllianceMapHandle;
  }
}

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});
let currentView: () => InspectedView = () => ({
  renderer: 'cytoscape',
  filters: {},
  visibleNodeIds: [],
  visibleEdgeIds: [],
  positions: {},
  viewport: null,
});

export function installHandle(version: string): void {
  const handle: AllianceMapHandle = Object.freeze({
    version,
    ready,
    view: () => structuredClone(currentView()),
  });
  Object.defineProperty(window, 'allianceMap', { value: handle, writable: false, configurable: false });
}

/** The app registers how to read its current view; the handle always answers with a copy. */
export function setViewSource(source: () => InspectedView): void {
  currentView = source;
}

/** Resolves `allianceMap.ready`; later calls do nothing. */
export function markDrawn(): void {
  resolveReady();
}

/**
 * Resolves once the map has drawn its first frame, or after `atMostMs` if it never does (a map
 * that failed): what only shows beside the map waits for it rather than slowing it down.
 */
export function whenMapDrawn(atMostMs = 2000): Promise<void> {
  return Promise.race([ready, new Promise<void>((resolve) => setTimeout(resolve, atMostMs))]);
}
