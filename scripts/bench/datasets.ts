// The maps the benchmark opens: the seed map, and synthetic maps of the sizes asked for, each with
// preset positions (first frame, filter, pan/zoom) and a copy without them (the layout runs in the
// worker: longest main-thread task). Generated files are cached in .tmp/bench/ (git-ignored).
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataFile } from '../../src/model/types';
import { generateMap } from './generate';

export const BENCH_DIR = '.tmp/bench';
export const SEED_FILE = 'data/odd17-villes-au-carre.json';

export interface Dataset {
  /** "seed" or "synthetic-N". */
  name: string;
  n: number;
  edges: number;
  /** Query string that opens it in the app ("" for the app's default map). */
  appQuery: string;
  /** Path of the file under the bench data mount (/data/…), for the reference pages. */
  dataPath: string;
  /** Same file without positions, or null when the file has none to remove. */
  noPositionsPath: string | null;
  /** The SDG whose filter hides closest to half of the actors, and the share it keeps. */
  sdg: number | null;
  sdgShare: number | null;
}

/**
 * The SDG whose filter (docs/filters.md: an actor's own SDGs plus its alliances') keeps closest to
 * half of the actors, with the share kept.
 */
export function sdgHidingHalf(file: Pick<DataFile, 'nodes' | 'edges'>): { sdg: number; share: number } | null {
  const sdgs = new Map<string, Set<number>>(file.nodes.map((node) => [node.id, new Set(node.sdgs ?? [])]));
  for (const edge of file.edges) {
    for (const sdg of edge.sdgs ?? []) {
      sdgs.get(edge.source)?.add(sdg);
      sdgs.get(edge.target)?.add(sdg);
    }
  }
  let best: { sdg: number; share: number } | null = null;
  for (let sdg = 1; sdg <= 17; sdg++) {
    let kept = 0;
    for (const set of sdgs.values()) if (set.has(sdg)) kept++;
    const share = file.nodes.length === 0 ? 0 : kept / file.nodes.length;
    if (kept > 0 && (!best || Math.abs(share - 0.5) < Math.abs(best.share - 0.5))) best = { sdg, share };
  }
  return best;
}

function withoutPositions(file: DataFile): DataFile {
  return { ...file, nodes: file.nodes.map(({ x: _x, y: _y, ...node }) => node) };
}

function describe(name: string, file: DataFile, appQuery: string, dataPath: string, noPositionsPath: string | null): Dataset {
  const choice = sdgHidingHalf(file);
  return {
    name,
    n: file.nodes.length,
    edges: file.edges.length,
    appQuery,
    dataPath,
    noPositionsPath,
    sdg: choice?.sdg ?? null,
    sdgShare: choice?.share ?? null,
  };
}

/** Writes (or reuses) the files of every dataset and describes them. */
export function prepareDatasets(sizes: readonly number[], seed: number, includeSeed: boolean, log: (line: string) => void): Dataset[] {
  mkdirSync(BENCH_DIR, { recursive: true });
  const datasets: Dataset[] = [];
  if (includeSeed) {
    copyFileSync(SEED_FILE, join(BENCH_DIR, 'seed.json'));
    const file = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as DataFile;
    // The seed map has no preset positions: it is laid out synchronously (under 150 actors), no worker.
    datasets.push(describe('seed', file, '', '/data/seed.json', null));
  }
  for (const n of sizes) {
    const name = `synthetic-${n}-seed${seed}`;
    const path = join(BENCH_DIR, `${name}.json`);
    const bare = join(BENCH_DIR, `${name}-nopos.json`);
    let file: DataFile;
    if (existsSync(path)) {
      file = JSON.parse(readFileSync(path, 'utf8')) as DataFile;
    } else {
      log(`generating ${n} actors (seed ${seed}) with preset positions…`);
      const started = performance.now();
      file = generateMap({ nodes: n, seed });
      writeFileSync(path, JSON.stringify(file));
      log(`  ${file.edges.length} alliances in ${((performance.now() - started) / 1000).toFixed(1)} s → ${path}`);
    }
    if (!existsSync(bare)) writeFileSync(bare, JSON.stringify(withoutPositions(file)));
    datasets.push(describe(`synthetic-${n}`, file, `data=/data/${name}.json`, `/data/${name}.json`, `/data/${name}-nopos.json`));
  }
  return datasets;
}
