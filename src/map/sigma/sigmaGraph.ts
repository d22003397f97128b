// The graph sigma draws, derived from the appearance and the positions like Cytoscape's elements
// are: built once per appearance, positions updated in place. Never the source of truth.
// Sigma's y axis points up, the model's (and Cytoscape's) down: y is negated here and only here.
// An actor's attributes are few on purpose: sigma copies them into a new object for each actor it
// draws (Object.assign), then adds its own; past about 20 properties V8 keeps such an object in
// dictionary mode, slower to make and to read for every actor, every refresh. What the theme gives
// every actor alike (the selection's border, the faded and dimmed opacities) is the display
// state's (display.ts, `ActorLook`); the ring's segment count is the number of bits of its mask.
// So for alliances, three to four times as many: an alliance's other looks (faded, dimmed, strong,
// ended) are one object per colour that its alliances share (`tones`), not four strings each.
import Graph from 'graphology';
import type { Appearance } from '../../view/appearance';
import { over } from '../../view/colours';
import { THEME, type Theme } from '../../view/theme';
import { lineDash } from '../../view/lineDash';
import type { Point, Positions } from '../../view/types';
import { dashSlots } from './dashSlots';
import { sdgRing, type SdgRing } from './sdgRing';

export interface SigmaNodeAttributes extends SdgRing {
  x: number;
  y: number;
  /** Radius in model units (sigma draws sizes in graph units: `itemSizesReference: 'positions'`). */
  size: number;
  label: string;
  /** Label font size in model units and rank (0 first), for the label rules (labelRules.ts). */
  fontSize: number;
  labelRank: number;
  color: string;
  sides: number;
  vertexUp: number;
  borderColor: string;
  /** Border width as a share of the radius; double for groups. */
  border: number;
  borderDouble: number;
}

/** An alliance's colour in its other looks, blended over the map's background: one object per colour, shared. */
export interface EdgeTones {
  faded: string;
  dim: string;
  strong: string;
  /** An alliance that ended before the timeline's year. */
  ended: string;
}

export interface SigmaEdgeAttributes {
  size: number;
  color: string;
  tones: EdgeTones;
  /** The support form's dash pattern in model units, as the program's six slots (dashSlots). */
  dash: readonly number[];
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

function finite(point: Point | undefined): Point {
  return point && Number.isFinite(point.x) && Number.isFinite(point.y) ? point : { x: 0, y: 0 };
}

/** An alliance colour's looks in the WebGL mode, blended over the map's background once per colour. */
function edgeLooks(colour: string, theme: Theme): { color: string; tones: EdgeTones } {
  const { faded, dimmed, webgl, ended } = theme;
  return {
    color: over(colour, webgl.edgeOpacity, webgl.background),
    tones: {
      faded: over(colour, faded.opacity * webgl.edgeOpacity, webgl.background),
      dim: over(colour, dimmed.edgeOpacity, webgl.background),
      strong: colour,
      ended: over(colour, ended.opacity, webgl.background),
    },
  };
}

export function buildSigmaGraph(appearance: Appearance, positions: Positions, theme: Theme = THEME): SigmaGraph {
  // A simple graph first: a multigraph costs more, and is needed only when two alliances join the
  // same two actors the same way, which graphology then refuses (UsageError).
  try {
    return buildGraph(appearance, positions, theme, false);
  } catch (error) {
    if (error instanceof Error && error.name === 'UsageGraphError') return buildGraph(appearance, positions, theme, true);
    throw error;
  }
}

function buildGraph(appearance: Appearance, positions: Positions, theme: Theme, multi: boolean): SigmaGraph {
  // A map has a handful of colours and dash patterns for thousands of alliances: each worked out once.
  const looks = new Map<string, ReturnType<typeof edgeLooks>>();
  const looksOf = (colour: string) => {
    let value = looks.get(colour);
    if (value === undefined) looks.set(colour, (value = edgeLooks(colour, theme)));
    return value;
  };
  const dashes = new Map<string, readonly number[]>();
  const dashOf = (alliance: Appearance['alliances'][number]) => {
    const key = `${alliance.lineStyle}|${alliance.dashPattern.join(',')}`;
    let value = dashes.get(key);
    if (value === undefined) dashes.set(key, (value = dashSlots(lineDash(alliance, theme))));
    return value;
  };
  const shapes = new Map<string, ReturnType<typeof shapeGeometry>>();
  const geometryOf = (shape: string) => {
    let value = shapes.get(shape);
    if (value === undefined) shapes.set(shape, (value = shapeGeometry(shape)));
    return value;
  };
  const graph: SigmaGraph = new Graph({ type: 'directed', multi, allowSelfLoops: true });
  for (const actor of appearance.actors) {
    const { x, y } = finite(positions[actor.id]);
    const radius = actor.size / 2;
    const edge = actor.isGroup ? theme.group : theme.node;
    graph.addNode(actor.id, {
      x,
      y: -y,
      size: radius,
      label: actor.label,
      fontSize: actor.fontSize,
      labelRank: actor.labelRank,
      color: actor.colour,
      ...geometryOf(actor.shape),
      borderColor: edge.borderColour,
      border: edge.borderWidth / radius,
      borderDouble: actor.isGroup ? 1 : 0,
      ...sdgRing(actor),
    });
  }
  for (const alliance of appearance.alliances) {
    const { color, tones } = looksOf(alliance.colour);
    graph.addDirectedEdgeWithKey(alliance.id, alliance.source, alliance.target, {
      size: alliance.width + theme.edge.extraWidth,
      color,
      tones,
      dash: dashOf(alliance),
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

/**
 * Moves the nodes to the given positions, in place and without graph events; false when none
 * moved. Sigma answers a graph event about positions by re-running its node reducer twice over
 * every node (60 ms a batch at 10,000 actors); the caller asks sigma instead to read the new
 * positions with its next frame (`redrawPositions`).
 */
export function updatePositions(graph: SigmaGraph, positions: Positions): boolean {
  if (samePositions(graph, positions)) return false;
  graph.forEachNode((id, attributes) => {
    const point = positions[id];
    if (point && Number.isFinite(point.x) && Number.isFinite(point.y)) {
      attributes.x = point.x;
      attributes.y = -point.y;
    }
  });
  return true;
}

/** Model position of a node of the sigma graph. */
export function modelPosition(graph: SigmaGraph, id: string): Point {
  const { x, y } = graph.getNodeAttributes(id);
  return { x, y: -y };
}
