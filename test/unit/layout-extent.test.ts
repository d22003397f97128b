import { afterEach, describe, expect, it, vi } from 'vitest';
import { startArrangement } from '../../src/app/arrangement';
import { computeLayout } from '../../src/layout/layout';
import type { WorkerResponse } from '../../src/layout/protocol';
import { graphToLayoutInput } from '../../src/layout/input';
import { randomDataFile } from '../../src/layout/testGraphs';
import type { Positions } from '../../src/layout/types';
import { createWorkerHandler } from '../../src/layout/workerCore';
import { buildGraph, type AllianceGraph } from '../../src/model/graph';

// A position no engine can start from (issue 15): from x = 1e308 d3-force's quadtree grows
// forever and the tab dies. Validation refuses such files; the layout refuses them on its own too.
function graphWith(order: number, x: number, y: number): AllianceGraph {
  const graph = buildGraph(randomDataFile(order, 2, 3));
  graph.mergeNodeAttributes('n0', { x, y });
  graph.mergeNodeAttributes('n1', { x: 0, y: 0 });
  return graph;
}

afterEach(() => vi.restoreAllMocks());

describe('the layout refuses positions it cannot start from', () => {
  it.each([
    ['1e308', 1e308, -1e308],
    ['Infinity', Infinity, 0],
    ['just beyond ±1,000,000', 0, -1_000_001],
  ])('%s, with d3-force and ForceAtlas2 alike, naming the actor', (_name, x, y) => {
    for (const order of [40, 1200]) {
      expect(() => computeLayout(graphWith(order, x, y), { iterations: 2 })).toThrow(
        /layout: node "n0" is placed at .*; positions must be finite and within ±1000000/,
      );
    }
  });

  it('still lays out a map whose positions are within bounds', () => {
    const positions = computeLayout(graphWith(40, 1_000_000, -1_000_000), { iterations: 5 });
    expect(positions.n0).toEqual({ x: 1_000_000, y: -1_000_000 });
    expect(Object.values(positions).every((point) => Number.isFinite(point.x) && Number.isFinite(point.y))).toBe(true);
  });

  it('answers the worker’s start with an error message, not a frozen worker', () => {
    const posted: WorkerResponse[] = [];
    const handle = createWorkerHandler({ post: (message) => posted.push(message), schedule: () => undefined });
    handle({ type: 'start', input: graphToLayoutInput(graphWith(300, 1e308, 0)) });
    expect(posted).toEqual([{ type: 'error', message: expect.stringMatching(/node "n0" is placed at \(1e\+308, 0\)/) as string }]);
  });

  it('keeps an id such as "__proto__" as a key like any other in the positions', () => {
    const graph = buildGraph({
      format: 'alliance-map/1',
      meta: { title: 'T' },
      nodes: [
        { id: '__proto__', label: 'P', kind: 'catalyst' },
        { id: 'constructor', label: 'C', kind: 'funder' },
      ],
      edges: [],
    });
    const positions = computeLayout(graph, { iterations: 3 });
    expect(Object.keys(positions)).toEqual(['__proto__', 'constructor']);
    expect(Number.isFinite(positions.__proto__?.x)).toBe(true);
  });
});

describe('the app’s arrangement when the layout refuses', () => {
  it('arranges the map anew without the file’s positions, and says why on the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const graph = graphWith(40, 1e308, -1e308);
    let done: Positions | null = null;
    startArrangement(
      graph,
      {},
      true,
      { seed: 1, syncBelowNodes: Infinity },
      () => undefined,
      (positions) => (done = positions),
    );
    const positions = done as Positions | null;
    expect(positions && Object.keys(positions).length).toBe(40);
    expect(Object.values(positions ?? {}).every((point) => Math.abs(point.x) < 1e5 && Math.abs(point.y) < 1e5)).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('node "n0" is placed at (1e+308, -1e+308)'));
  });
});
