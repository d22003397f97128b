import type { Positions } from '../view/types';

/** How long actors take to move to a new arrangement (none when the system asks for no motion). */
export const ARRANGE_MS = 700;

/** Slow in, slow out. */
export function easeInOut(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** The positions `share` (0..1) of the way from `from` to `to`; actors `from` lacks start where they end. */
export function between(from: Positions, to: Positions, share: number): Positions {
  const result: Positions = {};
  for (const [id, end] of Object.entries(to)) {
    const start = from[id] ?? end;
    result[id] = { x: start.x + (end.x - start.x) * share, y: start.y + (end.y - start.y) * share };
  }
  return result;
}

/**
 * Moves actors from one arrangement to another over `durationMs`, one step a frame; `done` once
 * there. Returns a cancel that leaves them where they are.
 */
export function tweenPositions(
  from: Positions,
  to: Positions,
  durationMs: number,
  show: (positions: Positions) => void,
  done: () => void,
): () => void {
  if (durationMs <= 0) {
    show(to);
    done();
    return () => undefined;
  }
  const start = performance.now();
  let frame = requestAnimationFrame(function step(now) {
    const share = Math.min(1, (now - start) / durationMs);
    show(share === 1 ? to : between(from, to, easeInOut(share)));
    if (share === 1) done();
    else frame = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(frame);
}
