// Small graphs: a d3-force simulation tuned for readable maps of a few dozen actors with hubs.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import { isPreset, seedPositions, presetCentre } from './initial';
import type { Random } from './prng';
import type { LayoutEngine, LayoutInput } from './types';

/** Every tuning constant of the force simulation, with what it does. */
export const D3_DEFAULTS = {
  /** Steps when options.iterations is not given; alpha decays from 1 to alphaMin over them. */
  iterations: 300,
  alphaMin: 0.001,
  /** Share of speed lost per step (d3's default is 0.4; less lets tangles undo themselves). */
  velocityDecay: 0.3,
  /** Mean distance between nodes at the start, in model units. */
  initialSpacing: 110,
  /** Empty space wanted between the rims of two linked nodes. */
  linkGap: 20,
  /**
   * Arc of a circle wanted per neighbour around a hub: a link is at least long enough for the
   * busier end's neighbours to stand in one ring (degree × ringArc / 2π), so they do not pile up
   * in two rings with spokes crossing the inner one.
   */
  ringArc: 70,
  /** Repulsion of a node; a node with more ties repels more, which clears room around hubs. */
  chargeBase: -500,
  chargePerDegree: -20,
  /** Repulsion is ignored beyond this distance, so far components do not push each other away. */
  chargeDistanceMax: 600,
  /** Empty space kept around every node's disc by the collision force. */
  collidePadding: 16,
  collideStrength: 1,
  /** One pass per step: as readable as two on the maps tried, and half the collision cost. */
  collideIterations: 1,
  /** Pull of every node towards the centre: keeps components and isolated actors close. */
  centreStrength: 0.05,
  /** Stronger pull on actors without any alliance, which nothing else holds near the map. */
  isolatedCentreStrength: 0.12,
} as const;

interface SimNode extends SimulationNodeDatum {
  r: number;
  degree: number;
}

type SimLink = SimulationLinkDatum<SimNode> & { weight: number };

export function createD3Engine(input: LayoutInput, random: Random, iterations?: number): LayoutEngine {
  const c = D3_DEFAULTS;
  const total = Math.max(1, Math.round(iterations ?? c.iterations));
  const n = input.ids.length;
  const start = seedPositions(input, random, c.initialSpacing);
  const degree = new Uint32Array(n);
  for (const end of input.links) degree[end] = (degree[end] ?? 0) + 1;

  const nodes: SimNode[] = [];
  for (let i = 0; i < n; i++) {
    const node: SimNode = { index: i, x: start[2 * i], y: start[2 * i + 1], vx: 0, vy: 0, r: input.radius[i] ?? 0, degree: degree[i] ?? 0 };
    if (isPreset(input, i)) {
      node.fx = input.presetX[i];
      node.fy = input.presetY[i];
    }
    nodes.push(node);
  }
  const links: SimLink[] = [];
  for (let k = 0; k < input.links.length; k += 2) {
    links.push({ source: input.links[k] ?? 0, target: input.links[k + 1] ?? 0, weight: input.linkWeight[k / 2] ?? 1 });
  }
  const [cx, cy] = presetCentre(input);
  const centre = (node: SimNode) => (node.degree ? c.centreStrength : c.isolatedCentreStrength);
  const ends = (link: SimLink): [SimNode, SimNode] => [link.source as SimNode, link.target as SimNode];

  const simulation = forceSimulation<SimNode>(nodes)
    .stop() // never let d3's timer run it: we step it ourselves
    .randomSource(random)
    .alphaMin(c.alphaMin)
    .alphaDecay(1 - Math.pow(c.alphaMin, 1 / total))
    .velocityDecay(c.velocityDecay)
    .force(
      'link',
      forceLink<SimNode, SimLink>(links)
        .distance((link) => {
          const [s, t] = ends(link);
          return Math.max(s.r + t.r + c.linkGap, (Math.max(s.degree, t.degree) * c.ringArc) / (2 * Math.PI));
        })
        .strength((link) => {
          const [s, t] = ends(link);
          return Math.min(1, (0.6 + (0.4 * Math.min(link.weight, 3)) / 3) / Math.min(s.degree, t.degree));
        }),
    )
    .force(
      'charge',
      forceManyBody<SimNode>()
        .strength((node) => c.chargeBase + c.chargePerDegree * node.degree)
        .distanceMax(c.chargeDistanceMax),
    )
    .force(
      'collide',
      forceCollide<SimNode>((node) => node.r + c.collidePadding)
        .strength(c.collideStrength)
        .iterations(c.collideIterations),
    )
    .force('x', forceX<SimNode>(cx).strength(centre))
    .force('y', forceY<SimNode>(cy).strength(centre));

  let steps = 0;
  return {
    name: 'd3-force',
    total,
    get steps() {
      return steps;
    },
    tick(count: number) {
      const k = Math.max(0, Math.min(count, total - steps));
      if (k > 0) simulation.tick(k);
      steps += k;
    },
    write(out) {
      for (let i = 0; i < n; i++) {
        const node = nodes[i];
        out[2 * i] = node?.x ?? NaN;
        out[2 * i + 1] = node?.y ?? NaN;
      }
    },
  };
}
