// The URL's camera (`cam=x,y,zoom`: the model point at the centre of the map and the zoom, in
// screen pixels per model unit; src/map/camera.ts) for sigma, whose camera is a point of its
// normalised graph square and a ratio. Conversions go through sigma's own public coordinate
// functions at a fixed camera state, so they hold whatever sigma's normalisation is.
import type { Insets } from '../camera';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { Camera } from '../../url-state';
import type { MapViewport } from '../mapHandle';

/** A camera in model terms: the model point at the centre of the map, and the zoom. */
export interface ModelView {
  x: number;
  y: number;
  zoom: number;
}

/** Zoom limits of the WebGL mode: it serves maps too large for Cytoscape's 0.05 to fit on screen. */
export const SIGMA_MIN_ZOOM = 0.005;
export const SIGMA_MAX_ZOOM = 6;

/** The part of a sigma renderer (whatever its attribute types) the conversions use. */
export type SigmaView = Pick<Sigma, 'graphToViewport' | 'viewportToGraph' | 'viewportToFramedGraph' | 'getDimensions' | 'getCamera'>;

const UNIT_STATE: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Screen pixels per model unit at camera ratio 1 (the zoom is this over the ratio). */
export function unitZoom(sigma: SigmaView): number {
  const a = sigma.graphToViewport({ x: 0, y: 0 }, { cameraState: UNIT_STATE });
  const b = sigma.graphToViewport({ x: 1, y: 0 }, { cameraState: UNIT_STATE });
  return Math.hypot(b.x - a.x, b.y - a.y) || 1;
}

/** What the map shows now, in model terms (y down). */
export function readModelView(sigma: SigmaView): ModelView {
  const { width, height } = sigma.getDimensions();
  const state = sigma.getCamera().getState();
  const centre = sigma.viewportToGraph({ x: width / 2, y: height / 2 }, { cameraState: state });
  return { x: centre.x, y: -centre.y, zoom: unitZoom(sigma) / state.ratio };
}

/** The camera to report (rounded like Cytoscape's). */
export function readSigmaCamera(sigma: SigmaView): Camera {
  const view = readModelView(sigma);
  return { x: round(view.x, 1), y: round(view.y, 1), zoom: round(view.zoom, 3) };
}

/** Sigma's camera state showing this model point at the centre at this zoom (clamped to the limits). */
export function cameraStateFor(sigma: SigmaView, view: ModelView): CameraState {
  const zoom = Math.min(Math.max(view.zoom, SIGMA_MIN_ZOOM), SIGMA_MAX_ZOOM);
  const onScreen = sigma.graphToViewport({ x: view.x, y: -view.y }, { cameraState: UNIT_STATE });
  const framed = sigma.viewportToFramedGraph(onScreen, { cameraState: UNIT_STATE });
  return { x: framed.x, y: framed.y, ratio: unitZoom(sigma) / zoom, angle: 0 };
}

/** Sigma's camera ratio limits for the zoom limits. */
export function ratioLimits(sigma: SigmaView): { minCameraRatio: number; maxCameraRatio: number } {
  const unit = unitZoom(sigma);
  return { minCameraRatio: unit / SIGMA_MAX_ZOOM, maxCameraRatio: unit / SIGMA_MIN_ZOOM };
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The view framing a model box with padding, clear of the overlays' insets, at most maxZoom (the
 * same rule as Cytoscape's fitViewport).
 */
export function fitView(
  box: Box,
  screen: { width: number; height: number },
  padding: number,
  insets: Partial<Insets>,
  maxZoom: number,
): ModelView {
  const { top = 0, right = 0, bottom = 0, left = 0 } = insets;
  const width = Math.max(screen.width - 2 * padding - left - right, 1);
  const height = Math.max(screen.height - 2 * padding - top - bottom, 1);
  const fitted = Math.min(width / Math.max(box.x2 - box.x1, 1), height / Math.max(box.y2 - box.y1, 1));
  const zoom = Math.min(Math.max(fitted, SIGMA_MIN_ZOOM), maxZoom, SIGMA_MAX_ZOOM);
  return centredClear({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }, zoom, screen, insets);
}

/** The view showing a model point at the centre of the free area, clear of the overlays' insets. */
export function centredClear(
  point: { x: number; y: number },
  zoom: number,
  screen: { width: number; height: number },
  insets: Partial<Insets>,
): ModelView {
  const { top = 0, right = 0, bottom = 0, left = 0 } = insets;
  const freeX = left + (screen.width - left - right) / 2;
  const freeY = top + (screen.height - top - bottom) / 2;
  return { x: point.x + (screen.width / 2 - freeX) / zoom, y: point.y + (screen.height / 2 - freeY) / zoom, zoom };
}

/** The model rectangle on screen (MapHandle.viewport). */
export function viewportOf(view: ModelView, screen: { width: number; height: number }): MapViewport {
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
