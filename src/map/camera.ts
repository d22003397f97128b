import type { Core } from 'cytoscape';
import type { Camera } from '../url-state';

// The camera of the URL (`cam=x,y,zoom`): the model point at the centre of the map and the zoom,
// so a shared link frames the same place whatever the reader's screen size.
export function readCamera(cy: Core): Camera {
  const zoom = cy.zoom();
  const pan = cy.pan();
  const x = (cy.width() / 2 - pan.x) / zoom;
  const y = (cy.height() / 2 - pan.y) / zoom;
  return { x: round(x, 1), y: round(y, 1), zoom: round(zoom, 3) };
}

export function cameraViewport(cy: Core, camera: Camera): { zoom: number; pan: { x: number; y: number } } {
  const zoom = Math.min(Math.max(camera.zoom, cy.minZoom()), cy.maxZoom());
  return { zoom, pan: { x: cy.width() / 2 - camera.x * zoom, y: cy.height() / 2 - camera.y * zoom } };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Camera moves ease over a few hundred milliseconds, or jump when the system asks for no motion. */
export function animationDuration(): number {
  return prefersReducedMotion() ? 0 : 400;
}

/** Room taken over the map's edges by panels, in CSS pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Framing a few actors never zooms in further than this, so a small focus does not look enormous. */
export const MAX_FIT_ZOOM = 1.3;

/** The viewport that frames the given box with padding, at most MAX_FIT_ZOOM. */
export function fitViewport(
  cy: Core,
  box: { x1: number; y1: number; w: number; h: number },
  padding: number,
  insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 },
): { zoom: number; pan: { x: number; y: number } } {
  const width = Math.max(cy.width() - 2 * padding - insets.left - insets.right, 1);
  const height = Math.max(cy.height() - 2 * padding - insets.top - insets.bottom, 1);
  const fitted = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const zoom = Math.min(Math.max(fitted, cy.minZoom()), MAX_FIT_ZOOM, cy.maxZoom());
  const centreX = box.x1 + box.w / 2;
  const centreY = box.y1 + box.h / 2;
  const screenX = insets.left + (cy.width() - insets.left - insets.right) / 2;
  const screenY = insets.top + (cy.height() - insets.top - insets.bottom) / 2;
  return { zoom, pan: { x: screenX - centreX * zoom, y: screenY - centreY * zoom } };
}

/** Room beside an actor for half of its widest label (text-max-width 140) less the smallest radius (13), in model units. */
const LABEL_ROOM_SIDE = 56;
/** Room below an actor for about two lines of its label. */
const LABEL_ROOM_BELOW = 40;

/**
 * The box to frame: the visible actors themselves (all of them if none is visible), measured
 * without their labels — measuring thousands of labels costs seconds — plus room for the labels
 * beside and below them when `labelRoom` is set.
 */
export function framedBox(cy: Core, labelRoom: boolean): { x1: number; y1: number; w: number; h: number } {
  const visible = cy.nodes().not('.hidden');
  const box = (visible.nonempty() ? visible : cy.nodes()).boundingBox({ includeLabels: false, includeOverlays: false });
  if (!labelRoom) return box;
  return { x1: box.x1 - LABEL_ROOM_SIDE, y1: box.y1, w: box.w + 2 * LABEL_ROOM_SIDE, h: box.h + LABEL_ROOM_BELOW };
}
