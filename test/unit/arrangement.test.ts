import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { arrangementGraph } from '../../src/app/arrangement';
import { computeLayout } from '../../src/layout/layout';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';

const seedFile = JSON.parse(readFileSync('data/odd17-villes-au-carre.json', 'utf8')) as DataFile;

describe('the graph a layout arranges', () => {
  it('opens the bundled map where its file places every actor, with no layout to run', () => {
    const graph = buildGraph(seedFile);
    const placed = seedFile.nodes.filter((node) => typeof node.x === 'number' && typeof node.y === 'number');
    expect(placed).toHaveLength(seedFile.nodes.length);
    const positions = computeLayout(arrangementGraph(graph, {}, true), { seed: 1 });
    for (const node of seedFile.nodes) expect(positions[node.id]).toEqual({ x: node.x, y: node.y });
  });

  it('a new arrangement moves actors the file placed, but never the ones the user pinned', () => {
    const graph = buildGraph(seedFile);
    const pinned = { 'villes-au-carre': { x: 5000, y: -5000 } };
    const positions = computeLayout(arrangementGraph(graph, pinned, false), { seed: 2 });
    expect(positions['villes-au-carre']).toEqual({ x: 5000, y: -5000 });
    const moved = seedFile.nodes.filter(
      (node) => node.id !== 'villes-au-carre' && (positions[node.id]?.x !== node.x || positions[node.id]?.y !== node.y),
    );
    expect(moved.length).toBe(seedFile.nodes.length - 1);
    // The model itself keeps the file's positions (an export still writes them).
    expect(graph.getNodeAttribute('fonds-odd17', 'x')).toBe(seedFile.nodes.find((node) => node.id === 'fonds-odd17')?.x);
  });
});
