// The shared surface's view (src/map/camera.ts: the model point at the centre of the map and the
// zoom, in screen pixels per model unit, y down) for sigma, whose camera is a point of its
// normalised graph square and a ratio. Conversions go through sigma's own public coordinate
// functions at a fixed camera state, so they hold whatever sigma's normalisation is.
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import type { ModelView } from '../camera';

/** Zoom limits of the WebGL mode: it serves maps too large for Cytoscape's 0.05 to fit on screen. */
export const SIGMA_MIN_ZOOM = 0.005;
export const SIGMA_MAX_ZOOM = 6;

/** The part of a sigma renderer (whatever its attribute types) the conversions use. */
export type SigmaView = Pick<Sigma, 'graphToViewport' | 'viewportToGraph' | 'viewportToFramedGraph' | 'getDimensions' | 'getCamera'>;

const UNIT_STATE: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

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
