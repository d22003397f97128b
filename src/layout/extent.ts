// What the layout refuses to start from: a preset position that is not a finite number, or that
// lies beyond MAX_COORDINATE. From x = 1e308 d3-force's quadtree doubles its extent forever and
// ForceAtlas2's sums overflow: the tab runs out of memory instead of drawing a map.
import { MAX_COORDINATE } from '../model/limits';
import type { LayoutInput } from './types';

export { MAX_COORDINATE };

/** Throws a RangeError naming the first node whose preset position no engine can use. */
export function assertSaneExtent(input: LayoutInput, operation: string): void {
  for (let i = 0; i < input.ids.length; i++) {
    const x = input.presetX[i] ?? NaN;
    const y = input.presetY[i] ?? NaN;
    if (Number.isNaN(x) && Number.isNaN(y)) continue; // no preset: the layout places it
    const sane = Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= MAX_COORDINATE && Math.abs(y) <= MAX_COORDINATE;
    if (!sane) {
      throw new RangeError(
        `${operation}: node "${input.ids[i] ?? i}" is placed at (${x}, ${y}); positions must be finite and within ±${MAX_COORDINATE}`,
      );
    }
  }
}
