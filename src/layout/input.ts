// Turns a graph (a graphology instance, or its export) into the compact LayoutInput.
import type { AbstractGraph, Attributes, SerializedGraph } from 'graphology-types';
import type { LayoutInput } from './types';

/**
 * Default drawn radius of a node from its number of distinct neighbours: 22 for a leaf, growing
 * with the square root of the degree up to 40 for a hub of 20 or more.
 */
export function defaultNodeRadius(degree: number): number {
  return Math.min(40, 18 + 4.5 * Math.sqrt(Math.max(1, degree)));
}

/**
 * Extra room around a node for its label, drawn under it and wrapped on a few lines: long names
 * need more space, or they run into their neighbours' labels.
 */
export function labelRoom(label: unknown): number {
  return typeof label === 'string' ? Math.min(36, label.length * 0.9) : 0;
}

/** x and y when both are numbers (finite or not: the engine refuses the others), else NaN, NaN. */
function presetOf(attributes: Attributes | undefined): [number, number] {
  const x: unknown = attributes?.x;
  const y: unknown = attributes?.y;
  if (typeof x === 'number' && typeof y === 'number' && !Number.isNaN(x) && !Number.isNaN(y)) return [x, y];
  return [NaN, NaN];
}

/**
 * Builds the input from node ids, their attributes and edge ends. Edges whose ends are unknown are
 * an error; self-loops are dropped; edges joining the same two nodes, in either direction, become
 * one link whose weight counts them.
 */
function build(
  ids: string[],
  attributesOf: (i: number) => Attributes | undefined,
  forEachEdge: (visit: (source: string, target: string) => void) => void,
  radiusOf: ((i: number) => number) | undefined,
  operation: string,
): LayoutInput {
  const n = ids.length;
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));
  const presetX = new Float64Array(n);
  const presetY = new Float64Array(n);
  for (let i = 0; i < n; i++) [presetX[i], presetY[i]] = presetOf(attributesOf(i));

  const linkIndex = new Map<number, number>();
  const ends: number[] = [];
  const weights: number[] = [];
  const degree = new Uint32Array(n);
  forEachEdge((source, target) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) {
      throw new Error(`${operation}: the edge "${source}" → "${target}" has an end that is not a node`);
    }
    if (s === t) return;
    const a = Math.min(s, t);
    const b = Math.max(s, t);
    const key = a * n + b;
    const existing = linkIndex.get(key);
    if (existing !== undefined) {
      weights[existing] = (weights[existing] ?? 1) + 1;
      return;
    }
    linkIndex.set(key, weights.length);
    ends.push(a, b);
    weights.push(1);
    degree[a] = (degree[a] ?? 0) + 1;
    degree[b] = (degree[b] ?? 0) + 1;
  });

  const radius = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i] ?? '';
    const d = degree[i] ?? 0;
    const r = radiusOf ? radiusOf(i) : defaultNodeRadius(d) + labelRoom(attributesOf(i)?.label);
    if (!Number.isFinite(r) || r < 0) {
      throw new Error(`${operation}: the radius of node "${id}" is ${r}, expected a finite number ≥ 0`);
    }
    radius[i] = r;
  }
  return { ids, presetX, presetY, radius, links: Uint32Array.from(ends), linkWeight: Float64Array.from(weights) };
}

/** Layout input of a graphology graph; node attributes x and y (finite numbers, both) are presets. */
export function graphToLayoutInput(graph: AbstractGraph, nodeRadius?: (id: string) => number): LayoutInput {
  const ids = graph.nodes();
  return build(
    ids,
    (i) => graph.getNodeAttributes(ids[i]),
    (visit) => graph.forEachEdge((_edge, _attributes, source, target) => visit(source, target)),
    nodeRadius ? (i) => nodeRadius(ids[i] ?? '') : undefined,
    'graphToLayoutInput',
  );
}

/** Layout input of a graph exported with graphology's `graph.export()`. */
export function serializedToLayoutInput(serialized: Pick<SerializedGraph, 'nodes' | 'edges'>, radius?: ArrayLike<number>): LayoutInput {
  const ids = serialized.nodes.map((node) => node.key);
  return build(
    ids,
    (i) => serialized.nodes[i]?.attributes,
    (visit) => serialized.edges.forEach((edge) => visit(edge.source, edge.target)),
    radius ? (i) => radius[i] ?? NaN : undefined,
    'serializedToLayoutInput',
  );
}
