// Preset positions for generated maps, so that they open already arranged.
// - `layout`: the app's own seeded layout (src/layout computeLayout: ForceAtlas2 from 1,000 actors),
//   a few seconds for 10,000 actors in Node, minutes for 50,000;
// - `community`: each community in its own disc, the discs on a sunflower spiral, hubs near their
//   disc's centre: O(n), instant, looks like a settled ForceAtlas2 from afar;
// - `community-fa2`: `community`, then a short ForceAtlas2 (default 40 iterations) from there, with
//   the app's settings: communities keep together, ties pull neighbours closer (50,000: ~20 s).
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { computeLayout } from '../../src/layout';
import { FA2_DEFAULTS, fa2Settings } from '../../src/layout/fa2Engine';
import { mulberry32 } from '../../src/layout/prng';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';

export type PositionsMode = 'layout' | 'community' | 'community-fa2' | 'none';
export const POSITIONS_MODES: readonly PositionsMode[] = ['layout', 'community', 'community-fa2', 'none'];

export interface PlacementOptions {
  mode: PositionsMode;
  seed: number;
  /** Community of each node, in file order; -1 for national actors. */
  communityOf: readonly number[];
  hubs: readonly boolean[];
  communities: number;
  iterations?: number;
}

/** Model units of room per actor: ForceAtlas2 leaves nearest neighbours 60-80 apart. */
const SPACING = 70;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SHORT_FA2_ITERATIONS = 40;

function round(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? 0 : rounded;
}

/** Interleaved x0, y0, x1, y1… of the community placement. */
export function communityPlacement(options: PlacementOptions): Float64Array {
  const { communityOf, hubs, seed } = options;
  const random = mulberry32(seed ^ 0x2545f491);
  const groups = options.communities + 1; // the national actors are one more group
  const size = new Float64Array(groups);
  const groupOf = (i: number): number => {
    const c = communityOf[i] ?? -1;
    return c < 0 ? options.communities : c;
  };
  communityOf.forEach((_, i) => (size[groupOf(i)] = (size[groupOf(i)] ?? 0) + 1));
  // The national group in the middle, then communities from the largest outwards on a spiral.
  const order = [
    options.communities,
    ...Array.from({ length: options.communities }, (_, c) => c).sort((a, b) => (size[b] ?? 0) - (size[a] ?? 0)),
  ];
  const centreX = new Float64Array(groups);
  const centreY = new Float64Array(groups);
  let placed = 0;
  order.forEach((group, rank) => {
    const radius = rank === 0 ? 0 : SPACING * 1.15 * Math.sqrt(placed + (size[group] ?? 0) / 2);
    centreX[group] = radius * Math.cos(rank * GOLDEN_ANGLE);
    centreY[group] = radius * Math.sin(rank * GOLDEN_ANGLE);
    placed += size[group] ?? 0;
  });
  const out = new Float64Array(2 * communityOf.length);
  communityOf.forEach((_, i) => {
    const group = groupOf(i);
    const discRadius = SPACING * Math.sqrt((size[group] ?? 1) / Math.PI);
    const r = discRadius * Math.sqrt(random()) * (hubs[i] ? 0.3 : 1);
    const angle = 2 * Math.PI * random();
    out[2 * i] = (centreX[group] ?? 0) + r * Math.cos(angle);
    out[2 * i + 1] = (centreY[group] ?? 0) + r * Math.sin(angle);
  });
  return out;
}

/** A short ForceAtlas2 from the given start, with the app's settings and scale. */
function shortForceAtlas2(file: DataFile, start: Float64Array, iterations: number): Float64Array {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const { scale } = FA2_DEFAULTS;
  file.nodes.forEach((node, i) => graph.addNode(node.id, { x: (start[2 * i] ?? 0) / scale, y: (start[2 * i + 1] ?? 0) / scale }));
  for (const edge of file.edges) {
    if (edge.source === edge.target) continue;
    const key = graph.edge(edge.source, edge.target);
    if (key === undefined) graph.addEdge(edge.source, edge.target, { weight: 1 });
    else graph.updateEdgeAttribute(key, 'weight', (weight: number | undefined) => (weight ?? 1) + 1);
  }
  forceAtlas2.assign(graph, { iterations, settings: fa2Settings(graph.order), getEdgeWeight: 'weight' });
  const out = new Float64Array(start.length);
  file.nodes.forEach((node, i) => {
    out[2 * i] = (graph.getNodeAttribute(node.id, 'x') as number) * scale;
    out[2 * i + 1] = (graph.getNodeAttribute(node.id, 'y') as number) * scale;
  });
  return out;
}

/** Writes x and y (rounded to 0.1, like `npm run layout`) into every node of the file. */
export function placePositions(file: DataFile, options: PlacementOptions): void {
  let coords: Float64Array;
  if (options.mode === 'none') return;
  if (options.mode === 'layout') {
    const positions = computeLayout(buildGraph(file), { seed: options.seed, iterations: options.iterations });
    coords = new Float64Array(2 * file.nodes.length);
    file.nodes.forEach((node, i) => {
      coords[2 * i] = positions[node.id]?.x ?? 0;
      coords[2 * i + 1] = positions[node.id]?.y ?? 0;
    });
  } else {
    coords = communityPlacement(options);
    if (options.mode === 'community-fa2') coords = shortForceAtlas2(file, coords, options.iterations ?? SHORT_FA2_ITERATIONS);
  }
  file.nodes.forEach((node, i) => {
    node.x = round(coords[2 * i] ?? 0);
    node.y = round(coords[2 * i + 1] ?? 0);
  });
}
