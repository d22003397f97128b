// Where the map surface puts the camera on its own: framing the visible actors (and the
// backdrop) clear of the panels over the map, and a link's camera within the drawing's limits.
import type { Camera } from '../url-state';
import type { Backdrop } from '../view/types';
import type { MapAdapter } from './adapter';
import { clampZoom, fitView, unionBox, withLabelRoom, type ModelView } from './camera';
import { overlayInsets } from './insets';

const PADDING = 40;
/** On a narrow map, room kept for the longest side labels would shrink the whole map. */
const NARROW_MAP_PX = 600;
const NARROW_PADDING = 28;

/** The view framing the visible actors (and the backdrop, if any), clear of the panels over the map. */
export function framing(adapter: MapAdapter, container: HTMLElement | null, backdrop: Backdrop | null = null): ModelView {
  const screen = adapter.size();
  const wide = screen.width > NARROW_MAP_PX;
  const actors = wide ? withLabelRoom(adapter.visibleBox()) : adapter.visibleBox();
  const box = backdrop ? unionBox(actors, backdrop.bounds) : actors;
  return fitView(box, screen, wide ? PADDING : NARROW_PADDING, overlayInsets(container), adapter.zoomLimits);
}

export function cameraView(camera: Camera, adapter: MapAdapter): ModelView {
  return { ...camera, zoom: clampZoom(camera.zoom, adapter.zoomLimits) };
}
