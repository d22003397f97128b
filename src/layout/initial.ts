// Seeded initial positions of the nodes that have no preset.
import type { Random } from './prng';
import type { LayoutInput } from './types';

/** Centroid of the preset positions, or the origin when there are none. */
export function presetCentre(input: LayoutInput): [number, number] {
  let sx = 0;
  let sy = 0;
  let count = 0;
  for (let i = 0; i < input.ids.length; i++) {
    const x = input.presetX[i] ?? NaN;
    if (Number.isNaN(x)) continue;
    sx += x;
    sy += input.presetY[i] ?? 0;
    count++;
  }
  return count ? [sx / count, sy / count] : [0, 0];
}

export function isPreset(input: LayoutInput, i: number): boolean {
  return !Number.isNaN(input.presetX[i] ?? NaN);
}

/**
 * Seeded start positions: presets as they are; a free node with preset neighbours near their centroid;
 * any other free node uniformly in a disc around the presets' centroid whose area grows with the
 * number of free nodes (spacing² per node). Returns x0, y0, x1, y1...
 */
export function seedPositions(input: LayoutInput, random: Random, spacing: number): Float64Array {
  const n = input.ids.length;
  const out = new Float64Array(2 * n);
  const [cx, cy] = presetCentre(input);
  let free = 0;
  for (let i = 0; i < n; i++) if (!isPreset(input, i)) free++;
  const discRadius = spacing * Math.sqrt(free / Math.PI);

  // Sum of preset neighbour positions per free node.
  const nx = new Float64Array(n);
  const ny = new Float64Array(n);
  const count = new Uint32Array(n);
  const { links, presetX, presetY } = input;
  for (let k = 0; k < links.length; k += 2) {
    const a = links[k] ?? 0;
    const b = links[k + 1] ?? 0;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      if (isPreset(input, from) && !isPreset(input, to)) {
        nx[to] = (nx[to] ?? 0) + (presetX[from] ?? 0);
        ny[to] = (ny[to] ?? 0) + (presetY[from] ?? 0);
        count[to] = (count[to] ?? 0) + 1;
      }
    }
  }

  for (let i = 0; i < n; i++) {
    if (isPreset(input, i)) {
      out[2 * i] = presetX[i] ?? 0;
      out[2 * i + 1] = presetY[i] ?? 0;
      continue;
    }
    // Always draw two numbers so that a node's draw does not depend on the branch taken before.
    const u = random();
    const v = random();
    const c = count[i] ?? 0;
    const radius = c ? spacing * Math.sqrt(u) : discRadius * Math.sqrt(u);
    const angle = 2 * Math.PI * v;
    out[2 * i] = (c ? (nx[i] ?? 0) / c : cx) + radius * Math.cos(angle);
    out[2 * i + 1] = (c ? (ny[i] ?? 0) / c : cy) + radius * Math.sin(angle);
  }
  return out;
}
