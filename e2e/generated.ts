import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import type { DataFile } from '../src/model/types';

// Large maps made by the bench's generator for the tests, served under /generated/ (playwright.config.ts).

/** Generates a map with the generator's CLI (same seed, same file) into the served folder. */
export function generate(name: string, nodes: number, positions = 'community'): DataFile {
  // The generator module (scripts/bench/generate.ts) through its CLI under tsx: Playwright's loader
  // cannot import the JSON that src/domain/regions.ts reads.
  mkdirSync('.tmp/e2e-data', { recursive: true });
  const partial = `.tmp/e2e-data/${name}.${process.pid}.part`;
  const result = spawnSync(
    'node_modules/.bin/tsx',
    ['scripts/bench/generate-cli.ts', '--nodes', String(nodes), '--seed', '8', '--positions', positions, '--out', partial],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`generate failed: ${result.stderr}`);
  const generated = JSON.parse(readFileSync(partial, 'utf8')) as DataFile;
  // Another worker may be serving the file already: replace it whole, never write into it.
  renameSync(partial, `.tmp/e2e-data/${name}`);
  return generated;
}
