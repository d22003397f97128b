// The layout engine's entry points: pure, synchronous, deterministic, for Node and the browser.
import type { AbstractGraph } from 'graphology-types';
import { createD3Engine } from './d3Engine';
import { createFa2Engine } from './fa2Engine';
import { assertSaneExtent } from './extent';
import { isPreset } from './initial';
import { graphToLayoutInput } from './input';
import { mulberry32, normalizeSeed } from './prng';
import type { LayoutEngine, LayoutInput, LayoutOptions, LayoutRun, Positions } from './types';

/** Graphs with at least this many nodes are laid out with ForceAtlas2, smaller ones with d3-force. */
export const FA2_FROM_NODES = 1000;

/** Options an engine needs, all serialisable (the node radii are already in the input). */
export type EngineOptions = Pick<LayoutOptions, 'seed' | 'iterations'>;

/**
 * The engine for an input: none when every node has a preset, else d3-force or ForceAtlas2.
 * Throws a RangeError when a preset is not finite or lies beyond ±MAX_COORDINATE.
 */
export function createEngine(input: LayoutInput, options: EngineOptions = {}): LayoutEngine {
  assertSaneExtent(input, 'layout');
  const n = input.ids.length;
  let free = 0;
  for (let i = 0; i < n; i++) if (!isPreset(input, i)) free++;
  if (free === 0) return presetEngine(input);
  const random = mulberry32(normalizeSeed(options.seed));
  return n >= FA2_FROM_NODES ? createFa2Engine(input, random, options.iterations) : createD3Engine(input, random, options.iterations);
}

function presetEngine(input: LayoutInput): LayoutEngine {
  return {
    name: 'none',
    total: 0,
    steps: 0,
    tick() {},
    write(out) {
      out.set(interleave(input.presetX, input.presetY));
    },
  };
}

function interleave(xs: Float64Array, ys: Float64Array): Float64Array {
  const out = new Float64Array(2 * xs.length);
  for (let i = 0; i < xs.length; i++) {
    out[2 * i] = xs[i] ?? NaN;
    out[2 * i + 1] = ys[i] ?? NaN;
  }
  return out;
}

/** Positions record from node ids and interleaved coordinates x0, y0, x1, y1... */
export function toPositions(ids: readonly string[], coords: ArrayLike<number>): Positions {
  // No prototype: an id such as "__proto__" or "constructor" is a key like any other.
  const positions = Object.create(null) as Positions;
  ids.forEach((id, i) => {
    positions[id] = { x: coords[2 * i] ?? NaN, y: coords[2 * i + 1] ?? NaN };
  });
  return positions;
}

/** The stepping form over an input; {@link createLayout} for a graph. */
export function createLayoutFromInput(input: LayoutInput, options: EngineOptions = {}): LayoutRun {
  const engine = createEngine(input, options);
  const coords = new Float64Array(2 * input.ids.length);
  return {
    step(count: number) {
      if (count > 0) engine.tick(Math.min(Math.floor(count), engine.total - engine.steps));
      engine.write(coords);
      return toPositions(input.ids, coords);
    },
    get done() {
      return engine.steps >= engine.total;
    },
    get progress() {
      return engine.total === 0 ? 1 : engine.steps / engine.total;
    },
  };
}

/**
 * Starts a layout of the graph to be run step by step (for a worker, or an animation): each
 * `step(n)` runs n more steps. Running every step gives exactly {@link computeLayout}'s result,
 * however the steps are split.
 */
export function createLayout(graph: AbstractGraph, options: LayoutOptions = {}): LayoutRun {
  return createLayoutFromInput(graphToLayoutInput(graph, options.nodeRadius), options);
}

/**
 * Positions of every node of the graph, computed to the end. Nodes with x and y attributes keep
 * them exactly; when every node has them no layout runs. Same graph and seed, same positions.
 */
export function computeLayout(graph: AbstractGraph, options: LayoutOptions = {}): Positions {
  return createLayout(graph, options).step(Infinity);
}
