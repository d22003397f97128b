// The graph sigma draws, derived from the appearance and the positions like Cytoscape's elements
// are: built once per appearance, positions updated in place. Never the source of truth.
// Sigma's y axis points up, the model's (and Cytoscape's) down: y is negated here and only here.
import Graph from 'graphology';
import type { Appearance } from '../../view/appearance';
import { over } from '../../view/colours';
import { THEME, type Theme } from '../../view/theme';
import type { Point, Positions } from '../../view/types';

export interface SigmaNodeAttributes {
  x: number;
  y: number;
  /** Radius in model units (sigma draws sizes in graph units: `itemSizesReference: 'positions'`). */
  size: number;
  label: string;
  color: string;
  ringColor: string;
  sides: number;
  vertexUp: number;
  /** The same colours for a filtered-out (faded) and a dimmed (not highlighted) actor. */
  fadedColor: string;
  fadedRing: string;
  dimColor: string;
  dimRing: string;
  type: 'shape';
}

export interface SigmaEdgeAttributes {
  size: number;
  color: string;
  fadedColor: string;
  dimColor: string;
  strongColor: string;
  type: 'line' | 'arrow';
}

export type SigmaGraph = Graph<SigmaNodeAttributes, SigmaEdgeAttributes>;

export { over, withAlpha } from '../../view/colours';

/** A Cytoscape node shape as a regular polygon: sides (0 = disc) and whether a vertex points up. */
export function shapeGeometry(shape: string): { sides: number; vertexUp: number } {
  switch (shape) {
    case 'hexagon':
      return { sides: 6, vertexUp: 0 };
    case 'diamond':
      return { sides: 4, vertexUp: 1 };
    case 'round-rectangle':
    case 'rectangle':
      return { sides: 4, vertexUp: 0 };
    case 'round-triangle':
    case 'triangle':
      return { sides: 3, vertexUp: 1 };
    case 'round-pentagon':
    case 'star':
      return { sides: 5, vertexUp: 1 };
    case 'round-octagon':
      return { sides: 8, vertexUp: 0 };
    default:
      return { sides: 0, vertexUp: 0 };
  }
}

/** Whether two alliances join the same two actors in the same direction (graphology then needs a multigraph, which costs more). */
function hasParallelAlliances(appearance: Appearance): boolean {
  const pairs = new Set<string>();
  for (const { source, target } of appearance.alliances) {
    const pair = `${source}\u0000${target}`;
    if (pairs.has(pair)) return true;
    pairs.add(pair);
  }
  return false;
}

function finite(point: Point | undefined): Point {
  return point && Number.isFinite(point.x) && Number.isFinite(point.y) ? point : { x: 0, y: 0 };
}

export function buildSigmaGraph(appearance: Appearance, positions: Positions, theme: Theme = THEME): SigmaGraph {
  const { faded, dimmed, webgl } = theme;
  const seen = (colour: string, alpha: number) => over(colour, alpha, webgl.background);
  const graph: SigmaGraph = new Graph({ type: 'directed', multi: hasParallelAlliances(appearance), allowSelfLoops: true });
  for (const actor of appearance.actors) {
    const { x, y } = finite(positions[actor.id]);
    const ring = actor.sdgColours[0] ?? '';
    graph.addNode(actor.id, {
      x,
      y: -y,
      size: actor.size / 2,
      label: actor.label,
      color: actor.colour,
      ringColor: ring,
      ...shapeGeometry(actor.shape),
      fadedColor: seen(actor.colour, faded.opacity),
      fadedRing: ring && seen(ring, faded.opacity),
      dimColor: seen(actor.colour, dimmed.nodeOpacity),
      dimRing: ring && seen(ring, dimmed.nodeOpacity),
      type: 'shape',
    });
  }
  for (const alliance of appearance.alliances) {
    graph.addDirectedEdgeWithKey(alliance.id, alliance.source, alliance.target, {
      // Anti-aliasing eats about a pixel of each side: wider lines keep thin alliances as visible as in Cytoscape.
      size: alliance.width + webgl.edgeExtraWidth + theme.edge.extraWidth,
      color: seen(alliance.colour, webgl.edgeOpacity),
      fadedColor: seen(alliance.colour, faded.opacity * webgl.edgeOpacity),
      dimColor: seen(alliance.colour, dimmed.edgeOpacity),
      strongColor: alliance.colour,
      type: alliance.directed ? 'arrow' : 'line',
    });
  }
  return graph;
}

/** Whether every node already stands where the positions say (unknown or invalid ones aside). */
export function samePositions(graph: SigmaGraph, positions: Positions): boolean {
  let same = true;
  graph.forEachNode((id, attributes) => {
    const point = positions[id];
    if (same && point && Number.isFinite(point.x) && Number.isFinite(point.y) && (attributes.x !== point.x || attributes.y !== -point.y))
      same = false;
  });
  return same;
}

/** Moves the nodes to the given positions in one graph event; false when none moved. */
export function updatePositions(graph: SigmaGraph, positions: Positions): boolean {
  if (samePositions(graph, positions)) return false;
  graph.updateEachNodeAttributes(
    (id, attributes) => {
      const point = positions[id];
      if (point && Number.isFinite(point.x) && Number.isFinite(point.y)) {
        attributes.x = point.x;
        attributes.y = -point.y;
      }
      return attributes;
    },
    { attributes: ['x', 'y'] },
  );
  return true;
}

/** Least time between two position updates of a streaming layout: 50 ms per 1,000 actors, 50 ms to 1 s. */
export function positionsGap(order: number): number {
  return Math.min(1000, Math.max(50, order / 20));
}

/** Model position of a node of the sigma graph. */
export function modelPosition(graph: SigmaGraph, id: string): Point {
  const { x, y } = graph.getNodeAttributes(id);
  return { x, y: -y };
}
