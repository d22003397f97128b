import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { filePositions } from '../../src/app/filePositions';
import { buildGraph } from '../../src/model/graph';
import type { DataFile } from '../../src/model/types';

const seedFile = JSON.parse(readFileSync('data/odd17-villes-au-carre.json', 'utf8')) as DataFile;

describe('a map opened where its file places every actor', () => {
  it('takes the bundled map’s positions as they are, with no layout', () => {
    const positions = filePositions(buildGraph(seedFile));
    expect(positions).not.toBeNull();
    for (const node of seedFile.nodes) expect(positions?.[node.id]).toEqual({ x: node.x, y: node.y });
  });

  it('leaves a map with one actor unplaced, or placed out of bounds, to the layout', () => {
    const [first, ...rest] = seedFile.nodes;
    if (!first) throw new Error('the seed map has actors');
    const unplaced = { ...first };
    delete unplaced.x;
    expect(filePositions(buildGraph({ ...seedFile, nodes: [unplaced, ...rest] }))).toBeNull();
    const far = { ...first, x: 2_000_000 };
    expect(filePositions(buildGraph({ ...seedFile, nodes: [far, ...rest] }))).toBeNull();
  });
});
