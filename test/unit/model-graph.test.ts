import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph, buildGraphInSlices } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';

const seed = JSON.parse(readFileSync('data/odd17-villes-au-carre.json', 'utf8')) as DataFile;

describe('buildGraphInSlices: a large map built without one long task', () => {
  it('builds the same model as buildGraph, pausing between slices', async () => {
    let pauses = 0;
    const pause = () => {
      pauses += 1;
      return Promise.resolve();
    };
    const graph = await buildGraphInSlices(seed, pause, 10);
    expect(graph.export()).toEqual(buildGraph(seed).export());
    // The actors' slices after the first, then one pause before each slice of alliances.
    expect(pauses).toBe(Math.ceil(seed.nodes.length / 10) - 1 + Math.ceil(seed.edges.length / 10));
  });

  it('ends the build when a pause rejects (the load was superseded)', async () => {
    let pauses = 0;
    const pause = () => (++pauses < 2 ? Promise.resolve() : Promise.reject(new Error('superseded')));
    await expect(buildGraphInSlices(seed, pause, 10)).rejects.toThrow('superseded');
    expect(pauses).toBe(2);
  });
});
