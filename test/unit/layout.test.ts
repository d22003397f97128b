import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';
import { computeLayout, createEngine, createLayout, FA2_FROM_NODES } from '../../src/layout/layout';
import { graphToLayoutInput } from '../../src/layout/input';
import { mulberry32, normalizeSeed } from '../../src/layout/prng';
import { allianceDataFile, randomDataFile } from '../../src/layout/testGraphs';
import type { Positions } from '../../src/layout/types';

function allFinite(positions: Positions): boolean {
  return Object.values(positions).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
}

function minDistance(positions: Positions): number {
  const points = Object.values(positions);
  let min = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
    }
  }
  return min;
}

function boundingBox(positions: Positions): { width: number; height: number } {
  const xs = Object.values(positions).map((p) => p.x);
  const ys = Object.values(positions).map((p) => p.y);
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function withPresets(file: DataFile, every: number): DataFile {
  const nodes = file.nodes.map((node, i) => (i % every === 0 ? { ...node, x: i * 37.5 - 200, y: -i * 12.25 + 80 } : node));
  return { ...file, nodes };
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(values[0]);
  });

  it('normalises seeds: same number same seed, non-finite to the default', () => {
    expect(normalizeSeed(7)).toBe(normalizeSeed(7));
    expect(normalizeSeed(7)).not.toBe(normalizeSeed(8));
    expect(normalizeSeed(NaN)).toBe(normalizeSeed(undefined));
  });
});

describe('computeLayout (small graphs, d3-force)', () => {
  const graph = buildGraph(allianceDataFile());

  it('gives identical positions for the same seed, and for no seed', () => {
    expect(computeLayout(graph, { seed: 5 })).toEqual(computeLayout(graph, { seed: 5 }));
    expect(computeLayout(graph)).toEqual(computeLayout(buildGraph(allianceDataFile())));
  });

  it('gives different positions for different seeds', () => {
    const a = computeLayout(graph, { seed: 1 });
    const b = computeLayout(graph, { seed: 2 });
    expect(a).not.toEqual(b);
    expect(a['catalyst']).not.toEqual(b['catalyst']);
  });

  it('gives a position to every node, with no NaN', () => {
    const positions = computeLayout(graph);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    expect(allFinite(positions)).toBe(true);
  });

  it('spreads a map of 28 actors with a hub: nodes apart, bounding box of a screen or two', () => {
    for (const seed of [1, 2, 3]) {
      const positions = computeLayout(graph, { seed });
      expect(minDistance(positions)).toBeGreaterThan(60);
      const { width, height } = boundingBox(positions);
      expect(width).toBeGreaterThan(300);
      expect(height).toBeGreaterThan(300);
      expect(width).toBeLessThan(2000);
      expect(height).toBeLessThan(2000);
    }
  });

  it('keeps isolated actors and small components near the main one', () => {
    const positions = computeLayout(graph);
    const hub = positions['catalyst']!;
    for (const id of ['alone-1', 'alone-2', 'group-1']) {
      const p = positions[id]!;
      expect(Math.hypot(p.x - hub.x, p.y - hub.y)).toBeLessThan(900);
    }
  });

  it('spreads a random graph of 30 nodes and 90 alliances', () => {
    const positions = computeLayout(buildGraph(randomDataFile(30, 3, 11)));
    expect(allFinite(positions)).toBe(true);
    expect(minDistance(positions)).toBeGreaterThan(40);
    const { width, height } = boundingBox(positions);
    expect(Math.max(width, height)).toBeLessThan(2500);
  });

  it('uses nodeRadius: bigger nodes are kept further apart', () => {
    const big = computeLayout(graph, { nodeRadius: () => 60 });
    expect(minDistance(big)).toBeGreaterThan(120);
  });

  it('runs the given number of iterations', () => {
    const run = createLayout(graph, { iterations: 10 });
    run.step(9);
    expect(run.done).toBe(false);
    expect(run.progress).toBeCloseTo(0.9);
    run.step(5);
    expect(run.done).toBe(true);
    expect(run.progress).toBe(1);
  });

  it('copes with self-loops, repeated alliances, an empty graph and a single node', () => {
    const g = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
    g.addNode('a');
    g.addNode('b');
    g.addEdge('a', 'a');
    g.addEdge('a', 'b');
    g.addEdge('b', 'a');
    g.addEdge('a', 'b');
    const positions = computeLayout(g);
    expect(allFinite(positions)).toBe(true);
    expect(computeLayout(new Graph())).toEqual({});
    const single = new Graph();
    single.addNode('only');
    expect(allFinite(computeLayout(single))).toBe(true);
  });
});

