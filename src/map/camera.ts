// Camera maths shared by both drawings, in model terms: a view is the model point at the centre
// of the map and the zoom (screen pixels per model unit), y pointing down — the URL's camera
// (`cam=x,y,zoom`, docs/url-parameters.md), so a shared link frames the same place whatever the
// reader's screen size and drawing mode. Each renderer's adapter converts to its own camera.
import type { Camera } from '../url-state';
import type { MapViewport } from './mapHandle';

/** A camera in model terms: the model point at the centre of the map, and the zoom. */
export interface ModelView {
  x: number;
  y: number;
  zoom: number;
}

/** A model rectangle (y down). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room taken over the map's edges by panels, in CSS pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Screen {
  width: number;
  height: number;
}

export interface ZoomLimits {
  min: number;
  max: number;
}

/** Framing a few actors never zooms in further than this, so a small focus does not look enormous. */
export const MAX_FIT_ZOOM = 1.3;

export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** Camera moves ease over a few hundred milliseconds, or jump when the system asks for no motion. */
export function animationDuration(): number {
  return prefersReducedMotion() ? 0 : 400;
}

/** The smallest box holding both. */
export function unionBox(a: Box, b: Box): Box {
  return { x1: Math.min(a.x1, b.x1), y1: Math.min(a.y1, b.y1), x2: Math.max(a.x2, b.x2), y2: Math.max(a.y2, b.y2) };
}

/** Whether two views show the same thing to the pixel's hundredth. */
export function sameView(a: ModelView, b: ModelView): boolean {
  return Math.abs(a.zoom - b.zoom) < 1e-6 && Math.abs(a.x - b.x) * a.zoom < 0.01 && Math.abs(a.y - b.y) * a.zoom < 0.01;
}

export function clampZoom(zoom: number, limits: ZoomLimits): number {
  return Math.min(Math.max(zoom, limits.min), limits.max);
}

/** The camera the URL holds: the view rounded (a tenth of a model unit, a thousandth of zoom). */
export function urlCamera(view: ModelView): Camera {
  return { x: round(view.x, 1), y: round(view.y, 1), zoom: round(view.zoom, 3) };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Room beside an actor for half of its widest label (text-max-width 140) less the smallest radius (13), in model units. */
const LABEL_ROOM_SIDE = 56;
/** Room below an actor for about two lines of its label. */
const LABEL_ROOM_BELOW = 40;

/** A box of actors with room for their labels beside and below them (both drawings centre labels under actors). */
export function withLabelRoom(box: Box): Box {
  return { x1: box.x1 - LABEL_ROOM_SIDE, y1: box.y1, x2: box.x2 + LABEL_ROOM_SIDE, y2: box.y2 + LABEL_ROOM_BELOW };
}

/** The view showing a model point at the centre of the free area, clear of the overlays' insets. */
export function centredClear(point: { x: number; y: number }, zoom: number, screen: Screen, insets: Partial<Insets>): ModelView {
  const { top = 0, right = 0, bottom = 0, left = 0 } = insets;
  const freeX = left + (screen.width - left - right) / 2;
  const freeY = top + (screen.height - top - bottom) / 2;
  return { x: point.x + (screen.width / 2 - freeX) / zoom, y: point.y + (screen.height / 2 - freeY) / zoom, zoom };
}

/**
 * The view that brings a model point into the free area (clear of the insets, `margin` pixels
 * inside it) by centring it there at the same zoom, or null if it already shows there.
 */
export function viewKeepingInSight(
  point: { x: number; y: number },
  view: ModelView,
  screen: Screen,
  insets: Partial<Insets>,
  margin: number,
): ModelView | null {
  const { top = 0, right = 0, bottom = 0, left = 0 } = insets;
  const x = (point.x - view.x) * view.zoom + screen.width / 2;
  const y = (point.y - view.y) * view.zoom + screen.height / 2;
  const clear = x >= left + margin && x <= screen.width - right - margin && y >= top + margin && y <= screen.height - bottom - margin;
  return clear ? null : centredClear(point, view.zoom, screen, insets);
}

/** The view framing a model box with padding, clear of the overlays' insets, at most `maxZoom`. */
export function fitView(
  box: Box,
  screen: Screen,
  padding: number,
  insets: Partial<Insets>,
  limits: ZoomLimits,
  maxZoom = MAX_FIT_ZOOM,
): ModelView {
  const { top = 0, right = 0, bottom = 0, left = 0 } = insets;
  const width = Math.max(screen.width - 2 * padding - left - right, 1);
  const height = Math.max(screen.height - 2 * padding - top - bottom, 1);
  const fitted = Math.min(width / Math.max(box.x2 - box.x1, 1), height / Math.max(box.y2 - box.y1, 1));
  const zoom = Math.min(clampZoom(fitted, limits), maxZoom);
  return centredClear({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }, zoom, screen, insets);
}

/** The model rectangle on screen (MapHandle.viewport). */
export function viewportOf(view: ModelView, screen: Screen): MapViewport {
  const halfWidth = screen.width / 2 / view.zoom;
  const halfHeight = screen.height / 2 / view.zoom;
  return {
    x1: view.x - halfWidth,
    y1: view.y - halfHeight,
    x2: view.x + halfWidth,
    y2: view.y + halfHeight,
    widthPx: screen.width,
    heightPx: screen.height,
    zoom: view.zoom,
  };
}

/** Pixels the arrow keys move the map by, and the zoom factor of `+` and `-`. */
const PAN_STEP = 60;
const KEY_ZOOM = 1.25;

/** The view a key moves to (arrows pan, `+`/`=` and `-` zoom about the centre), or null for other keys. */
export function viewAfterKey(key: string, view: ModelView): ModelView | null {
  const pan: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  const move = pan[key];
  if (move) return { ...view, x: view.x + (move[0] * PAN_STEP) / view.zoom, y: view.y + (move[1] * PAN_STEP) / view.zoom };
  if (key === '+' || key === '=') return { ...view, zoom: view.zoom * KEY_ZOOM };
  if (key === '-') return { ...view, zoom: view.zoom / KEY_ZOOM };
  return null;
}
