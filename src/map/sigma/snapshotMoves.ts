// Camera moves drawn as moves of the last frame. In software WebGL (SwiftShader, remote desktops,
// machines without a GPU driver) each frame of a mid-size map costs the main thread 100-500 ms,
// so a drag or a wheel zoom redrawn at every step stutters. While the camera moves, the frame
// already drawn is moved and scaled with a CSS transform instead (Cytoscape pans a cached picture
// the same way), and the map is drawn again once the camera has been still for SETTLE_MS.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** How long the camera must be still before the map is drawn again at its new place. */
export const SETTLE_MS = 120;

interface Point {
  x: number;
  y: number;
}

/** A CSS transform (scale about the top-left corner, then translation) of the frame on screen. */
export interface FrameShift {
  scale: number;
  x: number;
  y: number;
}

/**
 * The shift that takes two screen points of the drawn frame (a, b) to where the camera now shows
 * them (a2, b2); null when that is not a scale and a translation (a turn, or points that coincide).
 */
export function frameShift(a: Point, b: Point, a2: Point, b2: Point): FrameShift | null {
  const before = Math.hypot(b.x - a.x, b.y - a.y);
  const after = Math.hypot(b2.x - a2.x, b2.y - a2.y);
  if (!(before > 0) || !(after > 0)) return null;
  const scale = after / before;
  // Same direction, else the camera turned.
  const cross = (b.x - a.x) * (b2.y - a2.y) - (b.y - a.y) * (b2.x - a2.x);
  if (Math.abs(cross) > 1e-6 * before * after) return null;
  return { scale, x: a2.x - scale * a.x, y: a2.y - scale * a.y };
}

export function shiftCss(shift: FrameShift): string {
  return `matrix(${shift.scale}, 0, 0, ${shift.scale}, ${shift.x}, ${shift.y})`;
}

/** Two points of sigma's framed graph, whose places on screen give the shift. */
const CORNER: Point = { x: 0, y: 0 };
const ACROSS: Point = { x: 1, y: 1 };

/** What this needs of sigma 3 beyond its typed API: its camera listener, and its picking. */
interface SigmaInternals {
  activeListeners?: { camera?: () => void };
  getNodeAtPosition(position: Point): string | null;
}

/**
 * Draws this sigma's camera moves as moves of its last frame; `moving()` says whether a gesture
 * is under way (the map is then not drawn again even if still). Sigma asks which actor is under
 * the pointer from the frame it drew last: while that frame is shifted, none is hovered during a
 * gesture, and a press draws the map first so that a click reaches the actor under it. Returns
 * a stop; does nothing when sigma's camera listener is not where sigma 3 keeps it.
 */
export function snapshotMoves<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>, moving: () => boolean): () => void {
  const camera = sigma.getCamera();
  const internals = sigma as unknown as SigmaInternals;
  const redraw = internals.activeListeners?.camera;
  if (typeof redraw !== 'function') return () => {};
  camera.removeListener('updated', redraw);

  /** The camera of the frame on screen; null before the first. */
  let drawn: CameraState | null = null;
  let shifted = false;
  /** Whether the frame on screen was drawn while the camera moved (alliances and labels left out). */
  let drawnLight = false;
  let settleTimer: number | undefined;
  const layers = () => Object.entries(sigma.getCanvases()).filter(([layer]) => layer !== 'mouse');

  const clear = () => {
    if (!shifted) return;
    shifted = false;
    for (const [, canvas] of layers()) canvas.style.transform = '';
  };
  const settle = () => {
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => {
      if (moving()) settle();
      else if (shifted || drawnLight) sigma.scheduleRender();
    }, SETTLE_MS);
  };
  const onCameraUpdated = () => {
    if (!drawn) {
      sigma.scheduleRender();
      return;
    }
    const now = camera.getState();
    const shift = frameShift(
      sigma.framedGraphToViewport(CORNER, { cameraState: drawn }),
      sigma.framedGraphToViewport(ACROSS, { cameraState: drawn }),
      sigma.framedGraphToViewport(CORNER, { cameraState: now }),
      sigma.framedGraphToViewport(ACROSS, { cameraState: now }),
    );
    if (!shift) {
      sigma.scheduleRender();
      return;
    }
    shifted = true;
    const css = shiftCss(shift);
    for (const [, canvas] of layers()) {
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = css;
    }
    settle();
  };
  const onRendered = () => {
    drawn = camera.getState();
    drawnLight = moving();
    clear();
  };
  camera.on('updated', onCameraUpdated);
  sigma.on('afterRender', onRendered);

  const pick = internals.getNodeAtPosition.bind(sigma);
  internals.getNodeAtPosition = (position) => {
    if (!shifted) return pick(position);
    if (moving()) return null;
    // Drawn now (a partial refresh of nothing draws without processing), then asked.
    sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
    return pick(position);
  };

  return () => {
    window.clearTimeout(settleTimer);
    camera.removeListener('updated', onCameraUpdated);
    camera.on('updated', redraw);
    clear();
  };
}