describe('preset positions', () => {
  it('keeps preset positions exactly and lays out the others', () => {
    const file = withPresets(allianceDataFile(), 3);
    const positions = computeLayout(buildGraph(file));
    for (const node of file.nodes) {
      if (node.x !== undefined && node.y !== undefined) expect(positions[node.id]).toEqual({ x: node.x, y: node.y });
    }
    expect(allFinite(positions)).toBe(true);
    expect(minDistance(positions)).toBeGreaterThan(1);
  });

  it('runs no layout at all when every node has a position', () => {
    const file = withPresets(allianceDataFile(), 1);
    const graph = buildGraph(file);
    const expected = Object.fromEntries(file.nodes.map((node) => [node.id, { x: node.x, y: node.y }]));
    expect(computeLayout(graph)).toEqual(expected);
    expect(computeLayout(graph, { seed: 99 })).toEqual(expected);
    expect(createEngine(graphToLayoutInput(graph)).name).toBe('none');
    const run = createLayout(graph);
    expect(run.done).toBe(true);
    expect(run.progress).toBe(1);
    expect(run.step(10)).toEqual(expected);
  });

  it('treats a node with x but no y as a node to place', () => {
    const file = allianceDataFile();
    const nodes = file.nodes.map((node, i) => (i === 0 ? { ...node, x: 10 } : node));
    const positions = computeLayout(buildGraph({ ...file, nodes }));
    expect(allFinite(positions)).toBe(true);
  });

  it('keeps presets exactly on the ForceAtlas2 path too', () => {
    const file = withPresets(randomDataFile(FA2_FROM_NODES + 50, 2, 4), 10);
    const positions = computeLayout(buildGraph(file), { iterations: 5 });
    for (const node of file.nodes) {
      if (node.x !== undefined && node.y !== undefined) expect(positions[node.id]).toEqual({ x: node.x, y: node.y });
    }
    expect(allFinite(positions)).toBe(true);
  });
});

describe('createLayout (stepping)', () => {
  it('ends on computeLayout’s positions however the steps are split (d3-force)', () => {
    const graph = buildGraph(allianceDataFile());
    const expected = computeLayout(graph, { seed: 3 });
    const run = createLayout(graph, { seed: 3 });
    let positions: Positions = {};
    const chunks = [1, 7, 50, 3, 100];
    let k = 0;
    while (!run.done) {
      const before = run.progress;
      positions = run.step(chunks[k++ % chunks.length]!);
      expect(run.progress).toBeGreaterThan(before);
      expect(allFinite(positions)).toBe(true);
    }
    expect(positions).toEqual(expected);
  });

  it('ends on computeLayout’s positions however the steps are split (ForceAtlas2)', () => {
    const graph = buildGraph(randomDataFile(FA2_FROM_NODES + 200, 3, 2));
    const options = { seed: 9, iterations: 12 };
    const expected = computeLayout(graph, options);
    const run = createLayout(graph, options);
    run.step(1);
    run.step(4);
    const positions = run.step(100);
    expect(run.done).toBe(true);
    expect(positions).toEqual(expected);
  });
});

describe('large graphs (ForceAtlas2)', () => {
  it('lays out 2,000 nodes with ForceAtlas2, with no NaN, deterministically', () => {
    const graph = buildGraph(randomDataFile(2000, 3, 1));
    const input = graphToLayoutInput(graph);
    expect(createEngine(input).name).toBe('forceatlas2');
    const options = { seed: 1, iterations: 25 };
    const positions = computeLayout(graph, options);
    expect(Object.keys(positions)).toHaveLength(2000);
    expect(allFinite(positions)).toBe(true);
    const { width, height } = boundingBox(positions);
    expect(width).toBeGreaterThan(500);
    expect(height).toBeGreaterThan(500);
    expect(computeLayout(graph, options)).toEqual(positions);
    expect(computeLayout(graph, { ...options, seed: 2 })).not.toEqual(positions);
  });
});
