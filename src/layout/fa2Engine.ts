// Large graphs: graphology's ForceAtlas2, stepped one iteration at a time on its own matrices.
// Default import only: the package is CommonJS, and Node's ESM loader finds no named exports in it.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { isPreset, seedPositions, presetCentre } from './initial';
import type { Random } from './prng';
import type { LayoutEngine, LayoutInput } from './types';

export const FA2_DEFAULTS = {
  /** Above this many nodes the repulsion uses the Barnes-Hut approximation. */
  barnesHutAbove: 1000,
  /**
   * Model units per ForceAtlas2 unit. The layout runs on model coordinates divided by this, so
   * presets keep their meaning; with the inferred settings ForceAtlas2 leaves nearest neighbours
   * about 15-20 units apart, so 4 gives 60-80 model units (3 alliances per actor, 1,000-10,000).
   */
  scale: 4,
  /** Mean distance between nodes at the start, in model units. */
  initialSpacing: 60,
} as const;

/** Iterations when options.iterations is not given: fewer for bigger graphs, to bound the time. */
export function defaultFa2Iterations(order: number): number {
  return Math.round(Math.min(300, Math.max(100, 300_000 / Math.max(1, order))));
}

/** ForceAtlas2 settings: graphology's defaults, then `inferSettings(order)`, Barnes-Hut above 1,000 nodes. */
export function fa2Settings(order: number): Required<ForceAtlas2Settings> {
  return {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 1,
    strongGravityMode: false,
    gravity: 1,
    slowDown: 1,
    barnesHutTheta: 0.5,
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > FA2_DEFAULTS.barnesHutAbove,
  };
}

const PPN = 10; // floats per node in graphology's node matrix
const PPE = 3; // floats per edge

export function createFa2Engine(input: LayoutInput, random: Random, iterations?: number): LayoutEngine {
  const n = input.ids.length;
  const total = Math.max(1, Math.round(iterations ?? defaultFa2Iterations(n)));
  const settings = fa2Settings(n);
  const { scale, initialSpacing } = FA2_DEFAULTS;
  const [cx, cy] = presetCentre(input);
  const start = seedPositions(input, random, initialSpacing);

  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = ((start[2 * i] ?? 0) - cx) / scale;
    nodes[j + 1] = ((start[2 * i + 1] ?? 0) - cy) / scale;
    nodes[j + 6] = 1; // mass: 1 + weighted degree, added below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = (input.radius[i] ?? 0) / scale; // size (used only with adjustSizes)
    nodes[j + 9] = isPreset(input, i) ? 1 : 0; // fixed
  }
  const linkCount = input.links.length / 2;
  const edges = new Float32Array(linkCount * PPE);
  for (let k = 0; k < linkCount; k++) {
    const a = input.links[2 * k] ?? 0;
    const b = input.links[2 * k + 1] ?? 0;
    const w = input.linkWeight[k] ?? 1;
    edges[k * PPE] = a * PPN;
    edges[k * PPE + 1] = b * PPN;
    edges[k * PPE + 2] = w;
    nodes[a * PPN + 6] = (nodes[a * PPN + 6] ?? 0) + w;
    nodes[b * PPN + 6] = (nodes[b * PPN + 6] ?? 0) + w;
  }

  let steps = 0;
  return {
    name: 'forceatlas2',
    total,
    get steps() {
      return steps;
    },
    tick(count: number) {
      const k = Math.max(0, Math.min(count, total - steps));
      for (let s = 0; s < k; s++) iterate(settings, nodes, edges);
      steps += k;
    },
    write(out) {
      for (let i = 0; i < n; i++) {
        if (isPreset(input, i)) {
          out[2 * i] = input.presetX[i] ?? NaN;
          out[2 * i + 1] = input.presetY[i] ?? NaN;
        } else {
          out[2 * i] = (nodes[i * PPN] ?? NaN) * scale + cx;
          out[2 * i + 1] = (nodes[i * PPN + 1] ?? NaN) * scale + cy;
        }
      }
    },
  };
}
