import { readFileSync } from 'node:fs';
import type { DataFile } from '../src/model/types';

// What the app should show, worked out from the data file alone (no browser, no Playwright): shared
// by the Playwright specs and the Firefox smoke test.

export const SEED_FILE = 'data/odd17-villes-au-carre.json';

export function readDataFile(path: string): DataFile {
  return JSON.parse(readFileSync(path, 'utf8')) as DataFile;
}

/** What docs/filters.md leaves visible with `sdg=13`: actors whose own or alliances' SDGs hold 13. */
export function expectedWithSdg(file: DataFile, sdg: number): { nodes: Set<string>; edges: Set<string> } {
  const sdgs = new Map(file.nodes.map((node) => [node.id, new Set(node.sdgs ?? [])]));
  for (const edge of file.edges) {
    for (const goal of edge.sdgs ?? []) {
      sdgs.get(edge.source)?.add(goal);
      sdgs.get(edge.target)?.add(goal);
    }
  }
  const nodes = new Set(file.nodes.filter((node) => sdgs.get(node.id)?.has(sdg)).map((node) => node.id));
  const edges = new Set(file.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)).map((edge) => edge.id));
  return { nodes, edges };
}
